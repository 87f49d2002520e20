#include "CommandLine.h"

#include "ShareLocation.h"

#include "criteria/Translator.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace starmark {

CommandLine::CommandLine(QStringList arguments, QString commandName)
    : m_arguments(std::move(arguments))
    , m_commandName(std::move(commandName))
    , m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(m_commandName);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

namespace {

const QString languageName = QStringLiteral("lang");

// The value of a --lang (or -lang, --lang=V) at `i`, with the number of arguments it takes; 0 when there is none.
int languageAt(const QStringList& arguments, qsizetype i, QString* value)
{
    const QString& a = arguments.at(i);
    for (const QString& flag : {QStringLiteral("--lang"), QStringLiteral("-lang")}) {
        if (a == flag) {
            *value = arguments.value(i + 1);
            return i + 1 < arguments.size() ? 2 : 1;
        }
        if (a.startsWith(flag + QLatin1Char('='))) {
            *value = a.mid(flag.size() + 1);
            return 1;
        }
    }
    return 0;
}

} // namespace

std::optional<int> CommandLine::installLanguage(const QStringList& arguments)
{
    Translator::install(languageFromEnvironment());
    std::optional<QString> given;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        QString value;
        if (const int taken = languageAt(arguments, i, &value)) {
            given = value;
            i += taken - 1;
        }
    }
    if (!given)
        return std::nullopt;
    if (const std::optional<Language> language = languageFromCode(*given); language && given->size() == 2) {
        Translator::install(*language);
        return std::nullopt;
    }
    return usageError(QStringLiteral("starmark"),
        Problem::unusable(QStringLiteral("usage.bad-language"), Message("CommandLine", "--lang takes ja or en, not '%1'").arg(*given)));
}

QStringList CommandLine::commandFirst(QStringList arguments)
{
    QStringList leading;
    QString value;
    while (!arguments.isEmpty()) {
        const int taken = languageAt(arguments, 0, &value);
        if (taken == 0)
            break;
        leading << arguments.mid(0, taken);
        arguments.remove(0, taken);
    }
    if (!arguments.isEmpty())
        arguments = arguments.mid(0, 1) + leading + arguments.mid(1);
    return arguments;
}

