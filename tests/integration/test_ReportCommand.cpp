// Signed reports checked as the people who receive them would: with pdfsig,
// pdftotext and qpdf, and with `starmark verify` against tampered copies.
#include "CliRunner.h"
#include "ReportForgery.h"

#include "evaluators/AuditTrail.h"
#include "reports/SigningIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include <memory>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// A demo PKI, an NSS database that trusts its CA, and the two demo reports, made once.
class Reports : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("pki"))}).code, 0);
        QDir().mkpath(path(QStringLiteral("nss")));
        ASSERT_EQ(runTool(QStringLiteral("certutil"),
                      {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + path(QStringLiteral("nss")),
                          QStringLiteral("--empty-password")})
                      .code,
            0);
        ASSERT_EQ(runTool(QStringLiteral("certutil"),
                      {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + path(QStringLiteral("nss")),
                          QStringLiteral("-n"), QStringLiteral("ca"), QStringLiteral("-t"), QStringLiteral("C,C,C"), QStringLiteral("-i"),
                          path(QStringLiteral("pki/ca.pem"))})
                      .code,
            0);
        for (const char* demo : {"camera-star1", "router-star3"}) {
            const QString role
                = QLatin1String(demo) == QLatin1String("camera-star1") ? QStringLiteral("manufacturer") : QStringLiteral("lab");
            const CliResult run
                = runStarmark({QStringLiteral("declare"), demoFolder(demo) + QStringLiteral("/declaration.yaml"), QStringLiteral("--key"),
                    path(QStringLiteral("pki/%1.key").arg(role)), QStringLiteral("--cert"), path(QStringLiteral("pki/%1.pem").arg(role)),
                    QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem")), QStringLiteral("-o"), path(QString::fromLatin1(demo))});
            ASSERT_EQ(run.code, 0) << run.err.toStdString();
        }
        // The lab's report as it should be: made after the reviewer's sign-off.
        QFile::rename(router(), path(QStringLiteral("router-star3/unreviewed.pdf")));
        ASSERT_EQ(
            runStarmark({QStringLiteral("assess"), QStringLiteral("sign-off"), path(QStringLiteral("router-star3/assessment.starmark")),
                            QStringLiteral("--reviewer"), QStringLiteral("鈴木 一郎")})
                .code,
            0);
        ASSERT_EQ(sign(path(QStringLiteral("router-star3/assessment.starmark")), QStringLiteral("pki/lab"), router()).code, 0);
    }
    // `assessment` signed with <signer>.key and .pem, chained to that PKI's ca.pem.
    static CliResult sign(const QString& assessment, const QString& signer, const QString& pdf)
    {
        const CliResult run = runStarmark({QStringLiteral("report"), assessment, QStringLiteral("--key"),
            path(signer + QStringLiteral(".key")), QStringLiteral("--cert"), path(signer + QStringLiteral(".pem")),
            QStringLiteral("--chain"), QFileInfo(path(signer)).path() + QStringLiteral("/ca.pem"), QStringLiteral("-o"), pdf});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return run;
    }
    static void TearDownTestSuite() { delete dir; }
    static QString path(const QString& name) { return dir->filePath(name); }
    static QString camera() { return path(QStringLiteral("camera-star1/report.pdf")); }
    static QString router() { return path(QStringLiteral("router-star3/report.pdf")); }
    static CliResult verify(const QString& pdf, const QStringList& more = {})
    {
        return runStarmark(
            QStringList{QStringLiteral("verify"), pdf, QStringLiteral("--trust"), path(QStringLiteral("pki/ca.pem"))} + more);
    }
    static inline QTemporaryDir* dir = nullptr;
};

} // namespace

