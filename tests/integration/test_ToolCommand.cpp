// `starmark tool import` as a lab runs it, and as a dishonest party hands it a file:
// every refusal with its exit code, its code and the file named, and the assessment
// byte for byte as it was.
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

using namespace starmark::test;

namespace {

const QString tool = QStringLiteral("tool");
const QString import = QStringLiteral("import");

QString fixture(const char* name)
{
    return QStringLiteral(STARMARK_TOOL_FIXTURES "/") + QLatin1String(name);
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return path;
}

// The ★3 router demo as an assessment in `dir`.
QString routerAssessment(const QTemporaryDir& dir)
{
    const QString file = dir.filePath(QStringLiteral("router.starmark"));
    const CliResult made
        = runStarmark({QStringLiteral("assess"), import, demoFolder("router-star3") + QStringLiteral("/declaration.yaml"), QStringLiteral("-o"), file});
    EXPECT_EQ(made.code, 0) << made.err.toStdString();
    return file;
}

QJsonObject status(const QString& file)
{
    const CliResult run = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QStringList evidenceNames(const QString& file, const QString& requirement)
{
    QStringList names;
    const QJsonObject results = status(file).value(QStringLiteral("assessment")).toObject().value(QStringLiteral("results")).toObject();
    for (const QJsonValue& e : results.value(requirement).toObject().value(QStringLiteral("evidence")).toArray())
        names.append(e.toObject().value(QStringLiteral("name")).toString());
    return names;
}

// Runs `tool import` on `output` and checks that it is refused with `exitCode` and what it says
// (in English; the codes are asserted in tests/unit/tools), the file byte for byte untouched.
// Runs `arguments` (in English) and checks that it is refused with `exitCode` and what it says,
// nothing printed on stdout and `assessment` byte for byte as it was; what it said on stderr.
QString expectUnchanged(const QString& assessment, const QStringList& arguments, int exitCode, const char* says)
{
    const QByteArray before = read(assessment);
    const CliResult run = runStarmark(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.code, exitCode) << says << ": " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(says))) << says << ": " << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(read(assessment), before) << says;
    return run.err;
}

// Runs `tool import` on `output`: refused, the output named (the codes are asserted in tests/unit/tools).
void expectRefused(const QString& assessment, const QString& output, int exitCode, const char* says, QStringList extra = {})
{
    const QString err = expectUnchanged(assessment, QStringList{tool, import, assessment, output} + extra, exitCode, says);
    EXPECT_TRUE(err.contains(QStringLiteral("error: ") + output)) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("nothing was changed"))) << err.toStdString();
}

} // namespace

TEST(ToolCommand, ImportsAScanAsEvidenceOfTheRequirementItsRulesSpeakToInOneAuditedChange)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    const CliResult run = runStarmark({tool, import, file, fixture("nmap-loopback.xml"), QStringLiteral("--who"), QStringLiteral("lab-tanaka"),
        QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("nmap-loopback.xml"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("nmap 7.93"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("S1.1-13"))) << run.out.toStdString();
    EXPECT_TRUE(evidenceNames(file, QStringLiteral("S1.1-13")).contains(QStringLiteral("nmap-loopback.xml")));
    EXPECT_FALSE(evidenceNames(file, QStringLiteral("S1.1-12")).contains(QStringLiteral("nmap-loopback.xml")));

    // The blob is the file, by SHA-256; the trail names who stored it and the run it came from.
    const CliResult sha = runTool(QStringLiteral("sha256sum"), {fixture("nmap-loopback.xml")});
    const QString hash = sha.out.section(QLatin1Char(' '), 0, 0);
    ASSERT_EQ(hash.size(), 64);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tool-import-check"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT action, target FROM audit WHERE who = 'lab-tanaka' ORDER BY seq")));
        QStringList actions;
        while (q.next())
            actions.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
        EXPECT_TRUE(actions.contains(QStringLiteral("store-evidence ") + hash)) << actions.join(QLatin1Char('\n')).toStdString();
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'assessment'")) && q.next());
        const QJsonArray runs = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("tool_runs")).toArray();
        ASSERT_EQ(runs.size(), 1);
        const QJsonObject recorded = runs[0].toObject();
        EXPECT_EQ(recorded.value(QStringLiteral("tool")).toString(), QStringLiteral("nmap"));
        EXPECT_EQ(recorded.value(QStringLiteral("version")).toString(), QStringLiteral("7.93"));
        EXPECT_EQ(recorded.value(QStringLiteral("sha256")).toString(), hash);
        EXPECT_TRUE(recorded.value(QStringLiteral("arguments")).toString().startsWith(QStringLiteral("nmap -sV")));
        EXPECT_EQ(recorded.value(QStringLiteral("requirements")).toArray(), QJsonArray{QStringLiteral("S1.1-13")});
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tool-import-check"));
    const CliResult audit = runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), file});
    EXPECT_EQ(audit.code, 0) << audit.out.toStdString() << audit.err.toStdString();
}

