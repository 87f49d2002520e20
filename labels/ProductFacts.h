#pragma once

#include "criteria/Catalog.h"
#include "criteria/LocalizedText.h"
#include "criteria/Result.h"
#include "evaluators/Assessment.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace starmark {

class CatalogLibrary;
class TrustAnchors;

// What a label is issued for: the product facts a signed report vouches for.
struct ProductFacts {
    int level = 0;
    QString category;
    LocalizedText manufacturer;
    LocalizedText name;
    QString model;
    QString firmware;
    QString vulnerabilityContact;
    QDate evaluated;
    QDate supportUntil; // end of security updates; not the label's validity
    QByteArray reportSha256 = {}; // hex, of the author's signed revision vouching for these facts: one report, one registration
    QStringList otherModels = {}; // the rest of the family the report covers; the label carries `model` only

    QStringList models() const { return QStringList{model} + otherModels; } // the family, the representative first

    // The facts of an assessment that reaches the level it claims, or label.level-not-reached
    // (placed in `source`). Evaluated: its sign-off, or `today`.
    static Result<ProductFacts> fromAssessment(
        const Assessment& assessment, const QList<const Catalog*>& chain, const QDate& today, const QString& source);
    // The facts of a signed report, once it verifies against `trust` (its author in the role and
    // for the organisation it needs) and reaches the level it claims; else why not
    // (label.no-trust-anchor, label.report-not-valid, label.surveillance-report,
    // label.level-not-reached, label.unknown-catalog).
    static Result<ProductFacts> fromReport(const QByteArray& pdf, const TrustAnchors& trust, const CatalogLibrary& catalogs, const QDateTime& now);
};

} // namespace starmark
