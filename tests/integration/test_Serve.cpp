// `starmark serve` over HTTP: publishing, the page in both languages, the JSON API,
// revocation (through the API, and by `starmark surveil` straight into the database).
#include "CliRunner.h"
#include "RunningRegistry.h"

#include "FixedClock.h"
#include "TestClock.h"

#include "evaluators/Clock.h"
#include "labels/IssuerKey.h"
#include "labels/LabelToken.h"
#include "labels/ProductFacts.h"
#include "labels/registry/Publication.h"
#include "labels/registry/RegistryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QUrl>

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
            const HttpReply r = registry->submit(registry->anotherReport());
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
    const Result<LabelToken> token = LabelToken::decode(o.value(QStringLiteral("token")).toString());
    ASSERT_TRUE(token);
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
    const HttpReply sub = registry->submit(registry->anotherReport());
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
    for (const QJsonValue& v : registry->get("/api/v1/revocations").json().value(QStringLiteral("revocations")).toObject().value(QStringLiteral("revoked")).toArray())
        listed |= v.toObject().value(QStringLiteral("registration")).toString() == QString::fromLatin1(reg)
            && v.toObject().value(QStringLiteral("reason")).toString() == QStringLiteral("虚偽の自己適合宣言");
    EXPECT_TRUE(listed);
    const HttpReply again
        = registry->post("/api/v1/labels/" + reg + "/revoke", R"({"reason": "twice"})", "application/json", registry->bearer());
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("registry.already-revoked"))
        << again.text().toStdString();
}

TEST_F(Serve, ASurveillanceFindingThatRevokesShowsOnThePageAtOnce)
{
    const HttpReply sub = registry->submit(registry->anotherReport());
    ASSERT_EQ(sub.status, 201);
    const QString reg = sub.json().value(QStringLiteral("registration")).toString();
    for (int i = 0; i < 4; ++i) // every server thread has it cached
        ASSERT_TRUE(registry->get("/l/" + reg.toLatin1() + "?lang=en").text().contains(QStringLiteral(">Valid<")));
    // `starmark surveil` from another process, straight into the database: the server hears nothing of it.
    const CliResult found = runStarmark({QStringLiteral("surveil"), QStringLiteral("record"), QStringLiteral("--db"), registry->database,
        reg, QStringLiteral("S1.1-01"), QStringLiteral("--result"), QStringLiteral("nonconformity"), QStringLiteral("--note"),
        QStringLiteral("sold with firmware 0.9, which shares one password"), QStringLiteral("--revoke"),
        QStringLiteral("found on sale with a different firmware")});
    ASSERT_EQ(found.code, 0) << found.err.toStdString();
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(
            registry->get("/l/" + reg.toLatin1() + "?lang=en").text().contains(QStringLiteral("found on sale with a different firmware")));
}

