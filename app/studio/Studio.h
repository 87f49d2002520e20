#pragma once

#include "criteria/CatalogLibrary.h"
#include "criteria/LocalizedText.h"
#include "evaluators/Clock.h"

#include <QObject>
#include <QTranslator>

#include <memory>

namespace starmark::studio {

class Session;

// What every window of the app shares: the catalogs (loaded once, at start),
// the clock, the UI language, and where the demo and the shipped data are.
class Studio : public QObject {
    Q_OBJECT
public:
    Studio(QStringList catalogFolders, const Clock& clock, QObject* parent = nullptr);

    const CatalogLibrary& library() const { return m_library; }
    const Clock& clock() const { return m_clock; }
    Language language() const { return m_language; }
    // Installs the translations; every widget then gets QEvent::LanguageChange.
    void setLanguage(Language language);
    // Japanese unless the setting, or failing that the system locale, says English.
    static Language preferredLanguage();

    // Where keys and certificates are first looked for when exporting (the demo PKI, for a demo).
    const QString& pkiFolder() const { return m_pkiFolder; }
    void setPkiFolder(const QString& folder) { m_pkiFolder = folder; }
    // Export works out of the box on the demos: a demo PKI (every certificate says DEMO) beside
    // them, made the first time, becomes the folder offered. False with `error` when it cannot be made.
    bool offerDemoPki(QString* error);

    static QString shareRoot();
    // Where the app keeps its own copy of a bundled demo as an assessment file.
    static QString demoFolder();
    // That copy of `demo` (camera-star1, router-star3), made from its declaration the first
    // time; nullptr with `error` set when it cannot be opened.
    std::unique_ptr<Session> demoSession(const QString& demo, QString* error) const;
    // Who an edit is by, for the audit trail: the evaluator if named, else the login.
    static QString login();

private:
    CatalogLibrary m_library;
    const Clock& m_clock;
    Language m_language = Language::Japanese;
    QString m_pkiFolder;
    QTranslator m_qt;
};

} // namespace starmark::studio
