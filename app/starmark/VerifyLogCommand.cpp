#include "VerifyLogCommand.h"

#include "CommandLine.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "labels/IssuerKey.h"
#include "labels/registry/LogProof.h"
#include "labels/registry/SignedTreeHead.h"

namespace starmark {

int VerifyLogCommand::run(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark verify-log"));
    const QCommandLineOption trustOption(QStringLiteral("trust"), tr("The registry's label-issuer public key or certificate (PEM)."),
        QStringLiteral("ISSUER.pem"));
    const QCommandLineOption sthOption(QStringLiteral("sth"), tr("A signed tree head (GET /api/v1/log/sth)."), QStringLiteral("STH.json"));
    const QCommandLineOption inclusionOption(QStringLiteral("inclusion"),
        tr("An inclusion proof for a tree of the size of --sth (GET /api/v1/log/proof/inclusion)."), QStringLiteral("PROOF.json"));
    const QCommandLineOption oldOption(
        QStringLiteral("old-sth"), tr("A signed tree head kept from before, which --sth must extend."), QStringLiteral("OLD.json"));
    const QCommandLineOption consistencyOption(QStringLiteral("consistency"),
        tr("The consistency proof from --old-sth to --sth (GET /api/v1/log/proof/consistency)."), QStringLiteral("PROOF.json"));
    cli.parser().addOptions({trustOption, sthOption, inclusionOption, oldOption, consistencyOption});
    if (auto done = cli.parse(0, 0))
        return *done;
    const QCommandLineParser& p = cli.parser();
    if (!p.isSet(trustOption) || !p.isSet(sthOption))
        return cli.usageError(tr("give --trust ISSUER.pem and --sth STH.json"));
    if (p.isSet(oldOption) != p.isSet(consistencyOption))
        return cli.usageError(tr("--old-sth and --consistency go together"));
    QString problem;
    const std::optional<IssuerKey> key = IssuerKey::load(p.value(trustOption), &problem);
    if (!key)
        return cli.usageError(problem);
    const auto read = [&](const QString& path) { return InputFile::read(path, InputLimits::jsonBytes); };
    const auto head = [&](const QString& path) -> Result<SignedTreeHead> {
        const Result<QByteArray> bytes = read(path);
        if (!bytes)
            return bytes.problems();
        return SignedTreeHead::read(*bytes, *key, path);
    };

    const Result<SignedTreeHead> sth = head(p.value(sthOption));
    if (!sth)
        return cli.report(sth.problems());
    cli.out() << tr("tree head %1: %2 entries, root %3, signed %4\n")
                     .arg(p.value(sthOption))
                     .arg(sth->treeSize())
                     .arg(QString::fromLatin1(sth->rootHash().toHex()), sth->timestamp().toString(Qt::ISODateWithMs));
    Problems problems;
    if (p.isSet(inclusionOption)) {
        const QString file = p.value(inclusionOption);
        const Result<QByteArray> bytes = read(file);
        if (!bytes)
            return cli.report(bytes.problems());
        const Result<QJsonObject> entry = LogProof::checkInclusion(*bytes, *sth, file);
        if (entry)
            cli.out() << tr("entry: %1 of %2 (%3) is in the tree\n")
                             .arg(entry->value(QStringLiteral("action")).toString(), entry->value(QStringLiteral("registration")).toString(),
                                 entry->value(QStringLiteral("at")).toString());
        problems += entry.problems();
    }
    if (p.isSet(consistencyOption)) {
        const Result<SignedTreeHead> old = head(p.value(oldOption));
        if (!old)
            return cli.report(old.problems());
        const QString file = p.value(consistencyOption);
        const Result<QByteArray> bytes = read(file);
        if (!bytes)
            return cli.report(bytes.problems());
        const Result<void> consistent = LogProof::checkConsistency(*bytes, *old, *sth, file);
        if (consistent)
            cli.out() << tr("consistency: the tree of %1 entries extends the one of %2 (%3): nothing in it was rewritten or removed\n")
                             .arg(sth->treeSize())
                             .arg(old->treeSize())
                             .arg(p.value(oldOption));
        problems += consistent.problems();
    }
    cli.out().flush();
    return cli.report(problems);
}

} // namespace starmark