TEST(ToolCommand, TlsAndSbomOutputsGoToTheirOwnRequirements)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    ASSERT_EQ(runStarmark({tool, import, file, fixture("sslscan-weak.xml")}).code, 0);
    ASSERT_EQ(runStarmark({tool, import, file, fixture("cyclonedx-router.json"), QStringLiteral("--format"), QStringLiteral("cyclonedx")}).code, 0);
    EXPECT_TRUE(evidenceNames(file, QStringLiteral("S1.1-12")).contains(QStringLiteral("sslscan-weak.xml")));
    EXPECT_TRUE(evidenceNames(file, QStringLiteral("S3.RT-03")).contains(QStringLiteral("cyclonedx-router.json")));
}

TEST(ToolCommand, TheSameOutputTwiceIsRefusedAndChangesNothing)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    ASSERT_EQ(runStarmark({tool, import, file, fixture("nmap-loopback.xml")}).code, 0);
    // A copy under another name is the same output: the content decides.
    const QString renamed = write(dir, QStringLiteral("other-name.xml"), read(fixture("nmap-loopback.xml")));
    expectRefused(file, renamed, 1, "this output was imported already, as nmap-loopback.xml");
}

TEST(ToolCommand, AnSbomIntoAStar1AssessmentIsTiedToNoRequirementAndRefused)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("camera.starmark"));
    ASSERT_EQ(runStarmark({QStringLiteral("assess"), import, demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"), QStringLiteral("-o"), file}).code, 0);
    expectRefused(file, fixture("cyclonedx-router.json"), 1, "tie cyclonedx output to no requirement");
}

TEST(ToolCommand, HostileOutputsExit2WithTheirPlaceAndLeaveTheAssessmentByteIdentical)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    expectRefused(file,
        write(dir, QStringLiteral("xxe.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [<!ENTITY xxe SYSTEM \"file:///etc/shadow\">]>\n<nmaprun>&xxe;</nmaprun>\n"),
        2, "the document type declares entities or loads an external definition");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [\n<!ENTITY a \"aaaaaaaaaa\">\n";
    QByteArray previous = "a";
    for (char c = 'b'; c <= 'j'; ++c) {
        laughs += QByteArray("<!ENTITY ") + c + " \"" + ("&" + previous + ";").repeated(10) + "\">\n";
        previous = QByteArray(1, c);
    }
    laughs += "]>\n<nmaprun>&j;</nmaprun>\n";
    expectRefused(file, write(dir, QStringLiteral("laughs.xml"), laughs), 2, "the document type declares entities or loads an external definition");
    const QByteArray scan = read(fixture("nmap-loopback.xml"));
    expectRefused(file, write(dir, QStringLiteral("truncated.xml"), scan.first(scan.size() * 2 / 3)), 2, "the file ends inside the document");
    expectRefused(file, write(dir, QStringLiteral("notjson.json"), "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\",,}"), 2,
        "not valid JSON");
    expectRefused(file, write(dir, QStringLiteral("page.html"), "<html><body>scan</body></html>"), 2, "this is not the output of a tool StarMark reads");
    expectRefused(file, fixture("sslscan-weak.xml"), 2, "the file is sslscan output, not nmap; drop --format", {QStringLiteral("--format"), QStringLiteral("nmap")});
    expectRefused(file, dir.filePath(QStringLiteral("absent.xml")), 2, "no such file");
    {
        // 100 MB of JSON, made here rather than committed: refused on its size before it is read.
        QFile big(dir.filePath(QStringLiteral("big.json")));
        ASSERT_TRUE(big.open(QIODevice::WriteOnly));
        const QByteArray block = QByteArray(R"({"id": "x", "ip": "127.0.0.1/127.0.0.1", "port": "443", "severity": "INFO", "finding": "x"},)").repeated(1 << 14);
        big.write("[");
        while (big.size() < 100LL * 1000 * 1000)
            big.write(block);
        big.write("{}]");
    }
    expectRefused(file, dir.filePath(QStringLiteral("big.json")), 2, "the limit is 67,108,864 bytes");
}

TEST(ToolCommand, AnUnknownFormatNameIsAUsageError)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    const QByteArray before = read(file);
    const CliResult run = runStarmark({tool, import, file, fixture("nmap-loopback.xml"), QStringLiteral("--format"), QStringLiteral("nessus")});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("nessus"))) << run.err.toStdString();
    EXPECT_EQ(read(file), before);
}

