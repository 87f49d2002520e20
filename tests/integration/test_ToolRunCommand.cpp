#include "CliRunner.h"
#include "LoginServer.h"
#include "LoopbackServices.h"
#include "TestClock.h"

#include "evaluators/AssessmentFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <tuple>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

class ToolRunCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        assessment = dir.filePath(QStringLiteral("cam.starmark"));
        ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("import"), demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"),
                      QStringLiteral("-o"), assessment})
                      .code,
            0);
        passwordFile = write(QStringLiteral("password"), LoginServer::password.toUtf8() + '\n');
        wordlist = write(QStringLiteral("words.txt"), "123456\nadmin\nletmein\nqwerty\npassword\n");
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.close();
        return f.fileName();
    }
    QByteArray fileHash() const
    {
        QFile f(assessment);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    QStringList lockout(const LoginServer& server, const QStringList& more = {}) const
    {
        return QStringList{QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("lockout"), assessment, QStringLiteral("--url"), server.url(),
                   QStringLiteral("--user"), LoginServer::user, QStringLiteral("--wordlist"), wordlist, QStringLiteral("--password-file"), passwordFile,
                   QStringLiteral("--delay"), QStringLiteral("0")}
            + more;
    }
    // The evidence of `requirement` in the file, by name.
    QStringList evidence(const QString& requirement) const
    {
        QString error;
        const auto file = AssessmentFile::open(assessment, AssessmentFile::Access::ReadOnly, &error);
        const std::optional<Assessment> a = file ? file->load(&error) : std::nullopt;
        QStringList names;
        if (a) {
            for (const Assessment::Evidence& e : a->results.value(requirement).evidence)
                names << e.name;
        }
        return names;
    }
    QJsonObject evidenceJson(const QString& requirement, const QString& namePart) const
    {
        QString error;
        const auto file = AssessmentFile::open(assessment, AssessmentFile::Access::ReadOnly, &error);
        const std::optional<Assessment> a = file ? file->load(&error) : std::nullopt;
        if (!a)
            return {};
        for (const Assessment::Evidence& e : a->results.value(requirement).evidence) {
            if (e.name.contains(namePart)) {
                const QString out = dir.filePath(QStringLiteral("out.json"));
                QFile::remove(out);
                file->exportEvidence(e.sha256, out, &error);
                QFile f(out);
                f.open(QIODevice::ReadOnly);
                return QJsonDocument::fromJson(f.readAll()).object();
            }
        }
        return {};
    }
    // `starmark` with PATH set as given, in the test's environment (a missing or rogue tool).
    CliResult withPath(const QString& path, const QStringList& arguments) const
    {
        QStringList quoted;
        for (const QString& a : arguments)
            quoted << QLatin1Char('\'') + QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
        std::unique_ptr<QProcess> p(startScript(QStringLiteral("PATH='%1' exec \"$STARMARK\" %2").arg(path, quoted.join(QLatin1Char(' '))), dir.path()));
        p->waitForFinished(120000);
        return {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, QString::fromUtf8(p->readAllStandardOutput()),
            QString::fromUtf8(p->readAllStandardError())};
    }
    QString fakeTool(const QString& name, const QByteArray& script)
    {
        QDir().mkpath(dir.filePath(QStringLiteral("bin")));
        const QString path = write(QStringLiteral("bin/") + name,
            "#!/bin/sh\ncase \"$1\" in --version|-h) echo \"" + name.toLatin1() + " 9.9.1\"; exit 0;; esac\n" + script + "\n");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return dir.filePath(QStringLiteral("bin"));
    }
    void expectUnchanged(const CliResult& run, const QByteArray& before, const char* code)
    {
        EXPECT_EQ(run.code, 2) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was changed")) || run.err.contains(QStringLiteral("何も変更していません"))
            || run.err.contains(QStringLiteral("--help")))
            << run.err.toStdString();
        EXPECT_EQ(fileHash(), before) << code;
    }

    QTemporaryDir dir;
    QString assessment;
    QString passwordFile;
    QString wordlist;
};

} // namespace

// The probe's verdict lands as evidence of S1.1-04, in one audited change; the audit trail still holds.
TEST_F(ToolRunCommand, LockoutAttachesItsEvidenceToS1_1_04)
{
    const LoginServer server({LoginServer::Auth::Basic, LoginServer::Policy::Lockout, 3, 0});
    const CliResult run = runStarmark(lockout(server));
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("outcome: locked-out"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("attached lockout-127.0.0.1-20261122T090000Z.json to S1.1-04"))) << run.out.toStdString();
    EXPECT_TRUE(evidence(QStringLiteral("S1.1-04")).contains(QStringLiteral("lockout-127.0.0.1-20261122T090000Z.json")));
    const QJsonObject doc = evidenceJson(QStringLiteral("S1.1-04"), QStringLiteral("lockout-"));
    EXPECT_EQ(doc.value(QStringLiteral("format")).toString(), QStringLiteral("starmark-lockout/1"));
    EXPECT_EQ(doc.value(QStringLiteral("outcome")).toString(), QStringLiteral("locked-out"));
    EXPECT_EQ(doc.value(QStringLiteral("ran_at")).toString(), QStringLiteral("2026-11-22T09:00:00Z"));
    const CliResult audit = runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), assessment});
    EXPECT_EQ(audit.code, 0) << audit.out.toStdString() << audit.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("lockout-127.0.0.1-20261122T090000Z.json")))); // nothing left beside it
}

