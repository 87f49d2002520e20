#include "reports/ReportRecheck.h"

#include "reports/ReportAttachments.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace starmark {
namespace {

// What a proposal says, and what the evaluator made of it: two that agree on this are the same proposal.
QString keyOf(const ToolReview::Reviewed& r)
{
    const ToolProposal& p = r.proposal;
    return QStringList{p.requirement, termName<Verdict>(verdicts, p.verdict), p.rule, QString::fromLatin1(p.evidence),
        p.finding.text(Language::English), termName<ToolReview::Status>(ToolReview::statuses, r.status), r.recorded ? QStringLiteral("1") : QString()}
        .join(u'\n');
}

Message described(const ToolReview::Reviewed& r)
{
    const ToolProposal& p = r.proposal;
    return Message("ReportRecheck", "%1 %2 by rule %3 (%4 %5, output %6…): %7, %8")
        .arg(Message::plain(p.requirement))
        .arg(Message::plain(termName<Verdict>(verdicts, p.verdict)))
        .arg(Message::plain(p.rule))
        .arg(Message::plain(p.tool))
        .arg(Message::plain(p.toolVersion))
        .arg(Message::plain(QString::fromLatin1(p.evidence.left(12))))
        .arg(p.finding)
        .arg(Message::plain(termName<ToolReview::Status>(ToolReview::statuses, r.status)));
}

Problem invalid(const char* code, Message message)
{
    return Problem::invalid(QString::fromLatin1(code), std::move(message), {}, QString());
}

} // namespace

ReportRecheck::Result ReportRecheck::recheck(const QByteArray& pdf, const ReportVerifier::Result& verified, const QString& rulesFolder)
{
    Result out;
    if (!verified.content || verified.content->kind == ReportContent::Kind::Surveillance)
        return out;
    const Assessment& assessment = verified.content->assessment;
    const starmark::Result<ReportAttachments> attachments = ReportAttachments::read(pdf.left(verified.authorRevisionSize));
    if (!attachments) {
        out.problems << attachments.problems();
        return out;
    }
    out.done = true;
    const QString listedName = QString::fromLatin1(ReportProposals::attachmentName);
    if (assessment.toolRuns.isEmpty()) {
        if (attachments->recorded.contains(listedName))
            out.problems << invalid("recheck.proposals-without-runs",
                Message("ReportRecheck", "the report lists tool proposals, but its assessment holds no tool output"));
        return out;
    }
    if (!attachments->recorded.contains(listedName)) {
        out.problems << invalid("recheck.proposals-missing",
            Message("ReportRecheck", "the assessment holds %1 tool outputs, and the report lists no proposals of them (no %2)")
                .arg(assessment.toolRuns.size())
                .arg(Message::plain(listedName)));
        return out;
    }
    const starmark::Result<ReportProposals> listed = ReportProposals::fromJson(attachments->attachments.value(listedName));
    if (!listed) {
        out.problems << listed.problems();
        return out;
    }
    out.rulesId = listed->rulesId;
    out.reportRulesVersion = listed->rulesVersion;
    out.reportRulesDigest = listed->rulesDigest;

    // Only a plain name: the report is the lab's, the folder is ours.
    static const QRegularExpression plainId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    const QString rulesPath = QDir(rulesFolder).filePath(listed->rulesId + QStringLiteral(".yaml"));
    if (!plainId.match(listed->rulesId).hasMatch() || !QFile::exists(rulesPath)) {
        out.problems << invalid("recheck.rules-unknown",
            Message("ReportRecheck", "the report's proposals name the rules \"%1\", which are no rules StarMark ships").arg(Message::plain(listed->rulesId)));
        return out;
    }
    const starmark::Result<ToolRules> shipped = ToolRules::load(rulesPath);
    if (!shipped) {
        // Our own rules, not the report's: nothing can be said of the report without them.
        for (Problem p : shipped.problems()) {
            p.severity = Problem::Severity::Unusable;
            out.problems << p;
        }
        return out;
    }
    out.shippedRulesVersion = shipped->version;
    out.shippedRulesDigest = shipped->digest;
    if (listed->rulesDigest != shipped->digest)
        out.problems << Problem::warning(QStringLiteral("recheck.rules-differ"),
            Message("ReportRecheck", "the report's proposals came from the rules %1 version %2 (SHA-256 %3…), the shipped ones are version %4 (SHA-256 %5…): the proposals are derived again with the shipped rules")
                .arg(Message::plain(listed->rulesId))
                .arg(Message::plain(listed->rulesVersion))
                .arg(Message::plain(QString::fromLatin1(listed->rulesDigest.left(16))))
                .arg(Message::plain(shipped->version))
                .arg(Message::plain(QString::fromLatin1(shipped->digest.left(16)))));

    // Each output as signed, checked against the hash its run records, then read as the importers read any file.
    QTemporaryDir dir;
    bool outputsHold = true;
    for (const Assessment::ToolRun& run : assessment.toolRuns) {
        const QString name = ReportProposals::outputName(run);
        if (!attachments->attachments.contains(name)) {
            out.problems << invalid("recheck.output-missing",
                Message("ReportRecheck", "the output of %1 (%2) is not inside the report as %3")
                    .arg(Message::plain(run.tool))
                    .arg(Message::plain(run.evidence))
                    .arg(Message::plain(name)));
            outputsHold = false;
            continue;
        }
        const QByteArray& bytes = attachments->attachments[name];
        if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != run.sha256) {
            out.problems << invalid("recheck.output-altered",
                Message("ReportRecheck", "%1 inside the report is not the output of %2 its tool run records (SHA-256 %3…)")
                    .arg(Message::plain(name))
                    .arg(Message::plain(run.tool))
                    .arg(Message::plain(QString::fromLatin1(run.sha256.left(16)))));
            outputsHold = false;
            continue;
        }
        QFile file(dir.filePath(QString::fromLatin1(run.sha256)));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            out.problems << Problem::unusable(QStringLiteral("recheck.cannot-write"),
                Message("ReportRecheck", "cannot write a temporary copy of %1 (%2)").arg(Message::plain(name)).arg(Message::plain(file.errorString())));
            return out;
        }
    }
    if (!outputsHold)
        return out;
    const starmark::Result<QList<ToolRunProposals::Entry>> derived = ToolRunProposals::deriveFrom(dir.path(), assessment, *shipped);
    if (!derived) {
        // An output inside the report that the importers refuse is the lab's problem, not the reader's.
        for (Problem p : derived.problems()) {
            p.severity = Problem::Severity::Invalid;
            out.problems << p;
        }
        return out;
    }
    const QList<ToolReview::Reviewed> again = ToolReview::of(assessment, *derived);
    out.derived = int(again.size());

    QStringList given;
    for (const ToolReview::Reviewed& r : again)
        given.append(keyOf(r));
    QStringList unmatched = given;
    for (const ToolReview::Reviewed& r : listed->proposals) {
        if (!unmatched.removeOne(keyOf(r)))
            out.problems << invalid("recheck.proposal-not-derived",
                Message("ReportRecheck", "the report lists a proposal its tool outputs do not give: %1").arg(described(r)));
    }
    for (const ToolReview::Reviewed& r : again) {
        if (unmatched.removeOne(keyOf(r)))
            out.problems << invalid("recheck.proposal-not-listed",
                Message("ReportRecheck", "the tool outputs inside the report give a proposal it does not list: %1").arg(described(r)));
    }
    for (const ToolReview::Reviewed& r : again) {
        if (r.status != ToolReview::Status::Overridden)
            continue;
        out.overrides.append({r.proposal, r.verdict, r.rationale, r.recorded});
        out.problems << Problem::warning(QStringLiteral("recheck.override"),
            (r.recorded ? Message("ReportRecheck", "%1: the verdict given is %2, against the tools' proposal %3 (rule %4: %5), recorded as an override; rationale: %6")
                        : Message("ReportRecheck", "%1: the verdict given is %2, against the tools' proposal %3 (rule %4: %5), not recorded as an override; rationale: %6"))
                .arg(Message::plain(r.proposal.requirement))
                .arg(Message::plain(termName<Verdict>(verdicts, r.verdict)))
                .arg(Message::plain(termName<Verdict>(verdicts, r.proposal.verdict)))
                .arg(Message::plain(r.proposal.rule))
                .arg(r.proposal.finding)
                .arg(Message::plain(r.rationale)));
    }
    return out;
}

