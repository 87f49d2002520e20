#include "AssessStatus.h"

#include "AssessCommand.h"
#include "CommandLine.h"
#include "ShareLocation.h"

#include "criteria/CatalogChain.h"
#include "criteria/Translator.h"
#include "evaluators/AssessmentJson.h"
#include "evaluators/Outcome.h"
#include "evaluators/PstiRoute.h"
#include "evaluators/tools/ToolRunProposals.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace starmark {
namespace {

QJsonArray proposalsJson(const QList<ToolRunProposals::Entry>& entries, const Assessment& a, Language language)
{
    QJsonArray list;
    for (const ToolRunProposals::Entry& e : entries) {
        const ToolProposal& p = e.proposal;
        QJsonObject json{{QStringLiteral("requirement"), p.requirement}, {QStringLiteral("proposed"), termName<Verdict>(verdicts, p.verdict)},
            {QStringLiteral("verdict"), termName<Verdict>(verdicts, e.verdict)}, {QStringLiteral("rule"), p.rule},
            {QStringLiteral("rules_version"), p.rulesVersion}, {QStringLiteral("rules_digest"), QString::fromLatin1(p.rulesDigest)},
            {QStringLiteral("tool"), p.tool}, {QStringLiteral("tool_version"), p.toolVersion},
            {QStringLiteral("evidence"), QString::fromLatin1(p.evidence)}, {QStringLiteral("finding"), p.finding.text(language)},
            {QStringLiteral("decision"), termName<ToolRunProposals::Decision>(ToolRunProposals::decisions, e.decision)}};
        if (e.decision == ToolRunProposals::Decision::Overridden)
            json.insert(QStringLiteral("rationale"), a.results.value(p.requirement).rationale);
        list.append(json);
    }
    return list;
}

} // namespace

