// `starmark assess …` as a user runs it, on the shipped demos.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace starmark::test;

namespace {

const QString assess = QStringLiteral("assess");

// `starmark arguments` in the locale a user's shell sets: LANG=`locale`, no LC_ALL or LC_MESSAGES over it.
CliResult runInLocale(const char* locale, const QStringList& arguments)
{
    QStringList quoted;
    for (QString a : arguments)
        quoted << QLatin1Char('\'') + a.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    std::unique_ptr<QProcess> p(startScript(
        QStringLiteral("exec env -u LC_ALL -u LC_MESSAGES LANG=%1 \"$STARMARK\" %2").arg(QLatin1String(locale), quoted.join(QLatin1Char(' '))),
        QDir::tempPath()));
    EXPECT_TRUE(p->waitForFinished(120000));
    return {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, QString::fromUtf8(p->readAllStandardOutput()),
        QString::fromUtf8(p->readAllStandardError())};
}

QString demo(const char* name)
{
    return demoFolder(name) + QStringLiteral("/declaration.yaml");
}

class AssessCommand : public ::testing::Test {
protected:
    QString importDemo(const char* name)
    {
        const QString file = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".starmark"));
        const CliResult run = runStarmark({assess, QStringLiteral("import"), demo(name), QStringLiteral("-o"), file});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return file;
    }
    CliResult set(const QString& file, const QStringList& assignments)
    {
        return runStarmark(QStringList{assess, QStringLiteral("set"), file} + assignments);
    }
    QTemporaryDir dir;
};

} // namespace

TEST_F(AssessCommand, ImportStatusAndAnExactExportRoundTrip)
{
    const QString file = importDemo("camera-star1");
    CliResult status = runInLocale("ja_JP.UTF-8", {assess, QStringLiteral("status"), file});
    EXPECT_EQ(status.code, 0) << status.err.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("達成レベル: ★1 / 目標 ★1"))) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("監査証跡: 改ざんなし")));

    const CliResult json = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--json")});
    const QJsonObject outcome = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("outcome")).toObject();
    EXPECT_EQ(outcome.value(QStringLiteral("achieved")).toInt(), 1);
    EXPECT_EQ(outcome.value(QStringLiteral("counts")).toObject().value(QStringLiteral("pass")).toInt(), 16);

    const QString first = dir.filePath(QStringLiteral("one/declaration.yaml"));
    const QString again = dir.filePath(QStringLiteral("again.starmark"));
    const QString second = dir.filePath(QStringLiteral("two/declaration.yaml"));
    ASSERT_EQ(runStarmark({assess, QStringLiteral("export"), file, QStringLiteral("-o"), first}).code, 0);
    ASSERT_EQ(runStarmark({assess, QStringLiteral("import"), first, QStringLiteral("-o"), again}).code, 0);
    ASSERT_EQ(runStarmark({assess, QStringLiteral("export"), again, QStringLiteral("-o"), second}).code, 0);
    EXPECT_EQ(read(first), read(second));
    for (const QString& evidence : QDir(demoFolder("camera-star1") + QStringLiteral("/evidence")).entryList(QDir::Files)) {
        EXPECT_EQ(read(dir.filePath(QStringLiteral("two/evidence/") + evidence)),
            read(demoFolder("camera-star1") + QStringLiteral("/evidence/") + evidence))
            << evidence.toStdString();
    }
}

TEST_F(AssessCommand, StatusExitsOneBelowTheTargetAndNamesTheGap)
{
    const QString file = importDemo("router-star3");
    const CliResult status = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(status.code, 1);
    EXPECT_TRUE(status.out.contains(QStringLiteral("Level achieved: ★2 / target ★3"))) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("Blocking ★3:\n  S3.RT-02"))) << status.out.toStdString();
}

