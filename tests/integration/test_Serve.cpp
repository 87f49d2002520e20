// `starmark serve` over HTTP: publishing, the page in both languages, the JSON API,
// revocation (through the API and straight through the store, as surveillance does).
#include "CliRunner.h"
#include "RunningRegistry.h"

#include "evaluators/Clock.h"
#include "labels/IssuerKey.h"
#include "labels/LabelToken.h"
#include "labels/RegistryStore.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

class Serve : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        registry = new RunningRegistry(dir->path());
    }
    static void TearDownTestSuite()
    {
        delete registry;
        delete dir;
    }
    // The first publication, made once for the tests that need a registered product.
    static QString published()
    {
        static QString registration;
        if (registration.isEmpty()) {
            const HttpReply r = registry->submit(registry->report);
            EXPECT_EQ(r.status, 201) << r.text().toStdString();
            registration = r.json().value(QStringLiteral("registration")).toString();
        }
        return registration;
    }
    static inline QTemporaryDir* dir = nullptr;
    static inline RunningRegistry* registry = nullptr;
};

} // namespace

TEST_F(Serve, PublishingASignedReportRegistersItAndReturnsTheSignedTokenAndArtwork)
{
    const HttpReply r = registry->submit(registry->report);
    ASSERT_EQ(r.status, 201) << r.text().toStdString();
    const QJsonObject o = r.json();
    EXPECT_TRUE(RegistryStore::isRegistrationNumber(o.value(QStringLiteral("registration")).toString())) << r.text().toStdString();
    EXPECT_EQ(o.value(QStringLiteral("level")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("model")).toString(), QStringLiteral("MS-CAM100"));
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    EXPECT_TRUE(o.value(QStringLiteral("label_svg")).toString().startsWith(QLatin1String("<?xml"))) << "the artwork comes back";
    QString problem;
    const std::optional<IssuerKey> key = IssuerKey::load(registry->pki + QStringLiteral("/label-issuer.pub.pem"), &problem);
    ASSERT_TRUE(key) << problem.toStdString();
    const std::optional<LabelToken> token = LabelToken::decode(o.value(QStringLiteral("token")).toString(), &problem);
    ASSERT_TRUE(token) << problem.toStdString();
    EXPECT_TRUE(token->verify(*key));
    EXPECT_EQ(token->registration, o.value(QStringLiteral("registration")).toString());
    EXPECT_TRUE(o.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("HTTPS://LABEL.STARMARK.EXAMPLE/L/")));
}