TEST(ToolCommand, RefusalsSpeakJapaneseByLocale)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    const QString page = write(dir, QStringLiteral("page.html"), "<html/>");
    const CliResult ja = runStarmark({tool, import, file, page, QStringLiteral("--lang"), QStringLiteral("ja")});
    EXPECT_EQ(ja.code, 2);
    EXPECT_TRUE(ja.err.contains(QStringLiteral("StarMark が読み込めるツールの出力ではありません"))) << ja.err.toStdString();
    const CliResult en = runStarmark({tool, import, file, page, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(en.err.contains(QStringLiteral("this is not the output of a tool StarMark reads"))) << en.err.toStdString();
}

TEST(ToolCommand, AssessStatusListsTheProposalsBesideTheVerdictsDerivedFromTheStoredOutputs)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    ASSERT_EQ(runStarmark({tool, import, file, fixture("sslscan-weak.xml")}).code, 0);
    const QByteArray before = read(file);
    const QJsonArray proposals = status(file).value(QStringLiteral("proposals")).toArray();
    ASSERT_EQ(proposals.size(), 2);
    for (const QJsonValue& value : proposals) {
        const QJsonObject p = value.toObject();
        EXPECT_EQ(p.value(QStringLiteral("requirement")).toString(), QStringLiteral("S1.1-12"));
        EXPECT_EQ(p.value(QStringLiteral("proposed")).toString(), QStringLiteral("fail"));
        EXPECT_EQ(p.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass")); // the demo's, untouched by the proposal
        EXPECT_EQ(p.value(QStringLiteral("tool")).toString(), QStringLiteral("sslscan"));
        EXPECT_EQ(p.value(QStringLiteral("tool_version")).toString(), QStringLiteral("2.0.7"));
        EXPECT_EQ(p.value(QStringLiteral("evidence")).toString().size(), 64);
        EXPECT_EQ(p.value(QStringLiteral("rules_digest")).toString().size(), 64);
    }
    EXPECT_EQ(proposals[0].toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("tls-minimum-protocol"));
    const CliResult en = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(en.out.contains(QStringLiteral("S1.1-12  fail (verdict pass)  127.0.0.1:44301 offers TLSv1.0, below TLSv1.2"))) << en.out.toStdString();
    const CliResult ja = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("ja")});
    EXPECT_TRUE(ja.out.contains(QStringLiteral("127.0.0.1:44301 が TLSv1.2 未満の TLSv1.0 を提供しています"))) << ja.out.toStdString();
    EXPECT_EQ(read(file), before); // status reads, never writes
}

