#include "reports/ReportRenderer.h"

#include "evaluators/Applicability.h"
#include "evaluators/Outcome.h"
#include "evaluators/PstiRoute.h"
#include "reports/PagedPdf.h"
#include "reports/ReportHtml.h"

namespace starmark {
namespace {

using ReportHtml::esc;
using ReportHtml::field;
using ReportHtml::row;
using ReportHtml::tableStart;
using ReportHtml::Words;

QString verdictWord(const Words& w, Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return w(Message("ReportRenderer", "Pass"));
    case Verdict::Fail:
        return w(Message("ReportRenderer", "Fail"));
    case Verdict::NotApplicable:
        return w(Message("ReportRenderer", "N/A"));
    case Verdict::NotAssessed:
        return w(Message("ReportRenderer", "Not assessed"));
    }
    return {};
}

QString testVerdictWord(const Words& w, TestVerdict v)
{
    switch (v) {
    case TestVerdict::Pass:
        return w(Message("ReportRenderer", "Pass", "test case"));
    case TestVerdict::Fail:
        return w(Message("ReportRenderer", "Fail", "test case"));
    case TestVerdict::Inconclusive:
        return w(Message("ReportRenderer", "Inconclusive"));
    }
    return {};
}

class Builder {
public:
    explicit Builder(const ReportRenderer::Input& in)
        : m_in(in)
        , m_a(*in.assessment)
        , m_w{in.language}
        , m_outcome(Outcome::of(m_a, in.chain))
    {
    }

    QString build()
    {
        const bool lab = ReportRenderer::kindFor(m_a) == ReportRenderer::Kind::EvaluationReport;
        QString html = QStringLiteral("<html><body style=\"font-size:9pt\">");
        html += lab ? evaluationReport() : declaration();
        html += QStringLiteral("</body></html>");
        return html;
    }

private:
    QString title() const
    {
        const bool lab = ReportRenderer::kindFor(m_a) == ReportRenderer::Kind::EvaluationReport;
        return lab ? m_w(Message("ReportRenderer", "Conformity Evaluation Report")) : m_w(Message("ReportRenderer", "Declaration of Conformity"));
    }

    QString stars(int level) const { return level > 0 ? QStringLiteral("★%1").arg(level) : m_w(Message("ReportRenderer", "none")); }

    QString productTable() const
    {
        const Product& p = m_a.product;
        QString html = QString::fromLatin1(tableStart);
        html += field(m_w(Message("ReportRenderer", "Manufacturer")), esc(p.manufacturer.in(m_in.language)));
        html += field(m_w(Message("ReportRenderer", "Product", "field")), esc(p.name.in(m_in.language)));
        html += field(modelsLabel(p.models(), m_w), models(p.models(), m_w));
        html += field(m_w(Message("ReportRenderer", "Firmware assessed")), esc(p.firmware));
        if (!p.hardware.isEmpty())
            html += field(m_w(Message("ReportRenderer", "Hardware revision")), esc(p.hardware));
        html += field(m_w(Message("ReportRenderer", "Released")), p.released.toString(Qt::ISODate));
        html += field(m_w(Message("ReportRenderer", "Security updates until")),
            p.supportUntil.toString(Qt::ISODate) + QStringLiteral(" <i>(")
                + m_w(Message("ReportRenderer", "not the label's validity")) + QStringLiteral(")</i>"));
        html += field(m_w(Message("ReportRenderer", "Vulnerability contact")), esc(p.vulnerabilityContact));
        return html + QStringLiteral("</table>");
    }

    QString catalogTable() const
    {
        QString html = QString::fromLatin1(tableStart);
        for (const Catalog* c : m_in.chain) {
            QString digest;
            for (const Assessment::PinnedCatalog& pinned : m_a.chain) {
                if (pinned.qualifiedId == c->qualifiedId())
                    digest = QString::fromLatin1(pinned.digest);
            }
            html += field(esc(c->title.in(m_in.language)),
                QStringLiteral("%1 v%2<br/><span style=\"font-size:7pt\">SHA-256 %3</span>")
                    .arg(c->qualifiedId(), esc(c->version), digest));
        }
        return html + QStringLiteral("</table>");
    }

