#include "AssessAudit.h"

#include "AssessCommand.h"
#include "CommandLine.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace starmark {

int AssessAudit::run(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess audit"));
    const QCommandLineOption againstOption(QStringLiteral("against"),
        QStringLiteral("A signed report made from this file: its recorded trail head must still be in the trail."),
        QStringLiteral("REPORT.pdf"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON for machines."));
    cli.parser().addOptions({jsonOption, againstOption});
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file."));
    if (auto done = cli.parse(1, 1))
        return *done;
    QString error;
    const QString path = cli.parser().positionalArguments().constFirst();
    std::unique_ptr<AssessmentFile> file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, &error);
    if (!file)
        return AssessCommand::report(cli, {Problem::unusable(QStringLiteral("assessment.cannot-open"), Message::plain(error))});
    const QList<AuditTrail::Entry> entries = file->auditEntries();
    AuditTrail::Verification v = file->verifyAudit();
    // The trail records each blob by its SHA-256; the content behind it is checked here.
    if (v.intact) {
        if (const QString damage = file->evidenceDamage(); !damage.isEmpty())
            v = {false, 0, damage};
    }
    // A trail rewritten whole, every hash recomputed, verifies on its own; the head a
    // signed report recorded does not survive the rewrite.
    if (cli.parser().isSet(againstOption)) {
        const QString reportPath = cli.parser().value(againstOption);
        QString unreadable;
        const std::optional<QByteArray> report = InputFile::read(reportPath, InputLimits::reportBytes, &unreadable);
        if (!report)
            return cli.usageError(QStringLiteral("%1: %2").arg(reportPath, unreadable));
        // Whose signature it is does not matter here, only that the report is intact.
        const ReportVerifier::Result signedReport = ReportVerifier::verify(*report, TrustAnchors(), KnownDigests(), Clock::system().now());
        if (signedReport.verdict != ReportVerifier::Result::Verdict::NoTrustAnchor) {
            cli.err()
                << tr("error: %1 is not a valid signed report: %2\n").arg(reportPath, signedReport.problems.join(QStringLiteral("; ")));
            return signedReport.verdict == ReportVerifier::Result::Verdict::Unreadable ? ExitUsage : ExitInvalid;
        }
        const QByteArray head = signedReport.assessment.value(QStringLiteral("audit_head")).toString().toLatin1();
        const bool present = std::any_of(entries.begin(), entries.end(), [&](const AuditTrail::Entry& e) { return e.hash == head; });
        if (v.intact && !present) {
            v = {false, 0,
                tr("the entry %1 recorded by the signed report %2 is not in the trail: the trail was rewritten after the "
                   "report was signed")
                    .arg(QString::fromLatin1(head.left(16)), reportPath)};
        }
    }
    if (cli.parser().isSet(jsonOption)) {
        QJsonArray list;
        for (const AuditTrail::Entry& e : entries) {
            list.append(QJsonObject{{QStringLiteral("seq"), e.seq}, {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("who"), e.who}, {QStringLiteral("action"), e.action}, {QStringLiteral("target"), e.target},
                {QStringLiteral("old"), e.oldValue}, {QStringLiteral("new"), e.newValue},
                {QStringLiteral("hash"), QString::fromLatin1(e.hash)}});
        }
        cli.out() << QJsonDocument(QJsonObject{{QStringLiteral("intact"), v.intact}, {QStringLiteral("problem"), v.problem},
                                       {QStringLiteral("first_broken"), v.firstBroken}, {QStringLiteral("entries"), list}})
                         .toJson(QJsonDocument::Indented);
    } else {
        for (const AuditTrail::Entry& e : entries) {
            const QString change = e.oldValue.isEmpty() ? e.newValue : QStringLiteral("%1 → %2").arg(e.oldValue, e.newValue);
            cli.out() << QStringLiteral("%1  %2  %3  %4 %5: %6\n")
                             .arg(e.seq, 4)
                             .arg(e.at.toString(Qt::ISODate), e.who, e.action, e.target, change.left(120));
        }
        cli.out() << (v.intact  ? tr("audit trail intact: %1 entries, each chained to the one before\n").arg(entries.size())
                : v.firstBroken ? tr("AUDIT TRAIL BROKEN at entry %1: %2\n").arg(QString::number(v.firstBroken), v.problem)
                                : tr("AUDIT TRAIL BROKEN: %1\n").arg(v.problem));
    }
    cli.out().flush();
    return v.intact ? ExitOk : ExitInvalid;
}

} // namespace starmark
