#include "labels/registry/SignedJson.h"

#include "labels/IssuerKey.h"

#include <QJsonDocument>

namespace starmark {
namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray header(const IssuerKey& key)
{
    return SignedJson::canonical(
        {{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), QString::fromLatin1(key.spkiSha256().toHex())}});
}

Problem unreadable(const QString& file, const QString& name, const QString& key)
{
    return Problem::unusable(QStringLiteral("registry.signed-unreadable"),
        Message("SignedJson", "not a signed %1 document: it must be a JSON object with \"%1\" and \"signature\"").arg(name), {file}, key);
}

} // namespace

QByteArray SignedJson::canonical(const QJsonObject& object)
{
    // QJsonObject keeps its keys sorted; Compact writes no spaces and UTF-8 as it is.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray SignedJson::seal(const QString& name, const QJsonObject& payload, const IssuerKey& key)
{
    const QByteArray protectedHeader = header(key).toBase64(base64url);
    const QByteArray input = protectedHeader + '.' + canonical(payload).toBase64(base64url);
    const QByteArray jws = protectedHeader + ".." + key.sign(input).toBase64(base64url);
    return canonical({{name, payload}, {QStringLiteral("signature"), QString::fromLatin1(jws)}});
}

Result<QJsonObject> SignedJson::open(const QByteArray& bytes, const QString& name, const IssuerKey& key, const QString& file)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return unreadable(file, name, {});
    const QJsonObject o = document.object();
    const QJsonValue payload = o.value(name);
    const QStringList jws = o.value(QStringLiteral("signature")).toString().split(QLatin1Char('.'));
    if (!payload.isObject())
        return unreadable(file, name, name);
    if (jws.size() != 3 || !jws[1].isEmpty())
        return unreadable(file, name, QStringLiteral("signature"));
    const QJsonObject protectedHeader = QJsonDocument::fromJson(QByteArray::fromBase64(jws[0].toLatin1(), base64url)).object();
    const QString kid = protectedHeader.value(QStringLiteral("kid")).toString();
    if (protectedHeader.value(QStringLiteral("alg")).toString() != QLatin1String("ES256") || kid.isEmpty())
        return unreadable(file, name, QStringLiteral("signature"));
    if (kid != QString::fromLatin1(key.spkiSha256().toHex()))
        return Problem::unusable(QStringLiteral("registry.signed-by-other-key"),
            Message("SignedJson", "signed by key %1, not by the issuer key given (%2)")
                .arg(Message::plain(kid.left(64)))
                .arg(Message::plain(QString::fromLatin1(key.spkiSha256().toHex()))),
            {file}, QStringLiteral("signature"));
    const QByteArray input = jws[0].toLatin1() + '.' + canonical(payload.toObject()).toBase64(base64url);
    if (!key.verify(input, QByteArray::fromBase64(jws[2].toLatin1(), base64url)))
        return Problem::unusable(QStringLiteral("registry.bad-signature"),
            Message("SignedJson", "the signature does not match the %1 it came with: the file was altered or forged").arg(name), {file},
            QStringLiteral("signature"));
    return payload.toObject();
}

} // namespace starmark