TEST_F(Reports, PdfsigSaysValidTotalAndTrustedWithTheCa)
{
    for (const QString& pdf : {camera(), router()}) {
        const CliResult plain = runTool(QStringLiteral("pdfsig"), {pdf});
        EXPECT_TRUE(plain.out.contains(QStringLiteral("Signature is Valid."))) << plain.out.toStdString();
        EXPECT_TRUE(plain.out.contains(QStringLiteral("Total document signed"))) << plain.out.toStdString();
        EXPECT_TRUE(plain.out.contains(QStringLiteral("Signature Type: ETSI.CAdES.detached")));
        EXPECT_TRUE(plain.out.contains(QStringLiteral("Signing Hash Algorithm: SHA-256")));
        // Offline: the demo certificates name an OCSP responder on loopback that no one runs here
        // (test_LongTermValidation asks the running one).
        const CliResult trusted = runTool(QStringLiteral("pdfsig"),
            {QStringLiteral("-no-ocsp"), QStringLiteral("-nssdir"), QStringLiteral("sql:") + path(QStringLiteral("nss")), pdf});
        EXPECT_TRUE(trusted.out.contains(QStringLiteral("Certificate is Trusted."))) << trusted.out.toStdString();
    }
}

TEST_F(Reports, QpdfFindsNoErrors)
{
    for (const QString& pdf : {camera(), router()}) {
        const CliResult check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        EXPECT_EQ(check.code, 0) << check.out.toStdString();
        EXPECT_TRUE(check.out.contains(QStringLiteral("No syntax or stream encoding errors found"))) << check.out.toStdString();
    }
}

TEST_F(Reports, PdftotextExtractsTheJapaneseRequirementTitles)
{
    const CliResult text
        = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), camera(), QStringLiteral("-")});
    QString flat = text.out;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(flat.contains(QStringLiteral("自己適合宣言書")));
    EXPECT_TRUE(flat.contains(QStringLiteral("チェックリスト")));
    const CliResult json
        = runStarmark({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("star1-common"), QStringLiteral("--json")});
    const QJsonArray requirements = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("requirements")).toArray();
    ASSERT_EQ(requirements.size(), 16);
    for (const QJsonValue& r : requirements) {
        QString title = r.toObject().value(QStringLiteral("title")).toObject().value(QStringLiteral("ja")).toString();
        title.remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_TRUE(flat.contains(title)) << title.toStdString();
    }
    const CliResult pages = runTool(QStringLiteral("pdfinfo"), {camera()});
    EXPECT_TRUE(pages.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+[3-9]"))));
    EXPECT_TRUE(text.out.contains(QRegularExpression(QStringLiteral("\\b1\\s*/\\s*\\d+\\b"))));
}

TEST_F(Reports, EnglishOnRequest)
{
    const QString pdf = path(QStringLiteral("camera-en.pdf"));
    const CliResult run = runStarmark({QStringLiteral("report"), path(QStringLiteral("camera-star1/assessment.starmark")),
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--key"), path(QStringLiteral("pki/manufacturer.key")),
        QStringLiteral("--cert"), path(QStringLiteral("pki/manufacturer.pem")), QStringLiteral("-o"), pdf});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const CliResult text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Declaration of Conformity")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Checklist")));
    EXPECT_EQ(verify(pdf).code, 0);
}

TEST_F(Reports, StarmarkVerifySaysValidWithTheFacts)
{
    const CliResult run = verify(camera());
    EXPECT_EQ(run.code, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("certificate: trusted, may sign documents")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("role: manufacturer (its certificate); organisation: Miraisense Co., Ltd.")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("MS-CAM100, firmware 2.4.1: ★1 claimed, ★1 achieved")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("jc-star/star1-common")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("known (version 1.1)")));
    const CliResult json = verify(router(), {QStringLiteral("--json")});
    EXPECT_EQ(json.code, 0);
    const QJsonObject r = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(r.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
    const QJsonObject signature = r.value(QStringLiteral("signatures")).toArray().first().toObject();
    EXPECT_EQ(signature.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("lab")});
    EXPECT_EQ(signature.value(QStringLiteral("organisation")).toString(), QStringLiteral("株式会社セキュア評価研究所"));
    // The subject as text, not as \xE6… escapes.
    EXPECT_EQ(signature.value(QStringLiteral("signer")).toString(),
        QStringLiteral("/C=JP/O=株式会社セキュア評価研究所/CN=DEMO Evaluation Lab signer"));
    EXPECT_EQ(r.value(QStringLiteral("assessment"))
                  .toObject()
                  .value(QStringLiteral("outcome"))
                  .toObject()
                  .value(QStringLiteral("achieved"))
                  .toInt(),
        2);
    EXPECT_EQ(r.value(QStringLiteral("catalogs")).toArray().size(), 3);
}