std::optional<int> CommandLine::parse(int minPositional, int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    m_parser.addOption(help);
    // Read by installLanguage before any command runs; declared here so that every command takes it.
    if (!m_documentLanguage) {
        m_parser.addOption(QCommandLineOption(languageName,
            tr("The language of messages: ja or en (default: from LC_ALL, LC_MESSAGES or LANG)."), QStringLiteral("ja|en")));
    }
    if (!m_parser.parse(m_arguments))
        return usageError(m_commandName, Problem::unusable(QStringLiteral("usage.bad-option"), Message::plain(m_parser.errorText())));
    if (m_parser.isSet(help)) {
        m_out << m_parser.helpText().replace(QStringLiteral("Usage: starmark"), QStringLiteral("Usage: ") + m_commandName);
        return ExitOk;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(m_commandName, Problem::unusable(QStringLiteral("usage.missing-argument"), Message("CommandLine", "missing argument")));
    if (maxPositional >= 0 && count > maxPositional) {
        return usageError(m_commandName,
            Problem::unusable(QStringLiteral("usage.unexpected-argument"),
                Message("CommandLine", "unexpected argument '%1'").arg(m_parser.positionalArguments().at(maxPositional))));
    }
    return std::nullopt;
}

namespace {
const QString catalogsName = QStringLiteral("catalogs");
const QString trustName = QStringLiteral("trust");
} // namespace

void CommandLine::addTrustOption(const QString& whatFor)
{
    m_parser.addOption(QCommandLineOption(trustName,
        tr("%1: a CA certificate (PEM), a trust.yaml or a trust folder; repeatable. Default: the trust store (%2).")
            .arg(whatFor, TrustAnchors::storeFolders().join(QStringLiteral(", "))),
        QStringLiteral("CA.pem")));
}

std::optional<TrustAnchors> CommandLine::trustAnchors()
{
    QString problem;
    std::optional<TrustAnchors> anchors = TrustAnchors::load(m_parser.values(trustName), &problem);
    if (!anchors)
        m_err << tr("error: ") << problem << QLatin1Char('\n');
    return anchors;
}

QString CommandLine::trustHint()
{
    return tr("give --trust CA.pem (the CA the signers' certificates chain to), or put it in %1")
        .arg(TrustAnchors::storeFolders().join(QStringLiteral(" or ")));
}

void CommandLine::addLanguageOption()
{
    m_parser.addOption(QCommandLineOption(
        languageName, tr("Language of the document and the messages: ja (default) or en."), QStringLiteral("ja|en"), QStringLiteral("ja")));
    m_documentLanguage = true;
}

std::optional<Language> CommandLine::language()
{
    const std::optional<Language> language = languageFromCode(m_parser.value(languageName));
    if (!language) {
        usageError(m_commandName,
            Problem::unusable(QStringLiteral("usage.bad-language"),
                Message("CommandLine", "--lang takes ja or en, not '%1'").arg(m_parser.value(languageName))));
    }
    return language;
}

void CommandLine::addCatalogsOption()
{
    m_parser.addOption(QCommandLineOption(catalogsName, tr("Read catalogs from DIR instead of the shipped ones (repeatable)."), QStringLiteral("DIR")));
}

QStringList CommandLine::catalogFolders() const
{
    const QStringList given = m_parser.values(catalogsName);
    return given.isEmpty() ? ShareLocation::catalogFolders() : given;
}

int CommandLine::dispatch(const QString& group, const QMap<QString, Subcommand>& subcommands, const QStringList& arguments)
{
    const QStringList ordered = commandFirst(arguments);
    const QString name = ordered.value(0);
    if (const Subcommand subcommand = subcommands.value(name))
        return subcommand(QStringList{QStringLiteral("starmark")} + ordered.mid(1));
    const QString names = QStringList(subcommands.keys()).join(QStringLiteral(", "));
    if (name.isEmpty() || name.startsWith(QLatin1Char('-')))
        return usageError(group,
            Problem::unusable(QStringLiteral("usage.missing-subcommand"), Message("CommandLine", "missing subcommand; use %1").arg(names)));
    return usageError(group,
        Problem::unusable(
            QStringLiteral("usage.unknown-subcommand"), Message("CommandLine", "unknown subcommand '%1'; use %2").arg(name).arg(names)));
}

void CommandLine::prepareHeadlessGui()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt warns on every run without one; a private folder of our own is what it would make.
        const QString runtime = QDir::tempPath() + QStringLiteral("/starmark-runtime-%1").arg(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
}

QString CommandLine::currentUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

int CommandLine::usageError(const QString& message)
{
    m_err.flush();
    return usageError(m_commandName, Problem::unusable(QStringLiteral("usage.invalid"), Message::plain(message)));
}

int CommandLine::usageError(const QString& command, const Problem& problem)
{
    QTextStream err(stderr);
    err << command << QStringLiteral(": ") << problem.message.text() << QStringLiteral("; ") << tr("see '%1 --help'").arg(command)
        << QLatin1Char('\n');
    return ExitUsage;
}

int CommandLine::report(const Problems& problems)
{
    for (const Problem& p : problems) {
        m_err << (p.severity == Problem::Severity::Warning ? tr("warning: ") : tr("error: ")) << p.toString();
        if (const QString fix = hint(p); !fix.isEmpty())
            m_err << QStringLiteral("; ") << fix;
        m_err << QLatin1Char('\n');
    }
    m_err.flush();
    if (hasUnusable(problems))
        return ExitUsage;
    return hasErrors(problems) ? ExitInvalid : ExitOk;
}

QString CommandLine::hint(const Problem& problem)
{
    const QString& code = problem.code;
    if (code == QLatin1String("file.missing"))
        return tr("check the path");
    if (code == QLatin1String("file.is-folder"))
        return tr("name a file, or pass the folder to 'starmark catalog validate'");
    if (code == QLatin1String("file.not-regular") || code == QLatin1String("file.too-large"))
        return tr("name the file meant");
    if (code == QLatin1String("file.unreadable"))
        return tr("check its permissions");
    if (code == QLatin1String("yaml.not-utf8"))
        return tr("save the file as UTF-8");
    if (code == QLatin1String("yaml.syntax"))
        return tr("check the indentation, colons and quotes here");
    if (code == QLatin1String("yaml.too-many-problems"))
        return tr("fix these and run the command again");
    if (code == QLatin1String("declaration.unknown-catalog"))
        return tr("see 'starmark catalog list'");
    if (code == QLatin1String("declaration.invalid-catalog"))
        return tr("run 'starmark catalog validate' on it");
    if (code == QLatin1String("declaration.unknown-requirement"))
        return tr("check the id with 'starmark catalog show'");
    if (code == QLatin1String("declaration.self-above-star2"))
        return tr("write mode: lab");
    if (code == QLatin1String("assessment.catalog-not-installed") || code == QLatin1String("assessment.catalog-not-valid"))
        return tr("pass --catalogs with the folder that holds it");
    if (code == QLatin1String("checklist.not-a-workbook"))
        return tr("save it from the spreadsheet as an Excel workbook (.xlsx), or export a fresh one with 'starmark checklist export'");
    if (code == QLatin1String("assessment.unknown-key"))
        return tr("see 'starmark assess set --help'");
    if (code == QLatin1String("assessment.old-format"))
        return tr("upgrade it with 'starmark assess upgrade %1' (the trail then records the state as found)").arg(problem.where.file);
    if (code == QLatin1String("assessment.export-folder-not-empty"))
        return tr("give -o a new or empty folder");
    if (code == QLatin1String("tool.missing"))
        return tr("install the Debian package named (apt-get install)");
    if (code == QLatin1String("tool.remote-target"))
        return tr("add --allow-remote when that machine is yours to test");
    if (code == QLatin1String("tool.assessment-locked"))
        return tr("start a new revision with 'starmark assess revise'");
    if (code == QLatin1String("tool.override-agrees"))
        return tr("take the proposals with 'starmark tool accept'");
    if (code == QLatin1String("tool.override-without-rationale"))
        return tr("say why with --rationale TEXT");
    if (code == QLatin1String("tool.no-proposal") || code == QLatin1String("tool.unknown-requirement"))
        return tr("'starmark assess status' lists the proposals");
    if (code == QLatin1String("tool.timed-out"))
        return tr("give it longer with --timeout SECONDS");
    if (code == QLatin1String("lockout.no-answer"))
        return tr("check --url, or give --request-timeout more");
    if (code == QLatin1String("lockout.too-many-words"))
        return tr("keep at most 50 passwords in the --wordlist");
    if (code == QLatin1String("lockout.right-password-refused"))
        return tr("check --password-file, --user and --auth, or wait until the account is unlocked");
    if (code == QLatin1String("lockout.form-incomplete"))
        return tr("give --failure-text, and --user-field and --password-field when they are not username and password");
    if (code == QLatin1String("tool.unknown-format") || code == QLatin1String("tool.wrong-format"))
        return tr("give the tool's own output file (nmap -oX, sslscan --xml=, testssl.sh --jsonfile, ssh-audit -j, a CycloneDX, SPDX or osv-scanner JSON)");
    if (code == QLatin1String("tool.format-mismatch"))
        return tr("drop --format, or name the file meant");
    if (code == QLatin1String("tool.xml-truncated") || code == QLatin1String("tool.json-truncated"))
        return tr("let the tool finish, then import its output again");
    if (code == QLatin1String("tool.no-requirement"))
        return tr("import it into an assessment whose catalogs have the requirement, or pass --rules");
    if (code == QLatin1String("registry.location-invalid"))
        return tr("check --db");
    if (code == QLatin1String("registry.driver-missing"))
        return tr("install the Debian package named");
    if (code == QLatin1String("registry.schema-newer"))
        return tr("upgrade StarMark");
    if (code == QLatin1String("registry.page-unreadable"))
        return tr("reinstall StarMark or set $STARMARK_SHARE");
    if (code == QLatin1String("registry.no-staff-token"))
        return tr("see 'starmark serve tokens'");
    if (code == QLatin1String("registry.revocations-stale") || code == QLatin1String("registry.revocations-rolled-back"))
        return tr("fetch the current list from the registry (GET /api/v1/revocations)");
    if (code == QLatin1String("registry.signed-by-other-key"))
        return tr("check --trust: the file must come from the label's own registry");
    if (code == QLatin1String("surveillance.no-date"))
        return tr("--as-of takes a date, YYYY-MM-DD");
    if (code == QLatin1String("surveillance.no-catalog"))
        return tr("pass --catalogs");
    if (code == QLatin1String("surveillance.unknown-requirement"))
        return tr("check the id with 'starmark catalog show'");
    if (code == QLatin1String("surveillance.plan-from-elsewhere"))
        return tr("is --db the registry the plan was drawn from?");
    if (code == QLatin1String("surveillance.reported-not-in-population"))
        return tr("check the registration number of --reported");
    if (code == QLatin1String("timestamp.not-trusted"))
        return tr("give the CA of the time-stamp authority with --trust, or use a TSA you trust; nothing was written");
    if (code.startsWith(QLatin1String("timestamp.")))
        return tr("check the --tsa URL and that the time-stamp authority runs; nothing was written");
    if (code == QLatin1String("tsa.not-timestamping"))
        return tr("give a certificate issued for time-stamping (starmark keys demo-pki writes tsa.pem)");
    if (code == QLatin1String("ltv.no-revocation-data"))
        return tr("start the OCSP responder or CRL server the certificate names, or give the data with --ocsp-response FILE or --crl FILE");
    if (code == QLatin1String("ltv.certificate-revoked"))
        return tr("sign with a certificate that is not revoked; nothing was written");
    if (code == QLatin1String("ltv.file-unreadable"))
        return tr("--ocsp-response takes an OCSP response (DER), --crl a CRL (DER or PEM)");
    if (code == QLatin1String("ltv.issuer-missing"))
        return tr("give the issuer certificates with --chain");
    return {};
}

bool CommandLine::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    m_err << tr("error: cannot write %1 (%2); nothing was written").arg(path, out.errorString()) << QLatin1Char('\n');
    return false;
}

} // namespace starmark