TEST_F(ToolRunCommand, LockoutOfAServerWithoutLimitsSaysNone)
{
    const LoginServer server({LoginServer::Auth::Digest, LoginServer::Policy::None, 3, 0});
    const CliResult run = runStarmark(lockout(server, {QStringLiteral("--auth"), QStringLiteral("digest")}));
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("outcome: none"))) << run.out.toStdString();
    EXPECT_EQ(evidenceJson(QStringLiteral("S1.1-04"), QStringLiteral("lockout-")).value(QStringLiteral("outcome")).toString(), QStringLiteral("none"));
}

// Hostile and broken cases: exit 2, a clear error, and the file byte for byte as it was.
TEST_F(ToolRunCommand, RefusesARemoteTargetWithoutAllowRemote)
{
    const QByteArray before = fileHash();
    const CliResult scan = runStarmark({QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("nmap"), assessment, QStringLiteral("--target"),
        QStringLiteral("192.0.2.10:80")});
    expectUnchanged(scan, before, "nmap");
    EXPECT_TRUE(scan.err.contains(QStringLiteral("192.0.2.10:80"))) << scan.err.toStdString();
    EXPECT_TRUE(scan.err.contains(QStringLiteral("--allow-remote"))) << scan.err.toStdString(); // the CLI's hint
    const LoginServer server({LoginServer::Auth::Basic, LoginServer::Policy::None, 3, 0});
    QStringList args = lockout(server);
    args[args.indexOf(QStringLiteral("--url")) + 1] = QStringLiteral("http://192.0.2.10/login");
    expectUnchanged(runStarmark(args), before, "lockout");
    EXPECT_EQ(server.requests(), 0);
}

// What the user reads, in both languages: the refusal and the CLI's way round it.
TEST_F(ToolRunCommand, RefusesInTheUsersLanguage)
{
    const QByteArray before = fileHash();
    const QStringList scan{QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("sslscan"), assessment, QStringLiteral("--target"),
        QStringLiteral("198.51.100.7")};
    const CliResult ja = runStarmark(QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + scan);
    expectUnchanged(ja, before, "ja");
    EXPECT_TRUE(ja.err.contains(QStringLiteral("「198.51.100.7」はこの機器のループバックアドレスではありません"))) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(QStringLiteral("--allow-remote を付けてください"))) << ja.err.toStdString();
    EXPECT_TRUE(ja.err.contains(QStringLiteral("何も変更していません"))) << ja.err.toStdString();
    const CliResult en = runStarmark(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + scan);
    expectUnchanged(en, before, "en");
    EXPECT_TRUE(en.err.contains(QStringLiteral("'198.51.100.7' is not this machine's loopback address"))) << en.err.toStdString();
    EXPECT_TRUE(en.err.contains(QStringLiteral("add --allow-remote"))) << en.err.toStdString();
}

