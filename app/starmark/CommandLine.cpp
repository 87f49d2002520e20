#include "CommandLine.h"

#include "ShareLocation.h"

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

std::optional<int> CommandLine::parse(int minPositional, int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    m_parser.addOption(help);
    if (!m_parser.parse(m_arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(help)) {
        m_out << m_parser.helpText().replace(QStringLiteral("Usage: starmark"), QStringLiteral("Usage: ") + m_commandName);
        return ExitOk;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(QStringLiteral("missing argument"));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(QStringLiteral("unexpected argument '%1'").arg(m_parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

namespace {
const QCommandLineOption catalogsOption(
    QStringLiteral("catalogs"), QStringLiteral("Read catalogs from DIR instead of the shipped ones (repeatable)."), QStringLiteral("DIR"));
const QString trustName = QStringLiteral("trust");
} // namespace

void CommandLine::addTrustOption(const QString& whatFor)
{
    m_parser.addOption(QCommandLineOption(trustName,
        QStringLiteral("%1: a CA certificate (PEM), a trust.yaml or a trust folder; repeatable. Default: the trust store (%2).")
            .arg(whatFor, TrustAnchors::storeFolders().join(QStringLiteral(", "))),
        QStringLiteral("CA.pem")));
}

std::optional<TrustAnchors> CommandLine::trustAnchors()
{
    QString problem;
    std::optional<TrustAnchors> anchors = TrustAnchors::load(m_parser.values(trustName), &problem);
    if (!anchors)
        m_err << QStringLiteral("error: ") << problem << QLatin1Char('\n');
    return anchors;
}

QString CommandLine::trustHint()
{
    return QStringLiteral("give --trust CA.pem (the CA the signers' certificates chain to), or put it in %1")
        .arg(TrustAnchors::storeFolders().join(QStringLiteral(" or ")));
}

const QCommandLineOption languageOption(
    QStringLiteral("lang"), QStringLiteral("Language: ja (default) or en."), QStringLiteral("ja|en"), QStringLiteral("ja"));

void CommandLine::addLanguageOption()
{
    m_parser.addOption(languageOption);
}

std::optional<Language> CommandLine::language()
{
    const std::optional<Language> language = languageFromCode(m_parser.value(languageOption));
    if (!language)
        usageError(QStringLiteral("--lang takes ja or en, not '%1'").arg(m_parser.value(languageOption)));
    return language;
}

void CommandLine::addCatalogsOption()
{
    m_parser.addOption(catalogsOption);
}

QStringList CommandLine::catalogFolders() const
{
    const QStringList given = m_parser.values(catalogsOption);
    return given.isEmpty() ? ShareLocation::catalogFolders() : given;
}

int CommandLine::dispatch(const QString& group, const QMap<QString, Subcommand>& subcommands, const QStringList& arguments)
{
    const QString name = arguments.value(0);
    if (const Subcommand subcommand = subcommands.value(name))
        return subcommand(QStringList{QStringLiteral("starmark")} + arguments.mid(1));
    QTextStream err(stderr);
    err << group << (name.isEmpty() ? QStringLiteral(": missing subcommand") : QStringLiteral(": unknown subcommand '%1'").arg(name))
        << QStringLiteral("; use ") << QStringList(subcommands.keys()).join(QStringLiteral(", ")) << QLatin1Char('\n');
    return ExitUsage;
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
    m_err << m_commandName << QStringLiteral(": ") << message << QStringLiteral("; see '") << m_commandName << QStringLiteral(" --help'\n");
    m_err.flush();
    return ExitUsage;
}

int CommandLine::report(const Problems& problems)
{
    for (const Problem& d : problems)
        m_err << QStringLiteral("error: ") << d.toString() << QLatin1Char('\n');
    m_err.flush();
    if (problems.isEmpty())
        return ExitOk;
    return hasUnusable(problems) ? ExitUsage : ExitInvalid;
}

bool CommandLine::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit())
        return true;
    m_err << QStringLiteral("error: cannot write %1 (%2); nothing was written\n").arg(path, out.errorString());
    return false;
}

} // namespace starmark
