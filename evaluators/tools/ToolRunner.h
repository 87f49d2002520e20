#pragma once

#include "criteria/Result.h"
#include "criteria/Vocabulary.h"
#include "evaluators/Clock.h"
#include "evaluators/tools/ScanTarget.h"

#include <QDateTime>
#include <QStringList>

namespace starmark {

// Runs one of the installed scanners against a checked target, as a lab would by hand but
// recorded: the program found on the search path, its version, the exact arguments, the
// time it ran (from the clock given) and its exit code. No shell is involved; the tool runs
// in a process group of its own that is killed whole when it exceeds its time, and every
// file it writes is held to a size limit (RLIMIT_FSIZE), so a hanging or flooding tool ends
// with a problem, never with a half-captured output taken for a whole one.
class ToolRunner {
public:
    enum class Tool { Nmap, Sslscan, Testssl, SshAudit };
    static constexpr Term<Tool> tools[] = {
        {Tool::Nmap, "nmap"}, {Tool::Sslscan, "sslscan"}, {Tool::Testssl, "testssl"}, {Tool::SshAudit, "ssh-audit"}};

    struct Limits {
        int timeoutSeconds = 0; // 0: the tool's own default (defaultTimeout)
        qint64 maxOutputBytes = 64LL << 20;
    };
    static constexpr int maxTimeoutSeconds = 3600;

    struct Run {
        Tool tool = Tool::Nmap;
        QString program; // the absolute path run
        QString version; // e.g. 7.93, as the tool states it
        QStringList arguments;
        QDateTime ranAt; // when it started, from the runner's clock
        qint64 milliseconds = 0;
        int exitCode = 0;
        QString outputPath; // the captured output, in the folder given to run()
        qint64 outputSize = 0;
    };

    // `searchPath`: the folders a tool is looked for in, in order (the PATH).
    ToolRunner(const Clock& clock, QStringList searchPath, Limits limits);
    explicit ToolRunner(const Clock& clock);
    static QStringList systemPath();

    // The Debian package that brings the tool, for the problem that says it is missing.
    static QString debianPackage(Tool tool);
    static int defaultTimeout(Tool tool);
    // The absolute path of the tool's program, or tool.missing.
    Result<QString> locate(Tool tool) const;
    // The arguments the tool is run with against `target`, its output going to `outputPath`.
    static QStringList arguments(Tool tool, const ScanTarget& target, const QString& outputPath);
    // Runs the tool against `target`, its output written into `folder` (which must exist) under a
    // name made of the tool, the target and the time. Problems: tool.missing, tool.cannot-start,
    // tool.timed-out, tool.output-too-large, tool.failed (no output; its last words are given).
    Result<Run> run(Tool tool, const ScanTarget& target, const QString& folder) const;

private:
    Result<QString> version(Tool tool, const QString& program) const;

    const Clock& m_clock;
    QStringList m_searchPath;
    Limits m_limits;
};

} // namespace starmark
