// The registry's signed documents: a detached JWS (ES256) over the canonical JSON, checked
// here also against OpenSSL's own verifier on the same bytes, as any JOSE library would.
#include "labels/IssuerKey.h"
#include "labels/registry/SignedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const QJsonObject document{{QStringLiteral("b"), 2}, {QStringLiteral("a"), QStringLiteral("取り消し")},
    {QStringLiteral("c"), QJsonArray{1, QStringLiteral("x y")}}};

} // namespace

TEST(SignedJson, CanonicalFormSortsKeysAndWritesNoSpaces)
{
    EXPECT_EQ(SignedJson::canonical(document), QByteArray(R"({"a":"取り消し","b":2,"c":[1,"x y"]})"));
}

TEST(SignedJson, IsADetachedCompactJwsNamingTheKeyBySpkiSha256)
{
    const IssuerKey key = IssuerKey::generate();
    const QJsonObject sealed = QJsonDocument::fromJson(SignedJson::seal(QStringLiteral("doc"), document, key)).object();
    EXPECT_EQ(sealed.value(QStringLiteral("doc")).toObject(), document);
    const QStringList jws = sealed.value(QStringLiteral("signature")).toString().split(QLatin1Char('.'));
    ASSERT_EQ(jws.size(), 3);
    EXPECT_TRUE(jws[1].isEmpty()) << "the payload is detached";
    const auto decode = [](const QString& part) {
        return QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header = QJsonDocument::fromJson(decode(jws[0])).object();
    EXPECT_EQ(header.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    EXPECT_EQ(header.value(QStringLiteral("kid")).toString(), QString::fromLatin1(key.spkiSha256().toHex()));
    EXPECT_EQ(key.spkiSha256().left(8), key.id());
    // RFC 7515 signing input: BASE64URL(header) "." BASE64URL(payload), the payload being the canonical form.
    const QByteArray input = jws[0].toLatin1() + '.'
        + SignedJson::canonical(document).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    EXPECT_TRUE(key.verify(input, decode(jws[2])));
    const Result<QJsonObject> opened = SignedJson::open(SignedJson::seal(QStringLiteral("doc"), document, key), QStringLiteral("doc"), key, {});
    ASSERT_TRUE(opened);
    EXPECT_EQ(*opened, document);
}

TEST(SignedJson, RefusesWhatIsNotASignedDocumentOfThatName)
{
    const IssuerKey key = IssuerKey::generate();
    const QByteArray sealed = SignedJson::seal(QStringLiteral("doc"), document, key);
    for (const QByteArray& bytes : {QByteArray("[]"), QByteArray("{\"doc\":{}}"), QByteArray(""), sealed}) {
        const Result<QJsonObject> opened = SignedJson::open(bytes, QStringLiteral("other"), key, QStringLiteral("f.json"));
        ASSERT_FALSE(opened);
        EXPECT_EQ(opened.problems().constFirst().code, QStringLiteral("registry.signed-unreadable"));
        EXPECT_EQ(opened.problems().constFirst().severity, Problem::Severity::Unusable);
        EXPECT_EQ(opened.problems().constFirst().where.file, QStringLiteral("f.json"));
    }
    QByteArray attached = sealed;
    attached.replace("..", ".e30.");
    EXPECT_EQ(SignedJson::open(attached, QStringLiteral("doc"), key, {}).problems().constFirst().code, QStringLiteral("registry.signed-unreadable"));
}
