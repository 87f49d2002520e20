// starmark-probe: `starmark tool`, which `starmark` hands over to it. The scanners' runner and
// the lockout probe need Qt Network (addresses, sockets, TLS), which the other commands do not load.
#include "CommandLine.h"
#include "ToolCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

int main(int argc, char* argv[])
{
    std::signal(SIGPIPE, SIG_IGN); // a device that hangs up mid-answer is an error to report, not a way to die
    std::signal(SIGXFSZ, SIG_IGN); // as in starmark: a file size limit fails the write, reported
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("starmark"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (const std::optional<int> refused = starmark::CommandLine::installLanguage(arguments))
        return *refused;
    if (arguments.value(0) != QLatin1String("tool")) {
        QTextStream(stderr) << "starmark-probe: run it as 'starmark tool'\n";
        return starmark::ExitUsage;
    }
    return starmark::ToolCommand::run(arguments.mid(1));
}
