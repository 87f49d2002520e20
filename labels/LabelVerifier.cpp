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

// Why the label's address is not the registry's page for `registration`, or empty (also for a bare token).
QString addressProblem(const QString& text, const QString& registry, const QString& registration)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1String("://")))
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QUrl home(registry, QUrl::StrictMode);
    QString base = home.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    static const QRegularExpression rest(QStringLiteral("^/L/([^/]+)/[A-Za-z2-7]+/?$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = rest.match(url.path().mid(base.size()));
    if (!url.isValid() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() || origin(url) != origin(home)
        || !url.path().startsWith(base, Qt::CaseInsensitive) || !m.hasMatch())
        return QStringLiteral("the label's QR code opens %1, not the registry %2 whose key signed it: a genuine token copied onto a "
                              "counterfeit label sends phones elsewhere (if the registry really is there, give --registry URL)")
            .arg(url.isValid() ? url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString() : trimmed.left(80),
                registry);
    if (m.captured(1).compare(registration, Qt::CaseInsensitive) != 0)
        return QStringLiteral("the address names registration %1, but the label's signed token is for %2: the token was pasted under "
                              "another registration number")
            .arg(m.captured(1).left(40), registration);
    return {};
}

} // namespace

QString LabelVerifier::Result::statusName() const
{
    static const char* names[] = {"valid", "support ended", "label expired", "invalid", "untrusted", "unreadable"};
    return QLatin1String(names[int(status)]);
}

LabelVerifier::Result LabelVerifier::verify(
    const QString& urlOrToken, const QList<const IssuerKey*>& trusted, const QDate& today, const QString& registry)
{
    Result r;
    QString problem;
    const std::optional<QString> text = LabelToken::tokenOfUrl(urlOrToken, &problem);
    if (!text) {
        r.problem = problem;
        return r;
    }
    r.token = LabelToken::decode(*text, &r.problem);
    if (!r.token)
        return r;
    const LabelToken& t = *r.token;
    const IssuerKey* issuer = nullptr;
    for (const IssuerKey* key : trusted) {
        if (key->id() == t.issuerKeyId)
            issuer = key;
    }
    if (!issuer) {
        r.status = Result::Status::Untrusted;
        r.problem = trusted.isEmpty() ? QStringLiteral("no issuer key given: the label cannot be checked (give --trust ISSUER.pem)")
                                      : QStringLiteral("the label was signed by key %1, which is not among the trusted issuers")
                                            .arg(QString::fromLatin1(t.issuerKeyId.toHex()));
        return r;
    }
    if (!t.verify(*issuer)) {
        r.status = Result::Status::Invalid;
        r.problem = QStringLiteral("the signature does not match the label's contents: it was altered or forged");
        return r;
    }
    if (const QString wrong = addressProblem(urlOrToken, registry, t.registration); !wrong.isEmpty()) {
        r.status = Result::Status::Invalid;
        r.problem = wrong;
    } else if (today < t.evaluated) {
        r.status = Result::Status::Invalid;
        r.problem = QStringLiteral("the label was evaluated on %1, after the day it is checked for (%2): no label is valid before its "
                                   "evaluation (check the device's date)")
                        .arg(t.evaluated.toString(Qt::ISODate), today.toString(Qt::ISODate));
    } else if (today > t.validUntil) {
        r.status = Result::Status::Expired;
        r.problem = QStringLiteral("the label's validity ended on %1").arg(t.validUntil.toString(Qt::ISODate));
    } else if (today > t.supportUntil) {
        r.status = Result::Status::SupportEnded;
        r.problem = QStringLiteral("security updates for this product ended on %1").arg(t.supportUntil.toString(Qt::ISODate));
    } else {
        r.status = Result::Status::Valid;
    }
    return r;
}

} // namespace starmark