    // What the reader must know of the criteria's wording and of the route taken, before the verdicts.
    QString criteriaNotices() const
    {
        int provisional = 0;
        int quoted = 0;
        QStringList notices;
        for (const Catalog* c : m_in.chain) {
            provisional += c->count(Requirement::Provenance::Provisional) + c->count(Requirement::Provenance::Reported);
            quoted += c->count(Requirement::Provenance::Quoted);
            if (c->reconstruction)
                notices << QStringLiteral("%1: %2").arg(c->qualifiedId(), esc(c->reconstruction->in(m_in.language)));
        }
        if (provisional) {
            notices << m_w(Message("ReportRenderer", "Notice: the wording of %1 of the criteria referred to here is an editorial rendering of secondary reports (reported) or a " "reconstruction (provisional), not the scheme operator's official text. The checklist shows the provenance of each " "requirement."))
                           .arg(provisional);
        }
        if (quoted) {
            notices << m_w(Message("ReportRenderer", "Quoted: the requirement text of %1 of the criteria is quoted from a secondary source that reproduces the scheme operator's checklist, not read in its official document."))
                           .arg(quoted);
        }
        const PstiRoute route(m_in.chain);
        if (route.applies(m_a)) {
            notices << m_w(Message("ReportRenderer", "UK PSTI route: under IPA's mutual recognition, the PSTI statement of compliance stands for %1; their checklist rows are waived and their verdicts rest on that statement, attached as evidence."))
                           .arg(route.covered().join(QStringLiteral(", ")));
        }
        if (notices.isEmpty())
            return {};
        return QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background:#fff4e0\"><tr><td>") + notices.join(QStringLiteral("<br/>"))
            + QStringLiteral("</td></tr></table>");
    }

    QString outcomeTable() const
    {
        QStringList counts;
        for (const Term<Verdict>& t : verdicts)
            counts << QStringLiteral("%1 %2").arg(verdictWord(m_w, t.value)).arg(m_outcome.counts.value(t.value));
        QString html = QString::fromLatin1(tableStart);
        html += field(m_w(Message("ReportRenderer", "Level claimed")), stars(m_a.level));
        html += field(m_w(Message("ReportRenderer", "Level achieved")), QStringLiteral("<b>%1</b>").arg(stars(m_outcome.achieved)));
        html += field(m_w(Message("ReportRenderer", "Verdicts")), counts.join(QStringLiteral("、")));
        if (!m_outcome.gaps.isEmpty()) {
            QStringList gaps;
            for (const Outcome::Gap& g : m_outcome.gaps)
                gaps << QStringLiteral("%1 (%2)").arg(g.requirement, verdictWord(m_w, g.verdict));
            html += field(m_w(Message("ReportRenderer", "Blocking %1")).arg(stars(m_outcome.achieved + 1)), gaps.join(QStringLiteral("、")));
        }
        if (!m_in.proposals.isEmpty()) {
            const ToolReview::Summary s = ToolReview::summary(m_in.proposals);
            QString summary = m_w(Message("ReportRenderer", "%1 proposals: %2 accepted, %3 overridden, %4 open"))
                                  .arg(s.proposals)
                                  .arg(s.accepted)
                                  .arg(s.overridden)
                                  .arg(s.open);
            if (m_in.toolRules)
                summary += QStringLiteral("<br/><span style=\"font-size:7pt\">")
                    + m_w(Message("ReportRenderer", "rules %1 version %2, SHA-256 %3"))
                          .arg(esc(m_in.toolRules->id), esc(m_in.toolRules->version), QString::fromLatin1(m_in.toolRules->digest))
                    + QStringLiteral("</span>");
            html += field(m_w(Message("ReportRenderer", "Tool proposals")), s.overridden ? QStringLiteral("<b>%1</b>").arg(summary) : summary);
        }
        return html + QStringLiteral("</table>");
    }

