// Hostile input against `starmark serve`: each attempt gets a 4xx with a message that
// says what is wrong, the server keeps answering, and the database is unchanged.
#include "CliRunner.h"
#include "ReportForgery.h"
#include "RunningRegistry.h"

#include "labels/registry/RegistryStore.h"
#include "reports/SigningIdentity.h"

#include <QJsonArray>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

class ServeHostile : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        registry = new RunningRegistry(dir->path());
        const HttpReply r = registry->submit(registry->report);
        ASSERT_EQ(r.status, 201) << r.text().toStdString();
        registration = r.json().value(QStringLiteral("registration")).toString().toLatin1();
    }
    static void TearDownTestSuite()
    {
        delete registry;
        delete dir;
    }

    // Read beside the running server (SQLite WAL lets it).
    static QByteArray fingerprint() { return registry->fingerprint(); }

    // The attempt is refused with `status` and an error of `code` with a message; nothing changed; the server still answers.
    static void refused(const HttpReply& reply, int status, const char* code, const QByteArray& before)
    {
        EXPECT_EQ(reply.status, status) << reply.text().toStdString();
        const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
        EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QLatin1String(code)) << reply.text().toStdString();
        EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty()) << reply.text().toStdString();
        EXPECT_EQ(fingerprint(), before) << "the database changed";
        EXPECT_EQ(registry->get("/api/v1/labels/" + registration).status, 200) << "the server stopped answering";
    }

    static inline QTemporaryDir* dir = nullptr;
    static inline RunningRegistry* registry = nullptr;
    static inline QByteArray registration;
};

} // namespace

TEST_F(ServeHostile, SqlInjectionStringsAreMalformedRegistrationNumbers)
{
    const QByteArray before = fingerprint();
    refused(registry->get("/l/JCS-26-000001'%20OR%20'1'='1"), 400, "registry.bad-registration-number", before);
    refused(registry->get("/api/v1/labels/1;DROP%20TABLE%20products;--"), 400, "registry.bad-registration-number", before);
    refused(registry->post("/api/v1/labels/JCS-26-000001'%20--/revoke", R"({"reason":"x"})", "application/json", registry->bearer()), 400,
        "registry.bad-registration-number", before);
    refused(registry->post("/api/v1/labels/" + registration + "/revoke", R"({"reason":"'); DELETE FROM audit; --"})", "application/json",
                "Authorization: Bearer smk_' OR '1'='1\r\n"),
        401, "registry.unauthorized", before);
}

TEST_F(ServeHostile, MalformedRegistrationNumbersAndTokens)
{
    const QByteArray before = fingerprint();
    for (const QByteArray& bad : {QByteArray("ABC"), QByteArray("JCS-26-00001"), QByteArray("JCS-2026-000001"), QByteArray("%00"),
             QByteArray("JCS-26-000001%0d%0aSet-Cookie:%20x=1"), QByteArray(5000, 'A')})
        refused(registry->get("/l/" + bad), 400, "registry.bad-registration-number", before);
    refused(registry->get("/l/" + registration + "/%3Cscript%3Ealert(1)%3C"), 400, "registry.bad-label-token", before);
    refused(registry->get("/l/" + registration + "/" + QByteArray(700, 'A')), 400, "registry.bad-label-token", before);
    const HttpReply unknown = registry->get("/l/JCS-26-999999", "Accept-Language: en\r\n");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_TRUE(unknown.text().contains(QStringLiteral("is not registered. The label may be counterfeit"))) << "a page for a person, in English";
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ServeHostile, PathTraversalFindsNothing)
{
    const QByteArray before = fingerprint();
    refused(registry->get("/static/../../../../etc/passwd"), 404, "http.not-found", before);
    refused(registry->get("/static/..%2f..%2f..%2fetc%2fpasswd"), 404, "http.not-found", before);
    refused(registry->get("/l/../../etc/passwd"), 400, "registry.bad-registration-number", before);
    refused(registry->get("/static/page.html"), 404, "http.not-found", before);
    refused(registry->get("/../share/registry/strings.json"), 404, "http.not-found", before);
}