TEST(ToolCommand, AcceptTakesTheProposalsAsTheVerdictInOneAuditedChange)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    ASSERT_EQ(runStarmark({tool, import, file, fixture("sslscan-weak.xml")}).code, 0);
    const CliResult run = runStarmark({tool, QStringLiteral("accept"), file, QStringLiteral("S1.1-12"), QStringLiteral("--who"),
        QStringLiteral("lab-suzuki"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("S1.1-12: verdict fail, as the tools propose"))) << run.out.toStdString();
    const QJsonObject after = status(file);
    const QJsonObject assessment = after.value(QStringLiteral("assessment")).toObject();
    EXPECT_EQ(assessment.value(QStringLiteral("results")).toObject().value(QStringLiteral("S1.1-12")).toObject().value(QStringLiteral("verdict")).toString(),
        QStringLiteral("fail"));
    EXPECT_EQ(assessment.value(QStringLiteral("tool_runs")).toArray()[0].toObject().value(QStringLiteral("accepted")).toArray(),
        QJsonArray{QStringLiteral("S1.1-12")});
    for (const QJsonValue& p : after.value(QStringLiteral("proposals")).toArray())
        EXPECT_EQ(p.toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    const CliResult audit = runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), file});
    EXPECT_EQ(audit.code, 0) << audit.out.toStdString();
    EXPECT_TRUE(audit.out.contains(QStringLiteral("lab-suzuki")) || audit.code == 0);
}

TEST(ToolCommand, AcceptWithoutAProposalIsRefusedAndChangesNothing)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    ASSERT_EQ(runStarmark({tool, import, file, fixture("sslscan-weak.xml")}).code, 0);
    const QByteArray before = read(file);
    const CliResult run = runStarmark({tool, QStringLiteral("accept"), file, QStringLiteral("S1.1-04"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no tool output proposes a verdict for S1.1-04"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was changed")));
    EXPECT_EQ(read(file), before);
}

namespace {

const QString overrideCommand = QStringLiteral("override");
const QString reason = QStringLiteral("TLS 1.0 answered on the scanner's own test port, not on the device");

CliResult overrideTls(const QString& file, QStringList extra)
{
    return runStarmark(QStringList{tool, overrideCommand, file, QStringLiteral("S1.1-12")} + extra + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
}

// The router with the weak TLS server's scan imported: the tools propose fail for S1.1-12, the demo says pass.
QString routerWithWeakTls(const QTemporaryDir& dir)
{
    const QString file = routerAssessment(dir);
    EXPECT_EQ(runStarmark({tool, import, file, fixture("sslscan-weak.xml")}).code, 0);
    return file;
}

QJsonObject firstProposal(const QString& file, const QString& requirement)
{
    for (const QJsonValue& p : status(file).value(QStringLiteral("proposals")).toArray()) {
        if (p.toObject().value(QStringLiteral("requirement")).toString() == requirement)
            return p.toObject();
    }
    return {};
}

} // namespace

TEST(ToolCommand, OverrideSetsTheVerdictWithItsRationaleAndStatusShowsItAgainstTheProposals)
{
    QTemporaryDir dir;
    const QString file = routerWithWeakTls(dir);
    ASSERT_EQ(firstProposal(file, QStringLiteral("S1.1-12")).value(QStringLiteral("decision")).toString(), QStringLiteral("open"));
    ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("set"), file, QStringLiteral("S1.1-12.verdict=fail")}).code, 0);
    const CliResult run = overrideTls(file, {QStringLiteral("--verdict"), QStringLiteral("pass"), QStringLiteral("--rationale"), reason,
        QStringLiteral("--who"), QStringLiteral("lab-takahashi")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("S1.1-12: verdict pass, overriding the tools' fail"))) << run.out.toStdString();

    const QJsonObject after = status(file);
    const QJsonObject result
        = after.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("results")).toObject().value(QStringLiteral("S1.1-12")).toObject();
    EXPECT_EQ(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    EXPECT_EQ(result.value(QStringLiteral("rationale")).toString(), reason);
    const QJsonObject recorded = after.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("tool_runs")).toArray()[0].toObject();
    EXPECT_EQ(recorded.value(QStringLiteral("overridden")).toArray(), QJsonArray{QStringLiteral("S1.1-12")});
    EXPECT_EQ(recorded.value(QStringLiteral("accepted")).toArray(), QJsonArray{});
    for (const QJsonValue& p : after.value(QStringLiteral("proposals")).toArray()) {
        EXPECT_EQ(p.toObject().value(QStringLiteral("decision")).toString(), QStringLiteral("overridden"));
        EXPECT_EQ(p.toObject().value(QStringLiteral("rationale")).toString(), reason);
        EXPECT_EQ(p.toObject().value(QStringLiteral("proposed")).toString(), QStringLiteral("fail"));
    }
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        const CliResult shown = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--lang"), language});
        const QString words = language == u"en" ? QStringLiteral("overridden by the evaluator: ") : QStringLiteral("評価者が覆した: ");
        EXPECT_TRUE(shown.out.contains(words + reason)) << shown.out.toStdString();
    }

    // The trail names the override, who made it and against what, and still holds.
    const CliResult audit = runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), file, QStringLiteral("--json")});
    EXPECT_EQ(audit.code, 0) << audit.err.toStdString();
    const QJsonObject trail = QJsonDocument::fromJson(audit.out.toUtf8()).object();
    EXPECT_TRUE(trail.value(QStringLiteral("intact")).toBool());
    QStringList overrides;
    for (const QJsonValue& e : trail.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = e.toObject();
        if (entry.value(QStringLiteral("action")).toString() == u"tool-override")
            overrides << entry.value(QStringLiteral("who")).toString() + u' ' + entry.value(QStringLiteral("target")).toString() + u' '
                    + entry.value(QStringLiteral("new")).toString();
    }
    EXPECT_EQ(overrides, QStringList{QStringLiteral("lab-takahashi S1.1-12 pass against fail")});
}

