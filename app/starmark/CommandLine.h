#pragma once

#include "criteria/Problem.h"
#include "criteria/LocalizedText.h"
#include "reports/TrustAnchors.h"

#include <QCommandLineParser>
#include <QMap>
#include <QTextStream>

namespace starmark {

// Exit codes of every command (DESIGN.md): 0 ok; 1 what was checked is not
// valid; 2 usage errors and inputs that cannot be read as the expected kind.
enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUsage = 2 };

// What every command needs: its arguments, and stdout/stderr as UTF-8 text.
class CommandLine {
public:
    CommandLine(QStringList arguments, QString commandName);

    using Subcommand = int (*)(const QStringList& arguments);
    // Runs the subcommand named by arguments[0] with the rest; unknown or missing ones are usage errors.
    static int dispatch(const QString& group, const QMap<QString, Subcommand>& subcommands, const QStringList& arguments);

    QCommandLineParser& parser() { return m_parser; }
    // Parses; on --help prints it and returns ExitOk, on a usage error prints it
    // and returns ExitUsage; returns nullopt when the command should run.
    std::optional<int> parse(int minPositional, int maxPositional);

    // --catalogs DIR (repeatable): where catalogs are read from instead of the shipped ones.
    void addCatalogsOption();
    QStringList catalogFolders() const;

    // --trust PATH (repeatable): the trust anchors, instead of the trust store.
    void addTrustOption(const QString& whatFor);
    // The anchors of --trust, or else of the trust store; nullopt, after printing
    // why, when one cannot be read or holds none (the caller exits 2).
    std::optional<TrustAnchors> trustAnchors();
    // What to give when there is no anchor at all, for messages.
    static QString trustHint();

    // --lang ja|en: Japanese by default.
    void addLanguageOption();
    // The chosen language; nullopt, after printing a usage error, when it is neither.
    std::optional<Language> language();

    // Before a QGuiApplication that draws (fonts, artwork) but never shows: the offscreen
    // platform, and a private runtime folder so Qt does not warn on every run.
    static void prepareHeadlessGui();

    // Who is at the keyboard, for the audit trail: $USER, or "unknown".
    static QString currentUser();

    // Writes `bytes` to `path` atomically (QSaveFile): the whole file or, after printing why, none.
    bool writeFile(const QString& path, const QByteArray& bytes);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    int usageError(const QString& message);
    // Prints problems and returns the exit code they call for.
    int report(const Problems& problems);

private:
    QStringList m_arguments;
    QString m_commandName;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace starmark
