#pragma once

#include "criteria/Problem.h"
#include "criteria/LocalizedText.h"
#include "reports/TrustAnchors.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QTextStream>

namespace starmark {

// Exit codes of every command (DESIGN.md): 0 ok; 1 what was checked is not
// valid; 2 usage errors and inputs that cannot be read as the expected kind.
enum ExitCode { ExitOk = 0, ExitInvalid = 1, ExitUsage = 2 };

// What every command needs: its arguments, and stdout/stderr as UTF-8 text.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QStringList arguments, QString commandName);

    // The language every text is printed in, chosen once at start by each of the three
    // executables: --lang ja|en anywhere among the arguments (before or after the command
    // name), else the locale (LC_ALL, LC_MESSAGES, LANG). Installed for tr() and Message.
    // Returns the exit code after printing a usage error when --lang names neither.
    static std::optional<int> installLanguage(const QStringList& arguments);
    // The arguments with a --lang given before the command (or subcommand) name moved after
    // it, so that the name comes first: `starmark --lang en catalog list`.
    static QStringList commandFirst(QStringList arguments);

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

    // --lang ja|en for a command whose output document has a language of its own (a report):
    // Japanese unless --lang says otherwise. Every command takes --lang for its messages.
    void addLanguageOption();
    // The --lang of addLanguageOption; nullopt, after printing a usage error, when it is neither.
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
    // "command: what is wrong; see 'command --help'" on stderr, and ExitUsage. The CLI's own
    // usage errors have codes usage.* (docs/errors.md); a command's own text rides as usage.invalid.
    int usageError(const QString& message);
    static int usageError(const QString& command, const Problem& problem);
    // The one place a Problem becomes output and an exit code: each is printed as
    // "error: file:line:column: key: message", plus how to fix it where the CLI knows
    // (see hint()); Unusable gives exit 2, Invalid exit 1, warnings alone exit 0.
    int report(const Problems& problems);
    // How to fix a problem of this code from the command line, or empty.
    static QString hint(const Problem& problem);

private:
    QStringList m_arguments;
    QString m_commandName;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    bool m_documentLanguage = false; // addLanguageOption was called
};

} // namespace starmark
