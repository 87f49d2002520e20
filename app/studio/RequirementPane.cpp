#include "RequirementPane.h"

#include "EvaluationItems.h"
#include "EvidenceSection.h"
#include "OverrideDialog.h"
#include "Session.h"
#include "Studio.h"
#include "TestCaseTable.h"

#include "criteria/CatalogChain.h"
#include "evaluators/Applicability.h"
#include "evaluators/AssessmentEdit.h"
#include "evaluators/ResultRules.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace starmark::studio {
namespace {

QString verdictText(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return RequirementPane::tr("Pass — the requirement is met");
    case Verdict::Fail:
        return RequirementPane::tr("Fail — the requirement is not met");
    case Verdict::NotApplicable:
        return RequirementPane::tr("Not applicable — give the reason");
    case Verdict::NotAssessed:
        break;
    }
    return RequirementPane::tr("Not assessed yet");
}

// Not selectable: a selectable label lays its text out through a QTextDocument,
// which made switching requirement several times slower.
QLabel* wrapping(QLabel* label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

RequirementPane::RequirementPane(QWidget* parent)
    : QWidget(parent)
    , m_title(wrapping(new QLabel))
    , m_meta(wrapping(new QLabel))
    , m_text(wrapping(new QLabel))
    , m_otherText(wrapping(new QLabel))
    , m_provenance(wrapping(new QLabel))
    , m_applicability(wrapping(new QLabel))
    , m_items(new EvaluationItems)
    , m_verdictLabel(new QLabel)
    , m_verdict(new QComboBox)
    , m_proposals(wrapping(new QLabel))
    , m_accept(new QPushButton)
    , m_override(new QPushButton)
    , m_justificationLabel(new QLabel)
    , m_justification(new QLineEdit)
    , m_rationaleLabel(new QLabel)
    , m_rationale(new QPlainTextEdit)
    , m_problems(wrapping(new QLabel))
    , m_evidence(new EvidenceSection)
    , m_testsBox(new QGroupBox)
    , m_tests(new TestCaseTable)
{
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_justification->setObjectName(QStringLiteral("justification"));
    m_rationale->setObjectName(QStringLiteral("rationale"));
    m_tests->setObjectName(QStringLiteral("tests"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_applicability->setObjectName(QStringLiteral("applicability"));
    m_proposals->setObjectName(QStringLiteral("proposals"));
    m_accept->setObjectName(QStringLiteral("acceptProposals"));
    m_override->setObjectName(QStringLiteral("overrideProposals"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_otherText->setStyleSheet(QStringLiteral("color: #555555;"));
    m_provenance->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400; padding: 4px; border-radius: 3px;"));
    m_applicability->setStyleSheet(QStringLiteral("background: #e8eaf6; color: #1a237e; padding: 4px; border-radius: 3px;"));
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_proposals->setStyleSheet(QStringLiteral("background: #eceff1; color: #263238; padding: 4px; border-radius: 3px;"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMinimumHeight(90);
    m_rationale->installEventFilter(this);
    for (const Verdict v : {Verdict::NotAssessed, Verdict::Pass, Verdict::Fail, Verdict::NotApplicable})
        m_verdict->addItem(QString(), int(v));

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_text);
    layout->addWidget(m_otherText);
    layout->addWidget(m_provenance);
    layout->addWidget(m_applicability);
    layout->addWidget(m_items);
    auto* form = new QFormLayout;
    form->addRow(m_verdictLabel, m_verdict);
    form->addRow(QString(), m_proposals);
    auto* decide = new QHBoxLayout;
    decide->addWidget(m_accept);
    decide->addWidget(m_override);
    decide->addStretch();
    form->addRow(QString(), decide);
    form->addRow(m_justificationLabel, m_justification);
    m_verdictLabel->setBuddy(m_verdict);
    m_justificationLabel->setBuddy(m_justification);
    layout->addLayout(form);
    m_rationaleLabel->setBuddy(m_rationale);
    layout->addWidget(m_rationaleLabel);
    layout->addWidget(m_rationale);
    layout->addWidget(m_problems);
    layout->addWidget(m_evidence);
    auto* testsLayout = new QVBoxLayout(m_testsBox);
    testsLayout->addWidget(m_tests);
    layout->addWidget(m_testsBox);
    layout->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Text wraps to the pane's width; nothing hides off to the right.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_rationaleTimer.setSingleShot(true);
    m_rationaleTimer.setInterval(rationaleDelayMs);
    connect(&m_rationaleTimer, &QTimer::timeout, this, &RequirementPane::flushRationale);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, [this] {
        m_rationaleFor = m_id;
        m_rationaleTimer.start();
    });
    connect(m_verdict, &QComboBox::activated, this, &RequirementPane::setVerdict);
    connect(m_justification, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_justification->text().trimmed();
        edit(tr("Justification of %1").arg(m_id), [&](Assessment::Result& r) { r.justification = text; });
    });
    connect(m_evidence, &EvidenceSection::problem, this, &RequirementPane::problem);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        flushRationale();
        const Result<void> accepted = m_session->acceptProposals(m_id);
        if (!accepted)
            emit problem(accepted.problems().value(0).toString());
    });
    connect(m_override, &QPushButton::clicked, this, [this] {
        flushRationale();
        OverrideDialog dialog(*m_session, m_id, this);
        dialog.exec();
    });
    retranslate();
    setEnabled(false);
}

void RequirementPane::setSession(Session* session)
{
    flushRationale();
    m_session = session;
    m_id.clear();
    setEnabled(false);
    rebuild();
}

const Requirement* RequirementPane::requirement() const
{
    return m_session ? CatalogChain::requirement(m_session->chain(), m_id) : nullptr;
}

void RequirementPane::showRequirement(const QString& requirementId)
{
    if (requirementId == m_id)
        return;
    flushRationale();
    m_id = requirementId;
    rebuild();
}

void RequirementPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool RequirementPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_rationale && event->type() == QEvent::FocusOut)
        flushRationale();
    return QWidget::eventFilter(watched, event);
}

