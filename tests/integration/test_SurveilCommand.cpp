// Surveillance as the certification body runs it: a plan drawn from the
// registry anyone can redraw, findings checked against the catalogs, a
// nonconformity that revokes, and a signed report that pdfsig, pdftotext and
// `starmark verify` accept.
#include "CliRunner.h"

#include "FixedClock.h"
#include "TestClock.h"
#include "labels/IssuerKey.h"
#include "labels/registry/Publication.h"
#include "labels/registry/RegistryStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

const FixedClock registered(QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));

ProductFacts product(int i)
{
    const int level = 1 + i % 3;
    const QString category = level == 1 ? QStringLiteral("common") : QStringLiteral("router");
    return {level, category, {QStringLiteral("架空電機 %1").arg(i), QStringLiteral("Fictional Electric %1").arg(i)},
        {QStringLiteral("製品 %1").arg(i), QStringLiteral("Product %1").arg(i)}, QStringLiteral("FX-%1").arg(i),
        QStringLiteral("1.0.%1").arg(i), QStringLiteral("https://example.com/security"), QDate(2026, 9, 1), QDate(2031, 3, 31)};
}

class Surveillance : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("pki"))}).code, 0);
        QString problem;
        const std::optional<IssuerKey> key = IssuerKey::load(path(QStringLiteral("pki/label-issuer.key")), &problem);
        ASSERT_TRUE(key) << problem.toStdString();
        const std::unique_ptr<RegistryStore> store = open();
        ASSERT_TRUE(store);
        for (int i = 0; i < 30; ++i) {
            const Result<RegisteredProduct> r
                = Publication(*store, *key, registered).registerFacts(product(i), QDate(2028, 9, 30), QStringLiteral("registrar"));
            ASSERT_TRUE(r) << r.problems().value(0).toString().toStdString();
        }
        ASSERT_TRUE(
            store->revoke(QStringLiteral("JCS-26-000030"), QStringLiteral("withdrawn by the manufacturer"), QStringLiteral("registrar")));
    }
    static void TearDownTestSuite() { delete dir; }
    static QString path(const QString& name) { return dir->filePath(name); }
    static std::unique_ptr<RegistryStore> open()
    {
        RegistryLocation location;
        location.file = path(QStringLiteral("registry.db"));
        Result<std::unique_ptr<RegistryStore>> store = RegistryStore::open(location, registered);
        EXPECT_TRUE(store) << store.problems().value(0).toString().toStdString();
        return store ? store.take() : nullptr;
    }
    static CliResult surveil(const QStringList& arguments)
    {
        return runStarmark(
            QStringList{QStringLiteral("surveil")} + arguments + QStringList{QStringLiteral("--db"), path(QStringLiteral("registry.db"))});
    }
    static CliResult plan(const QString& output, const QStringList& more = {})
    {
        return surveil(
            QStringList{QStringLiteral("plan"), QStringLiteral("--size"), QStringLiteral("5"), QStringLiteral("-o"), output} + more);
    }
    static QJsonObject json(const QString& file) { return QJsonDocument::fromJson(read(file)).object(); }
    static QStringList picks(const QString& file)
    {
        QStringList regs;
        for (const QJsonValue& p : json(file).value(QStringLiteral("picks")).toArray())
            regs << p.toObject().value(QStringLiteral("registration")).toString();
        return regs;
    }
    static inline QTemporaryDir* dir = nullptr;
};

} // namespace