QJsonObject ReportRecheck::toJson(const Result& r, Language language)
{
    QJsonArray overrides;
    for (const Override& o : r.overrides) {
        overrides.append(QJsonObject{{QStringLiteral("requirement"), o.proposal.requirement},
            {QStringLiteral("proposed"), termName<Verdict>(verdicts, o.proposal.verdict)}, {QStringLiteral("rule"), o.proposal.rule},
            {QStringLiteral("tool"), o.proposal.tool}, {QStringLiteral("tool_version"), o.proposal.toolVersion},
            {QStringLiteral("evidence"), QString::fromLatin1(o.proposal.evidence)},
            {QStringLiteral("finding"), o.proposal.finding.text(language)}, {QStringLiteral("verdict"), termName<Verdict>(verdicts, o.verdict)},
            {QStringLiteral("rationale"), o.rationale}, {QStringLiteral("recorded"), o.recorded}});
    }
    QJsonArray problems;
    for (const Problem& p : r.problems) {
        static const char* severities[] = {"warning", "invalid", "unusable"};
        problems.append(QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("severity"), QLatin1String(severities[int(p.severity)])},
            {QStringLiteral("message"), p.message.text(language)}});
    }
    return {{QStringLiteral("done"), r.done}, {QStringLiteral("agrees"), r.done && !hasErrors(r.problems)},
        {QStringLiteral("rules"),
            QJsonObject{{QStringLiteral("id"), r.rulesId}, {QStringLiteral("report_version"), r.reportRulesVersion},
                {QStringLiteral("report_digest"), QString::fromLatin1(r.reportRulesDigest)},
                {QStringLiteral("shipped_version"), r.shippedRulesVersion},
                {QStringLiteral("shipped_digest"), QString::fromLatin1(r.shippedRulesDigest)}}},
        {QStringLiteral("derived"), r.derived}, {QStringLiteral("overrides"), overrides}, {QStringLiteral("problems"), problems}};
}

} // namespace starmark
