// starmark-serve: `starmark serve`, which `starmark` hands over to it. It draws label
// artwork for each publication, which needs Qt GUI (fonts), never a display.
#include "CommandLine.h"
#include "ServeCommand.h"
#include "TsaCommand.h"


#include <QGuiApplication>
#include <QTextStream>

#include <csignal>

int main(int argc, char* argv[])
{
    std::signal(SIGPIPE, SIG_IGN); // a client that hangs up must not take the server down
    starmark::CommandLine::prepareHeadlessGui();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("starmark"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (const std::optional<int> refused = starmark::CommandLine::installLanguage(arguments))
        return *refused;
    if (arguments.value(0) == QLatin1String("tsa"))
        return starmark::TsaCommand::run(arguments.mid(1));
    if (arguments.value(0) != QLatin1String("serve")) {
        QTextStream(stderr) << "starmark-serve: run it as 'starmark serve'\n";
        return starmark::ExitUsage;
    }
    return starmark::ServeCommand::run(QStringList{QStringLiteral("starmark")} + arguments.mid(1));
}
