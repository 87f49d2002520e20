#include "labels/ProductFacts.h"

#include "criteria/CatalogJson.h"
#include "criteria/CatalogLibrary.h"
#include "evaluators/Outcome.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace starmark {

Result<ProductFacts> ProductFacts::fromAssessment(const Assessment& a, const QList<const Catalog*>& chain, const QDate& today, const QString& source)
{
    const Outcome outcome = Outcome::of(a, chain);
    if (outcome.achieved < a.level)
        return Problem::invalid(QStringLiteral("label.level-not-reached"),
            Message("ProductFacts", "the assessment reaches ★%1, not the ★%2 it claims: no label").arg(outcome.achieved).arg(a.level),
            {source});
    return ProductFacts{a.level, chain.constLast()->category, a.product.manufacturer, a.product.name, a.product.model, a.product.firmware,
        a.product.vulnerabilityContact, a.signOff ? a.signOff->at.date() : today, a.product.supportUntil};
}

Result<ProductFacts> ProductFacts::fromReport(const QByteArray& pdf, const TrustAnchors& trust, const CatalogLibrary& catalogs, const QDateTime& now)
{
    if (trust.isEmpty())
        return Problem::unusable(
            QStringLiteral("label.no-trust-anchor"), Message("ProductFacts", "no trust anchor to check the report's signer against: no label"));
    const ReportVerifier::Result r = ReportVerifier::verify(pdf, trust, KnownDigests(), now);
    if (r.verdict != ReportVerifier::Result::Verdict::Valid)
        return Problem::invalid(QStringLiteral("label.report-not-valid"),
            Message("ProductFacts", "not a valid signed report (%1): no label")
                .arg(r.problems.isEmpty() ? Message("ProductFacts", "unreadable") : Message::plain(r.problems.join(QStringLiteral("; ")))));
    if (!r.surveillance.isEmpty())
        return Problem::invalid(QStringLiteral("label.surveillance-report"),
            Message("ProductFacts", "a surveillance report, not a declaration of conformity or an evaluation report: no label"));
    const QJsonObject a = r.assessment;
    const QJsonObject product = a.value(QStringLiteral("product")).toObject();
    const int claimed = a.value(QStringLiteral("level")).toInt();
    const int achieved = a.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("achieved")).toInt();
    if (achieved < claimed)
        return Problem::invalid(QStringLiteral("label.level-not-reached"),
            Message("ProductFacts", "the report shows ★%1, not the ★%2 it claims: no label").arg(achieved).arg(claimed));
    const auto text = [&](const char* key) { return CatalogJson::textFromJson(product.value(QLatin1String(key))); };
    // The category comes from the catalog: a label for a catalog unknown here would carry a guess.
    const QString catalogId = a.value(QStringLiteral("catalog")).toString();
    const Catalog* catalog = catalogs.find(catalogId);
    if (!catalog)
        return Problem::unusable(QStringLiteral("label.unknown-catalog"),
            Message("ProductFacts", "the report was made against the catalog %1, which is not installed here: no label")
                .arg(catalogId.isEmpty() ? Message("ProductFacts", "(none named)") : Message::plain(catalogId)));
    return ProductFacts{claimed, catalog->category, text("manufacturer"), text("name"), product.value(QStringLiteral("model")).toString(),
        product.value(QStringLiteral("firmware")).toString(), product.value(QStringLiteral("vulnerability_contact")).toString(),
        QDateTime::fromString(a.value(QStringLiteral("issued")).toString(), Qt::ISODate).date(),
        QDate::fromString(product.value(QStringLiteral("support_until")).toString(), Qt::ISODate),
        // The author's signed revision, not the file: a countersigned copy is the same report, registered once.
        QCryptographicHash::hash(pdf.left(r.authorRevisionSize), QCryptographicHash::Sha256).toHex()};
}

} // namespace starmark