TEST_F(Serve, ThePageShowsEveryFactInJapaneseOrEnglishUnderAStrictPolicy)
{
    const QByteArray reg = published().toLatin1();
    const HttpReply ja = registry->get("/l/" + reg, "Accept-Language: ja,en;q=0.5\r\n");
    ASSERT_EQ(ja.status, 200) << ja.text().toStdString();
    for (const char* expected : {"ミライセンス", "ネットワークカメラ", "MS-CAM100", "2.4.1", "2026年11月22日", "2031年3月31日",
             "2028年11月22日", "https://miraisense.example/security", "有効", "評価したファームウェア", "ファームウェアの評価履歴"})
        EXPECT_TRUE(ja.text().contains(QString::fromUtf8(expected))) << expected;
    EXPECT_EQ(ja.headers.value("content-security-policy"),
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'");
    EXPECT_EQ(ja.headers.value("x-content-type-options"), "nosniff");
    EXPECT_EQ(ja.headers.value("referrer-policy"), "no-referrer");
    EXPECT_EQ(ja.headers.value("cache-control"), "no-store");
    EXPECT_FALSE(ja.text().contains(QStringLiteral("<script>"))) << "no inline script";
    EXPECT_FALSE(ja.text().contains(QStringLiteral("style="))) << "no inline style";

    const HttpReply en = registry->get("/L/" + reg + "?lang=en", "Accept-Language: ja\r\n");
    ASSERT_EQ(en.status, 200);
    for (const char* expected : {"Miraisense", "22 November 2026", "31 March 2031", "Security updates until", "Label valid until", "Valid"})
        EXPECT_TRUE(en.text().contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(
        registry->get("/l/" + reg, "Accept-Language: en-GB,en;q=0.9,ja;q=0.1\r\n").text().contains(QStringLiteral("Firmware evaluated")));

    const HttpReply script = registry->get("/static/registry.js");
    EXPECT_EQ(script.status, 200);
    EXPECT_TRUE(script.headers.value("content-type").startsWith("text/javascript"));
    EXPECT_TRUE(script.text().contains(QStringLiteral("crypto.subtle.verify")));
}

TEST_F(Serve, TheQrCodesUrlWithItsTokenOpensThePage)
{
    const QString url = registry->get("/api/v1/labels/" + published().toLatin1()).json().value(QStringLiteral("url")).toString();
    const QByteArray path = url.mid(url.indexOf(QStringLiteral("/L/"))).toLatin1();
    EXPECT_TRUE(path.startsWith("/L/JCS-")) << path.toStdString();
    EXPECT_EQ(registry->get(path).status, 200);
    EXPECT_EQ(registry->get(path.toLower()).status, 200) << "/l/ and lower case work alike";
}

TEST_F(Serve, TheJsonApiAndTheRevocationListFollowARevocationAtOnce)
{
    const HttpReply sub = registry->submit(registry->report);
    ASSERT_EQ(sub.status, 201);
    const QByteArray reg = sub.json().value(QStringLiteral("registration")).toString().toLatin1();
    const HttpReply before = registry->get("/api/v1/labels/" + reg);
    ASSERT_EQ(before.status, 200);
    EXPECT_EQ(before.json().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    EXPECT_EQ(before.json().value(QStringLiteral("support_until")).toString(), QStringLiteral("2031-03-31"));
    EXPECT_EQ(registry->get("/l/" + reg).status, 200); // cached now

    const HttpReply revoked = registry->post(
        "/api/v1/labels/" + reg + "/revoke", R"({"reason": "虚偽の自己適合宣言"})", "application/json", registry->bearer());
    ASSERT_EQ(revoked.status, 200) << revoked.text().toStdString();
    EXPECT_EQ(revoked.json().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    const HttpReply page = registry->get("/l/" + reg, "Accept-Language: ja\r\n");
    EXPECT_TRUE(page.text().contains(QStringLiteral("取り消し済み")));
    EXPECT_TRUE(page.text().contains(QStringLiteral("虚偽の自己適合宣言")));
    bool listed = false;
    for (const QJsonValue& v : registry->get("/api/v1/revocations").json().value(QStringLiteral("revocations")).toArray())
        listed |= v.toObject().value(QStringLiteral("registration")).toString() == QString::fromLatin1(reg)
            && v.toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("虚偽の自己適合宣言");
    EXPECT_TRUE(listed);
    const HttpReply again
        = registry->post("/api/v1/labels/" + reg + "/revoke", R"({"reason": "twice"})", "application/json", registry->bearer());
    EXPECT_EQ(again.status, 409);
    EXPECT_TRUE(again.text().contains(QStringLiteral("already revoked")));
}

TEST_F(Serve, ARevocationStraightThroughTheStoreShowsAtOnce)
{
    const HttpReply sub = registry->submit(registry->report);
    ASSERT_EQ(sub.status, 201);
    const QString reg = sub.json().value(QStringLiteral("registration")).toString();
    for (int i = 0; i < 4; ++i) // every server thread has it cached
        ASSERT_TRUE(registry->get("/l/" + reg.toLatin1() + "?lang=en").text().contains(QStringLiteral(">Valid<")));
    {
        // As `starmark surveil` would, from another process: the server hears nothing of it.
        QString problem;
        const RegistryLocation location{RegistryLocation::Backend::Sqlite, registry->database, {}, 0, {}, {}, {}};
        std::unique_ptr<RegistryStore> store = RegistryStore::open(location, Clock::system(), &problem);
        ASSERT_TRUE(store) << problem.toStdString();
        ASSERT_TRUE(store->revoke(reg, QStringLiteral("found on sale with a different firmware"), QStringLiteral("surveillance"), &problem))
            << problem.toStdString();
    }
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(
            registry->get("/l/" + reg.toLatin1() + "?lang=en").text().contains(QStringLiteral("found on sale with a different firmware")));
}

TEST_F(Serve, AFirmwareRevisionJoinsTheHistory)
{
    const QString reg = published();
    const HttpReply r = registry->submit(registry->report, "?registration=" + reg.toLatin1());
    ASSERT_EQ(r.status, 201) << r.text().toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("registration")).toString(), reg);
    EXPECT_EQ(r.json().value(QStringLiteral("revisions")).toArray().size(), 2);
}

TEST_F(Serve, HelpDocumentsTheServer)
{
    const CliResult help = runStarmark({QStringLiteral("serve"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    for (const char* expected : {"--db", "postgresql://", "--issuer-key", "--trust", "add-token", "/l/<registration number>"})
        EXPECT_TRUE(help.out.contains(QLatin1String(expected))) << expected;
    const CliResult bad = runStarmark({QStringLiteral("serve"), QStringLiteral("--db"), QStringLiteral("postgresql://nobody@/x"),
        QStringLiteral("--issuer-key"), registry->pki + QStringLiteral("/label-issuer.key")});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("postgresql://user@host:port/database"))) << bad.err.toStdString();
}
