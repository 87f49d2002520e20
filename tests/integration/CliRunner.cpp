#include "CliRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace starmark::test {
namespace {

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STARMARK_SHARE"));
    env.insert(QStringLiteral("STARMARK_CATALOGS"), shippedCatalogs());
    env.insert(QStringLiteral("STARMARK_FAKE_NOW"), QStringLiteral("2026-11-22T09:00:00Z"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    return env;
}

} // namespace

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
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
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
