#include "labels/LabelIssuer.h"

#include <QUrl>

namespace starmark {

QString LabelIssuer::registryProblem(const QString& registry)
{
    const QUrl url(registry, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return QStringLiteral("'%1' is not a registry's address; write it as https://host[/path]").arg(registry.left(80));
    return {};
}

QString LabelIssuer::validityProblem(const QDate& validUntil, const QDate& today)
{
    if (!validUntil.isValid() || validUntil > today.addYears(2) || validUntil <= today)
        return QStringLiteral("the label's validity must end after today and at most two years ahead (the scheme's longest validity)");
    return {};
}

std::optional<LabelToken> LabelIssuer::sign(
    const IssuerKey& key, const QString& registration, const ProductFacts& f, const QDate& validUntil, QString* problem)
{
    LabelToken token{registration, f.level, f.category, f.model, f.firmware, f.evaluated, f.supportUntil, validUntil, key.id(), {}};
    *problem = token.problem();
    // Whatever the facts came from (a report, an assessment, a batch row, the registry), a label never promises
    // security updates that ended before it was evaluated.
    if (problem->isEmpty() && f.supportUntil < f.evaluated)
        *problem = QStringLiteral("security updates end (%1) before the evaluation (%2): no label")
                       .arg(f.supportUntil.toString(Qt::ISODate), f.evaluated.toString(Qt::ISODate));
    if (!problem->isEmpty())
        return std::nullopt;
    token.sign(key);
    return token;
}

std::optional<LabelIssuer::Issued> LabelIssuer::issue(
    const IssuerKey& key, const QString& registration, const ProductFacts& f, const Options& o, QString* problem)
{
    std::optional<LabelToken> token = sign(key, registration, f, o.validUntil, problem);
    if (!token)
        return std::nullopt;
    std::optional<QrCode> qr = QrCode::encode(LabelToken::url(o.registry, *token), problem);
    if (!qr)
        return std::nullopt;
    return Issued{std::move(*token), std::move(*qr)};
}

} // namespace starmark