void RequirementPane::retranslate()
{
    m_items->retranslate();
    m_verdictLabel->setText(tr("&Verdict:"));
    m_justificationLabel->setText(tr("Reason not &applicable:"));
    m_rationaleLabel->setText(tr("&Rationale (how the product meets it; saved as you type):"));
    m_evidence->retranslate();
    m_testsBox->setTitle(tr("Test cases (lab)"));
    m_tests->retranslate();
    for (int i = 0; i < m_verdict->count(); ++i)
        m_verdict->setItemText(i, verdictText(Verdict(m_verdict->itemData(i).toInt())));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_accept->setText(tr("A&ccept the tools' proposals"));
    m_override->setText(tr("Overri&de…"));
    m_justification->setAccessibleName(tr("Reason not applicable"));
    m_rationale->setAccessibleName(tr("Rationale"));
    rebuild();
}

void RequirementPane::rebuild()
{
    const Requirement* r = requirement();
    setEnabled(r != nullptr);
    if (!r) {
        m_title->setText(m_session ? tr("Choose a requirement on the left.") : QString());
        for (QWidget* w : std::initializer_list<QWidget*>{
                 m_meta, m_text, m_otherText, m_provenance, m_applicability, m_items, m_evidence, m_testsBox, m_problems})
            w->setVisible(false);
        return;
    }
    const Language language = m_session->studio().language();
    const Language other = language == Language::Japanese ? Language::English : Language::Japanese;
    int level = 0;
    CatalogChain::requirement(m_session->chain(), m_id, &level);
    m_title->setText(QStringLiteral("%1  %2").arg(r->id, r->title.in(language)));
    m_meta->setText(tr("★%1 · %2").arg(level).arg(Requirement::methodName(r->method).text()));
    m_text->setText(r->text.in(language));
    m_otherText->setText((other == Language::English ? QStringLiteral("English: ") : QStringLiteral("日本語: ")) + r->text.in(other));
    switch (r->provenance) {
    case Requirement::Provenance::Official:
        m_provenance->setText(tr("Official wording, as published by the scheme operator."));
        break;
    case Requirement::Provenance::Quoted:
        m_provenance->setText(tr("Quoted: the requirement text is quoted from a secondary source [%1] that reproduces IPA's checklist; "
                                 "the title and evaluation items are editorial.")
                .arg(r->quotedFrom));
        break;
    case Requirement::Provenance::Reported:
        m_provenance->setText(tr("Reported: the gist is confirmed by reliable secondary sources; this wording is an editorial rendering, "
                                 "not IPA's official text."));
        break;
    case Requirement::Provenance::Provisional:
        m_provenance->setText(tr("Provisional: reconstructed from the nearest public sources; not IPA's official wording."));
        break;
    }
    // A reconstructed catalog's IDs are StarMark's own: the pane says so beside them.
    for (const Catalog* c : m_session->chain()) {
        if (c->reconstruction && c->requirement(r->id))
            m_provenance->setText(m_provenance->text() + QStringLiteral("\n") + c->reconstruction->in(language).simplified());
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_meta, m_text, m_otherText, m_provenance})
        w->setVisible(true);

    m_items->setRequirement(*m_session, *r);
    m_evidence->setRequirement(*m_session, *r);
    const bool lab = m_session->assessment().mode == Assessment::Mode::Lab && !r->tests.isEmpty();
    m_testsBox->setVisible(lab);
    m_tests->setRequirement(*m_session, lab ? r : nullptr);
    refresh();
}

