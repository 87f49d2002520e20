#include "evaluators/tools/ToolRunner.h"

#include "FixedClock.h"
#include "LoopbackServices.h"
#include "TestClock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>


using namespace starmark;
using namespace starmark::test;

namespace {

using Tool = ToolRunner::Tool;

ScanTarget target(const QString& text)
{
    return *ScanTarget::parse(text, false);
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A stand-in for a tool, as a dishonest or broken one would behave: `script` runs after it has stated its version.
QString fakeTool(const QTemporaryDir& dir, const QString& name, const QByteArray& script)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\ncase \"$1\" in --version|-h) echo \"" + name.toLatin1() + " version 9.9.1\"; exit 0;; esac\n" + script + "\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

struct RealRun {
    QTemporaryDir out;
    FixedClock clock{testNow()};
    Result<ToolRunner::Run> run = Problem::unusable({}, Message::plain({}));
};

void runReal(RealRun& r, Tool tool, const QString& where)
{
    // The scanner itself runs on the real clock even when the suite runs under faketime: its own
    // timeouts (testssl.sh's above all) stall on a faked one, and what the test checks is its
    // output, while the time of the run comes from the injected clock.
    const QByteArray preload = qgetenv("LD_PRELOAD");
    const QByteArray faketime = qgetenv("FAKETIME");
    qunsetenv("LD_PRELOAD");
    qunsetenv("FAKETIME");
    r.run = ToolRunner(r.clock).run(tool, target(where), r.out.path());
    if (!preload.isEmpty())
        qputenv("LD_PRELOAD", preload);
    if (!faketime.isEmpty())
        qputenv("FAKETIME", faketime);
}

} // namespace

// A lab without the tool is told which Debian package brings it, and nothing runs.
TEST(ToolRunner, NamesTheDebianPackageOfAMissingTool)
{
    QTemporaryDir empty;
    const FixedClock clock(testNow());
    const ToolRunner runner(clock, {empty.path()}, {});
    for (const Tool tool : {Tool::Nmap, Tool::Sslscan, Tool::Testssl, Tool::SshAudit}) {
        const Result<ToolRunner::Run> run = runner.run(tool, target(QStringLiteral("127.0.0.1:1")), empty.path());
        ASSERT_FALSE(run);
        const Problem* missing = findProblem(run.problems(), u"tool.missing");
        ASSERT_NE(missing, nullptr);
        EXPECT_EQ(missing->severity, Problem::Severity::Unusable);
        EXPECT_TRUE(missing->message.text(Language::English).contains(ToolRunner::debianPackage(tool)));
        EXPECT_TRUE(missing->message.text(Language::Japanese).contains(ToolRunner::debianPackage(tool)));
    }
    EXPECT_EQ(ToolRunner::debianPackage(Tool::Testssl), QStringLiteral("testssl.sh"));
    EXPECT_TRUE(QDir(empty.path()).isEmpty());
}

// The arguments are passed as they are, one by one, with no shell between: what is recorded is what ran.
TEST(ToolRunner, RecordsTheExactArgumentsVersionAndTime)
{
    QTemporaryDir bin;
    QTemporaryDir out;
    fakeTool(bin, QStringLiteral("ssh-audit"), "for a in \"$@\"; do printf '[%s]' \"$a\"; done");
    const FixedClock clock(testNow());
    const Result<ToolRunner::Run> run = ToolRunner(clock, {bin.path()}, {}).run(Tool::SshAudit, target(QStringLiteral("127.0.0.1:2222")), out.path());
    ASSERT_TRUE(run) << run.problems().constFirst().toString().toStdString();
    EXPECT_EQ(run->version, QStringLiteral("9.9.1"));
    EXPECT_EQ(run->ranAt, testNow());
    EXPECT_EQ(run->program, bin.filePath(QStringLiteral("ssh-audit")));
    EXPECT_EQ(run->arguments, (QStringList{QStringLiteral("-j"), QStringLiteral("-p"), QStringLiteral("2222"), QStringLiteral("127.0.0.1")}));
    EXPECT_EQ(contents(run->outputPath), QByteArray("[-j][-p][2222][127.0.0.1]"));
    EXPECT_EQ(QFileInfo(run->outputPath).fileName(), QStringLiteral("ssh-audit-127.0.0.1_2222-20261122T090000Z.json"));
    EXPECT_EQ(run->exitCode, 0);
    EXPECT_EQ(run->outputSize, 25);
}

TEST(ToolRunner, GivesEachToolItsOwnArguments)
{
    const ScanTarget t = target(QStringLiteral("127.0.0.1:8443"));
    EXPECT_EQ(ToolRunner::arguments(Tool::Nmap, t, QStringLiteral("o.xml")).join(QLatin1Char(' ')),
        QStringLiteral("-sV -Pn -n -oX o.xml -p 8443 127.0.0.1"));
    EXPECT_EQ(ToolRunner::arguments(Tool::Sslscan, t, QStringLiteral("o.xml")).join(QLatin1Char(' ')),
        QStringLiteral("--no-colour --xml=o.xml 127.0.0.1:8443"));
    EXPECT_EQ(ToolRunner::arguments(Tool::Testssl, target(QStringLiteral("[::1]")), QStringLiteral("o.json")).join(QLatin1Char(' ')),
        QStringLiteral("--quiet --color 0 --warnings off --jsonfile o.json [::1]:443"));
    EXPECT_EQ(ToolRunner::arguments(Tool::Nmap, target(QStringLiteral("::1")), QStringLiteral("o.xml")).join(QLatin1Char(' ')),
        QStringLiteral("-sV -Pn -n -oX o.xml -6 ::1"));
}

// A tool that hangs is stopped at its time bound, with every process it started.
TEST(ToolRunner, StopsAHangingToolAndItsChildren)
{
    QTemporaryDir bin;
    QTemporaryDir out;
    const QString pidFile = bin.filePath(QStringLiteral("child.pid"));
    fakeTool(bin, QStringLiteral("nmap"), "sleep 600 & echo $! > " + pidFile.toLatin1() + "; wait");
    const FixedClock clock(testNow());
    QElapsedTimer timer;
    timer.start();
    const Result<ToolRunner::Run> run = ToolRunner(clock, {bin.path()}, {1, 1 << 20}).run(Tool::Nmap, target(QStringLiteral("127.0.0.1")), out.path());
    EXPECT_LT(timer.elapsed(), 10000);
    ASSERT_FALSE(run);
    EXPECT_NE(findProblem(run.problems(), u"tool.timed-out"), nullptr);
    const pid_t child = contents(pidFile).trimmed().toInt();
    ASSERT_GT(child, 0);
    // Gone, or a zombie waiting for a parent that reaps it (a SIGKILL takes effect when the child is next scheduled).
    QByteArray state;
    for (int i = 0; i < 50 && state != "gone" && state != "Z"; ++i) {
        QThread::msleep(i ? 20 : 0);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        state = stat.open(QIODevice::ReadOnly) ? stat.readAll().split(')').value(1).trimmed().left(1) : QByteArray("gone");
    }
    EXPECT_TRUE(state == "gone" || state == "Z") << "the tool's child outlived it: " << state.toStdString();
}

// A tool that prints without end is cut at the size limit and refused, not taken as a whole output.
TEST(ToolRunner, RefusesAToolThatPrintsTooMuch)
{
    QTemporaryDir bin;
    QTemporaryDir out;
    fakeTool(bin, QStringLiteral("ssh-audit"), "head -c 104857600 /dev/zero");
    const FixedClock clock(testNow());
    const Result<ToolRunner::Run> run = ToolRunner(clock, {bin.path()}, {30, 4 << 20}).run(Tool::SshAudit, target(QStringLiteral("127.0.0.1")), out.path());
    ASSERT_FALSE(run);
    EXPECT_NE(findProblem(run.problems(), u"tool.output-too-large"), nullptr);
    for (const QFileInfo& f : QDir(out.path()).entryInfoList(QDir::Files))
        EXPECT_LE(f.size(), 4 << 20) << f.fileName().toStdString();
}

TEST(ToolRunner, RefusesAToolThatEndsWithoutOutput)
{
    QTemporaryDir bin;
    QTemporaryDir out;
    fakeTool(bin, QStringLiteral("sslscan"), "echo 'cannot resolve host' >&2; exit 3");
    const FixedClock clock(testNow());
    const Result<ToolRunner::Run> run = ToolRunner(clock, {bin.path()}, {}).run(Tool::Sslscan, target(QStringLiteral("127.0.0.1")), out.path());
    ASSERT_FALSE(run);
    const Problem* failed = findProblem(run.problems(), u"tool.failed");
    ASSERT_NE(failed, nullptr);
    EXPECT_TRUE(failed->message.text(Language::English).contains(QStringLiteral("cannot resolve host")));
}

TEST(ToolRunner, RefusesAToolThatStatesNoVersion)
{
    QTemporaryDir bin;
    QTemporaryDir out;
    const QString path = bin.filePath(QStringLiteral("nmap"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\necho 'no idea'\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const FixedClock clock(testNow());
    const Result<ToolRunner::Run> run = ToolRunner(clock, {bin.path()}, {}).run(Tool::Nmap, target(QStringLiteral("127.0.0.1")), out.path());
    ASSERT_FALSE(run);
    EXPECT_NE(findProblem(run.problems(), u"tool.no-version"), nullptr);
    EXPECT_TRUE(QDir(out.path()).isEmpty());
}

// The real tools from Debian, against services this test starts on loopback.
TEST(ToolRunner, RealNmapFindsTheLoopbackHttpService)
{
    const auto http = LoopbackService::start(LoopbackService::Kind::Http);
    ASSERT_TRUE(http);
    RealRun r;
    runReal(r, Tool::Nmap, http->target());
    ASSERT_TRUE(r.run) << r.run.problems().constFirst().toString().toStdString();
    EXPECT_FALSE(r.run->version.isEmpty());
    const QByteArray xml = contents(r.run->outputPath);
    EXPECT_TRUE(xml.contains("<nmaprun")) << xml.left(300).toStdString();
    EXPECT_TRUE(xml.contains("portid=\"" + QByteArray::number(http->port()) + "\"><state state=\"open\""));
    EXPECT_TRUE(xml.contains("name=\"http\"")) << xml.toStdString();
}

TEST(ToolRunner, RealSslscanTellsTheWeakServerFromTheStrongOne)
{
    const auto weak = LoopbackService::start(LoopbackService::Kind::WeakTls);
    const auto strong = LoopbackService::start(LoopbackService::Kind::StrongTls);
    ASSERT_TRUE(weak && strong);
    RealRun w;
    RealRun s;
    runReal(w, Tool::Sslscan, weak->target());
    runReal(s, Tool::Sslscan, strong->target());
    ASSERT_TRUE(w.run && s.run);
    const QByteArray weakXml = contents(w.run->outputPath);
    const QByteArray strongXml = contents(s.run->outputPath);
    EXPECT_TRUE(weakXml.contains("<protocol type=\"tls\" version=\"1.0\" enabled=\"1\""));
    EXPECT_TRUE(weakXml.contains("<protocol type=\"tls\" version=\"1.2\" enabled=\"0\""));
    EXPECT_TRUE(strongXml.contains("<protocol type=\"tls\" version=\"1.0\" enabled=\"0\""));
    EXPECT_TRUE(strongXml.contains("<protocol type=\"tls\" version=\"1.3\" enabled=\"1\""));
}

TEST(ToolRunner, RealSshAuditReadsTheLoopbackSshServer)
{
    const auto ssh = LoopbackService::start(LoopbackService::Kind::Ssh);
    ASSERT_TRUE(ssh);
    RealRun r;
    runReal(r, Tool::SshAudit, ssh->target());
    ASSERT_TRUE(r.run) << r.run.problems().constFirst().toString().toStdString();
    const QByteArray json = contents(r.run->outputPath);
    EXPECT_TRUE(json.contains("\"software\": \"OpenSSH_")) << json.left(300).toStdString();
    EXPECT_TRUE(json.contains("ssh-ed25519"));
}

// testssl.sh's full run takes minutes, even on loopback.
TEST(ToolRunner, RealTestsslRunsAgainstTheStrongServer)
{
    const auto strong = LoopbackService::start(LoopbackService::Kind::StrongTls);
    ASSERT_TRUE(strong);
    RealRun r;
    runReal(r, Tool::Testssl, strong->target());
    ASSERT_TRUE(r.run) << r.run.problems().constFirst().toString().toStdString();
    const QByteArray json = contents(r.run->outputPath);
    EXPECT_TRUE(json.contains("\"TLS1_3\"")) << "exit " << r.run->exitCode << ": " << contents(r.run->outputPath + QStringLiteral(".stderr")).right(2000).toStdString()
                                              << contents(r.run->outputPath + QStringLiteral(".stdout")).right(2000).toStdString();
}