TEST_F(Reports, TamperedCopiesAreNotValidAndSayWhy)
{
    const QByteArray original = read(camera());
    // Named places first, then places spread over the whole file.
    QList<qsizetype> places;
    const auto after = [&](const char* marker, qsizetype offset = 0) {
        const qsizetype at = original.indexOf(marker);
        EXPECT_GE(at, 0) << marker;
        return at + offset;
    };
    places << after("%PDF-", 5) << after("stream\n", 30) << after("/StarMark", 12) << after("/EmbeddedFiles", 3) << after("/Type/Sig", 2)
           << after("/ByteRange[", 3) << after("/Contents<", 40) << original.lastIndexOf("xref") + 8
           << original.lastIndexOf("startxref") + 11 << original.lastIndexOf("trailer") + 10 << after("assessment.json", 4)
           << original.indexOf("/M(D:") + 6;
    for (int i = 1; i <= 24; ++i)
        places << original.size() * i / 25;
    ASSERT_GE(places.size(), 30);
    int tested = 0;
    for (const qsizetype at : places) {
        QByteArray copy = original;
        copy[at] = char(copy[at] == '0' ? '1' : (copy[at] == ' ' ? '!' : copy[at] ^ 0x02));
        const QString file = path(QStringLiteral("tampered-%1.pdf").arg(at));
        write(file, copy);
        const CliResult run = verify(file);
        EXPECT_EQ(run.code, 1) << "byte " << at << ": " << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("problem: "))) << "byte " << at;
        EXPECT_TRUE(run.out.contains(QStringLiteral("result: NOT VALID")));
        ++tested;
    }
    EXPECT_GE(tested, 30);

    write(path(QStringLiteral("appended.pdf")), original + "\n% an afterthought\n");
    CliResult run = verify(path(QStringLiteral("appended.pdf")));
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("bytes were added after the signed range"))) << run.out.toStdString();
    write(path(QStringLiteral("truncated.pdf")), original.left(original.size() - 100));
    run = verify(path(QStringLiteral("truncated.pdf")));
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("truncated"))) << run.out.toStdString();
    // pdfsig agrees that a changed page is no longer what was signed.
    const CliResult pdfsig = runTool(QStringLiteral("pdfsig"), {path(QStringLiteral("tampered-%1.pdf").arg(places[1]))});
    EXPECT_FALSE(pdfsig.out.contains(QStringLiteral("Signature is Valid."))) << pdfsig.out.toStdString();
}