TEST_F(ServeHostile, MissingOrBadTokensAreUnauthorised)
{
    const QByteArray before = fingerprint();
    QFile pdf(registry->report);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray report = pdf.readAll();
    const HttpReply none = registry->post("/api/v1/submissions", report, "application/pdf", {});
    refused(none, 401, "registry.unauthorized", before);
    EXPECT_TRUE(none.headers.value("www-authenticate").startsWith("Bearer"));
    refused(registry->post("/api/v1/submissions", report, "application/pdf", "Authorization: Bearer smk_wrong\r\n"), 401,
        "registry.unauthorized", before);
    refused(registry->post("/api/v1/submissions", report, "application/pdf", "Authorization: Basic dXNlcjpwYXNz\r\n"), 401,
        "registry.unauthorized", before);
    refused(registry->post("/api/v1/submissions", report, "application/pdf",
                "Authorization: Bearer " + registry->token.toLatin1().chopped(1) + "\r\n"),
        401, "registry.unauthorized", before);
    refused(registry->post("/api/v1/labels/" + registration + "/revoke", R"({"reason":"x"})", "application/json", {}), 401,
        "registry.unauthorized", before);
}

TEST_F(ServeHostile, TamperedUnsignedOrUntrustedReportsAreRefused)
{
    const QByteArray before = fingerprint();
    QFile pdf(registry->report);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray signedReport = pdf.readAll();

    QByteArray tampered = signedReport;
    tampered[tampered.size() / 3] = char(tampered[tampered.size() / 3] ^ 0x01); // inside what the signature covers
    refused(
        registry->post("/api/v1/submissions", tampered, "application/pdf", registry->bearer()), 422, "label.report-not-valid", before);
    // What the PDF was before it was signed: the same document, no signature.
    const QByteArray unsignedReport = signedReport.left(signedReport.indexOf("%%EOF") + 6);
    refused(registry->post("/api/v1/submissions", unsignedReport, "application/pdf", registry->bearer()), 422, "label.report-not-valid",
        before);
    refused(registry->post("/api/v1/submissions", "hello", "application/pdf", registry->bearer()), 400, "registry.not-a-pdf", before);
    refused(registry->post("/api/v1/submissions", signedReport, "text/plain", registry->bearer()), 415, "http.unsupported-media-type", before);

    // A report signed under someone else's CA.
    const QString otherPki = dir->filePath(QStringLiteral("other-pki"));
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), otherPki}).code, 0);
    const CliResult other = runStarmark({QStringLiteral("declare"), demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
        QStringLiteral("-o"), dir->filePath(QStringLiteral("other")), QStringLiteral("--key"),
        otherPki + QStringLiteral("/manufacturer.key"), QStringLiteral("--cert"), otherPki + QStringLiteral("/manufacturer.pem"),
        QStringLiteral("--chain"), otherPki + QStringLiteral("/ca.pem")});
    ASSERT_EQ(other.code, 0) << other.err.toStdString();
    refused(registry->submit(dir->filePath(QStringLiteral("other/report.pdf"))), 422, "label.report-not-valid", before);
    const QString unregistered = registry->anotherReport();
    refused(registry->submit(unregistered, "?registration=JCS-26-000001%27--"), 400, "registry.bad-registration-number", before);
    refused(registry->submit(unregistered, "?valid_until=2099-01-01"), 422, "label.validity-out-of-range", before);
}

TEST_F(ServeHostile, AManufacturersOwnLabEvaluationIsNotRegistered)
{
    // Every verdict pass, signed by the manufacturer's genuine, trusted key, no reviewer: the registry sees the role.
    const QString forged = forgedLabEvaluation(dir->filePath(QStringLiteral("forged")), registry->pki);
    ASSERT_FALSE(forged.isEmpty());
    const QByteArray before = fingerprint();
    refused(registry->submit(forged), 422, "label.report-not-valid", before);
}

