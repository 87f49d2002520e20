#include "reports/ReportProposals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace starmark {
namespace {

QString safe(const QString& text, const QString& otherwise)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9-]+"));
    const QString cleaned = text.toLower().replace(unsafe, QStringLiteral("-")).left(32);
    return cleaned.isEmpty() ? otherwise : cleaned;
}

} // namespace

QString ReportProposals::outputName(const Assessment::ToolRun& run)
{
    return QStringLiteral("tool-%1-%2.%3")
        .arg(safe(run.tool, QStringLiteral("tool")), QString::fromLatin1(run.sha256), safe(run.evidence.section(u'.', -1), QStringLiteral("out")));
}

QByteArray ReportProposals::toJson(const ToolRules& rules, const QList<ToolReview::Reviewed>& reviewed)
{
    QJsonArray list;
    for (const ToolReview::Reviewed& r : reviewed) {
        const ToolProposal& p = r.proposal;
        list.append(QJsonObject{{QStringLiteral("requirement"), p.requirement},
            {QStringLiteral("proposed"), termName<Verdict>(verdicts, p.verdict)}, {QStringLiteral("rule"), p.rule},
            {QStringLiteral("rules_version"), p.rulesVersion}, {QStringLiteral("rules_digest"), QString::fromLatin1(p.rulesDigest)},
            {QStringLiteral("tool"), p.tool}, {QStringLiteral("tool_version"), p.toolVersion},
            {QStringLiteral("evidence"), QString::fromLatin1(p.evidence)}, {QStringLiteral("finding"), p.finding.text(Language::English)},
            {QStringLiteral("verdict"), termName<Verdict>(verdicts, r.verdict)},
            {QStringLiteral("status"), termName<ToolReview::Status>(ToolReview::statuses, r.status)},
            {QStringLiteral("recorded_override"), r.recorded}});
    }
    const QJsonObject json{{QStringLiteral("format"), QLatin1String(format)},
        {QStringLiteral("rules"),
            QJsonObject{{QStringLiteral("id"), rules.id}, {QStringLiteral("version"), rules.version},
                {QStringLiteral("digest"), QString::fromLatin1(rules.digest)}}},
        {QStringLiteral("proposals"), list}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<ReportProposals> ReportProposals::fromJson(const QByteArray& json)
{
    const Problem malformed = Problem::invalid(QStringLiteral("report.content-malformed"),
        Message("ReportContent", "%1 was signed, but it is not a record StarMark writes").arg(QString::fromLatin1(attachmentName)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject object = document.object();
    if (error.error != QJsonParseError::NoError || object.value(QStringLiteral("format")).toString() != QLatin1String(format))
        return malformed;
    ReportProposals out;
    const QJsonObject rules = object.value(QStringLiteral("rules")).toObject();
    out.rulesId = rules.value(QStringLiteral("id")).toString();
    out.rulesVersion = rules.value(QStringLiteral("version")).toString();
    out.rulesDigest = rules.value(QStringLiteral("digest")).toString().toLatin1();
    for (const QJsonValue& value : object.value(QStringLiteral("proposals")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
        const std::optional<Verdict> proposed = termFromName<Verdict>(verdicts, text("proposed").toStdString());
        const std::optional<Verdict> verdict = termFromName<Verdict>(verdicts, text("verdict").toStdString());
        const std::optional<ToolReview::Status> status = termFromName<ToolReview::Status>(ToolReview::statuses, text("status").toStdString());
        if (!proposed || !verdict || !status || text("requirement").isEmpty())
            return malformed;
        ToolReview::Reviewed r;
        r.proposal = {text("requirement"), *proposed, text("rule"), text("rules_version"), text("rules_digest").toLatin1(), text("tool"),
            text("tool_version"), text("evidence").toLatin1(), Message::plain(text("finding"))};
        r.verdict = *verdict;
        r.status = *status;
        r.recorded = o.value(QStringLiteral("recorded_override")).toBool();
        out.proposals.append(std::move(r));
    }
    return out;
}

} // namespace starmark