// What a Japanese quality engineer reads under a Japanese locale: the verdict and every
// reason in Japanese, the codes unchanged for scripts; and English under an English one.
TEST_F(Reports, VerifySpeaksTheLocalesLanguage)
{
    ReportForgery forgery(read(camera()));
    forgery.swapAssessment("MS-CAM999"); // an update appended after the author signed, not signed again
    write(path(QStringLiteral("forged-locale.pdf")), forgery.pdf);
    const auto verifyUnder = [&](const char* locale, const char* more) {
        std::unique_ptr<QProcess> p(startScript(
            QStringLiteral("LANG=%1 \"$STARMARK\" verify forged-locale.pdf --trust pki/ca.pem %2").arg(QLatin1String(locale), QLatin1String(more)),
            dir->path()));
        EXPECT_TRUE(p->waitForFinished(60000));
        return CliResult{p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()), QString::fromUtf8(p->readAllStandardError())};
    };
    const CliResult ja = verifyUnder("ja_JP.UTF-8", "");
    EXPECT_EQ(ja.code, 1) << ja.err.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("結果: 無効"))) << ja.out.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("問題: 署名 1: 署名範囲の後に"))) << ja.out.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("役割: 製造者（証明書による）"))) << ja.out.toStdString();
    for (const char* english : {"result:", "problem:", "signature 1", "bytes were added", "certificate:", "the whole file", "role:"})
        EXPECT_FALSE(ja.out.contains(QLatin1String(english))) << english << " in " << ja.out.toStdString();

    const CliResult json = verifyUnder("ja_JP.UTF-8", "--json");
    EXPECT_EQ(json.code, 1);
    const QJsonObject problem
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("problems")).toArray().first().toObject();
    EXPECT_EQ(problem.value(QStringLiteral("code")).toString(), QStringLiteral("report.bytes-appended")) << json.out.toStdString();
    EXPECT_TRUE(problem.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("署名 1: "))) << json.out.toStdString();

    const CliResult en = verifyUnder("en_US.UTF-8", "");
    EXPECT_EQ(en.code, 1);
    EXPECT_TRUE(en.out.contains(QStringLiteral("problem: signature 1: "))) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(QStringLiteral("bytes were added after the signed range"))) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(QStringLiteral("result: NOT VALID"))) << en.out.toStdString();
    EXPECT_FALSE(en.out.contains(QStringLiteral("結果"))) << en.out.toStdString();
    EXPECT_EQ(read(path(QStringLiteral("forged-locale.pdf"))), forgery.pdf) << "verifying writes nothing";
}

TEST_F(Reports, AnotherCaIsNotTrusted)
{
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("other"))}).code, 0);
    const CliResult run
        = runStarmark({QStringLiteral("verify"), camera(), QStringLiteral("--trust"), path(QStringLiteral("other/ca.pem"))});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("not trusted"))) << run.out.toStdString();
}

TEST_F(Reports, GarbageAndNonPdfInputExitTwo)
{
    write(path(QStringLiteral("garbage.pdf")), QByteArray(5000, '\xff'));
    for (const QString& input : {path(QStringLiteral("garbage.pdf")), demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
             path(QStringLiteral("missing.pdf")), dir->path()}) {
        const CliResult run = verify(input);
        EXPECT_EQ(run.code, 2) << input.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("error: "))) << input.toStdString();
    }
    write(path(QStringLiteral("unsigned.pdf")), read(camera()).left(read(camera()).indexOf("%%EOF") + 6));
    const CliResult unsignedRun = verify(path(QStringLiteral("unsigned.pdf")));
    EXPECT_EQ(unsignedRun.code, 1);
    EXPECT_TRUE(unsignedRun.out.contains(QStringLiteral("carries no signature"))) << unsignedRun.out.toStdString();
}

TEST_F(Reports, EncryptedKeysUnlockFromAFileOrTheEnvironmentAndAreNeverWritten)
{
    const QString key = path(QStringLiteral("encrypted.key"));
    ASSERT_EQ(runTool(QStringLiteral("openssl"),
                  {QStringLiteral("pkey"), QStringLiteral("-in"), path(QStringLiteral("pki/lab.key")), QStringLiteral("-aes256"),
                      QStringLiteral("-passout"), QStringLiteral("pass:s3cret phrase"), QStringLiteral("-out"), key})
                  .code,
        0);
    write(path(QStringLiteral("pass.txt")), "s3cret phrase\n");
    const QStringList base{QStringLiteral("report"), path(QStringLiteral("router-star3/assessment.starmark")), QStringLiteral("--key"), key,
        QStringLiteral("--cert"), path(QStringLiteral("pki/lab.pem")), QStringLiteral("--chain"), path(QStringLiteral("pki/ca.pem"))};
    CliResult run = runStarmark(base
        + QStringList{
            QStringLiteral("--passphrase-file"), path(QStringLiteral("pass.txt")), QStringLiteral("-o"), path(QStringLiteral("enc.pdf"))});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_FALSE(read(path(QStringLiteral("enc.pdf"))).contains("s3cret"));
    EXPECT_EQ(verify(path(QStringLiteral("enc.pdf"))).code, 0);
    run = runStarmark(base + QStringList{QStringLiteral("-o"), path(QStringLiteral("nopass.pdf"))});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("the key is encrypted"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("nopass.pdf"))));
}