TEST_F(AssessCommand, SetValidatesEveryChangeAndChangesNothingOnError)
{
    const QString file = importDemo("camera-star1");
    CliResult run = set(file, {QStringLiteral("S1.1-04.verdict=fail")});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(runStarmark({assess, QStringLiteral("status"), file}).code, 1);

    const struct {
        const char* assignment;
        const char* fragment;
    } bad[] = {
        {"S1.1-04.verdict=passed", "'passed' is not a verdict"},
        {"S1.1-99.verdict=pass", "'S1.1-99' is not a requirement"},
        {"product.support_until=2020-01-01", "before the product is released"},
        {"product.released=2026-02-30", "is not a date"},
        {"profile.has_network_authh=true", "is not a question"},
        {"profile.has_network_auth=maybe", "the answer is true or false"},
        {"S1.1-05.verdict=not-applicable", "needs a written justification"},
        {"S1.1-05.items=1", "rule: all"},
        {"S1.1-05.evidence=evidence/missing.md", "missing"},
        {"product.vulnerability_contact=http://x", "https://"},
        {"nonsense=1", "unknown key"},
    };
    for (const auto& b : bad) {
        run = set(file, {QStringLiteral("S1.1-04.verdict=pass"), QString::fromUtf8(b.assignment)});
        EXPECT_EQ(run.code, 1) << b.assignment;
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(b.fragment))) << b.assignment << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was changed")));
    }
    EXPECT_EQ(runStarmark({assess, QStringLiteral("status"), file}).code, 1); // S1.1-04 still fails: nothing was applied
    EXPECT_EQ(set(file, {QStringLiteral("S1.1-04.verdict=pass")}).code, 0);
    EXPECT_EQ(runStarmark({assess, QStringLiteral("status"), file}).code, 0);
    EXPECT_EQ(set(file, {QStringLiteral("=x")}).code, 2);
}

TEST_F(AssessCommand, LabSignOffLocksAndANewRevisionRechecksDeviceResults)
{
    const QString file = importDemo("router-star3");
    // The lab re-tests the failing rollback case on a fixed build.
    CliResult run = set(file,
        {QStringLiteral("S3.RT-02.tests.S3.RT-02-T3.verdict=pass"),
            QStringLiteral("S3.RT-02.tests.S3.RT-02-T3.observed=Rollback refused on every path."), QStringLiteral("S3.RT-02.items=1,2,3"),
            QStringLiteral("S3.RT-02.verdict=pass")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(runStarmark({assess, QStringLiteral("status"), file}).code, 0);

    run = runStarmark({assess, QStringLiteral("sign-off"), file, QStringLiteral("--reviewer"), QStringLiteral("高橋 美咲")});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("someone other than the evaluator"))) << run.err.toStdString();
    run = runStarmark({assess, QStringLiteral("sign-off"), file, QStringLiteral("--reviewer"), QStringLiteral("鈴木 一郎")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();

    run = set(file, {QStringLiteral("S1.1-01.rationale=edited after sign-off")});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("locked"))) << run.err.toStdString();

    run = runStarmark({assess, QStringLiteral("revise"), file, QStringLiteral("--firmware"), QStringLiteral("5.0.3")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("revision 2 for firmware 5.0.3"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("S1.1-04"))); // a device test
    EXPECT_FALSE(run.out.contains(QStringLiteral("S1.1-05,"))); // a document review carries over as it is

    const CliResult status = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--json")});
    EXPECT_EQ(status.code, 1);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    EXPECT_GT(json.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("recheck")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("revision")).toInt(), 2);
    EXPECT_FALSE(json.value(QStringLiteral("assessment")).toObject().contains(QStringLiteral("sign_off")));
    EXPECT_EQ(runStarmark({assess, QStringLiteral("audit"), file}).code, 0);
}

