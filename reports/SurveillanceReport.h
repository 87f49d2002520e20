#pragma once

#include "criteria/LocalizedText.h"
#include "evaluators/SurveillanceFinding.h"
#include "reports/PdfSigner.h"
#include "reports/SigningIdentity.h"

#include <QDate>
#include <QJsonObject>

namespace starmark {

// The certification body's surveillance report: which products the seeded
// sample drew and why, what was found per requirement, and which labels were
// revoked. Rendered like the other reports and signed by the certification
// body; the machine-readable record travels inside as surveillance.json.
class SurveillanceReport {
public:
    struct Product {
        QString registration;
        LocalizedText manufacturer;
        LocalizedText name;
        QString model;
        QString firmware;
        int level = 0;
        bool reported = false;
        double weight = 0;
        QList<LocalizedText> reasons;
        QList<SurveillanceFinding> findings;
        QString revocation; // the reason, when the label was revoked
    };
    struct Input {
        QJsonObject plan; // as `surveil plan` wrote it
        QList<Product> products; // in the plan's order
        Language language = Language::Japanese;
        QDateTime issued;
        QString signatory;
    };

    static QJsonObject toJson(const Input& input); // the surveillance.json attachment
    static QString html(const Input& input, const QByteArray& attachmentSha);
    static std::optional<QByteArray> make(
        const Input& input, const SigningIdentity& identity, QString* error, const PdfSigner::Timestamper& timestamp = {}); // set: B-T

    static constexpr const char* attachmentName = "surveillance.json";
};

} // namespace starmark