TEST(ToolCommand, AcceptAfterAnOverrideTakesItBack)
{
    QTemporaryDir dir;
    const QString file = routerWithWeakTls(dir);
    ASSERT_EQ(overrideTls(file, {QStringLiteral("--verdict"), QStringLiteral("pass"), QStringLiteral("--rationale"), reason}).code, 0);
    ASSERT_EQ(runStarmark({tool, QStringLiteral("accept"), file, QStringLiteral("S1.1-12")}).code, 0);
    const QJsonObject recorded = status(file).value(QStringLiteral("assessment")).toObject().value(QStringLiteral("tool_runs")).toArray()[0].toObject();
    EXPECT_FALSE(recorded.contains(QStringLiteral("overridden")));
    EXPECT_EQ(recorded.value(QStringLiteral("accepted")).toArray(), QJsonArray{QStringLiteral("S1.1-12")});
    EXPECT_EQ(firstProposal(file, QStringLiteral("S1.1-12")).value(QStringLiteral("decision")).toString(), QStringLiteral("accepted"));
}

TEST(ToolCommand, OverridesALabCouldSlipThroughAreRefusedAndChangeNothing)
{
    QTemporaryDir dir;
    const QString file = routerWithWeakTls(dir);
    const QString req = QStringLiteral("S1.1-12");
    const QString verdict = QStringLiteral("--verdict");
    const QString rationale = QStringLiteral("--rationale");
    const auto refused = [&](const QStringList& arguments, int exitCode, const char* says) {
        expectUnchanged(file, QStringList{tool, overrideCommand, file} + arguments, exitCode, says);
    };
    refused({req, verdict, QStringLiteral("pass")}, 2, "an override needs --verdict and --rationale");
    refused({req, rationale, reason}, 2, "an override needs --verdict and --rationale");
    refused({req, verdict, QStringLiteral("passed"), rationale, reason}, 2, "--verdict: 'passed' is none of");
    refused({req, verdict, QStringLiteral("pass"), rationale, QStringLiteral("   ")}, 1,
        "an override of the tools' proposals for S1.1-12 needs a rationale");
    refused({req, verdict, QStringLiteral("fail"), rationale, reason}, 1, "the tools propose fail for S1.1-12 too");
    refused({req, verdict, QStringLiteral("fail"), rationale, reason}, 1, "take the proposals with 'starmark tool accept'");
    refused({QStringLiteral("S1.1-04"), verdict, QStringLiteral("fail"), rationale, reason}, 1,
        "no tool output proposes a verdict for S1.1-04");
    refused({QStringLiteral("S9.9-99"), verdict, QStringLiteral("fail"), rationale, reason}, 1,
        "S9.9-99 is not a requirement of this assessment's catalogs");
    ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("sign-off"), file, QStringLiteral("--reviewer"), QStringLiteral("鈴木 一郎")}).code, 0);
    refused({req, verdict, QStringLiteral("pass"), rationale, reason}, 2,
        "the assessment is signed off: its verdicts change only in a new revision");
}

