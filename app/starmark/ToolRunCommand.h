#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starmark {

// `starmark tool run nmap|sslscan|testssl|ssh-audit|lockout ASSESSMENT --target HOST[:PORT] …`:
// runs an installed scanner (evaluators/tools/ToolRunner) or the login-lockout probe
// (LoginLockoutProbe) and attaches what it captured, with a record of how it ran, as evidence
// of the requirement it speaks to, in one audited change. Nothing changes when the run fails.
class ToolRunCommand {
    Q_DECLARE_TR_FUNCTIONS(ToolRunCommand)
public:
    static int run(const QStringList& arguments); // arguments after "tool run"'s "run"
};

} // namespace starmark