TEST_F(ToolRunCommand, NamesTheDebianPackageOfAMissingTool)
{
    const QByteArray before = fileHash();
    QDir().mkpath(dir.filePath(QStringLiteral("empty")));
    const CliResult run = withPath(dir.filePath(QStringLiteral("empty")),
        {QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("testssl"), assessment, QStringLiteral("--target"), QStringLiteral("127.0.0.1:443")});
    expectUnchanged(run, before, "missing");
    EXPECT_TRUE(run.err.contains(QStringLiteral("testssl.sh"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("apt-get install"))) << run.err.toStdString();
}

TEST_F(ToolRunCommand, StopsAHangingToolAtItsTimeout)
{
    const QByteArray before = fileHash();
    const QString bin = fakeTool(QStringLiteral("nmap"), "sleep 600");
    const CliResult run = withPath(bin + QStringLiteral(":/usr/bin:/bin"), {QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("nmap"),
        assessment, QStringLiteral("--target"), QStringLiteral("127.0.0.1"), QStringLiteral("--timeout"), QStringLiteral("2")});
    expectUnchanged(run, before, "hang");
    EXPECT_TRUE(run.err.contains(QStringLiteral("did not finish within 2 s"))) << run.err.toStdString();
}

TEST_F(ToolRunCommand, RefusesAToolThatPrints100MB)
{
    const QByteArray before = fileHash();
    const QString bin = fakeTool(QStringLiteral("ssh-audit"), "head -c 104857600 /dev/zero");
    const CliResult run = withPath(bin + QStringLiteral(":/usr/bin:/bin"),
        {QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("ssh-audit"), assessment, QStringLiteral("--target"), QStringLiteral("127.0.0.1")});
    expectUnchanged(run, before, "flood");
    EXPECT_TRUE(run.err.contains(QStringLiteral("wrote more than 67108864 bytes"))) << run.err.toStdString();
}

TEST_F(ToolRunCommand, RefusesAWordlistOfAMillionLines)
{
    const QByteArray before = fileHash();
    QByteArray million;
    for (int i = 0; i < 1000000; ++i)
        million += "pw" + QByteArray::number(i) + '\n';
    wordlist = write(QStringLiteral("rockyou.txt"), million);
    const LoginServer server({LoginServer::Auth::Basic, LoginServer::Policy::None, 3, 0});
    const CliResult run = runStarmark(lockout(server));
    expectUnchanged(run, before, "wordlist");
    EXPECT_TRUE(run.err.contains(QStringLiteral("rockyou.txt"))) << run.err.toStdString();
    EXPECT_EQ(server.requests(), 0);
}

TEST_F(ToolRunCommand, RefusesAServerThatNeverAnswers)
{
    const QByteArray before = fileHash();
    const LoginServer server({LoginServer::Auth::Basic, LoginServer::Policy::Silent, 3, 0});
    const CliResult run = runStarmark(lockout(server, {QStringLiteral("--request-timeout"), QStringLiteral("500")}));
    expectUnchanged(run, before, "silent");
    EXPECT_TRUE(run.err.contains(QStringLiteral("did not answer within 500 ms"))) << run.err.toStdString();
}

// The right password has no place on the command line, where `ps` and the shell's history would keep it.
TEST_F(ToolRunCommand, TakesNoPasswordOnTheCommandLine)
{
    const QByteArray before = fileHash();
    const LoginServer server({LoginServer::Auth::Basic, LoginServer::Policy::None, 3, 0});
    QStringList args = lockout(server, {QStringLiteral("--password"), LoginServer::password});
    expectUnchanged(runStarmark(args), before, "password");
    args = lockout(server);
    args.removeAt(args.indexOf(QStringLiteral("--password-file")) + 1);
    args.removeAll(QStringLiteral("--password-file"));
    const CliResult run = runStarmark(args);
    expectUnchanged(run, before, "no password file");
    EXPECT_TRUE(run.err.contains(QStringLiteral("--password-file"))) << run.err.toStdString();
    EXPECT_EQ(server.requests(), 0);
}

// A signed-off evaluation takes no evidence behind the reviewer's back, and nothing is run against the target.
TEST_F(ToolRunCommand, RunsNothingForASignedOffAssessment)
{
    assessment = dir.filePath(QStringLiteral("router.starmark"));
    ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("import"), demoFolder("router-star3") + QStringLiteral("/declaration.yaml"),
                  QStringLiteral("-o"), assessment})
                  .code,
        0);
    ASSERT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("sign-off"), assessment, QStringLiteral("--reviewer"), QStringLiteral("鈴木")}).code, 0);
    const QByteArray before = fileHash();
    const QString ran = dir.filePath(QStringLiteral("ran"));
    const QString bin = fakeTool(QStringLiteral("nmap"), "touch " + ran.toUtf8());
    const CliResult run = withPath(bin + QStringLiteral(":/usr/bin:/bin"),
        {QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("nmap"), assessment, QStringLiteral("--target"), QStringLiteral("127.0.0.1")});
    EXPECT_EQ(run.code, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("signed off"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("assess revise"))) << run.err.toStdString();
    EXPECT_EQ(fileHash(), before);
    EXPECT_FALSE(QFile::exists(ran));
}

TEST_F(ToolRunCommand, RefusesAnUnknownTool)
{
    const QByteArray before = fileHash();
    const CliResult run = runStarmark({QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("sh"), assessment, QStringLiteral("--target"),
        QStringLiteral("127.0.0.1")});
    expectUnchanged(run, before, "unknown");
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown tool 'sh'"))) << run.err.toStdString();
}

