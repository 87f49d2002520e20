#include "labels/LabelVerifier.h"

namespace starmark {

QString LabelVerifier::Result::statusName() const
{
    static const char* names[] = {"valid", "support ended", "label expired", "invalid", "untrusted", "unreadable"};
    return QLatin1String(names[int(status)]);
}

LabelVerifier::Result LabelVerifier::verify(const QString& urlOrToken, const QList<const IssuerKey*>& trusted, const QDate& today)
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
    if (today > t.validUntil) {
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