TEST_F(Reports, ATrailRewrittenWholeIsCaughtByTheHeadTheReportSigned)
{
    const QString file = path(QStringLiteral("rewritten.starmark"));
    ASSERT_TRUE(QFile::copy(path(QStringLiteral("camera-star1/assessment.starmark")), file));
    const QStringList audit{QStringLiteral("assess"), QStringLiteral("audit"), file, QStringLiteral("--against"), camera()};
    EXPECT_EQ(runStarmark(audit).code, 0);
    {
        // Edit one entry, then recompute every hash after it and the recorded head: a careful forger.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rewrite"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QList<starmark::AuditTrail::Entry> entries;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT seq, at, who, action, target, old, new, state FROM audit ORDER BY seq"));
        while (q.next()) {
            entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), {}, {},
                q.value(7).toString().toLatin1()});
        }
        ASSERT_GT(entries.size(), 3);
        entries[2].who = QStringLiteral("someone else");
        for (int i = 0; i < entries.size(); ++i) {
            starmark::AuditTrail::chain(entries[i], i ? &entries[i - 1] : nullptr);
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE audit SET who = ?, prev = ?, hash = ? WHERE seq = ?"));
            u.addBindValue(entries[i].who);
            u.addBindValue(QString::fromLatin1(entries[i].previous));
            u.addBindValue(QString::fromLatin1(entries[i].hash));
            u.addBindValue(entries[i].seq);
            ASSERT_TRUE(u.exec());
        }
        QSqlQuery(db).exec(
            QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_head'").arg(QString::fromLatin1(entries.last().hash)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rewrite"));
    EXPECT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), file}).code, 0); // on its own the rewrite holds together
    const CliResult run = runStarmark(audit);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("the trail was rewritten after the report was signed"))) << run.out.toStdString();
}

TEST_F(Reports, QpdfShowsTheDocMdpPermissionInTheSignedCatalog)
{
    for (const QString& pdf : {camera(), router()}) {
        const CliResult trailer = runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=trailer"), pdf});
        const QRegularExpressionMatch root = QRegularExpression(QStringLiteral("/Root (\\d+) 0 R")).match(trailer.out);
        ASSERT_TRUE(root.hasMatch()) << trailer.out.toStdString();
        const CliResult catalog = runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=") + root.captured(1), pdf});
        const QRegularExpressionMatch perms = QRegularExpression(QStringLiteral("/Perms << /DocMDP (\\d+) 0 R >>")).match(catalog.out);
        ASSERT_TRUE(perms.hasMatch()) << catalog.out.toStdString();
        const CliResult signature = runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=") + perms.captured(1), pdf});
        EXPECT_TRUE(signature.out.contains(QStringLiteral(
            "/Reference [ << /TransformMethod /DocMDP /TransformParams << /P 1 /Type /TransformParams /V /1.2 >> /Type /SigRef >> ]")))
            << signature.out.toStdString();
        EXPECT_TRUE(signature.out.contains(QStringLiteral("/Type /Sig")));
    }
}