// The real sslscan against a weak openssl s_server: its XML, and a record of how it ran, become evidence of S1.1-12.
TEST_F(ToolRunCommand, RealSslscanOutputBecomesEvidenceOfS1_1_12)
{
    const auto weak = LoopbackService::start(LoopbackService::Kind::WeakTls);
    ASSERT_TRUE(weak);
    std::unique_ptr<QProcess> p(startStarmark(
        {QStringLiteral("tool"), QStringLiteral("run"), QStringLiteral("sslscan"), assessment, QStringLiteral("--target"), weak->target()}, Time::Flowing));
    ASSERT_TRUE(p->waitForFinished(120000));
    const QString out = QString::fromUtf8(p->readAllStandardOutput());
    ASSERT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("ran sslscan "))) << out.toStdString();
    // The demo's own evidence stays; the run adds its output and its record.
    const QStringList names = evidence(QStringLiteral("S1.1-12")).filter(QRegularExpression(QStringLiteral("^sslscan-")));
    ASSERT_EQ(names.size(), 2) << names.join(QLatin1Char(',')).toStdString();
    for (const QString& name : names)
        EXPECT_TRUE(name.startsWith(QStringLiteral("sslscan-127.0.0.1_%1-2026112").arg(weak->port()))) << name.toStdString();
    const QJsonObject record = evidenceJson(QStringLiteral("S1.1-12"), QStringLiteral(".run.json"));
    EXPECT_EQ(record.value(QStringLiteral("format")).toString(), QStringLiteral("starmark-tool-run/1"));
    EXPECT_EQ(record.value(QStringLiteral("tool")).toString(), QStringLiteral("sslscan"));
    EXPECT_FALSE(record.value(QStringLiteral("version")).toString().isEmpty());
    EXPECT_EQ(record.value(QStringLiteral("target")).toString(), weak->target());
    EXPECT_TRUE(record.value(QStringLiteral("arguments")).toArray().contains(QStringLiteral("--no-colour")));
    EXPECT_EQ(record.value(QStringLiteral("exit_code")).toInt(-1), 0);
    // It ran at the test's instant (the clock flows from it under faketime), not on the real day.
    const QDateTime ranAt = QDateTime::fromString(record.value(QStringLiteral("ran_at")).toString(), Qt::ISODate);
    EXPECT_GE(ranAt, testNow());
    EXPECT_LT(ranAt, testNow().addSecs(600));
    EXPECT_TRUE(names.contains(record.value(QStringLiteral("output")).toString()));
    // Imported through sslscan's importer: the weak server's TLS 1.0 is proposed as a fail of S1.1-12, the verdict left as it was.
    const CliResult status = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), assessment, QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    bool proposedFail = false;
    for (const QJsonValue& proposal : json.value(QStringLiteral("proposals")).toArray())
        proposedFail = proposedFail
            || (proposal[QStringLiteral("requirement")].toString() == QStringLiteral("S1.1-12")
                && proposal[QStringLiteral("proposed")].toString() == QStringLiteral("fail")
                && proposal[QStringLiteral("tool")].toString() == QStringLiteral("sslscan"));
    EXPECT_TRUE(proposedFail) << status.out.toStdString().substr(0, 4000);
    EXPECT_EQ(json[QStringLiteral("assessment")][QStringLiteral("results")][QStringLiteral("S1.1-12")][QStringLiteral("verdict")].toString(),
        QStringLiteral("pass"));
}

// Each scanner's output goes to the requirement it speaks to: nmap's ports to S1.1-13, ssh-audit's algorithms to S1.1-12.
TEST_F(ToolRunCommand, RealNmapAndSshAuditGoToTheirRequirements)
{
    const auto http = LoopbackService::start(LoopbackService::Kind::Http);
    const auto ssh = LoopbackService::start(LoopbackService::Kind::Ssh);
    ASSERT_TRUE(http && ssh);
    for (const auto& [tool, target, requirement] : {std::tuple{QStringLiteral("nmap"), http->target(), QStringLiteral("S1.1-13")},
             std::tuple{QStringLiteral("ssh-audit"), ssh->target(), QStringLiteral("S1.1-12")}}) {
        std::unique_ptr<QProcess> p(
            startStarmark({QStringLiteral("tool"), QStringLiteral("run"), tool, assessment, QStringLiteral("--target"), target}, Time::Flowing));
        ASSERT_TRUE(p->waitForFinished(300000));
        ASSERT_EQ(p->exitCode(), 0) << tool.toStdString() << ": " << p->readAllStandardError().toStdString();
        const QStringList names = evidence(requirement).filter(QRegularExpression(QLatin1Char('^') + tool + QLatin1Char('-')));
        EXPECT_EQ(names.size(), 2) << tool.toStdString() << ": " << names.join(QLatin1Char(',')).toStdString();
        const QJsonObject record = evidenceJson(requirement, QStringLiteral(".run.json"));
        EXPECT_EQ(record.value(QStringLiteral("tool")).toString(), tool);
        EXPECT_TRUE(names.contains(record.value(QStringLiteral("output")).toString())) << tool.toStdString();
    }
    EXPECT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), assessment}).code, 0);
}