    QString machineReadable() const
    {
        return QStringLiteral("<p style=\"font-size:7.5pt; color:#444\">") + m_w(Message("ReportRenderer", "Attached files"))
            + QStringLiteral(": assessment.json (SHA-256 %1), evidence-manifest.json. ").arg(QString::fromLatin1(m_in.assessmentSha))
            + (m_a.toolRuns.isEmpty() ? QString()
                                      : m_w(Message("ReportRenderer", "proposals.json and the raw output of %1 tool runs. "))
                                            .arg(m_a.toolRuns.size()))
            + m_w(Message("ReportRenderer", "Audit trail head")) + QStringLiteral(": %1</p>").arg(QString::fromLatin1(m_in.auditHead));
    }

    QString declaration() const
    {
        QString html = QStringLiteral("<h1 style=\"font-size:18pt\">%1</h1>").arg(title());
        html += QStringLiteral("<p>%1: %2　%3: %4</p>")
                    .arg(m_w(Message("ReportRenderer", "Issued")), m_in.issued.date().toString(Qt::ISODate), m_w(Message("ReportRenderer", "Revision")))
                    .arg(m_a.revision);
        html += QStringLiteral("<h2 style=\"font-size:12pt\">1. %1</h2>").arg(m_w(Message("ReportRenderer", "Product"))) + productTable();
        html += QStringLiteral("<h2 style=\"font-size:12pt\">2. %1</h2>").arg(m_w(Message("ReportRenderer", "Criteria"))) + catalogTable()
            + criteriaNotices();
        html += QStringLiteral("<h2 style=\"font-size:12pt\">3. %1</h2>").arg(m_w(Message("ReportRenderer", "Declaration")));
        html += QStringLiteral("<p>")
            + m_w(Message("ReportRenderer", "%1 has checked, under its own responsibility, the product above (firmware %2) against each requirement of the %3 " "criteria, and declares as follows."))
                  .arg(esc(m_a.product.manufacturer.in(m_in.language)), esc(m_a.product.firmware),
                      QStringLiteral("JC-STAR ★%1").arg(m_a.level))
            + QStringLiteral("</p>");
        html += outcomeTable();
        html += QStringLiteral("<p style=\"font-size:8pt\">")
            + m_w(Message("ReportRenderer", "This declaration states that the measures required by the criteria above are judged to be in place. It does not mean that " "the product has no vulnerabilities, is completely secure, is safe in every environment, or is endorsed by any authority."))
            + QStringLiteral("</p>");
        html += QString::fromLatin1(tableStart);
        html += field(m_w(Message("ReportRenderer", "Declared by")),
            esc(m_a.evaluator.name)
                + (m_a.evaluator.organisation.isEmpty() ? QString() : QStringLiteral("（%1）").arg(esc(m_a.evaluator.organisation))));
        html += field(m_w(Message("ReportRenderer", "Digital signature")), esc(m_in.signatory));
        html += QStringLiteral("</table>");
        html += machineReadable();
        html += QStringLiteral("<h1 style=\"font-size:15pt; page-break-before:always\">%1</h1>").arg(m_w(Message("ReportRenderer", "Checklist")));
        html += checklist();
        return html;
    }

