#include "labels/ProductFacts.h"

#include "criteria/CatalogLibrary.h"
#include "evaluators/Outcome.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include <QCryptographicHash>

namespace starmark {

std::optional<ProductFacts> ProductFacts::fromAssessment(
    const Assessment& a, const QList<const Catalog*>& chain, const QDate& today, const QString& source, QString* problem)
{
    const Outcome outcome = Outcome::of(a, chain);
    if (outcome.achieved < a.level) {
        *problem = QStringLiteral("%1 reaches ★%2, not the ★%3 it claims: no label").arg(source).arg(outcome.achieved).arg(a.level);
        return std::nullopt;
    }
    return ProductFacts{a.level, chain.constLast()->category, a.product.manufacturer, a.product.name, a.product.model, a.product.firmware,
        a.product.vulnerabilityContact, a.signOff ? a.signOff->at.date() : today, a.product.supportUntil};
}

std::optional<ProductFacts> ProductFacts::fromReport(
    const QByteArray& pdf, const TrustAnchors& trust, const CatalogLibrary& catalogs, const QDateTime& now, QString* problem)
{
    if (trust.isEmpty()) {
        *problem = QStringLiteral("no trust anchor to check its signer against: no label");
        return std::nullopt;
    }
    const ReportVerifier::Result r = ReportVerifier::verify(pdf, trust, KnownDigests(), now);
    if (r.verdict != ReportVerifier::Result::Verdict::Valid || !r.content) {
        QStringList reasons;
        for (const Problem& p : r.problems)
            reasons << p.message.text();
        *problem = QStringLiteral("not a valid signed report (%1): no label")
                       .arg(reasons.isEmpty() ? QStringLiteral("unreadable") : reasons.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    if (r.content->kind == ReportContent::Kind::Surveillance) {
        *problem = QStringLiteral("a surveillance report, not a declaration of conformity or an evaluation report: no label");
        return std::nullopt;
    }
    const Assessment& a = r.content->assessment;
    if (r.content->achieved < a.level) {
        *problem = QStringLiteral("the report shows ★%1, not the ★%2 it claims: no label").arg(r.content->achieved).arg(a.level);
        return std::nullopt;
    }
    // The category comes from the catalog: a label for a catalog unknown here would carry a guess.
    const Catalog* catalog = catalogs.find(a.catalog);
    if (!catalog) {
        *problem = QStringLiteral("the report was made against the catalog %1, which is not installed here: no label (pass --catalogs)")
                       .arg(a.catalog.isEmpty() ? QStringLiteral("(none named)") : a.catalog);
        return std::nullopt;
    }
    return ProductFacts{a.level, catalog->category, a.product.manufacturer, a.product.name, a.product.model, a.product.firmware,
        a.product.vulnerabilityContact, r.content->issued.date(), a.product.supportUntil,
        // The author's signed revision, not the file: a countersigned copy is the same report, registered once.
        QCryptographicHash::hash(pdf.left(r.authorRevisionSize), QCryptographicHash::Sha256).toHex()};
}

} // namespace starmark
