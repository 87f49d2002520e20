#include "CliRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "TestClock.h"

#include <gtest/gtest.h>

namespace starmark::test {
namespace {

// The environment a child runs in at `when`: the binaries read the real clock
// (nothing in production can be told another time), so libfaketime tells it
// them. A suite run under faketime itself (CI moves the clock on) must not leak
// its offset into them. Not the faketime wrapper: it forks, and a test that
// kills or limits a process must reach the program itself. Timers measure the
// monotonic clock, left real, so that a server's timeouts still pass.
QProcessEnvironment atInstant(QProcessEnvironment env, const QDateTime& when, Time time)
{
    for (const QString& name : env.keys()) {
        if (name.startsWith(QLatin1String("FAKETIME")))
            env.remove(name);
    }
    if (env.value(QStringLiteral("LD_PRELOAD")).contains(QLatin1String("faketime")))
        env.remove(QStringLiteral("LD_PRELOAD"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("/usr/$LIB/faketime/libfaketime.so.1"));
    const QString instant = when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    env.insert(QStringLiteral("FAKETIME"), time == Time::Flowing ? QLatin1Char('@') + instant : instant);
    env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    return env;
}

QProcessEnvironment environment(Time time = Time::Frozen, const QDateTime& when = testNow())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STARMARK_SHARE"));
    env.insert(QStringLiteral("STARMARK_CATALOGS"), shippedCatalogs());
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    // starmark speaks the locale's language: English unless a test asks for another.
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    // The tester's own trust store must not decide a test: an empty one.
    static const QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    return atInstant(env, when, time);
}

} // namespace

QString forgedLabEvaluation(const QString& folder, const QString& pki)
{
    const QString assessment = folder + QStringLiteral("/forged.starmark");
    const QString pdf = folder + QStringLiteral("/forged-lab-evaluation.pdf");
    QDir().mkpath(folder);
    const QList<QStringList> steps{{QStringLiteral("assess"), QStringLiteral("import"),
                                       demoFolder("router-star3") + QStringLiteral("/declaration.yaml"), QStringLiteral("-o"), assessment},
        {QStringLiteral("assess"), QStringLiteral("set"), assessment, QStringLiteral("S3.RT-02.verdict=pass"),
            QStringLiteral("S3.RT-02.items=1,2,3"), QStringLiteral("S3.RT-02.tests.S3.RT-02-T3.verdict=pass")},
        {QStringLiteral("report"), assessment, QStringLiteral("--key"), pki + QStringLiteral("/manufacturer.key"), QStringLiteral("--cert"),
            pki + QStringLiteral("/manufacturer.pem"), QStringLiteral("--chain"), pki + QStringLiteral("/ca.pem"), QStringLiteral("-o"),
            pdf}};
    for (const QStringList& step : steps) {
        const CliResult run = runStarmark(step);
        if (run.code != 0) {
            ADD_FAILURE() << step.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString();
            return {};
        }
    }
    return pdf;
}

QString shippedCatalogs()
{
    return QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star");
}

QString demoFolder(const char* demo)
{
    return QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/demo/%1").arg(QLatin1String(demo));
}

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QFileInfo& entry : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir())
            copyFolder(entry.filePath(), target);
        else
            QFile::copy(entry.filePath(), target);
    }
}

CliResult runStarmark(const QStringList& arguments, const std::function<void()>& inChild, const QString& now)
{
    QProcess process;
    process.setProcessEnvironment(environment(Time::Frozen, now.isEmpty() ? testNow() : QDateTime::fromString(now, Qt::ISODate)));
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(QStringLiteral(STARMARK_BINARY), arguments);
    if (!process.waitForFinished(120000))
        ADD_FAILURE() << "starmark did not finish: " << arguments.join(QLatin1Char(' ')).toStdString();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

CliResult runTool(const QString& program, const QStringList& arguments)
{
    // The tools read the real clock (pdfsig checks certificates at "now"): they
    // run at the test's instant, as the keys they check were made at it.
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setProcessEnvironment(atInstant(QProcessEnvironment::systemEnvironment(), testNow(), Time::Flowing));
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        ADD_FAILURE() << program.toStdString() << " did not finish";
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()), {}};
}

QProcess* startStarmark(const QStringList& arguments, Time time)
{
    auto* process = new QProcess;
    process->setProcessEnvironment(environment(time));
    process->start(QStringLiteral(STARMARK_BINARY), arguments);
    process->waitForStarted();
    return process;
}

QProcess* startScript(const QString& script, const QString& folder, Time time)
{
    auto* process = new QProcess;
    QProcessEnvironment env = environment(time);
    env.insert(QStringLiteral("STARMARK"), QStringLiteral(STARMARK_BINARY));
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(folder);
    process->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    process->waitForStarted();
    return process;
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        ADD_FAILURE() << "cannot write " << path.toStdString();
}

} // namespace starmark::test