int AssessStatus::run(const QStringList& arguments)
{
    CommandLine cli(arguments, QStringLiteral("starmark assess status"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON for machines."));
    cli.addCatalogsOption();
    cli.addLanguageOption();
    cli.parser().addOption(jsonOption);
    cli.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The *.starmark file."));
    if (auto done = cli.parse(1, 1))
        return *done;
    // The locale's language unless --lang says otherwise.
    if (cli.parser().isSet(QStringLiteral("lang"))) {
        const std::optional<Language> chosen = cli.language();
        if (!chosen)
            return ExitUsage;
        Translator::install(*chosen);
    }
    const Language language = Translator::installed();
    const CatalogLibrary library = CatalogLibrary::load(cli.catalogFolders());
    int code = ExitOk;
    const std::optional<OpenedAssessment> o = AssessCommand::open(cli, library, AssessmentFile::Access::ReadOnly, &code);
    if (!o)
        return code;
    const QString path = o->file->path();
    const Assessment& a = o->assessment;
    const Outcome outcome = Outcome::of(a, o->chain);
    const PstiRoute route(o->chain);
    const AuditTrail::Verification audit = o->file->verifyAudit();
    code = outcome.achieved >= outcome.target ? ExitOk : ExitInvalid;
    // The tool runs' proposals, derived again from their stored outputs and the shipped rules.
    QList<ToolRunProposals::Entry> proposals;
    if (!a.toolRuns.isEmpty()) {
        const Result<ToolRules> rules = ToolRules::load(ShareLocation::root() + QStringLiteral("/tool-rules/jc-star.yaml"));
        Result<QList<ToolRunProposals::Entry>> derived
            = rules ? ToolRunProposals::derive(*o->file, a, *rules) : Result<QList<ToolRunProposals::Entry>>(rules.problems());
        if (!derived)
            return cli.report(derived.problems());
        proposals = derived.take();
    }

    QTextStream& out = cli.out();
    if (cli.parser().isSet(jsonOption)) {
        QJsonObject json{{QStringLiteral("file"), path}, {QStringLiteral("assessment"), AssessmentJson::toJson(a)},
            {QStringLiteral("outcome"), AssessmentJson::toJson(outcome)},
            {QStringLiteral("proposals"), proposalsJson(proposals, a, language)},
            {QStringLiteral("audit"),
                QJsonObject{{QStringLiteral("intact"), audit.intact}, {QStringLiteral("entries"), int(o->file->auditEntries().size())}}}};
        if (route.exists()) {
            json.insert(QStringLiteral("psti_route"), QJsonObject{{QStringLiteral("applies"), route.applies(a)},
                                                          {QStringLiteral("covers"), QJsonArray::fromStringList(route.covered())}});
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        out.flush();
        return code;
    }
    const Product& p = a.product;
    out << tr("%1 — %2 ★%3 (%4), revision %5\n")
               .arg(QFileInfo(path).fileName(), a.mode == Assessment::Mode::Lab ? tr("lab evaluation") : tr("self-declaration"),
                   QString::number(a.level), a.catalog, QString::number(a.revision));
    out << tr("Product: %1 %2 %3, firmware %4, support until %5\n")
               .arg(p.manufacturer.in(language), p.name.in(language), p.model, p.firmware, p.supportUntil.toString(Qt::ISODate));
    out << (p.neededInterfaces.isEmpty() ? tr("Needed interfaces: none listed\n")
                                         : tr("Needed interfaces: %1\n").arg(p.neededInterfaces.join(QStringLiteral(", "))));
    out << tr("Evaluator: %1").arg(a.evaluator.name);
    if (a.signOff)
        out << tr("; signed off by %1 %2 (locked)").arg(a.signOff->reviewer, a.signOff->at.toString(Qt::ISODate));
    out << QLatin1Char('\n');
    out << tr("Level achieved: %1 / target ★%2\n")
               .arg(outcome.achieved ? QStringLiteral("★%1").arg(outcome.achieved) : tr("none"), QString::number(outcome.target));
    QStringList counts;
    for (const Term<Verdict>& t : verdicts)
        counts << QStringLiteral("%1 %2").arg(QLatin1String(t.name.data(), qsizetype(t.name.size()))).arg(outcome.counts.value(t.value));
    out << tr("Verdicts: %1").arg(counts.join(QStringLiteral(", ")));
    if (outcome.recheck)
        out << tr(", to re-check %1").arg(outcome.recheck);
    out << QLatin1Char('\n');
    if (route.applies(a))
        out << tr("UK PSTI route: %1 covered by the PSTI statement of compliance\n").arg(route.covered().join(QStringLiteral(", ")));
    if (!outcome.gaps.isEmpty()) {
        out << tr("Blocking ★%1:\n").arg(outcome.achieved + 1);
        for (const Outcome::Gap& g : outcome.gaps) {
            const Requirement* r = CatalogChain::requirement(o->chain, g.requirement);
            out << QStringLiteral("  %1  %2  [%3%4]\n")
                       .arg(g.requirement, r ? r->title.in(language) : QString(), termName<Verdict>(verdicts, g.verdict),
                           g.recheck ? tr(", re-check") : QString());
        }
    }
    if (!outcome.unanswered.isEmpty())
        out << tr("Unanswered questions: %1\n").arg(outcome.unanswered.join(QStringLiteral(", ")));
    if (!proposals.isEmpty())
        out << tr("Proposals of the tools (a proposal changes no verdict):\n");
    for (const ToolRunProposals::Entry& e : std::as_const(proposals)) {
        const ToolProposal& p = e.proposal;
        out << QStringLiteral("  %1  %2 (%3 %4)  %5\n").arg(p.requirement, termName<Verdict>(verdicts, p.verdict),
            tr("verdict"), termName<Verdict>(verdicts, e.verdict), p.finding.text(language));
        out << QStringLiteral("      ") << tr("rule %1 (%2), %3 %4, evidence %5").arg(p.rule, p.rulesVersion, p.tool, p.toolVersion,
            QString::fromLatin1(p.evidence.left(12))) << QLatin1Char('\n');
        out << QStringLiteral("      ");
        switch (e.decision) {
        case ToolRunProposals::Decision::Open:
            out << tr("open: neither accepted nor overridden");
            break;
        case ToolRunProposals::Decision::Accepted:
            out << tr("accepted by the evaluator");
            break;
        case ToolRunProposals::Decision::Overridden:
            out << tr("overridden by the evaluator: %1").arg(a.results.value(p.requirement).rationale);
            break;
        }
        out << QLatin1Char('\n');
    }
    out << (audit.intact ? tr("Audit trail: intact\n") : tr("Audit trail: BROKEN — %1\n").arg(audit.problem));
    out.flush();
    return code;
}

} // namespace starmark
