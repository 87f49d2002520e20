// starmark-render: the commands that need Qt GUI (rendering, images), which `starmark` hands over.
#include "CommandLine.h"
#include "LabelCommand.h"
#include "ReportCommand.h"
#include "SurveilCommand.h"


#include <QGuiApplication>
#include <QTextStream>

#include <csignal>

int main(int argc, char* argv[])
{
    std::signal(SIGXFSZ, SIG_IGN);
    // Rendering needs fonts, hence a GUI application, but never a display.
    starmark::CommandLine::prepareHeadlessGui();
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("starmark"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (const std::optional<int> refused = starmark::CommandLine::installLanguage(arguments))
        return *refused;
    const QString command = arguments.value(0);
    const QStringList rest = QStringList{QStringLiteral("starmark")} + arguments.mid(1);
    if (command == QLatin1String("report"))
        return starmark::ReportCommand::report(rest);
    if (command == QLatin1String("declare"))
        return starmark::ReportCommand::declare(rest);
    if (command == QLatin1String("label"))
        return starmark::LabelCommand::label(rest);
    if (command == QLatin1String("surveil"))
        return starmark::SurveilCommand::run(arguments.mid(1));
    if (command == QLatin1String("verify-label"))
        return starmark::LabelCommand::verify(rest);
    QTextStream(stderr) << "starmark-render: run it through starmark\n";
    return starmark::ExitUsage;
}
