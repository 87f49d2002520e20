#include "labels/ProductFacts.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Outcome.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include <QCryptographicHash>

namespace starmark {

Result<ProductFacts> ProductFacts::fromAssessment(const Assessment& a, const QList<const Catalog*>& chain, const QDate& today, const QString& source)
{
    const Outcome outcome = Outcome::of(a, chain);
    if (outcome.achieved < a.level)
        return Problem::invalid(QStringLiteral("label.level-not-reached"),
            Message("ProductFacts", "the assessment reaches ★%1, not the ★%2 it claims: no label").arg(outcome.achieved).arg(a.level),
            {source});
    return ProductFacts{a.level, chain.constLast()->category, a.product.manufacturer, a.product.name, a.product.model, a.product.firmware,
        a.product.vulnerabilityContact, a.signOff ? a.signOff->at.date() : today, a.product.supportUntil, {}, a.product.otherModels};
}

Result<ProductFacts> ProductFacts::fromReport(const QByteArray& pdf, const TrustAnchors& trust, const CatalogLibrary& catalogs, const QDateTime& now)
{
    if (trust.isEmpty())
        return Problem::unusable(
            QStringLiteral("label.no-trust-anchor"), Message("ProductFacts", "no trust anchor to check the report's signer against: no label"));
    const ReportVerifier::Result r = ReportVerifier::verify(pdf, trust, KnownDigests(), now);
    if (r.verdict != ReportVerifier::Result::Verdict::Valid || !r.content) {
        // Kept as Messages, so that each reason is told in the language the reader asks for.
        Message reasons = r.problems.isEmpty() ? Message("ProductFacts", "unreadable") : r.problems.constFirst().message;
        for (qsizetype i = 1; i < r.problems.size(); ++i)
            reasons = Message("ProductFacts", "%1; %2").arg(reasons).arg(r.problems[i].message);
        return Problem::invalid(QStringLiteral("label.report-not-valid"), Message("ProductFacts", "not a valid signed report (%1): no label").arg(reasons));
    }
    if (r.content->kind == ReportContent::Kind::Surveillance)
        return Problem::invalid(QStringLiteral("label.surveillance-report"),
            Message("ProductFacts", "a surveillance report, not a declaration of conformity or an evaluation report: no label"));
    const Assessment& a = r.content->assessment;
    if (r.content->achieved < a.level)
        return Problem::invalid(QStringLiteral("label.level-not-reached"),
            Message("ProductFacts", "the report shows ★%1, not the ★%2 it claims: no label").arg(r.content->achieved).arg(a.level));
    // The category comes from the catalog: a label for a catalog unknown here would carry a guess.
    const Catalog* catalog = catalogs.find(a.catalog);
    if (!catalog)
        return Problem::unusable(QStringLiteral("label.unknown-catalog"),
            Message("ProductFacts", "the report was made against the catalog %1, which is not installed here: no label")
                .arg(a.catalog.isEmpty() ? Message("ProductFacts", "(none named)") : Message::plain(a.catalog)));
    return ProductFacts{a.level, catalog->category, a.product.manufacturer, a.product.name, a.product.model, a.product.firmware,
        a.product.vulnerabilityContact, r.content->issued.date(), a.product.supportUntil,
        // The author's signed revision, not the file: a countersigned copy is the same report, registered once.
        QCryptographicHash::hash(pdf.left(r.authorRevisionSize), QCryptographicHash::Sha256).toHex(), a.product.otherModels};
}

} // namespace starmark