void RequirementPane::refresh()
{
    const Requirement* r = requirement();
    if (!r)
        return;
    const Assessment& a = m_session->assessment();
    const Assessment::Result result = a.results.value(m_id);
    const Applicability applicability = Applicability::of(*r, a.profile);
    const Language language = m_session->studio().language();
    const bool ruledOut = !applicability.applies();
    const bool locked = a.isLocked();
    if (ruledOut)
        m_applicability->setText(tr("Not applicable to this product: %1").arg(applicability.justification.in(language)));
    else if (applicability.state == Applicability::State::Unknown)
        m_applicability->setText(
            tr("Applies until these profile questions are answered: %1").arg(applicability.unanswered.join(QStringLiteral(", "))));
    else if (locked)
        m_applicability->setText(tr("Signed off by %1: the assessment is locked.").arg(a.signOff->reviewer));
    m_applicability->setVisible(ruledOut || applicability.state == Applicability::State::Unknown || locked);

    m_items->refresh(result, !ruledOut && !locked);
    {
        const QSignalBlocker block(m_verdict);
        m_verdict->setCurrentIndex(m_verdict->findData(int(ruledOut ? Verdict::NotApplicable : result.verdict)));
        m_verdict->setEnabled(!ruledOut && !locked);
    }
    const bool manualNotApplicable = result.verdict == Verdict::NotApplicable && !ruledOut;
    m_justification->setVisible(manualNotApplicable);
    m_justificationLabel->setVisible(manualNotApplicable);
    if (!m_justification->hasFocus())
        m_justification->setText(result.justification);
    m_justification->setReadOnly(locked);
    // Never overwrite what is being typed: the pending text is newer than the file.
    if (!m_rationaleTimer.isActive() && m_rationale->toPlainText() != result.rationale) {
        const QSignalBlocker block(m_rationale);
        m_rationale->setPlainText(result.rationale);
    }
    m_rationale->setReadOnly(locked);

    m_evidence->refresh(result, !locked);
    m_tests->refresh(result, !locked);
    refreshProposals(locked);
    updateProblems();
}

void RequirementPane::refreshProposals(bool locked)
{
    QStringList lines;
    if (!m_session->proposalsProblem().isEmpty())
        lines << m_session->proposalsProblem();
    int proposals = 0;
    const Language language = m_session->studio().language();
    for (const ToolRunProposals::Entry& e : m_session->proposals()) {
        const ToolProposal& p = e.proposal;
        if (p.requirement != m_id)
            continue;
        ++proposals;
        const QString decision = e.decision == ToolRunProposals::Decision::Accepted ? tr("accepted")
            : e.decision == ToolRunProposals::Decision::Overridden
            ? tr("overridden: %1").arg(m_session->assessment().results.value(m_id).rationale)
            : tr("open");
        lines << tr("%1 proposes %2: %3 (rule %4 %5) — %6")
                     .arg(QString(p.tool + u' ' + p.toolVersion), verdictText(p.verdict), p.finding.text(language), p.rule, p.rulesVersion, decision);
    }
    m_proposals->setText(lines.join(QLatin1Char('\n')));
    m_proposals->setVisible(!lines.isEmpty());
    m_accept->setVisible(proposals > 0 && !locked);
    m_override->setVisible(proposals > 0 && !locked);
}

void RequirementPane::updateProblems()
{
    const Requirement* r = requirement();
    const Assessment& a = m_session->assessment();
    const Assessment::Result result = a.results.value(m_id);
    QStringList lines;
    if (result.verdict != Verdict::NotAssessed) {
        for (const ResultRules::Problem& p : ResultRules::check(*r, result, a.mode, Applicability::of(*r, a.profile)))
            lines << QStringLiteral("• %1").arg(p.message);
    }
    if (result.recheck)
        lines << tr(
            "• This pass was carried over from an earlier firmware and rests on a device test: check it again and set the verdict.");
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

void RequirementPane::edit(const QString& description, const std::function<void(Assessment::Result&)>& change, const QString& mergeKey)
{
    if (m_session && !m_id.isEmpty())
        m_session->changeResult(m_id, description, change, mergeKey);
}

void RequirementPane::setVerdict(int index)
{
    const auto v = Verdict(m_verdict->itemData(index).toInt());
    edit(tr("Verdict of %1").arg(m_id), [&](Assessment::Result& r) { AssessmentEdit::giveVerdict(r, v); });
}

void RequirementPane::flushRationale()
{
    m_rationaleTimer.stop();
    if (!m_session || m_rationaleFor.isEmpty())
        return;
    const QString id = m_rationaleFor;
    m_rationaleFor.clear();
    if (id != m_id)
        return;
    const QString text = m_rationale->toPlainText();
    edit(
        tr("Rationale of %1").arg(id), [&](Assessment::Result& r) { r.rationale = text; }, QStringLiteral("rationale:") + id);
}

void RequirementPane::addEvidence(const QStringList& paths)
{
    if (requirement())
        m_evidence->addEvidence(paths);
}

} // namespace starmark::studio
