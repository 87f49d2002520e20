#include "CliRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "TestClock.h"

#include <gtest/gtest.h>

namespace starmark::test {
namespace {

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STARMARK_SHARE"));
    env.insert(QStringLiteral("STARMARK_CATALOGS"), shippedCatalogs());
    env.insert(QStringLiteral("STARMARK_FAKE_NOW"), testNow().toString(Qt::ISODate));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    // English unless a test asks for Japanese: the CLI speaks the locale's language.
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    // The tester's own trust store must not decide a test: an empty one.
    static const QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    return env;
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
    QProcessEnvironment env = environment();
    if (!now.isEmpty())
        env.insert(QStringLiteral("STARMARK_FAKE_NOW"), now);
    process.setProcessEnvironment(env);
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
    // A suite run under faketime itself (CI moves the clock on) must not leak its offset into them.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith(QLatin1String("FAKETIME")))
            env.remove(name);
    }
    if (env.value(QStringLiteral("LD_PRELOAD")).contains(QLatin1String("faketime")))
        env.remove(QStringLiteral("LD_PRELOAD"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("faketime"), QStringList{testNow().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), program} + arguments);
    if (!p.waitForFinished(60000))
        ADD_FAILURE() << program.toStdString() << " did not finish";
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()), {}};
}

QProcess* startStarmark(const QStringList& arguments)
{
    auto* process = new QProcess;
    process->setProcessEnvironment(environment());
    process->start(QStringLiteral(STARMARK_BINARY), arguments);
    process->waitForStarted();
    return process;
}

QProcess* startScript(const QString& script, const QString& folder)
{
    auto* process = new QProcess;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("STARMARK"), QStringLiteral(STARMARK_BINARY));
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(folder);
    process->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    process->waitForStarted();
    return process;
}

} // namespace starmark::test