TEST_F(Serve, AFirmwareRevisionJoinsTheHistory)
{
    const QString reg = published();
    const HttpReply r = registry->submit(registry->anotherReport(), "?registration=" + reg.toLatin1());
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

TEST_F(Serve, OncePastTheSupportEndThePageSaysUpdatesHaveEnded)
{
    // Registered straight through the store: a report whose support has already ended is an odd thing to submit.
    const std::unique_ptr<RegistryStore> store = registry->openStore();
    ASSERT_TRUE(store);
    QString problem;
    const std::optional<IssuerKey> key = IssuerKey::load(registry->pki + QStringLiteral("/label-issuer.key"), &problem);
    ASSERT_TRUE(key) << problem.toStdString();
    const ProductFacts old{2, QStringLiteral("router"), {QStringLiteral("架空通信"), QStringLiteral("Fictional Networks")},
        {QStringLiteral("古いルーター"), QStringLiteral("Old router")}, QStringLiteral("RT-1"), QStringLiteral("1.0"),
        QStringLiteral("mailto:psirt@example.com"), QDate(2026, 1, 10), QDate(2026, 6, 30)};
    const FixedClock now(testNow());
    const Result<RegisteredProduct> r = Publication(*store, *key, now).registerFacts(old, QDate(2027, 1, 10), QStringLiteral("鈴木"));
    ASSERT_TRUE(r) << r.problems().value(0).toString().toStdString();
    const QByteArray path = "/l/" + r->registration.toLatin1();
    const QString en = registry->get(path + "?lang=en").text();
    EXPECT_TRUE(en.contains(QStringLiteral("Valid — security updates have ended"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("Security updates for this product ended on 30 June 2026"))) << en.toStdString();
    const QString ja = registry->get(path + "?lang=ja").text();
    EXPECT_TRUE(ja.contains(QStringLiteral("この製品のセキュリティアップデートは2026年6月30日に終了しました"))) << ja.toStdString();
    EXPECT_EQ(registry->get("/api/v1/labels/" + r->registration.toLatin1()).json().value(QStringLiteral("status")).toString(),
        QStringLiteral("support-ended"));
}

TEST_F(Serve, MarkupInTheProductsFactsIsShownAsText)
{
    const std::unique_ptr<RegistryStore> store = registry->openStore();
    ASSERT_TRUE(store);
    QString problem;
    const std::optional<IssuerKey> key = IssuerKey::load(registry->pki + QStringLiteral("/label-issuer.key"), &problem);
    ASSERT_TRUE(key) << problem.toStdString();
    const ProductFacts evil{1, QStringLiteral("common"), {QStringLiteral("<b>x</b>"), QStringLiteral("<img src=x onerror=alert(1)>")},
        {QStringLiteral("\"><script>alert(1)</script>"), QStringLiteral("\"><script>alert(1)</script>")}, QStringLiteral("<svg onload=1>"),
        QStringLiteral("1&2"), QStringLiteral("javascript:alert(1)"), QDate(2026, 11, 1), QDate(2030, 1, 1)};
    const FixedClock now(testNow());
    const Result<RegisteredProduct> r = Publication(*store, *key, now).registerFacts(evil, QDate(2028, 1, 1), QStringLiteral("鈴木"));
    ASSERT_TRUE(r) << r.problems().value(0).toString().toStdString();
    const QString html = registry->get("/l/" + r->registration.toLatin1() + "?lang=en").text();
    EXPECT_FALSE(html.contains(QStringLiteral("<script>alert")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img src=x")));
    EXPECT_FALSE(html.contains(QStringLiteral("<svg onload")));
    EXPECT_FALSE(html.contains(QStringLiteral("href=\"javascript:"))) << "only https: and mailto: contacts become links";
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("1&amp;2")));
}

TEST_F(Serve, AWithdrawnStaffTokenIsRefusedAtOnce)
{
    const QStringList db{QStringLiteral("--db"), registry->database};
    const CliResult added = runStarmark(QStringList{QStringLiteral("serve"), QStringLiteral("add-token"), QStringLiteral("田中")} + db);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    const QByteArray bearer = "Authorization: Bearer " + added.out.trimmed().toLatin1() + "\r\n";
    QFile pdf(registry->anotherReport());
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray report = pdf.readAll();
    EXPECT_EQ(registry->post("/api/v1/submissions", report, "application/pdf", bearer).status, 201);

    const CliResult listed = runStarmark(QStringList{QStringLiteral("serve"), QStringLiteral("tokens")} + db);
    EXPECT_EQ(listed.code, 0);
    EXPECT_TRUE(listed.out.contains(QStringLiteral("田中  sha256 "))) << listed.out.toStdString();
    EXPECT_FALSE(listed.out.contains(added.out.trimmed().mid(4, 16))) << "the list never shows a token";

    const CliResult withdrawn
        = runStarmark(QStringList{QStringLiteral("serve"), QStringLiteral("revoke-token"), QStringLiteral("田中")} + db);
    ASSERT_EQ(withdrawn.code, 0) << withdrawn.err.toStdString();
    const HttpReply refused = registry->post("/api/v1/submissions", report, "application/pdf", bearer);
    EXPECT_EQ(refused.status, 401) << refused.text().toStdString();
    EXPECT_EQ(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("registry.unauthorized"))
        << refused.text().toStdString();
    const CliResult again = runStarmark(QStringList{QStringLiteral("serve"), QStringLiteral("revoke-token"), QStringLiteral("田中")} + db);
    EXPECT_EQ(again.code, 1);
    // In whichever language the CLI speaks here.
    EXPECT_TRUE(again.err.contains(QStringLiteral("田中 holds no staff token"))
        || again.err.contains(QStringLiteral("田中 にはスタッフトークンがありません")))
        << again.err.toStdString();
}

TEST_F(Serve, ADowngradeAnEarlierSupportEndOrANewContactTakesAStaffOverrideThatIsAuditedAndShown)
{
    const HttpReply first = registry->submit(registry->anotherReport());
    ASSERT_EQ(first.status, 201) << first.text().toStdString();
    const QByteArray reg = first.json().value(QStringLiteral("registration")).toString().toLatin1();
    const auto fingerprint = [] { return registry->openStore()->fingerprint(); };
    struct Case {
        const char* name;
        std::pair<QString, QString> line;
        const char* refusal;
        const char* shown; // on the English page, once accepted
    };
    const Case cases[] = {
        {"downgrade", {QStringLiteral("firmware: 2.4.1"), QStringLiteral("firmware: 2.4.0")},
            "firmware 2.4.0 is lower than the registered 2.4.1", "firmware downgrade (was 2.4.1)"},
        {"support-end", {QStringLiteral("support_until: 2031-03-31"), QStringLiteral("support_until: 2030-03-31")},
            "security updates would end on 2030-03-31, earlier than the registered 2031-03-31",
            "earlier end of security updates (was 31 March 2031)"},
        {"contact", {QStringLiteral("https://miraisense.example/security"), QStringLiteral("https://miraisense.example/psirt")},
            "the vulnerability contact would change from https://miraisense.example/security to https://miraisense.example/psirt",
            "changed vulnerability contact (was https://miraisense.example/security)"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const QString report = registry->variantReport(QString::fromLatin1(c.name), {c.line});
        const QByteArray before = fingerprint();
        const HttpReply refused = registry->submit(report, "?registration=" + reg + "&lang=en"); // the reason's words, in English
        EXPECT_EQ(refused.status, 409) << refused.text().toStdString();
        EXPECT_EQ(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("registry.override-needed"));
        EXPECT_TRUE(refused.text().contains(QString::fromUtf8(c.refusal))) << refused.text().toStdString();
        EXPECT_TRUE(refused.text().contains(QStringLiteral("override=%1&reason=").arg(QLatin1String(c.name))))
            << refused.text().toStdString();
        EXPECT_EQ(fingerprint(), before) << "a refused revision changes nothing";

        const QString reason = QStringLiteral("%1: agreed with the manufacturer (ticket 4711)").arg(QLatin1String(c.name));
        const HttpReply accepted
            = registry->submit(report, "?registration=" + reg + "&override=" + c.name + "&reason=" + QUrl::toPercentEncoding(reason));
        ASSERT_EQ(accepted.status, 201) << accepted.text().toStdString();
        const QJsonObject override
            = accepted.json().value(QStringLiteral("revisions")).toArray().last().toObject().value(QStringLiteral("override")).toObject();
        EXPECT_EQ(override.value(QStringLiteral("changes")).toArray(), QJsonArray{QString::fromLatin1(c.name)});
        EXPECT_EQ(override.value(QStringLiteral("reason")).toString(), reason);
        EXPECT_EQ(override.value(QStringLiteral("by")).toString(), QStringLiteral("鈴木"));
        const AuditEntry audited = registry->openStore()->audit()->constLast();
        EXPECT_EQ(audited.action, QStringLiteral("add-revision"));
        EXPECT_EQ(audited.actor, QStringLiteral("鈴木"));
        EXPECT_TRUE(audited.detail.contains(QStringLiteral("; override %1, reason: %2; before: ").arg(QLatin1String(c.name), reason)))
            << audited.detail.toStdString();
        const QString page = registry->get("/l/" + reg + "?lang=en").text();
        EXPECT_TRUE(page.contains(QStringLiteral("Accepted as an exception to the rules by registry staff member 鈴木: %1. Reason: %2")
                                      .arg(QString::fromUtf8(c.shown), reason.toHtmlEscaped())))
            << page.toStdString();
    }
    EXPECT_TRUE(registry->get("/l/" + reg + "?lang=ja").text().contains(QStringLiteral("登録機関の職員 鈴木 が規則の例外として承認")));
}

TEST_F(Serve, TheDemoFamilyFlowsFromTheSignedReportToThePageAndTheApiAndIsFoundByItsThirdModel)
{
    const QStringList family{QStringLiteral("MS-CAM100"), QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")};
    const QByteArray reg = published().toLatin1();
    const QJsonObject api = registry->get("/api/v1/labels/" + reg).json();
    EXPECT_EQ(api.value(QStringLiteral("model")).toString(), family.first());
    EXPECT_EQ(api.value(QStringLiteral("models")).toArray(), QJsonArray::fromStringList(family));
    for (const QByteArray& language : {QByteArray("ja"), QByteArray("en")}) {
        const HttpReply page = registry->get("/l/" + reg + "?lang=" + language);
        ASSERT_EQ(page.status, 200);
        for (const QString& model : family)
            EXPECT_TRUE(page.text().contains(QStringLiteral("<li>%1</li>").arg(model))) << model.toStdString();
        EXPECT_TRUE(page.text().contains(language == "ja" ? QStringLiteral("対象型番") : QStringLiteral("Models covered")));
    }
    const HttpReply byThird = registry->get("/api/v1/labels?model=" + QUrl::toPercentEncoding(family.last()));
    ASSERT_EQ(byThird.status, 200) << byThird.text().toStdString();
    QStringList found;
    for (const QJsonValue& label : byThird.json().value(QStringLiteral("labels")).toArray())
        found << label.toObject().value(QStringLiteral("registration")).toString();
    EXPECT_TRUE(found.contains(QString::fromLatin1(reg))) << found.join(QLatin1Char(',')).toStdString();
    // The label carries the representative only: the token is the same size for one model or a family.
    const Result<LabelToken> token = LabelToken::decode(api.value(QStringLiteral("token")).toString());
    ASSERT_TRUE(token);
    EXPECT_EQ(token->model, family.first());
}
