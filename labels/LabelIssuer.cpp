#include "labels/LabelIssuer.h"

#include "evaluators/Outcome.h"

namespace starmark {

std::optional<LabelIssuer::Facts> LabelIssuer::fromAssessment(
    const Assessment& a, const QList<const Catalog*>& chain, const QDate& today, const QString& source, QString* problem)
{
    const Outcome outcome = Outcome::of(a, chain);
    if (outcome.achieved < a.level) {
        *problem = QStringLiteral("%1 reaches ★%2, not the ★%3 it claims: no label").arg(source).arg(outcome.achieved).arg(a.level);
        return std::nullopt;
    }
    return Facts{a.level, chain.constLast()->category, a.product.model, a.product.firmware, a.product.supportUntil,
        a.signOff ? a.signOff->at.date() : today};
}

std::optional<LabelIssuer::Facts> LabelIssuer::fromReport(
    const QJsonObject& a, const QString& category, const QString& source, QString* problem)
{
    const QJsonObject product = a.value(QStringLiteral("product")).toObject();
    const int claimed = a.value(QStringLiteral("level")).toInt();
    const int achieved = a.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("achieved")).toInt();
    if (achieved < claimed) {
        *problem = QStringLiteral("%1 reports ★%2, not the ★%3 it claims: no label").arg(source).arg(achieved).arg(claimed);
        return std::nullopt;
    }
    return Facts{claimed, category, product.value(QStringLiteral("model")).toString(), product.value(QStringLiteral("firmware")).toString(),
        QDate::fromString(product.value(QStringLiteral("support_until")).toString(), Qt::ISODate),
        QDateTime::fromString(a.value(QStringLiteral("issued")).toString(), Qt::ISODate).date()};
}

QString LabelIssuer::validityProblem(const QDate& validUntil, const QDate& today)
{
    if (!validUntil.isValid() || validUntil > today.addYears(2) || validUntil <= today)
        return QStringLiteral("the label's validity must end after today and at most two years ahead (the scheme's longest validity)");
    return {};
}

std::optional<LabelIssuer::Issued> LabelIssuer::issue(
    const IssuerKey& key, const QString& registration, const Facts& f, const Options& o, QString* problem)
{
    LabelToken token{registration, f.level, f.category, f.model, f.firmware, f.evaluated, f.supportUntil, o.validUntil, {}, {}};
    token.issuerKeyId = key.id();
    *problem = token.problem();
    if (!problem->isEmpty())
        return std::nullopt;
    token.sign(key);
    std::optional<QrCode> qr = QrCode::encode(LabelToken::url(o.registry, token), problem);
    if (!qr)
        return std::nullopt;
    return Issued{std::move(token), std::move(*qr)};
}

} // namespace starmark