TEST_F(ServeHostile, NoServerStartsOnATrustAnchorThatIsMissingOrEmpty)
{
    QFile empty(dir->filePath(QStringLiteral("empty.pem")));
    ASSERT_TRUE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const QByteArray before = fingerprint();
    for (const QString& trust : {dir->filePath(QStringLiteral("nowhere.pem")), empty.fileName()}) {
        const CliResult run = runStarmark(
            {QStringLiteral("serve"), QStringLiteral("--db"), registry->database, QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--issuer-key"), registry->pki + QStringLiteral("/label-issuer.key"), QStringLiteral("--trust"), trust});
        EXPECT_EQ(run.code, 2) << trust.toStdString();
        EXPECT_TRUE(run.err.contains(trust)) << run.err.toStdString();
        EXPECT_FALSE(run.out.contains(QStringLiteral("listening"))) << run.out.toStdString();
    }
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(ServeHostile, TheSameReportSubmittedAgainIsAConflictNotASecondRegistration)
{
    const QByteArray before = fingerprint();
    refused(registry->submit(registry->report), 409, "registry.already-registered", before);
    refused(registry->submit(registry->report, "?registration=" + registration), 409, "registry.already-registered", before);
}

TEST_F(ServeHostile, OversizedBodiesAndHeadersAreRefused)
{
    const QByteArray before = fingerprint();
    refused(registry->post("/api/v1/submissions", QByteArray(21 * 1024 * 1024, 'x'), "application/pdf", registry->bearer()), 413,
        "http.body-too-large", before);
    refused(registry->get("/l/" + registration, "X-Filler: " + QByteArray(64 * 1024, 'a') + "\r\n"), 431, "http.head-too-large", before);
    QByteArray many;
    for (int i = 0; i < 2000; ++i)
        many += "X-H" + QByteArray::number(i) + ": v\r\n";
    refused(registry->get("/l/" + registration, many), 431, "http.head-too-large", before);
    refused(registry->get("/l/" + registration + "?" + QByteArray(40 * 1024, 'q')), 431, "http.head-too-large", before);
    refused(registry->post("/api/v1/labels/" + registration + "/revoke", "{\"reason\":\"" + QByteArray(5000, 'r') + "\"}",
                "application/json", registry->bearer()),
        400, "registry.bad-revocation", before);
    refused(registry->post("/api/v1/labels/" + registration + "/revoke", "not json", "application/json", registry->bearer()), 400,
        "registry.bad-revocation", before);
}

TEST_F(ServeHostile, WrongMethodsAndGarbageRequests)
{
    const QByteArray before = fingerprint();
    const HttpReply del = registry->raw("DELETE /l/" + registration + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    refused(del, 405, "http.method-not-allowed", before);
    refused(registry->get("/api/v1/submissions"), 405, "http.method-not-allowed", before);
    for (const QByteArray& garbage : {QByteArray("\x16\x03\x01\x02\x00garbage that is not HTTP\r\n\r\n"), QByteArray(100000, '\0')}) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), registry->port);
        ASSERT_TRUE(socket.waitForConnected(5000));
        socket.write(garbage);
        socket.waitForBytesWritten(5000);
        socket.waitForReadyRead(500);
    }
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(registry->get("/api/v1/labels/" + registration).status, 200) << "the server survives garbage";
}

// Issue 11, case 3: the manufacturer's registered report, changed after it was signed and
// signed again with the lab's key (the same CA vouches for it), is not registered.
TEST_F(ServeHostile, AReportChangedAfterItsAuthorSignedIsRefused)
{
    const QByteArray before = fingerprint();
    QString error;
    const std::optional<SigningIdentity> lab = SigningIdentity::load(registry->pki + QStringLiteral("/lab.key"),
        registry->pki + QStringLiteral("/lab.pem"), registry->pki + QStringLiteral("/ca.pem"), {}, &error);
    ASSERT_TRUE(lab) << error.toStdString();
    QFile pdf(registry->anotherReport());
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray genuine = pdf.readAll();
    for (int attack = 0; attack < 3; ++attack) {
        ReportForgery forgery(genuine);
        if (attack == 0)
            forgery.swapAssessment("MS-CAM999");
        else if (attack == 1)
            forgery.paintOverFirstPage("MS-CAM999");
        else
            forgery.addInnocuousObject();
        forgery.signAgain(*lab);
        refused(registry->post("/api/v1/submissions", forgery.pdf, "application/pdf", registry->bearer()), 422,
            "label.report-not-valid", before);
    }
}

// The registered report countersigned is still that one report: a conflict, not a second registration.
TEST_F(ServeHostile, ACountersignedCopyOfARegisteredReportIsTheSameReport)
{
    const QByteArray before = fingerprint();
    QString error;
    const std::optional<SigningIdentity> lab = SigningIdentity::load(registry->pki + QStringLiteral("/lab.key"),
        registry->pki + QStringLiteral("/lab.pem"), registry->pki + QStringLiteral("/ca.pem"), {}, &error);
    ASSERT_TRUE(lab) << error.toStdString();
    QFile pdf(registry->report);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    ReportForgery countersigned(pdf.readAll());
    countersigned.signAgain(*lab);
    refused(registry->post("/api/v1/submissions", countersigned.pdf, "application/pdf", registry->bearer()), 409,
        "registry.already-registered", before);
}

TEST_F(ServeHostile, ARevisionWithAnotherManufacturersReportIsRefusedAndTheRegistrationKeepsItsFacts)
{
    // Signed by a key the registry trusts, naming another manufacturer, to take over the registration.
    const QString intruder = registry->variantReport(QStringLiteral("intruder"),
        {{QStringLiteral("manufacturer: {ja: 株式会社ミライセンス, en: \"Miraisense Co., Ltd.\"}"),
             QStringLiteral("manufacturer: {ja: 株式会社ニセモノ, en: \"Nisemono Inc.\"}")},
            {QStringLiteral("firmware: 2.4.1"), QStringLiteral("firmware: 9.0.0")},
            {QStringLiteral("support_until: 2031-03-31"), QStringLiteral("support_until: 2035-03-31")},
            {QStringLiteral("vulnerability_contact: https://miraisense.example/security"),
                QStringLiteral("vulnerability_contact: https://nisemono.example/security")}});
    const QByteArray before = fingerprint();
    const QByteArray facts = registry->get("/api/v1/labels/" + registration).body;
    for (const QByteArray& query :
        {"?registration=" + registration, "?registration=" + registration + "&override=contact&reason=trust%20me"}) {
        const HttpReply r = registry->submit(intruder, query);
        EXPECT_TRUE(r.status == 409 || r.status == 422) << r.status << " " << r.text().toStdString();
        EXPECT_TRUE(r.text().contains(QStringLiteral("Nisemono"))) << r.text().toStdString();
        EXPECT_EQ(fingerprint(), before) << "the database changed";
    }
    EXPECT_EQ(registry->get("/api/v1/labels/" + registration).body, facts)
        << "firmware, support end and contact are still the manufacturer's";
}

TEST_F(ServeHostile, AnOverrideNamesExactlyWhatItAcceptsAndWhy)
{
    const QString honest = registry->anotherReport(); // the same firmware, support end and contact: nothing to override
    const QByteArray before = fingerprint();
    const QByteArray revise = "?registration=" + registration;
    refused(registry->submit(honest, revise + "&override=downgrade"), 400, "registry.override-without-reason", before);
    refused(registry->submit(honest, revise + "&override=downgrade&reason=%20%20"), 400, "registry.override-without-reason", before);
    refused(registry->submit(honest, revise + "&override=everything&reason=x"), 400,
        "registry.override-unknown", before);
    refused(registry->submit(honest, revise + "&reason=because"), 400, "registry.reason-without-override", before);
    refused(registry->submit(honest, "?override=downgrade&reason=x"), 400, "registry.override-without-revision", before);
    refused(registry->submit(honest, revise + "&override=downgrade,support-end,contact&reason=just%20in%20case"), 409,
        "registry.override-unneeded", before);
}

TEST_F(ServeHostile, AModelQueryFindsExactlyThatModelAndNothingAPatternWouldMatch)
{
    const QByteArray before = fingerprint();
    // The demo camera's family: found by its third model, URL-encoded as a browser sends it.
    const HttpReply third = registry->get("/api/v1/labels?model=MS-CAM100%2FB");
    ASSERT_EQ(third.status, 200) << third.text().toStdString();
    const QJsonArray labels = third.json().value(QStringLiteral("labels")).toArray();
    ASSERT_EQ(labels.size(), 1);
    EXPECT_EQ(labels.at(0).toObject().value(QStringLiteral("registration")).toString().toLatin1(), registration);
    // What SQL LIKE, a prefix or a case-folding search would match: not found, as JSON.
    for (const QByteArray& probe : {QByteArray("MS-CAM100%25"), QByteArray("MS-CAM10_"), QByteArray("%25"), QByteArray("_"),
             QByteArray("ms-cam100"), QByteArray("MS-CAM"), QByteArray("MS-CAM100'%20OR%20'1'%3D'1"), QByteArray("*")})
        refused(registry->get("/api/v1/labels?model=" + probe), 404, "registry.model-not-registered", before);
    // What no model number can be: refused before anything is looked up.
    for (const QByteArray& bad : {QByteArray("MS%00CAM"), QByteArray("MS%0ACAM"), QByteArray("..%2F..%2Fetc%2Fpasswd"), QByteArray("MS%5CCAM"),
             QByteArray(10240, 'X'), QByteArray("")})
        refused(registry->get("/api/v1/labels?model=" + bad), 400, "registry.bad-model-query", before);
    refused(registry->get("/api/v1/labels"), 400, "registry.bad-model-query", before);
    refused(registry->get("/api/v1/labels?model=MS-CAM100&model=MS-CAM100W"), 400, "registry.bad-model-query", before);
    // The refusal speaks the asker's language.
    const HttpReply ja = registry->get("/api/v1/labels?model=NONE", "Accept-Language: ja\r\n");
    EXPECT_TRUE(ja.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("型番")))
        << ja.text().toStdString();
}

TEST_F(ServeHostile, ARevisionThatDropsAModelFromTheFamilyIsRefusedAndChangesNothing)
{
    const QString shrunk = registry->variantReport(QStringLiteral("shrunk"),
        {{QStringLiteral("models: [MS-CAM100, MS-CAM100W, MS-CAM100/B]"), QStringLiteral("models: [MS-CAM100, MS-CAM100W]")},
            {QStringLiteral("firmware: 2.4.1"), QStringLiteral("firmware: 2.5.0")}});
    const QByteArray before = fingerprint();
    for (const QByteArray& query : {"?registration=" + registration, "?registration=" + registration + "&override=contact&reason=trust%20me"}) {
        const HttpReply r = registry->submit(shrunk, query);
        EXPECT_EQ(r.status, 409) << r.text().toStdString();
        if (query.contains("override"))
            continue; // an override for a change the revision does not make is refused on its own grounds
        EXPECT_EQ(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("registry.family-shrunk"));
    }
    EXPECT_EQ(fingerprint(), before);
    EXPECT_EQ(registry->get("/api/v1/labels/" + registration).json().value(QStringLiteral("models")).toArray().size(), 3);
}
