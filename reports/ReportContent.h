#pragma once

#include "criteria/Result.h"
#include "evaluators/Assessment.h"
#include "reports/SurveillanceReport.h"

#include <QJsonObject>

namespace starmark {

// What a signed report says, parsed once from the attachment its author signed
// (assessment.json or surveillance.json). Every shell and library that accepts a
// report reads these fields, never the JSON: a misspelt key cannot read as 0.
struct ReportContent {
    enum class Kind { Declaration, Evaluation, Surveillance };

    struct Surveillance {
        QString seed;
        QDate asOf;
        QList<SurveillanceReport::Product> products; // as signed: weights and reasons are not recorded
        int findings() const;
        int nonconformities() const;
        int revoked() const;
    };

    Kind kind = Kind::Declaration;
    QDateTime issued;
    // A declaration's or an evaluation report's: the assessment as signed (product,
    // level, mode, evaluator, sign-off, catalog chain, results), the level its signed
    // outcome reaches and the audit trail entry the report was made at.
    Assessment assessment;
    int achieved = 0;
    QByteArray auditHead;
    // A surveillance report's.
    Surveillance surveillance;

    static Result<ReportContent> fromAssessmentJson(const QByteArray& json);
    static Result<ReportContent> fromSurveillanceJson(const QByteArray& json);

    // "a ★2 self-declaration", "a ★3 lab evaluation", "a surveillance report".
    Message kindName() const;
    // For machines (`verify --json`): "assessment" or "surveillance", as signed.
    QJsonObject toJson() const;
};

} // namespace starmark
