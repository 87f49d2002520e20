#pragma once

#include "reports/PdfSigner.h"

#include "criteria/Result.h"
#include "evaluators/SurveillanceFinding.h"
#include "labels/registry/SurveillancePlan.h"
#include "reports/SurveillanceReport.h"

namespace starmark {

class CatalogLibrary;
class RegistryStore;

// A round of the certification body's surveillance over the registry: draw the sample
// from the products whose label is in force, record what checking them found (a
// nonconformity may revoke the label), and gather what the signed report of the round says.
class SurveillanceRound {
public:
    explicit SurveillanceRound(RegistryStore& store);

    // The products whose label is in force on `asOf` (neither revoked nor expired), as the draw sees them.
    Result<QList<SurveillancePlan::Candidate>> population(const QDate& asOf) const;
    Result<SurveillancePlan> plan(const SurveillancePlan::Request& request) const;

    struct Check {
        SurveillanceFinding finding; // registration, requirement, result, note
        QString actor;
        QString revocation; // with a nonconformity: revoke the label, with this reason for the page
    };
    // Records one finding, its requirement checked against the catalogs the product was
    // registered under; then revokes when asked. Nothing is written when the check is refused.
    Result<void> record(const Check& check, const CatalogLibrary& catalogs);

    // The report's products for `plan`: each pick with what this round (from the plan's date on) found.
    Result<QList<SurveillanceReport::Product>> findingsOf(const SurveillancePlan& plan) const;
    // The round's signed report (SurveillanceReport) for `plan`, issued at `issued`.
    Result<QByteArray> report(
        const SurveillancePlan& plan, const SigningIdentity& identity, Language language, const QDateTime& issued, const PdfSigner::Timestamper& timestamp = {}) const;

private:
    RegistryStore& m_store;
};

} // namespace starmark