TEST_F(Surveillance, TheSameSeedRedrawsTheSamePlanAndAnotherSeedAnother)
{
    const CliResult first = plan(path(QStringLiteral("a.json")), {QStringLiteral("--seed"), QStringLiteral("20261122")});
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(
        first.out.contains(QStringLiteral("surveillance plan: 5 of 29 products with a valid label, seed 20261122, as of 2026-11-22")))
        << first.out.toStdString();
    ASSERT_EQ(plan(path(QStringLiteral("b.json")), {QStringLiteral("--seed"), QStringLiteral("20261122")}).code, 0);
    EXPECT_EQ(read(path(QStringLiteral("a.json"))), read(path(QStringLiteral("b.json"))));
    ASSERT_EQ(plan(path(QStringLiteral("c.json")), {QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
    EXPECT_NE(picks(path(QStringLiteral("a.json"))), picks(path(QStringLiteral("c.json"))));
    EXPECT_FALSE(picks(path(QStringLiteral("a.json"))).contains(QStringLiteral("JCS-26-000030"))) << "revoked: not in the population";
}

TEST_F(Surveillance, WithoutASeedOneIsChosenAndRecorded)
{
    ASSERT_EQ(plan(path(QStringLiteral("random.json"))).code, 0);
    const QString seed = json(path(QStringLiteral("random.json"))).value(QStringLiteral("seed")).toString();
    ASSERT_FALSE(seed.isEmpty());
    ASSERT_EQ(plan(path(QStringLiteral("again.json")), {QStringLiteral("--seed"), seed}).code, 0);
    EXPECT_EQ(picks(path(QStringLiteral("random.json"))), picks(path(QStringLiteral("again.json"))));
}

TEST_F(Surveillance, AReportedProductIsAlwaysSampled)
{
    const CliResult r = plan(path(QStringLiteral("reported.json")),
        {QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--reported"), QStringLiteral("jcs-26-000017")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(picks(path(QStringLiteral("reported.json"))).value(0), QStringLiteral("JCS-26-000017"));
    // The reasons in the CLI's language.
    EXPECT_TRUE(r.out.contains(QStringLiteral("in because a member of the public reported it"))
        || r.out.contains(QStringLiteral("一般からの通報による対象")))
        << r.out.toStdString();

    const CliResult unknown = plan(path(QStringLiteral("x.json")), {QStringLiteral("--reported"), QStringLiteral("JCS-26-000030")});
    EXPECT_EQ(unknown.code, 1);
    // The words in both languages are SurveillancePlan's tests; here what must show in either.
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("JCS-26-000030")) && unknown.err.contains(QStringLiteral("29")))
        << unknown.err.toStdString();
    const CliResult malformed = plan(path(QStringLiteral("x.json")), {QStringLiteral("--reported"), QStringLiteral("../etc/passwd")});
    EXPECT_EQ(malformed.code, 2);
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("../etc/passwd")) && malformed.err.contains(QStringLiteral("JCS-YY-NNNNNN")))
        << malformed.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.json"))));
}

TEST_F(Surveillance, BadFindingsAreRefusedAndChangeNothing)
{
    const QByteArray before = open()->fingerprint();
    const CliResult unknownRequirement = surveil({QStringLiteral("record"), QStringLiteral("JCS-26-000001"), QStringLiteral("S9.9-99"),
        QStringLiteral("--result"), QStringLiteral("conforms")});
    EXPECT_EQ(unknownRequirement.code, 2);
    EXPECT_TRUE(unknownRequirement.err.contains(QStringLiteral("S9.9-99"))
        && unknownRequirement.err.contains(QStringLiteral("star1-common"))
        && unknownRequirement.err.contains(QStringLiteral("check the id with 'starmark catalog show'")))
        << unknownRequirement.err.toStdString();
    // JCS-26-000002 is a ★2 router: its chain holds ★1's requirements too, but not ★3's.
    const CliResult aboveItsLevel = surveil({QStringLiteral("record"), QStringLiteral("JCS-26-000002"), QStringLiteral("S3.RT-02"),
        QStringLiteral("--result"), QStringLiteral("conforms")});
    EXPECT_EQ(aboveItsLevel.code, 2) << aboveItsLevel.err.toStdString();
    const CliResult badResult = surveil({QStringLiteral("record"), QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"),
        QStringLiteral("--result"), QStringLiteral("bad")});
    EXPECT_EQ(badResult.code, 2);
    EXPECT_TRUE(badResult.err.contains(QStringLiteral("--result takes conforms, nonconformity, observation")))
        << badResult.err.toStdString();
    const CliResult noNote = surveil({QStringLiteral("record"), QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"),
        QStringLiteral("--result"), QStringLiteral("nonconformity")});
    EXPECT_EQ(noNote.code, 1);
    EXPECT_TRUE(noNote.err.startsWith(QStringLiteral("error: ")) && noNote.err.contains(QStringLiteral("nonconformity")))
        << noNote.err.toStdString();
    const CliResult revokeOnConformity = surveil({QStringLiteral("record"), QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"),
        QStringLiteral("--result"), QStringLiteral("conforms"), QStringLiteral("--revoke"), QStringLiteral("why")});
    EXPECT_EQ(revokeOnConformity.code, 2);
    const CliResult unregistered = surveil({QStringLiteral("record"), QStringLiteral("JCS-26-000099"), QStringLiteral("S1.1-01"),
        QStringLiteral("--result"), QStringLiteral("conforms")});
    EXPECT_EQ(unregistered.code, 1);
    EXPECT_TRUE(unregistered.err.contains(QStringLiteral("JCS-26-000099"))) << unregistered.err.toStdString();
    const CliResult injection = surveil({QStringLiteral("record"), QStringLiteral("JCS-26-000001'; DROP TABLE products; --"),
        QStringLiteral("S1.1-01"), QStringLiteral("--result"), QStringLiteral("conforms")});
    EXPECT_EQ(injection.code, 2);
    EXPECT_EQ(open()->fingerprint(), before);
}

TEST_F(Surveillance, ANonconformityRevokesTheLabelAndTheSignedReportSaysSo)
{
    const QString planFile = path(QStringLiteral("round.json"));
    ASSERT_EQ(
        plan(planFile, {QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--reported"), QStringLiteral("JCS-26-000004")})
            .code,
        0);
    const QStringList sampled = picks(planFile);
    ASSERT_EQ(sampled.value(0), QStringLiteral("JCS-26-000004")); // ★1, common
    const CliResult found = surveil({QStringLiteral("record"), QStringLiteral("JCS-26-000004"), QStringLiteral("S1.1-01"),
        QStringLiteral("--result"), QStringLiteral("nonconformity"), QStringLiteral("--note"),
        QStringLiteral("初期パスワード admin が全台共通"), QStringLiteral("--revoke"),
        QStringLiteral("S1.1-01 不適合（全台共通の初期パスワード）"), QStringLiteral("--by"), QStringLiteral("検査員 山田")});
    ASSERT_EQ(found.code, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("JCS-26-000004: label revoked"))) << found.out.toStdString();
    const Result<RegisteredProduct> revoked = open()->find(QStringLiteral("JCS-26-000004"));
    ASSERT_TRUE(revoked);
    EXPECT_EQ(revoked->status(QDate(2026, 11, 22)), RegisteredProduct::Status::Revoked);
    EXPECT_EQ(revoked->revocationReason, QStringLiteral("S1.1-01 不適合（全台共通の初期パスワード）"));
    ASSERT_EQ(surveil({QStringLiteral("record"), sampled.value(1), QStringLiteral("S1.1-04"), QStringLiteral("--result"),
                          QStringLiteral("conforms")})
                  .code,
        0);

    for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        const QString pdf = path(QStringLiteral("surveillance-%1.pdf").arg(lang));
        const CliResult made = surveil({QStringLiteral("report"), QStringLiteral("--plan"), planFile, QStringLiteral("--lang"), lang,
            QStringLiteral("--key"), path(QStringLiteral("pki/certification-body.key")), QStringLiteral("--cert"),
            path(QStringLiteral("pki/certification-body.pem")), QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem")),
            QStringLiteral("-o"), pdf});
        ASSERT_EQ(made.code, 0) << made.err.toStdString();
        const CliResult verified
            = runStarmark({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem"))});
        EXPECT_EQ(verified.code, 0) << verified.out.toStdString();
        EXPECT_TRUE(verified.out.contains(QStringLiteral(
            "surveillance: 5 products sampled (seed 42, as of 2026-11-22), 2 findings, 1 nonconformities, 1 labels revoked")))
            << verified.out.toStdString();
        const CliResult pdfsig = runTool(QStringLiteral("pdfsig"), {pdf});
        EXPECT_TRUE(pdfsig.out.contains(QStringLiteral("Signature is Valid."))) << pdfsig.out.toStdString();
        EXPECT_TRUE(pdfsig.out.contains(QStringLiteral("Total document signed"))) << pdfsig.out.toStdString();
        const CliResult text
            = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        for (const QString& expected : lang == QLatin1String("ja")
                ? QStringList{QStringLiteral("サーベイランス報告書"), QStringLiteral("一般からの通報による対象"),
                    QStringLiteral("初期パスワード admin が全台共通"), QStringLiteral("ラベル取消"), QStringLiteral("JCS-26-000004")}
                : QStringList{QStringLiteral("Surveillance Report"), QStringLiteral("Label revoked"), QStringLiteral("Nonconformity")})
            EXPECT_TRUE(text.out.contains(expected)) << expected.toStdString() << "\n" << text.out.toStdString();
    }

    // The lab has a genuine certificate of the same CA, but surveillance is the certification body's.
    const CliResult byLab = surveil({QStringLiteral("report"), QStringLiteral("--plan"), planFile, QStringLiteral("--key"),
        path(QStringLiteral("pki/lab.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/lab.pem")), QStringLiteral("--chain"),
        path(QStringLiteral("pki/ca.pem")), QStringLiteral("-o"), path(QStringLiteral("by-lab.pdf"))});
    ASSERT_EQ(byLab.code, 0) << byLab.err.toStdString();
    const CliResult notValid = runStarmark(
        {QStringLiteral("verify"), path(QStringLiteral("by-lab.pdf")), QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem"))});
    EXPECT_EQ(notValid.code, 1) << notValid.out.toStdString();
    EXPECT_TRUE(notValid.out.contains(QStringLiteral(
        "problem: a surveillance report must be signed in the certification body role; its signer signs in the evaluation lab role")))
        << notValid.out.toStdString();

    // The next plan weighs the product found wanting more — but it is revoked, so out of the population.
    ASSERT_EQ(plan(path(QStringLiteral("next.json")),
                  {QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--size"), QStringLiteral("40")})
                  .code,
        0);
    EXPECT_FALSE(picks(path(QStringLiteral("next.json"))).contains(QStringLiteral("JCS-26-000004")));
}

TEST_F(Surveillance, AReportNeedsAPlanItCanRead)
{
    QFile bad(path(QStringLiteral("bad-plan.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"starmark-surveillance-plan\", \"version\": 1, \"seed\": 5}");
    bad.close();
    const QStringList signing{QStringLiteral("--key"), path(QStringLiteral("pki/certification-body.key")), QStringLiteral("--cert"),
        path(QStringLiteral("pki/certification-body.pem")), QStringLiteral("-o"), path(QStringLiteral("never.pdf"))};
    const CliResult wrongType = surveil(QStringList{QStringLiteral("report"), QStringLiteral("--plan"), bad.fileName()} + signing);
    EXPECT_EQ(wrongType.code, 2);
    EXPECT_TRUE(wrongType.err.contains(bad.fileName() + QStringLiteral(": seed: "))) << wrongType.err.toStdString();
    const CliResult missing
        = surveil(QStringList{QStringLiteral("report"), QStringLiteral("--plan"), path(QStringLiteral("none.json"))} + signing);
    EXPECT_EQ(missing.code, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.json: no such file; check the path"))) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("never.pdf"))));
}

TEST_F(Surveillance, WithATsaTheReportHoldsAfterItsSignerHasEndedAndAnUntrustedTsaWritesNothing)
{
    const QString planFile = path(QStringLiteral("stamped-round.json"));
    ASSERT_EQ(plan(planFile, {QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
    std::unique_ptr<QProcess> tsa(startStarmark({QStringLiteral("tsa"), QStringLiteral("serve"), QStringLiteral("--key"),
                                                    path(QStringLiteral("pki/tsa.key")), QStringLiteral("--cert"), path(QStringLiteral("pki/tsa.pem")),
                                                    QStringLiteral("--port"), QStringLiteral("0")},
        Time::Flowing));
    QString started;
    while (!started.contains(QLatin1Char('\n')) && tsa->waitForReadyRead(20000))
        started += QString::fromUtf8(tsa->readAllStandardOutput());
    const QRegularExpressionMatch url = QRegularExpression(QStringLiteral("(http://127.0.0.1:\\d+/)")).match(started);
    ASSERT_TRUE(url.hasMatch()) << started.toStdString();
    const QStringList signing{QStringLiteral("--key"), path(QStringLiteral("pki/certification-body.key")), QStringLiteral("--cert"),
        path(QStringLiteral("pki/certification-body.pem")), QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem")), QStringLiteral("--tsa"),
        url.captured(1)};

    const QString pdf = path(QStringLiteral("stamped-surveillance.pdf"));
    const CliResult made = surveil(QStringList{QStringLiteral("report"), QStringLiteral("--plan"), planFile, QStringLiteral("--trust"),
                                       path(QStringLiteral("pki/ca.pem")), QStringLiteral("-o"), pdf}
        + signing);
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const CliResult later = runStarmark({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem"))}, {},
        testNow().addDays(1200).toString(Qt::ISODate)); // the signers hold 1095 days, the TSA 3650
    EXPECT_EQ(later.code, 0) << later.out.toStdString();

    // A TSA checked against a CA that did not issue its certificate: the signer's own PKI is not the TSA's.
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("foreign"))}).code, 0);
    const QString refused = path(QStringLiteral("refused-surveillance.pdf"));
    const CliResult foreign = surveil(QStringList{QStringLiteral("report"), QStringLiteral("--plan"), planFile, QStringLiteral("--trust"),
                                          path(QStringLiteral("foreign/ca.pem")), QStringLiteral("-o"), refused, QStringLiteral("--lang"), QStringLiteral("en")}
        + signing);
    EXPECT_EQ(foreign.code, 1) << foreign.err.toStdString();
    EXPECT_TRUE(foreign.err.contains(QStringLiteral("is not trusted"))) << foreign.err.toStdString();
    EXPECT_TRUE(foreign.err.contains(QStringLiteral("nothing was written"))) << foreign.err.toStdString();
    EXPECT_FALSE(QFile::exists(refused));
    tsa->kill();
    tsa->waitForFinished();
}

// Issue 16: --ltv works on every command that signs, the certification body's report too.
TEST_F(Surveillance, AReportKeptForTheLongTermCarriesItsRevocationDataOrIsNotWritten)
{
    const QString planFile = path(QStringLiteral("ltv-round.json"));
    ASSERT_EQ(plan(planFile, {QStringLiteral("--seed"), QStringLiteral("7")}).code, 0);
    const QStringList signing{QStringLiteral("--key"), path(QStringLiteral("pki/certification-body.key")), QStringLiteral("--cert"),
        path(QStringLiteral("pki/certification-body.pem")), QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem")),
        QStringLiteral("--ltv")};
    const QString kept = path(QStringLiteral("kept.pdf"));
    const CliResult made = surveil(QStringList{QStringLiteral("report"), QStringLiteral("--plan"), planFile, QStringLiteral("-o"), kept}
        + signing + QStringList{QStringLiteral("--crl"), path(QStringLiteral("pki/ca.crl"))});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const CliResult verified = runStarmark(
        {QStringLiteral("verify"), kept, QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem")), QStringLiteral("--json")});
    EXPECT_EQ(verified.code, 0) << verified.out.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(verified.out.toUtf8()).object();
    EXPECT_EQ(json[QStringLiteral("signatures")][0][QStringLiteral("revocation")][QStringLiteral("source")].toString(),
        QStringLiteral("embedded"));

    // No file given and (the demo certificates' loopback responder not running) nothing to fetch.
    const QString none = path(QStringLiteral("none.pdf"));
    const CliResult refused
        = surveil(QStringList{QStringLiteral("report"), QStringLiteral("--plan"), planFile, QStringLiteral("-o"), none} + signing);
    EXPECT_EQ(refused.code, 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("DEMO Certification Body signer"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(none));
}