    QString evaluationReport() const
    {
        QString html = QStringLiteral("<h1 style=\"font-size:18pt\">%1</h1>").arg(title());
        html += QStringLiteral("<p>%1: %2　%3: %4</p>")
                    .arg(m_w(Message("ReportRenderer", "Issued")), m_in.issued.date().toString(Qt::ISODate), m_w(Message("ReportRenderer", "Revision")))
                    .arg(m_a.revision);
        html += QStringLiteral("<h2 style=\"font-size:12pt\">1. %1</h2>").arg(m_w(Message("ReportRenderer", "Scope"))) + productTable();
        html += QStringLiteral("<h2 style=\"font-size:12pt\">2. %1</h2>").arg(m_w(Message("ReportRenderer", "Criteria", "evaluation"))) + catalogTable()
            + criteriaNotices();
        html += QStringLiteral("<h2 style=\"font-size:12pt\">3. %1</h2>").arg(m_w(Message("ReportRenderer", "Product profile")));
        html += QString::fromLatin1(tableStart);
        for (const Catalog* c : m_in.chain) {
            for (const Question& q : c->questions)
                html += field(esc(q.text.in(m_in.language)), esc(answerText(q)));
        }
        html += QStringLiteral("</table>");
        html += QStringLiteral("<h2 style=\"font-size:12pt\">4. %1</h2>").arg(m_w(Message("ReportRenderer", "Result"))) + outcomeTable();
        html += QStringLiteral("<p style=\"font-size:8pt\">")
            + m_w(Message("ReportRenderer", "This report evaluates whether the measures required by the criteria above can be presumed to be in place for the firmware " "evaluated. It does not prove that the product has no vulnerabilities, is completely secure, or is safe in every " "environment."))
            + QStringLiteral("</p>");
        html += QString::fromLatin1(tableStart);
        html += field(m_w(Message("ReportRenderer", "Evaluator")),
            esc(m_a.evaluator.name)
                + (m_a.evaluator.organisation.isEmpty() ? QString() : QStringLiteral("（%1）").arg(esc(m_a.evaluator.organisation))));
        html += field(m_w(Message("ReportRenderer", "Reviewer sign-off")),
            m_a.signOff ? QStringLiteral("%1　%2").arg(esc(m_a.signOff->reviewer), m_a.signOff->at.toString(Qt::ISODate))
                        : m_w(Message("ReportRenderer", "not signed off (this report is a draft)")));
        html += field(m_w(Message("ReportRenderer", "Digital signature")), esc(m_in.signatory));
        html += QStringLiteral("</table>");
        html += machineReadable();
        html += QStringLiteral("<h1 style=\"font-size:15pt; page-break-before:always\">5. %1</h1>")
                    .arg(m_w(Message("ReportRenderer", "Test plan and results")));
        html += testTable();
        html += QStringLiteral("<h1 style=\"font-size:15pt; page-break-before:always\">6. %1</h1>")
                    .arg(m_w(Message("ReportRenderer", "Verdict per requirement")));
        html += checklist();
        return html;
    }

    // An answer as the reader understands it: yes/no, or the option's own words.
    QString answerText(const Question& q) const
    {
        const auto it = m_a.profile.constFind(q.id);
        if (it == m_a.profile.cend())
            return m_w(Message("ReportRenderer", "(not answered)"));
        if (q.type == Question::Type::Boolean)
            return *it == QLatin1String("true") ? m_w(Message("ReportRenderer", "Yes")) : m_w(Message("ReportRenderer", "No"));
        for (const Question::Option& o : q.options) {
            if (o.id == *it)
                return o.text.in(m_in.language);
        }
        return *it;
    }

    QString testTable() const
    {
        QString html = QString::fromLatin1(tableStart);
        html += QStringLiteral("<thead>")
            + row({m_w(Message("ReportRenderer", "Test")), m_w(Message("ReportRenderer", "Kind")), m_w(Message("ReportRenderer", "Procedure")), m_w(Message("ReportRenderer", "Expected")),
                      m_w(Message("ReportRenderer", "Observed")), m_w(Message("ReportRenderer", "Verdict"))},
                QStringLiteral("background:#dde5f0; font-weight:bold"), {12, 7, 31, 22, 21, 7})
            + QStringLiteral("</thead>");
        for (const Catalog* c : m_in.chain) {
            for (const Requirement& r : c->requirements) {
                const Assessment::Result result = m_a.results.value(r.id);
                for (const Requirement::TestCase& t : r.tests) {
                    const auto it = result.tests.constFind(t.id);
                    html += row({QStringLiteral("<b>%1</b>").arg(t.id),
                                    t.kind == Requirement::TestKind::Conceptual ? m_w(Message("ReportRenderer", "Conceptual")) : m_w(Message("ReportRenderer", "Functional")),
                                    esc(t.text.in(m_in.language)), esc(t.expected.in(m_in.language)),
                                    it == result.tests.cend() ? QString() : esc(it->observed),
                                    it == result.tests.cend() ? m_w(Message("ReportRenderer", "Not run")) : testVerdictWord(m_w, it->verdict)},
                        QStringLiteral("font-size:7.5pt"));
                }
            }
        }
        return html + QStringLiteral("</table>");
    }

