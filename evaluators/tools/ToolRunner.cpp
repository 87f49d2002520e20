#include "evaluators/tools/ToolRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace starmark {
namespace {

struct ToolInfo {
    ToolRunner::Tool tool;
    const char* program; // as Debian installs it
    const char* alternative; // as upstream names it, or nullptr
    const char* package;
    const char* versionArgument;
    const char* extension;
    int timeoutSeconds;
};

// Full runs: testssl.sh takes minutes even on loopback, nmap's service probes up to a minute a port.
constexpr ToolInfo toolInfo[] = {
    {ToolRunner::Tool::Nmap, "nmap", nullptr, "nmap", "--version", "xml", 900},
    {ToolRunner::Tool::Sslscan, "sslscan", nullptr, "sslscan", "--version", "xml", 300},
    {ToolRunner::Tool::Testssl, "testssl", "testssl.sh", "testssl.sh", "--version", "json", 1800},
    {ToolRunner::Tool::SshAudit, "ssh-audit", nullptr, "ssh-audit", "-h", "json", 120},
};

const ToolInfo& info(ToolRunner::Tool tool)
{
    for (const ToolInfo& i : toolInfo) {
        if (i.tool == tool)
            return i;
    }
    return toolInfo[0];
}

QString toolName(ToolRunner::Tool tool)
{
    return termName<ToolRunner::Tool>(ToolRunner::tools, tool);
}

struct Finished {
    bool started = false;
    bool timedOut = false;
    bool crashed = false;
    int exitCode = 0;
    qint64 milliseconds = 0;
    QString error;
};

// Runs `program` without a shell, stdout and stderr into files, in a session of its own
// (so that its children die with it) with every file it writes held to `maxBytes`.
Finished runBounded(const QString& program, const QStringList& arguments, const QString& stdoutPath, const QString& stderrPath,
    int timeoutSeconds, qint64 maxBytes)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(stdoutPath);
    process.setStandardErrorFile(stderrPath);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([maxBytes] {
        setsid();
        const rlimit limit{rlim_t(maxBytes), rlim_t(maxBytes)};
        setrlimit(RLIMIT_FSIZE, &limit);
        // starmark ignores SIGXFSZ to report a full file itself; a tool past its limit must stop.
        std::signal(SIGXFSZ, SIG_DFL);
    });
    QElapsedTimer timer;
    timer.start();
    process.start();
    Finished finished;
    if (!process.waitForStarted(10000)) {
        finished.error = process.errorString();
        return finished;
    }
    finished.started = true;
    const qint64 group = process.processId();
    finished.timedOut = !process.waitForFinished(timeoutSeconds * 1000);
    // The whole group, also after a normal end: a script's children must not outlive it.
    ::kill(pid_t(-group), SIGKILL);
    if (finished.timedOut)
        process.waitForFinished(5000);
    finished.milliseconds = timer.elapsed();
    finished.crashed = process.exitStatus() == QProcess::CrashExit;
    finished.exitCode = process.exitCode();
    return finished;
}

QString withoutEscapes(const QByteArray& bytes)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    return QString::fromUtf8(bytes).remove(escape);
}

// The last words a tool wrote, for a problem: at most 400 characters of its stderr (or stdout).
QString lastWords(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(std::max<qint64>(0, file.size() - 2000));
    return withoutEscapes(file.readAll()).simplified().right(400);
}

qint64 sizeOf(const QString& path)
{
    return QFileInfo(path).size();
}

} // namespace

ToolRunner::ToolRunner(const Clock& clock, QStringList searchPath, Limits limits)
    : m_clock(clock)
    , m_searchPath(std::move(searchPath))
    , m_limits(limits)
{
}

ToolRunner::ToolRunner(const Clock& clock)
    : ToolRunner(clock, systemPath(), Limits{})
{
}

QStringList ToolRunner::systemPath()
{
    return qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
}

QString ToolRunner::debianPackage(Tool tool)
{
    return QString::fromLatin1(info(tool).package);
}

int ToolRunner::defaultTimeout(Tool tool)
{
    return info(tool).timeoutSeconds;
}

Result<QString> ToolRunner::locate(Tool tool) const
{
    for (const char* name : {info(tool).program, info(tool).alternative}) {
        if (!name)
            continue;
        for (const QString& folder : m_searchPath) {
            const QFileInfo candidate(QDir(folder).filePath(QString::fromLatin1(name)));
            if (candidate.isFile() && candidate.isExecutable())
                return candidate.absoluteFilePath();
        }
    }
    return Problem::unusable(QStringLiteral("tool.missing"),
        Message("ToolRunner", "%1 is not installed (no '%2' on the search path); Debian's package %3 brings it")
            .arg(toolName(tool))
            .arg(QString::fromLatin1(info(tool).program))
            .arg(debianPackage(tool)));
}