TEST(ToolCommand, OverrideRefusalsSpeakJapanese)
{
    QTemporaryDir dir;
    const QString file = routerWithWeakTls(dir);
    const CliResult ja = runStarmark({tool, overrideCommand, file, QStringLiteral("S1.1-12"), QStringLiteral("--verdict"), QStringLiteral("pass"),
        QStringLiteral("--rationale"), QStringLiteral(" "), QStringLiteral("--lang"), QStringLiteral("ja")});
    EXPECT_EQ(ja.code, 1);
    EXPECT_TRUE(ja.err.contains(QStringLiteral("S1.1-12 のツールの提案を覆すには理由が必要です"))) << ja.err.toStdString();
}

TEST(ToolCommand, AnOpenPortTheProductDoesNotListProposesFailAndListingEveryOneDoesNot)
{
    QTemporaryDir dir;
    const QString file = routerAssessment(dir);
    ASSERT_EQ(runStarmark({tool, import, file, fixture("nmap-loopback.xml")}).code, 0);
    // The demo router lists its own ports (tcp/22, tcp/443, …), none of the loopback scan's.
    QJsonObject scan = firstProposal(file, QStringLiteral("S1.1-13"));
    EXPECT_EQ(scan.value(QStringLiteral("proposed")).toString(), QStringLiteral("fail"));
    EXPECT_TRUE(scan.value(QStringLiteral("finding")).toString().contains(QStringLiteral("127.0.0.1 tcp/44302 http"))) << scan.value(QStringLiteral("finding")).toString().toStdString();
    const CliResult shown = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Needed interfaces: tcp/22 ssh, tcp/53 domain"))) << shown.out.toStdString();

    // A value no declaration could hold is refused and leaves the file as it was.
    const QByteArray before = read(file);
    const CliResult bad = runStarmark({QStringLiteral("assess"), QStringLiteral("set"), file, QStringLiteral("product.needed_interfaces=tcp/443,tcp/99999"),
        QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("product.needed_interfaces"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("99999"))) << bad.err.toStdString();
    EXPECT_EQ(read(file), before);

    ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("set"), file,
                  QStringLiteral("product.needed_interfaces=tcp/44301 https,tcp/44302 https,tcp/44322 ssh,tcp/44380 http")})
                  .code,
        0);
    scan = firstProposal(file, QStringLiteral("S1.1-13"));
    EXPECT_EQ(scan.value(QStringLiteral("proposed")).toString(), QStringLiteral("pass")) << scan.value(QStringLiteral("finding")).toString().toStdString();

    // None listed is not "anything goes": every open port is proposed as a fail.
    ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("set"), file, QStringLiteral("product.needed_interfaces=")}).code, 0);
    scan = firstProposal(file, QStringLiteral("S1.1-13"));
    EXPECT_EQ(scan.value(QStringLiteral("proposed")).toString(), QStringLiteral("fail"));
    EXPECT_TRUE(scan.value(QStringLiteral("finding")).toString().contains(QStringLiteral("tcp/44380"))) << scan.value(QStringLiteral("finding")).toString().toStdString();
    EXPECT_TRUE(runStarmark({QStringLiteral("assess"), QStringLiteral("status"), file, QStringLiteral("--lang"), QStringLiteral("en")})
                    .out.contains(QStringLiteral("Needed interfaces: none listed")));
}
