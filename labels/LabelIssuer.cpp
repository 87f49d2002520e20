#include "labels/LabelIssuer.h"

#include <QUrl>

namespace starmark {

Result<void> LabelIssuer::checkRegistry(const QString& registry)
{
    const QUrl url(registry, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return Problem::unusable(QStringLiteral("label.bad-registry-address"),
            Message("LabelIssuer", "'%1' is not a registry's address, which is written https://host[/path]").arg(registry.left(80)));
    return {};
}

QDate LabelIssuer::defaultValidUntil(const QDate& today)
{
    return today.addYears(2);
}

Result<void> LabelIssuer::checkValidUntil(const QDate& validUntil, const QDate& today)
{
    if (!validUntil.isValid() || validUntil > defaultValidUntil(today) || validUntil <= today)
        return Problem::invalid(QStringLiteral("label.validity-out-of-range"),
            Message("LabelIssuer", "a label's validity ends after today and at most two years ahead (by %1); %2 is not")
                .arg(defaultValidUntil(today).toString(Qt::ISODate))
                .arg(validUntil.toString(Qt::ISODate)));
    return {};
}

Result<QDate> LabelIssuer::validUntil(const QString& written, const QDate& today)
{
    if (written.isEmpty())
        return defaultValidUntil(today);
    const QDate date = QDate::fromString(written, Qt::ISODate);
    if (!date.isValid())
        return Problem::unusable(
            QStringLiteral("label.bad-date"), Message("LabelIssuer", "'%1' is not a date written YYYY-MM-DD").arg(written.left(40)));
    if (const Result<void> checked = checkValidUntil(date, today); !checked)
        return checked.problems();
    return date;
}

std::optional<LabelToken> LabelIssuer::sign(
    const IssuerKey& key, const QString& registration, const ProductFacts& f, const QDate& validUntil, QString* problem)
{
    // The representative model, not a digest of the family: a phone shows the token's model as text (a digest
    // would say nothing without the list), the registration already binds the label to the page that lists the
    // whole family, and the token stays the same size for one model or a hundred (QR version <= 10).
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