    // One heading row per requirement, the full width (so that titles do not
    // wrap into neighbouring cells), then its items, verdict and rationale.
    QString checklist() const
    {
        QString html = QString::fromLatin1(tableStart);
        html += QStringLiteral("<thead>")
            + row({m_w(Message("ReportRenderer", "Evaluation items")), m_w(Message("ReportRenderer", "Verdict")), m_w(Message("ReportRenderer", "Rationale and evidence"))},
                QStringLiteral("background:#dde5f0; font-weight:bold"), {46, 9, 45})
            + QStringLiteral("</thead>");
        const PstiRoute route(m_in.chain);
        for (const Catalog* c : m_in.chain) {
            for (const Requirement& r : c->requirements) {
                const Assessment::Result result = m_a.results.value(r.id);
                const Verdict verdict = Outcome::effectiveVerdict(r, m_a);
                const QString provenance = r.provenance == Requirement::Provenance::Official
                    ? QString()
                    : QStringLiteral("　<span style=\"color:#a05a00\">［%1］</span>").arg(provenanceWord(r.provenance));
                html += QStringLiteral(
                    "<tr><td colspan=\"3\" style=\"background:#f3f5f9\"><b>%1　%2</b>%3　<span style=\"color:#555\">%4</span></td></tr>")
                            .arg(r.id, esc(r.title.in(m_in.language)), provenance, m_w(Requirement::methodName(r.method)));
                QString items = QStringLiteral("<span style=\"color:#555\">%1</span><br/>")
                                    .arg(r.itemRule == Requirement::ItemRule::All ? m_w(Message("ReportRenderer", "all must hold"))
                                                                                  : m_w(Message("ReportRenderer", "one must hold")));
                if (route.applies(m_a) && route.covers(r.id))
                    items += QStringLiteral("<b>%1</b><br/>").arg(m_w(Message("ReportRenderer", "UK PSTI route: covered by the PSTI statement of compliance")));
                for (const Requirement::Item& item : r.items) {
                    items += QStringLiteral("%1 %2. %3<br/>")
                                 .arg(result.items.contains(item.id) ? QStringLiteral("■") : QStringLiteral("□"), item.id,
                                     esc(item.text.in(m_in.language)));
                }
                QString rationale = esc(result.rationale);
                if (verdict == Verdict::NotApplicable) {
                    rationale = esc(result.justification.isEmpty() ? Applicability::of(r, m_a.profile).justification.in(m_in.language)
                                                                   : result.justification);
                }
                for (const Assessment::Evidence& e : result.evidence) {
                    rationale += QStringLiteral("<br/><span style=\"font-size:6.5pt; color:#444\">%1 — SHA-256 %2…</span>")
                                     .arg(esc(e.name), QString::fromLatin1(e.sha256.left(16)));
                }
                if (result.recheck)
                    rationale += QStringLiteral("<br/><b>") + m_w(Message("ReportRenderer", "to re-check on the new firmware"))
                        + QStringLiteral("</b>");
                rationale += proposalsOf(r);
                html += row(
                    {items, QStringLiteral("<b>%1</b>").arg(verdictWord(m_w, verdict)), rationale}, QStringLiteral("font-size:7.5pt"));
            }
        }
        return html + QStringLiteral("</table>");
    }

