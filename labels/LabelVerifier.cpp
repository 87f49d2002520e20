#include "labels/LabelVerifier.h"

#include <QRegularExpression>
#include <QUrl>

namespace starmark {
namespace {

QString origin(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

// Why the label's address is not the registry's page for `registration`, or none (also for a bare token).
std::optional<Problem> addressProblem(const QString& text, const QString& registry, const QString& registration)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1String("://")))
        return std::nullopt;
    const QUrl url(trimmed, QUrl::StrictMode);
    const QUrl home(registry, QUrl::StrictMode);
    QString base = home.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    static const QRegularExpression rest(QStringLiteral("^/L/([^/]+)/[A-Za-z2-7]+/?$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = rest.match(url.path().mid(base.size()));
    if (!url.isValid() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() || origin(url) != origin(home)
        || !url.path().startsWith(base, Qt::CaseInsensitive) || !m.hasMatch())
        return Problem::invalid(QStringLiteral("label.wrong-registry"),
            Message("LabelVerifier", "the label's QR code opens %1, not the registry %2 whose key signed it: a genuine token copied onto a "
                                     "counterfeit label sends phones elsewhere")
                .arg(url.isValid() ? url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString() : trimmed.left(80))
                .arg(registry));
    if (m.captured(1).compare(registration, Qt::CaseInsensitive) != 0)
        return Problem::invalid(QStringLiteral("label.wrong-registration"),
            Message("LabelVerifier", "the address names registration %1, but the label's signed token is for %2: the token was pasted under "
                                     "another registration number")
                .arg(m.captured(1).left(40))
                .arg(registration));
    return std::nullopt;
}

} // namespace

QString LabelVerifier::Result::statusName() const
{
    static const char* names[] = {"valid", "support ended", "label expired", "invalid", "untrusted", "unreadable", "revoked"};
    return QLatin1String(names[int(status)]);
}

LabelVerifier::Result LabelVerifier::verify(
    const QString& urlOrToken, const QList<const IssuerKey*>& trusted, const QDate& today, const QString& registry)
{
    Result r;
    const starmark::Result<QString> text = LabelToken::tokenOfUrl(urlOrToken);
    if (!text) {
        r.problem = text.problems().constFirst();
        return r;
    }
    starmark::Result<LabelToken> decoded = LabelToken::decode(*text);
    if (!decoded) {
        r.problem = decoded.problems().constFirst();
        return r;
    }
    r.token = decoded.take();
    const LabelToken& t = *r.token;
    const IssuerKey* issuer = nullptr;
    for (const IssuerKey* key : trusted) {
        if (key->id() == t.issuerKeyId)
            issuer = key;
    }
    if (!issuer) {
        r.status = Result::Status::Untrusted;
        r.problem = trusted.isEmpty()
            ? Problem::unusable(QStringLiteral("label.no-issuer-key"), Message("LabelVerifier", "no issuer key given: the label cannot be checked"))
            : Problem::invalid(QStringLiteral("label.untrusted-issuer"),
                Message("LabelVerifier", "the label was signed by key %1, which is not among the trusted issuers")
                    .arg(QString::fromLatin1(t.issuerKeyId.toHex())));
        return r;
    }
    if (!t.verify(*issuer)) {
        r.status = Result::Status::Invalid;
        r.problem = Problem::invalid(QStringLiteral("label.bad-signature"),
            Message("LabelVerifier", "the signature does not match the label's contents: it was altered or forged"));
        return r;
    }
    if (std::optional<Problem> wrong = addressProblem(urlOrToken, registry, t.registration)) {
        r.status = Result::Status::Invalid;
        r.problem = std::move(wrong);
    } else if (today < t.evaluated) {
        r.status = Result::Status::Invalid;
        r.problem = Problem::invalid(QStringLiteral("label.evaluated-later"),
            Message("LabelVerifier", "the label was evaluated on %1, after the day it is checked for (%2): no label is valid before its evaluation")
                .arg(t.evaluated.toString(Qt::ISODate))
                .arg(today.toString(Qt::ISODate)));
    } else if (today > t.validUntil) {
        r.status = Result::Status::Expired;
        r.problem = Problem::invalid(QStringLiteral("label.expired"),
            Message("LabelVerifier", "the label's validity ended on %1").arg(t.validUntil.toString(Qt::ISODate)));
    } else if (today > t.supportUntil) {
        r.status = Result::Status::SupportEnded;
        r.problem = Problem::warning(QStringLiteral("label.support-ended"),
            Message("LabelVerifier", "security updates for this product ended on %1").arg(t.supportUntil.toString(Qt::ISODate)));
    } else {
        r.status = Result::Status::Valid;
    }
    return r;
}

} // namespace starmark
