#include "labels/ProductFacts.h"

#include "criteria/CatalogJson.h"
#include "criteria/CatalogLibrary.h"
#include "evaluators/Outcome.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include <QCryptographicHash>
#include <QJsonObject>

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
    if (r.verdict != ReportVerifier::Result::Verdict::Valid) {
        *problem = QStringLiteral("not a valid signed report (%1): no label")
                       .arg(r.problems.isEmpty() ? QStringLiteral("unreadable") : r.problems.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    if (!r.surveillance.isEmpty()) {
        *problem = QStringLiteral("a surveillance report, not a declaration of conformity or an evaluation report: no label");
        return std::nullopt;
    }
    const QJsonObject a = r.assessment;
    const QJsonObject product = a.value(QStringLiteral("product")).toObject();
    const int claimed = a.value(QStringLiteral("level")).toInt();
    const int achieved = a.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("achieved")).toInt();
    if (achieved < claimed) {
        *problem = QStringLiteral("the report shows ★%1, not the ★%2 it claims: no label").arg(achieved).arg(claimed);
        return std::nullopt;
    }
    const auto text = [&](const char* key) { return CatalogJson::textFromJson(product.value(QLatin1String(key))); };
    // The category comes from the catalog: a label for a catalog unknown here would carry a guess.
    const QString catalogId = a.value(QStringLiteral("catalog")).toString();
    const Catalog* catalog = catalogs.find(catalogId);
    if (!catalog) {
        *problem = QStringLiteral("the report was made against the catalog %1, which is not installed here: no label (pass --catalogs)")
                       .arg(catalogId.isEmpty() ? QStringLiteral("(none named)") : catalogId);
        return std::nullopt;
    }
    return ProductFacts{claimed, catalog->category, text("manufacturer"), text("name"), product.value(QStringLiteral("model")).toString(),
        product.value(QStringLiteral("firmware")).toString(), product.value(QStringLiteral("vulnerability_contact")).toString(),
        QDateTime::fromString(a.value(QStringLiteral("issued")).toString(), Qt::ISODate).date(),
        QDate::fromString(product.value(QStringLiteral("support_until")).toString(), Qt::ISODate),
        // The author's signed revision, not the file: a countersigned copy is the same report, registered once.
        QCryptographicHash::hash(pdf.left(r.authorRevisionSize), QCryptographicHash::Sha256).toHex()};
}

} // namespace starmark