// Issue 11, case 3, as the outsider does it: an update appended to the manufacturer's
// report, the whole file then signed with the lab's key, which the same CA vouches for.
TEST_F(Reports, AnUpdateSignedAgainByATrustedKeyIsNotValidAndTheChangeIsNamed)
{
    QString error;
    const std::optional<SigningIdentity> lab = SigningIdentity::load(
        path(QStringLiteral("pki/lab.key")), path(QStringLiteral("pki/lab.pem")), path(QStringLiteral("pki/ca.pem")), {}, &error);
    ASSERT_TRUE(lab) << error.toStdString();
    const QByteArray genuine = read(camera());
    ReportForgery probe(genuine);
    const QString file = QString::number(probe.embeddedFile("assessment.json"));
    const QString page = QString::number(probe.firstPage());
    const QString added = QString::number(probe.nextNumber());
    const QList<std::pair<std::function<void(ReportForgery&)>, QString>> attacks{
        {[](ReportForgery& f) { f.swapAssessment("MS-CAM999"); },
            QStringLiteral("object %1 (the embedded file assessment.json) was replaced").arg(file)},
        {[](ReportForgery& f) { f.paintOverFirstPage("MS-CAM999"); }, QStringLiteral("object %1 (page 1): /Contents changed").arg(page)},
        {[](ReportForgery& f) { f.addInnocuousObject(); }, QStringLiteral("object %1 (a dictionary, new) was added").arg(added)},
    };
    for (const auto& [attack, named] : attacks) {
        ReportForgery forgery(genuine);
        attack(forgery);
        forgery.signAgain(*lab);
        const QString forged = path(QStringLiteral("forged.pdf"));
        write(forged, forgery.pdf);
        const CliResult run = verify(forged);
        EXPECT_EQ(run.code, 1) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("result: NOT VALID"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("problem: changed after the author signed: ") + named)) << run.out.toStdString();
        EXPECT_EQ(run.out.count(QStringLiteral("certificate: trusted")), 2) << "both signatures chain to the CA: " << run.out.toStdString();
        EXPECT_FALSE(run.out.contains(QStringLiteral("MS-CAM999"))) << run.out.toStdString();
        const CliResult json = verify(forged, {QStringLiteral("--json")});
        EXPECT_EQ(json.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
        EXPECT_EQ(o.value(QStringLiteral("assessment"))
                      .toObject()
                      .value(QStringLiteral("product"))
                      .toObject()
                      .value(QStringLiteral("model"))
                      .toString(),
            QStringLiteral("MS-CAM100"))
            << "the facts come from the author's revision";
        EXPECT_FALSE(o.value(QStringLiteral("changes_after_signing")).toArray().isEmpty());
    }

    // The painted page is what a reader now shows: the attack is real, only verify stops it.
    ReportForgery painted(genuine);
    painted.paintOverFirstPage("MS-CAM999").signAgain(*lab);
    write(path(QStringLiteral("painted.pdf")), painted.pdf);
    const CliResult text = runTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), path(QStringLiteral("painted.pdf")), QStringLiteral("-")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("MS-CAM999"))) << text.out.toStdString();

    // Signed again and nothing else: still the author's report, and valid.
    ReportForgery countersigned(genuine);
    countersigned.signAgain(*lab);
    write(path(QStringLiteral("countersigned.pdf")), countersigned.pdf);
    const CliResult run = verify(path(QStringLiteral("countersigned.pdf")));
    EXPECT_EQ(run.code, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("signature 2: valid"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("the author's: certifies that no change is permitted (DocMDP P 1)")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("MS-CAM100"))) << run.out.toStdString();
}

TEST_F(Reports, AnOversizedFileOrAPipeIsRefusedWithoutBeingRead)
{
    // 300 MB of sparse file: verify would have read it whole into memory before looking at it.
    const QString big = path(QStringLiteral("big.pdf"));
    write(big, read(camera()));
    ASSERT_TRUE(QFile::resize(big, 300LL * 1024 * 1024));
    CliResult run = verify(big);
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(
        run.err.contains(QStringLiteral("%1: the file has 314,572,800 bytes; the limit is 67,108,864 bytes (docs/limits.md)").arg(big)))
        << run.err.toStdString();

    // A pipe as the report or as a trust anchor would have kept verify waiting for a writer for ever.
    const QString fifo = path(QStringLiteral("pipe.pdf"));
    ASSERT_EQ(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    run = verify(fifo);
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("%1: this is a device, pipe or socket, not a file").arg(fifo))) << run.err.toStdString();
    run = runStarmark({QStringLiteral("verify"), camera(), QStringLiteral("--trust"), fifo});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("%1: this is a device, pipe or socket, not a file").arg(fifo))) << run.err.toStdString();
}

