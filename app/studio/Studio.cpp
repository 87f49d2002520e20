#include "Studio.h"

#include "Session.h"
#include "ShareLocation.h"

#include "evaluators/DeclarationReader.h"
#include "reports/DemoPki.h"
#include "criteria/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace starmark::studio {

Studio::Studio(QStringList catalogFolders, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_library(CatalogLibrary::load(catalogFolders))
    , m_clock(clock)
{
}

void Studio::setLanguage(Language language)
{
    m_language = language;
    QCoreApplication::removeTranslator(&m_qt);
    const QString code = languageCode(language);
    // Qt's own strings (wizard buttons, standard dialogs) come from qtbase_ja.
    if (m_qt.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    Translator::install(language);
    QSettings().setValue(QStringLiteral("language"), code);
    // Retranslate now, not whenever the event loop next runs: callers read the new texts at once.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

Language Studio::preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (const std::optional<Language> language = languageFromCode(saved))
        return *language;
    // The scheme is Japanese: only a system that asks for English (not just any non-Japanese locale) gets it.
    return QLocale().language() == QLocale::English ? Language::English : Language::Japanese;
}

QString Studio::shareRoot()
{
    return ShareLocation::root();
}

QString Studio::demoFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

bool Studio::offerDemoPki(QString* error)
{
    const QString pki = demoFolder() + QStringLiteral("/pki");
    if (!QFileInfo::exists(pki + QStringLiteral("/ca.pem")) && !DemoPki::create(pki, m_clock.now(), error))
        return false;
    m_pkiFolder = pki;
    return true;
}

std::unique_ptr<Session> Studio::demoSession(const QString& demo, QString* error) const
{
    QDir().mkpath(demoFolder());
    const QString path = demoFolder() + QLatin1Char('/') + demo + QStringLiteral(".starmark");
    if (QFileInfo::exists(path))
        return Session::open(path, *this, error);
    const QString declaration = shareRoot() + QStringLiteral("/demo/") + demo + QStringLiteral("/declaration.yaml");
    const DeclarationReader::Result read = DeclarationReader::readFile(declaration, m_library);
    if (!read.assessment) {
        QStringList lines;
        for (const Problem& d : read.problems)
            lines << d.toString();
        *error = tr("The demo cannot be opened:\n%1").arg(lines.join(QLatin1Char('\n')));
        return nullptr;
    }
    return Session::create(path, *read.assessment, *this, error);
}

QString Studio::login()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace starmark::studio
