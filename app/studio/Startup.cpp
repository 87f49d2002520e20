#include "Startup.h"

#include "MainWindow.h"
#include "ShareLocation.h"
#include "Studio.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace starmark::studio {

int Startup::run(int argc, char** argv, const std::function<void(MainWindow&)>& shown)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StarMark"));
    QApplication::setApplicationName(QStringLiteral("starmark-studio"));
    QApplication::setApplicationVersion(QStringLiteral(STARMARK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("StarMark Studio: JC-STAR ★1–★4 assessments, signed reports and labels."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the bundled ★1 demo (camera-star1) or router-star3."),
        QStringLiteral("DEMO"));
    const QCommandLineOption pki(QStringLiteral("pki"), QStringLiteral("Offer the keys of this folder (starmark keys demo-pki) for export."),
        QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("ja (default) or en."), QStringLiteral("LANG"));
    parser.addOptions({demo, pki, lang});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An assessment (*.starmark) to open."));
    parser.process(app);

    Studio studio(ShareLocation::catalogFolders(), Clock::system());
    studio.setLanguage(languageFromCode(parser.value(lang)).value_or(Studio::preferredLanguage()));
    studio.setPkiFolder(parser.value(pki));
    MainWindow window(studio);
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else if (parser.isSet(demo))
        window.openDemo(parser.value(demo));
    else
        window.restoreSession();
    window.show();
    if (shown)
        QTimer::singleShot(0, &window, [&window, shown] { shown(window); });
    return app.exec();
}

} // namespace starmark::studio