TEST_F(Reports, WithoutATrustAnchorASelfMadeKeysReportIsIntactButNotValid)
{
    // An outsider's own CA and key, a minute old: nothing but an anchor tells it from the real one.
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("self-made"))}).code, 0);
    const QString pdf = path(QStringLiteral("self-made.pdf"));
    ASSERT_EQ(sign(path(QStringLiteral("camera-star1/assessment.starmark")), QStringLiteral("self-made/manufacturer"), pdf).code, 0);
    CliResult run = runStarmark({QStringLiteral("verify"), pdf});
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("certificate: checked against no trust anchor"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("result: NOT VALID: intact, but checked against no trust anchor (give --trust CA.pem")))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("role: "))); // a role nobody vouches for is not shown as one
    run = runStarmark({QStringLiteral("verify"), pdf, QStringLiteral("--json")});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("verdict")).toString(), QStringLiteral("no_trust_anchor"));
    run = verify(pdf);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("the signer is not trusted"))) << run.out.toStdString();
    // An anchor that is not there, or holds nothing, is refused, not taken for none.
    write(path(QStringLiteral("empty.pem")), {});
    for (const QString& trust : {path(QStringLiteral("nowhere.pem")), path(QStringLiteral("empty.pem"))}) {
        run = runStarmark({QStringLiteral("verify"), pdf, QStringLiteral("--trust"), trust});
        EXPECT_EQ(run.code, 2) << trust.toStdString();
        EXPECT_TRUE(run.err.contains(trust)) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    }
}

TEST_F(Reports, AManufacturersOwnLabEvaluationIsNotValidAndNamesTheRole)
{
    const QString forged = forgedLabEvaluation(path(QStringLiteral("forged")), path(QStringLiteral("pki")));
    ASSERT_FALSE(forged.isEmpty());
    const CliResult run = verify(forged);
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("role: manufacturer (its certificate)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        "problem: a ★3 lab evaluation must be signed in the evaluation lab role; its signer signs in the manufacturer role")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("carries no reviewer sign-off"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("result: NOT VALID")));
}

TEST_F(Reports, ALabEvaluationWithoutTheReviewersSignOffIsNotValid)
{
    const CliResult run = verify(path(QStringLiteral("router-star3/unreviewed.pdf")));
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("role: evaluation lab (its certificate)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("problem: the lab evaluation carries no reviewer sign-off in its signed record")))
        << run.out.toStdString();
}

TEST_F(Reports, ADeclarationSignedByAnotherOrganisationsManufacturerIsNotValid)
{
    // A manufacturer with a genuine certificate of the same CA declares for a competitor's product.
    const CliResult made = runStarmark({QStringLiteral("keys"), QStringLiteral("demo-signer"), path(QStringLiteral("pki")),
        QStringLiteral("--name"), QStringLiteral("kurogane"), QStringLiteral("--organisation"), QStringLiteral("Kurogane Devices Inc."),
        QStringLiteral("--role"), QStringLiteral("manufacturer")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QString pdf = path(QStringLiteral("kurogane.pdf"));
    ASSERT_EQ(sign(path(QStringLiteral("camera-star1/assessment.starmark")), QStringLiteral("pki/kurogane"), pdf).code, 0);
    const CliResult run = verify(pdf);
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("role: manufacturer (its certificate); organisation: Kurogane Devices Inc.")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("names Miraisense Co., Ltd. / 株式会社ミライセンス as its manufacturer, but it is signed "
                                                "by the organisation 'Kurogane Devices Inc.'")))
        << run.out.toStdString();
    const CliResult badRole
        = runStarmark({QStringLiteral("keys"), QStringLiteral("demo-signer"), path(QStringLiteral("pki")), QStringLiteral("--name"),
            QStringLiteral("x"), QStringLiteral("--organisation"), QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("admin")});
    EXPECT_EQ(badRole.code, 2);
    EXPECT_TRUE(badRole.err.contains(QStringLiteral("use one of: manufacturer, lab, certification-body"))) << badRole.err.toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("pki/x.pem"))));
}