    // The tools' proposals for a requirement or one of its test cases, each with what the evaluator made of it.
    QString proposalsOf(const Requirement& r) const
    {
        QString html;
        for (const ToolReview::Reviewed& reviewed : m_in.proposals) {
            const ToolProposal& p = reviewed.proposal;
            if (p.requirement != r.id
                && std::none_of(r.tests.cbegin(), r.tests.cend(), [&](const Requirement::TestCase& t) { return t.id == p.requirement; }))
                continue;
            html += QStringLiteral("<br/><span style=\"font-size:6.5pt\">")
                + m_w(Message("ReportRenderer", "Tool proposal: %1 (%2) by rule %3 of %4 version %5; %6 %7: %8"))
                      .arg(verdictWord(m_w, p.verdict), p.requirement, esc(p.rule), esc(m_in.toolRules ? m_in.toolRules->id : QString()),
                          esc(p.rulesVersion), esc(p.tool), esc(p.toolVersion), esc(p.finding.text(m_in.language)))
                + QStringLiteral(" — <b>%1</b><br/>").arg(statusWords(reviewed))
                + m_w(Message("ReportRenderer", "output SHA-256 %1; rules SHA-256 %2"))
                      .arg(QString::fromLatin1(p.evidence), QString::fromLatin1(p.rulesDigest.left(16)) + QStringLiteral("…"))
                + QStringLiteral("</span>");
        }
        return html;
    }

    QString statusWords(const ToolReview::Reviewed& r) const
    {
        switch (r.status) {
        case ToolReview::Status::Accepted:
            return m_w(Message("ReportRenderer", "accepted"));
        case ToolReview::Status::Agrees:
            return m_w(Message("ReportRenderer", "agrees with the verdict"));
        case ToolReview::Status::Overridden:
            return (r.recorded ? m_w(Message("ReportRenderer", "overridden: the verdict is %1, recorded as an override; see the rationale"))
                               : m_w(Message("ReportRenderer", "overridden: the verdict is %1, not recorded as an override; see the rationale")))
                .arg(verdictWord(m_w, r.verdict));
        case ToolReview::Status::Open:
            break;
        }
        return m_w(Message("ReportRenderer", "open"));
    }

    QString provenanceWord(Requirement::Provenance provenance) const
    {
        switch (provenance) {
        case Requirement::Provenance::Official:
            break;
        case Requirement::Provenance::Quoted:
            return m_w(Message("ReportRenderer", "quoted"));
        case Requirement::Provenance::Reported:
            return m_w(Message("ReportRenderer", "reported"));
        case Requirement::Provenance::Provisional:
            return m_w(Message("ReportRenderer", "provisional"));
        }
        return {};
    }

    const ReportRenderer::Input& m_in;
    const Assessment& m_a;
    Words m_w;
    Outcome m_outcome;
};

} // namespace

ReportRenderer::Kind ReportRenderer::kindFor(const Assessment& assessment)
{
    return assessment.mode == Assessment::Mode::Lab ? Kind::EvaluationReport : Kind::Declaration;
}

QString ReportRenderer::html(const Input& input)
{
    return Builder(input).build();
}

QByteArray ReportRenderer::render(const Input& input)
{
    const Words w{input.language};
    const bool lab = kindFor(*input.assessment) == Kind::EvaluationReport;
    const QString title = lab ? w(Message("ReportRenderer", "Conformity Evaluation Report")) : w(Message("ReportRenderer", "Declaration of Conformity"));
    const Product& p = input.assessment->product;
    const QString header = QStringLiteral("StarMark ｜ %1 ｜ %2 %3 ｜ %4 %5")
                               .arg(title, p.model, p.firmware, QStringLiteral("JC-STAR ★%1").arg(input.assessment->level),
                                   input.assessment->catalog);
    return PagedPdf::print(html(input), QStringLiteral("%1 — %2").arg(title, p.model), header);
}

} // namespace starmark