TEST_F(AssessCommand, AuditFindsAnEditedEntry)
{
    const QString file = importDemo("camera-star1");
    CliResult audit = runStarmark({assess, QStringLiteral("audit"), file});
    EXPECT_EQ(audit.code, 0);
    EXPECT_TRUE(audit.out.contains(QStringLiteral("audit trail intact")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("UPDATE audit SET who = 'mallory' WHERE seq = 20"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    audit = runStarmark({assess, QStringLiteral("audit"), file});
    EXPECT_EQ(audit.code, 1);
    EXPECT_TRUE(audit.out.contains(QStringLiteral("AUDIT TRAIL BROKEN at entry 20"))) << audit.out.toStdString();
}

TEST_F(AssessCommand, OpeningSaysWhatChangedInTheCatalog)
{
    const QString catalogs = dir.filePath(QStringLiteral("catalogs"));
    copyFolder(shippedCatalogs(), catalogs);
    const QString file = dir.filePath(QStringLiteral("cam.starmark"));
    ASSERT_EQ(runStarmark({assess, QStringLiteral("import"), demo("camera-star1"), QStringLiteral("-o"), file, QStringLiteral("--catalogs"),
                              catalogs})
                  .code,
        0);
    QFile yaml(catalogs + QStringLiteral("/star1-common.yaml"));
    ASSERT_TRUE(yaml.open(QIODevice::ReadWrite));
    QByteArray text = yaml.readAll();
    text.replace("- id: S1.1-16", "- id: S1.1-17");
    text.replace("covers: [S1.1-02, S1.1-05, S1.1-16]", "covers: [S1.1-02, S1.1-05, S1.1-17]"); // the PSTI route follows the rename
    yaml.resize(0);
    yaml.write(text);
    yaml.close();
    const CliResult status = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--catalogs"), catalogs});
    EXPECT_TRUE(status.err.contains(QStringLiteral("catalog jc-star/star1-common changed since this assessment began: S1.1-17 added")))
        << status.err.toStdString();
    EXPECT_TRUE(status.err.contains(QStringLiteral("S1.1-16 removed")));
}

TEST_F(AssessCommand, ExitCodesForUnusableInput)
{
    CliResult run = runStarmark({assess, QStringLiteral("import"), QStringLiteral("/nonexistent.yaml"), QStringLiteral("-o"),
        dir.filePath(QStringLiteral("x.starmark"))});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("/nonexistent.yaml: no such file")));
    const QString text = dir.filePath(QStringLiteral("notes.starmark"));
    QFile f(text);
    f.open(QIODevice::WriteOnly);
    f.write("hello");
    f.close();
    run = runStarmark({assess, QStringLiteral("status"), text});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a StarMark assessment file")));
    EXPECT_EQ(runStarmark({assess, QStringLiteral("status"), dir.filePath(QStringLiteral("missing.starmark"))}).code, 2);
    EXPECT_EQ(runStarmark({assess, QStringLiteral("frobnicate")}).code, 2);
    EXPECT_EQ(runStarmark({assess, QStringLiteral("import"), demo("camera-star1")}).code, 2); // no -o
}

TEST_F(AssessCommand, ABadDeclarationIsReportedWithItsPlaceAndNothingIsWritten)
{
    copyFolder(demoFolder("camera-star1"), dir.filePath(QStringLiteral("decl")));
    const QString declaration = dir.filePath(QStringLiteral("decl/declaration.yaml"));
    QFile f(declaration);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray text = f.readAll();
    text.replace("  S1.1-07:", "  S1.1-77:");
    f.resize(0);
    f.write(text);
    f.close();
    const int line = int(text.left(text.indexOf("  S1.1-77:")).count('\n')) + 1;
    const QString out = dir.filePath(QStringLiteral("bad.starmark"));
    const CliResult run = runStarmark({assess, QStringLiteral("import"), declaration, QStringLiteral("-o"), out});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("%1:%2:3: results.S1.1-77: 'S1.1-77' is not a requirement").arg(declaration).arg(line)))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(AssessCommand, InitThenSetBuildsAnAssessmentStepByStep)
{
    const QString file = dir.filePath(QStringLiteral("new.starmark"));
    CliResult run
        = runStarmark({assess, QStringLiteral("init"), file, QStringLiteral("--catalog"), QStringLiteral("jc-star/star2-router")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(
        runStarmark({assess, QStringLiteral("init"), file, QStringLiteral("--catalog"), QStringLiteral("jc-star/star2-router")}).code, 1);
    run = set(file,
        {QStringLiteral("product.model=RT-1"), QStringLiteral("product.released=2026-04-01"),
            QStringLiteral("product.support_until=2031-03-31"), QStringLiteral("profile.router_has_wifi=false")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const CliResult status = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--json")});
    EXPECT_EQ(status.code, 1);
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("assessment"))
                  .toObject()
                  .value(QStringLiteral("product"))
                  .toObject()
                  .value(QStringLiteral("model"))
                  .toString(),
        QStringLiteral("RT-1"));
    EXPECT_EQ(json.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("achieved")).toInt(), 0);
    EXPECT_EQ(runStarmark({assess, QStringLiteral("init"), dir.filePath(QStringLiteral("s3.starmark")), QStringLiteral("--catalog"),
                              QStringLiteral("star3-router"), QStringLiteral("--mode"), QStringLiteral("self")})
                  .code,
        2);
}

namespace {

// The demo declaration with `rationale` of the first result replaced by `text`.
QString declarationWithRationale(const QTemporaryDir& dir, const QByteArray& text)
{
    copyFolder(demoFolder("camera-star1"), dir.filePath(QStringLiteral("decl")));
    const QString declaration = dir.filePath(QStringLiteral("decl/declaration.yaml"));
    QByteArray yaml = read(declaration);
    const qsizetype at = yaml.indexOf("    rationale: >-\n");
    const qsizetype end = yaml.indexOf("    evidence:", at);
    yaml.replace(at, end - at, "    rationale: " + text + "\n");
    QFile f(declaration);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(yaml);
    return declaration;
}

} // namespace

TEST_F(AssessCommand, AFiftyMegabyteTextIsRefusedBeforeItIsReadAndNothingIsWritten)
{
    const QString declaration = declarationWithRationale(dir, QByteArray(50 * 1024 * 1024, 'x'));
    const QString fresh = dir.filePath(QStringLiteral("fresh.starmark"));
    CliResult run = runStarmark({assess, QStringLiteral("import"), declaration, QStringLiteral("-o"), fresh});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("%1: the file has 52,").arg(declaration))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("the limit is 16,777,216 bytes (docs/limits.md)"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was imported")));
    EXPECT_FALSE(QFile::exists(fresh));

    // Imported over an existing assessment, the file stays as it was, byte for byte.
    const QString existing = importDemo("camera-star1");
    const QByteArray before = read(existing);
    run = runStarmark({assess, QStringLiteral("import"), declaration, QStringLiteral("-o"), existing});
    EXPECT_EQ(run.code, 2);
    EXPECT_EQ(read(existing), before);
}

TEST_F(AssessCommand, ARationaleOverTheTextLimitIsRefusedAtItsPlace)
{
    const QString declaration = declarationWithRationale(dir, QByteArray(25'000, 'x'));
    const QByteArray yaml = read(declaration);
    const int line = int(yaml.left(yaml.indexOf("    rationale: x")).count('\n')) + 1;
    const QString out = dir.filePath(QStringLiteral("long.starmark"));
    const CliResult run = runStarmark({assess, QStringLiteral("import"), declaration, QStringLiteral("-o"), out});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("%1:%2:16: results.S1.1-01.rationale: the text has 25,000 characters; "
                                                "the limit is 20,000 characters (docs/limits.md)")
                                     .arg(declaration)
                                     .arg(line)))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(AssessCommand, ASurrogateInADeclarationIsRefusedWithItsLineAndColumn)
{
    // "日本" then the encoded surrogate U+D800, which a lenient decoder turns into U+FFFD.
    const QString declaration = declarationWithRationale(dir, "日本\xED\xA0\x80");
    const QByteArray yaml = read(declaration);
    const int line = int(yaml.left(yaml.indexOf("    rationale: ")).count('\n')) + 1;
    const QString out = dir.filePath(QStringLiteral("surrogate.starmark"));
    const CliResult run = runStarmark({assess, QStringLiteral("import"), declaration, QStringLiteral("-o"), out});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("%1:%2:18: this is not UTF-8 text: bytes ED A0 80 encode a UTF-16 surrogate").arg(declaration).arg(line)))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(AssessCommand, SetHoldsARationaleToTheSameLimitAsImport)
{
    const QString file = importDemo("camera-star1");
    const QByteArray before = read(file);
    const CliResult run = set(file, {QStringLiteral("S1.1-04.rationale=") + QString(25'000, QLatin1Char('x'))});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("S1.1-04.rationale: the text has 25,000 characters; the limit is 20,000 characters (docs/limits.md)")))
        << run.err.left(400).toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was changed")));
    EXPECT_EQ(read(file), before);

    const CliResult model = set(file, {QStringLiteral("product.model=") + QString(501, QLatin1Char('M'))});
    EXPECT_EQ(model.code, 1);
    EXPECT_TRUE(
        model.err.contains(QStringLiteral("product.model: the text has 501 characters; the limit is 500 characters (docs/limits.md)")))
        << model.err.left(400).toStdString();
    EXPECT_EQ(read(file), before);
}

TEST_F(AssessCommand, StatusSpeaksTheLocaleAndLangOverridesIt)
{
    const QString file = importDemo("router-star3");
    const QStringList status{assess, QStringLiteral("status"), file};
    const CliResult ja = runInLocale("ja_JP.UTF-8", status);
    EXPECT_EQ(ja.code, 1);
    EXPECT_TRUE(ja.out.contains(QStringLiteral("適合評価 ★3 (jc-star/star3-router)、改訂 1"))) << ja.out.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("達成レベル: ★2 / 目標 ★3"))) << ja.out.toStdString();
    EXPECT_TRUE(ja.out.contains(QStringLiteral("★3 を妨げている要件:\n  S3.RT-02"))) << ja.out.toStdString();
    EXPECT_FALSE(ja.out.contains(QStringLiteral("Level achieved"))) << ja.out.toStdString();

    const CliResult en = runInLocale("en_US.UTF-8", status);
    EXPECT_EQ(en.code, 1);
    EXPECT_TRUE(en.out.contains(QStringLiteral("lab evaluation ★3 (jc-star/star3-router), revision 1"))) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(QStringLiteral("Level achieved: ★2 / target ★3"))) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(QStringLiteral("Audit trail: intact"))) << en.out.toStdString();
    EXPECT_FALSE(en.out.contains(QStringLiteral("達成レベル"))) << en.out.toStdString();

    // --lang wins over the locale, both ways.
    const CliResult toEnglish = runInLocale("ja_JP.UTF-8", status + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(toEnglish.out.contains(QStringLiteral("Level achieved: ★2 / target ★3"))) << toEnglish.out.toStdString();
    const CliResult toJapanese = runInLocale("en_US.UTF-8", status + QStringList{QStringLiteral("--lang"), QStringLiteral("ja")});
    EXPECT_TRUE(toJapanese.out.contains(QStringLiteral("達成レベル: ★2 / 目標 ★3"))) << toJapanese.out.toStdString();
    const CliResult neither = runStarmark(status + QStringList{QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(neither.code, 2);
    EXPECT_TRUE(neither.out.isEmpty());
}

TEST_F(AssessCommand, ARefusedChangeIsToldInTheUsersLanguageAndChangesNothing)
{
    const QString file = importDemo("camera-star1");
    const QByteArray before = read(file);
    const QStringList bad{assess, QStringLiteral("set"), file, QStringLiteral("S1.1-04.verdict=passed")};
    const CliResult ja = runInLocale("ja_JP.UTF-8", bad);
    EXPECT_EQ(ja.code, 1);
    EXPECT_TRUE(ja.err.contains(QStringLiteral("S1.1-04.verdict: 'passed' は判定ではありません"))) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(QStringLiteral("何も変更していません"))) << ja.err.toStdString();
    const CliResult en = runInLocale("en_US.UTF-8", bad);
    EXPECT_EQ(en.code, 1);
    EXPECT_TRUE(en.err.contains(QStringLiteral("S1.1-04.verdict: 'passed' is not a verdict"))) << en.err.toStdString();
    EXPECT_EQ(read(file), before) << "nothing was written";
    // A key no shell knows: the library says so, the command line says where the keys are listed.
    const CliResult unknown = runInLocale("en_US.UTF-8", {assess, QStringLiteral("set"), file, QStringLiteral("nonsense=1")});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nonsense: unknown key; see 'starmark assess set --help'"))) << unknown.err.toStdString();
    EXPECT_EQ(read(file), before);
}

// The camera demo as it was declared against StarMark's first ★1 catalog (kept in
// tests/integration/data): opened with today's catalog, every command names what changed.
TEST_F(AssessCommand, AnAssessmentPinnedToTheFirstStarOneEditionSaysWhatChanged)
{
    const QString edition = QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/../tests/integration/data/star1-first-edition");
    const QString catalogs = dir.filePath(QStringLiteral("first-edition"));
    ASSERT_TRUE(QDir().mkpath(catalogs));
    ASSERT_TRUE(QFile::copy(edition + QStringLiteral("/star1-common.yaml"), catalogs + QStringLiteral("/star1-common.yaml")));
    const QString declared = dir.filePath(QStringLiteral("camera"));
    copyFolder(demoFolder("camera-star1"), declared);
    QFile::remove(declared + QStringLiteral("/declaration.yaml"));
    ASSERT_TRUE(QFile::copy(edition + QStringLiteral("/camera-declaration.yaml"), declared + QStringLiteral("/declaration.yaml")));
    const QString file = dir.filePath(QStringLiteral("cam.starmark"));
    const CliResult imported = runStarmark({assess, QStringLiteral("import"), declared + QStringLiteral("/declaration.yaml"), QStringLiteral("-o"),
        file, QStringLiteral("--catalogs"), catalogs});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();

    // The old digest is one StarMark shipped: a report made on it stays known.
    const CliResult old = runStarmark({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--catalogs"), catalogs});
    const QString oldDigest = QJsonDocument::fromJson(old.out.toUtf8()).array().first().toObject().value(QStringLiteral("digest")).toString();
    EXPECT_TRUE(read(shippedCatalogs() + QStringLiteral("/../known-digests.json")).contains(oldDigest.toLatin1())) << oldDigest.toStdString();

    const CliResult status = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    const QString changed = QStringLiteral("catalog jc-star/star1-common changed since this assessment began: ");
    ASSERT_TRUE(status.err.contains(changed)) << status.err.toStdString();
    for (const char* change : {"S1.1-01 reworded (text, title,", "S1.1-05 reworded (text, title, items,", "S1.1-09 reworded (text, title,",
             "S1.1-13 reworded (text, title,", "S1.1-15 reworded (text, title, evidence, items, method,", "S1.1-16 reworded (text, title,"})
        EXPECT_TRUE(status.err.contains(QString::fromLatin1(change))) << change << "\n" << status.err.toStdString();
    EXPECT_FALSE(status.err.contains(QStringLiteral(" added"))) << status.err.toStdString();
    EXPECT_FALSE(status.err.contains(QStringLiteral(" removed"))) << status.err.toStdString();
    EXPECT_EQ(status.err.count(changed), 16) << status.err.toStdString();
    // The verdicts stand as they were recorded until someone judges them again; the warnings say which to look at.
    EXPECT_EQ(status.code, 0) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("Level achieved: ★1 / target ★1"))) << status.out.toStdString();
}

namespace {

// The camera demo declared on the UK PSTI route: S1.1-02, 05 and 16 rest on the
// statement of compliance, with no item ticked. `statementOn05`: whether S1.1-05 cites it.
QString pstiDeclaration(const QTemporaryDir& dir, bool statementOn05)
{
    const QString folder = dir.filePath(statementOn05 ? QStringLiteral("psti") : QStringLiteral("psti-without"));
    copyFolder(demoFolder("camera-star1"), folder);
    QFile statement(folder + QStringLiteral("/evidence/psti-statement-of-compliance.txt"));
    EXPECT_TRUE(statement.open(QIODevice::WriteOnly));
    statement.write("Statement of compliance (PSTI), MS-CAM100, Miraisense Co., Ltd. (fictional)\n");
    statement.close();
    QFile yaml(folder + QStringLiteral("/declaration.yaml"));
    EXPECT_TRUE(yaml.open(QIODevice::ReadWrite));
    QByteArray text = yaml.readAll();
    text.replace("  psti_route: false\n", "  psti_route: true\n");
    for (const char* id : {"S1.1-02", "S1.1-05", "S1.1-16"}) {
        const qsizetype at = text.indexOf("  " + QByteArray(id) + ":\n");
        const qsizetype items = text.indexOf("    items:", at);
        text.replace(items, text.indexOf('\n', items) - items, "    items: []");
        const qsizetype evidence = text.indexOf("    evidence:", at);
        const QByteArray cited = qstrcmp(id, "S1.1-05") == 0 && !statementOn05 ? "    evidence: []" : "    evidence: [evidence/psti-statement-of-compliance.txt]";
        text.replace(evidence, text.indexOf('\n', evidence) - evidence, cited);
    }
    yaml.resize(0);
    yaml.write(text);
    return folder + QStringLiteral("/declaration.yaml");
}

} // namespace

TEST_F(AssessCommand, OnThePstiRouteTheStatementOfComplianceCarriesThreeRowsAndStatusSaysSo)
{
    const QString file = dir.filePath(QStringLiteral("psti.starmark"));
    const CliResult imported = runStarmark({assess, QStringLiteral("import"), pstiDeclaration(dir, true), QStringLiteral("-o"), file});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const CliResult en = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(en.code, 0) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(QStringLiteral("Level achieved: ★1 / target ★1"))) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(QStringLiteral("UK PSTI route: S1.1-02, S1.1-05, S1.1-16 covered by the PSTI statement of compliance")))
        << en.out.toStdString();
    const CliResult ja = runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("ja")});
    EXPECT_TRUE(ja.out.contains(QStringLiteral("英国PSTI法ルート: S1.1-02, S1.1-05, S1.1-16 はPSTI法適合宣言書により適合とみなされる")))
        << ja.out.toStdString();
    EXPECT_FALSE(ja.out.contains(QStringLiteral("UK PSTI")));
    const QJsonObject json = QJsonDocument::fromJson(runStarmark({assess, QStringLiteral("status"), file, QStringLiteral("--json")}).out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("psti_route"))
                                 .toObject();
    EXPECT_TRUE(json.value(QStringLiteral("applies")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("covers")).toArray().size(), 3);

    // The demo itself, off the route, says nothing of it.
    const CliResult plain = runStarmark({assess, QStringLiteral("status"), importDemo("camera-star1"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_FALSE(plain.out.contains(QStringLiteral("PSTI"))) << plain.out.toStdString();
}

// A manufacturer who answers yes to skip S1.1-05 but has no statement to show for it.
TEST_F(AssessCommand, APassOnThePstiRouteWithoutTheStatementIsRefusedAndNothingIsWritten)
{
    const QString file = dir.filePath(QStringLiteral("without.starmark"));
    const CliResult imported = runStarmark({assess, QStringLiteral("import"), pstiDeclaration(dir, false), QStringLiteral("-o"), file});
    EXPECT_EQ(imported.code, 1) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("results.S1.1-05.evidence"))) << imported.err.toStdString();
    EXPECT_TRUE(imported.err.contains(QStringLiteral("PSTI statement of compliance"))) << imported.err.toStdString();
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.starmark*")}).isEmpty());
}