TEST_F(Reports, ATrustYamlGrantsARoleToACaWhoseCertificatesCarryNoRoleOid)
{
    // A real PKI knows nothing of StarMark's OIDs: its manufacturer's certificate names no role.
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), path(QStringLiteral("plain"))}).code, 0);
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-signer"), path(QStringLiteral("plain")), QStringLiteral("--name"),
                              QStringLiteral("signer"), QStringLiteral("--organisation"), QStringLiteral("Miraisense Co., Ltd.")})
                  .code,
        0);
    const QString pdf = path(QStringLiteral("plain.pdf"));
    ASSERT_EQ(sign(path(QStringLiteral("camera-star1/assessment.starmark")), QStringLiteral("plain/signer"), pdf).code, 0);
    QDir().mkpath(path(QStringLiteral("store")));
    ASSERT_TRUE(QFile::copy(path(QStringLiteral("plain/ca.pem")), path(QStringLiteral("store/plain-ca.pem"))));
    const QStringList withStore{QStringLiteral("verify"), pdf, QStringLiteral("--trust"), path(QStringLiteral("store"))};
    CliResult run = runStarmark(withStore);
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("holds no StarMark role"))) << run.out.toStdString();

    write(path(QStringLiteral("store/trust.yaml")),
        "# the certification body's mapping\nanchors:\n  - certificate: plain-ca.pem\n"
        "    roles: [manufacturer]\n    organisations: [\"Miraisense Co., Ltd.\"]\n");
    run = runStarmark(withStore);
    EXPECT_EQ(run.code, 0) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("role: manufacturer (trust.yaml:3); organisation: Miraisense Co., Ltd.")))
        << run.out.toStdString();

    // A mapping for another role grants nothing here; a broken one is unusable input.
    write(path(QStringLiteral("store/trust.yaml")), "anchors:\n  - certificate: plain-ca.pem\n    roles: [lab]\n");
    run = runStarmark(withStore);
    EXPECT_EQ(run.code, 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("must be signed in the manufacturer role; its signer signs in the evaluation lab role")))
        << run.out.toStdString();
    write(path(QStringLiteral("store/trust.yaml")), "anchors:\n  - certificate: plain-ca.pem\n    roles: [manufacturers]\n");
    run = runStarmark(withStore);
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("trust.yaml:3:")) && run.err.contains(QStringLiteral("'manufacturers' is not a role")))
        << run.err.toStdString();
}

TEST_F(Reports, TheDemoFamilyIsInTheSignedReportAsPdftotextReadsItAndAsVerifyJsonGivesIt)
{
    const QStringList family{QStringLiteral("MS-CAM100"), QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")};
    QString flat = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), camera(), QStringLiteral("-")}).out;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString& model : family)
        EXPECT_TRUE(flat.contains(model)) << model.toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("型番（3件）"))) << "the field counts the family";
    EXPECT_TRUE(flat.contains(QStringLiteral("MS-CAM100(代表型番)")));
    const CliResult json = verify(camera(), {QStringLiteral("--json")});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject product = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("assessment"))
                                    .toObject()
                                    .value(QStringLiteral("product"))
                                    .toObject();
    EXPECT_EQ(product.value(QStringLiteral("models")).toArray(), QJsonArray::fromStringList(family));
}