QStringList ToolRunner::arguments(Tool tool, const ScanTarget& target, const QString& outputPath)
{
    switch (tool) {
    case Tool::Nmap: {
        // Service versions, no ping (a device may drop it), no DNS: the address as given.
        QStringList a{QStringLiteral("-sV"), QStringLiteral("-Pn"), QStringLiteral("-n"), QStringLiteral("-oX"), outputPath};
        if (target.isIpv6())
            a << QStringLiteral("-6");
        if (target.port())
            a << QStringLiteral("-p") << QString::number(target.port());
        return a << target.host();
    }
    case Tool::Sslscan:
        return {QStringLiteral("--no-colour"), QStringLiteral("--xml=") + outputPath, target.hostPort(443)};
    case Tool::Testssl:
        return {QStringLiteral("--quiet"), QStringLiteral("--color"), QStringLiteral("0"), QStringLiteral("--warnings"), QStringLiteral("off"),
            QStringLiteral("--jsonfile"), outputPath, target.hostPort(443)};
    case Tool::SshAudit: // its JSON goes to stdout, which is the output file
        return {QStringLiteral("-j"), QStringLiteral("-p"), QString::number(target.portOr(22)), target.host()};
    }
    return {};
}

Result<QString> ToolRunner::version(Tool tool, const QString& program) const
{
    QTemporaryFile out;
    if (!out.open())
        return Problem::unusable(QStringLiteral("tool.cannot-start"), Message("ToolRunner", "%1 could not be started: %2").arg(program).arg(out.errorString()));
    const Finished f = runBounded(program, {QString::fromLatin1(info(tool).versionArgument)}, out.fileName(), QProcess::nullDevice(), 30, 1 << 20);
    const QString text = withoutEscapes(out.read(1 << 20));
    static const QRegularExpression number(QStringLiteral("\\b[0-9]+\\.[0-9]+(\\.[0-9]+)?\\b"));
    const QRegularExpressionMatch m = number.match(text);
    if (!f.started || f.timedOut || !m.hasMatch())
        return Problem::unusable(QStringLiteral("tool.no-version"),
            Message("ToolRunner", "%1 ('%2 %3') did not state its version").arg(toolName(tool)).arg(program).arg(
                QString::fromLatin1(info(tool).versionArgument)));
    return m.captured();
}

Result<ToolRunner::Run> ToolRunner::run(Tool tool, const ScanTarget& target, const QString& folder) const
{
    const Result<QString> program = locate(tool);
    if (!program)
        return program.problems();
    const Result<QString> stated = version(tool, *program);
    if (!stated)
        return stated.problems();
    Run run;
    run.tool = tool;
    run.program = *program;
    run.version = *stated;
    run.ranAt = m_clock.now().toUTC();
    const QString name = QStringLiteral("%1-%2-%3.%4")
                             .arg(toolName(tool), target.hostPort(0).replace(QLatin1Char(':'), QLatin1Char('_')).remove(QLatin1Char('[')).remove(QLatin1Char(']')),
                                 run.ranAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")), QString::fromLatin1(info(tool).extension));
    run.outputPath = QDir(folder).filePath(name);
    run.arguments = arguments(tool, target, run.outputPath);
    const QString stdoutPath = tool == Tool::SshAudit ? run.outputPath : run.outputPath + QStringLiteral(".stdout");
    const QString stderrPath = run.outputPath + QStringLiteral(".stderr");
    const int timeout = m_limits.timeoutSeconds > 0 ? m_limits.timeoutSeconds : defaultTimeout(tool);
    const Finished f = runBounded(run.program, run.arguments, stdoutPath, stderrPath, timeout, m_limits.maxOutputBytes);
    if (!f.started)
        return Problem::unusable(QStringLiteral("tool.cannot-start"), Message("ToolRunner", "%1 could not be started: %2").arg(run.program).arg(f.error));
    if (f.timedOut)
        return Problem::unusable(QStringLiteral("tool.timed-out"),
            Message("ToolRunner", "%1 did not finish within %2 s and was stopped; its output is incomplete").arg(toolName(tool)).arg(qint64(timeout)));
    for (const QString& written : {run.outputPath, stdoutPath, stderrPath}) {
        if (sizeOf(written) >= m_limits.maxOutputBytes)
            return Problem::unusable(QStringLiteral("tool.output-too-large"),
                Message("ToolRunner", "%1 wrote more than %2 bytes and was stopped; its output is incomplete")
                    .arg(toolName(tool))
                    .arg(m_limits.maxOutputBytes));
    }
    run.exitCode = f.crashed ? -1 : f.exitCode;
    run.milliseconds = f.milliseconds;
    run.outputSize = sizeOf(run.outputPath);
    if (f.crashed || run.outputSize == 0) {
        const QString words = lastWords(sizeOf(stderrPath) > 0 ? stderrPath : stdoutPath);
        return Problem::unusable(QStringLiteral("tool.failed"),
            Message("ToolRunner", "%1 ended (exit %2) without its output: %3").arg(toolName(tool)).arg(qint64(run.exitCode)).arg(words));
    }
    return run;
}

} // namespace starmark
