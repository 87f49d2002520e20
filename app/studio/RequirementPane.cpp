#include "RequirementPane.h"

#include "EvidenceList.h"
#include "Session.h"
#include "Studio.h"

#include "criteria/CatalogChain.h"
#include "evaluators/Applicability.h"
#include "evaluators/AssessmentEdit.h"
#include "evaluators/ResultRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUrl>

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

QString testVerdictText(TestVerdict v)
{
    switch (v) {
    case TestVerdict::Pass:
        return RequirementPane::tr("pass");
    case TestVerdict::Fail:
        return RequirementPane::tr("fail");
    case TestVerdict::Inconclusive:
        break;
    }
    return RequirementPane::tr("inconclusive");
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
    , m_itemsBox(new QGroupBox)
    , m_itemsLayout(new QVBoxLayout)
    , m_itemRule(wrapping(new QLabel))
    , m_verdictLabel(new QLabel)
    , m_verdict(new QComboBox)
    , m_justificationLabel(new QLabel)
    , m_justification(new QLineEdit)
    , m_rationaleLabel(new QLabel)
    , m_rationale(new QPlainTextEdit)
    , m_problems(wrapping(new QLabel))
    , m_evidenceBox(new QGroupBox)
    , m_evidenceHint(wrapping(new QLabel))
    , m_evidence(new EvidenceList)
    , m_addEvidence(new QPushButton)
    , m_openEvidence(new QPushButton)
    , m_removeEvidence(new QPushButton)
    , m_testsBox(new QGroupBox)
    , m_tests(new QTableWidget)
{
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_justification->setObjectName(QStringLiteral("justification"));
    m_rationale->setObjectName(QStringLiteral("rationale"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_tests->setObjectName(QStringLiteral("tests"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_applicability->setObjectName(QStringLiteral("applicability"));
    m_addEvidence->setObjectName(QStringLiteral("addEvidence"));
    m_openEvidence->setObjectName(QStringLiteral("openEvidence"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_otherText->setStyleSheet(QStringLiteral("color: #555555;"));
    m_provenance->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400; padding: 4px; border-radius: 3px;"));
    m_applicability->setStyleSheet(QStringLiteral("background: #e8eaf6; color: #1a237e; padding: 4px; border-radius: 3px;"));
    m_problems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMinimumHeight(90);
    m_rationale->installEventFilter(this);
    m_tests->setColumnCount(4);
    m_tests->verticalHeader()->hide();
    m_tests->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tests->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tests->setWordWrap(true);
    m_tests->setMinimumHeight(320);
    // Wrapped text needs its rows re-measured whenever the columns change width.
    connect(m_tests->horizontalHeader(), &QHeaderView::sectionResized, m_tests, &QTableWidget::resizeRowsToContents);
    m_evidence->setMinimumHeight(90);
    m_evidence->setWordWrap(true);
    m_evidence->setTextElideMode(Qt::ElideMiddle);
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
    auto* itemsOuter = new QVBoxLayout(m_itemsBox);
    itemsOuter->addWidget(m_itemRule);
    itemsOuter->addLayout(m_itemsLayout);
    layout->addWidget(m_itemsBox);
    auto* form = new QFormLayout;
    form->addRow(m_verdictLabel, m_verdict);
    form->addRow(m_justificationLabel, m_justification);
    m_verdictLabel->setBuddy(m_verdict);
    m_justificationLabel->setBuddy(m_justification);
    layout->addLayout(form);
    m_rationaleLabel->setBuddy(m_rationale);
    layout->addWidget(m_rationaleLabel);
    layout->addWidget(m_rationale);
    layout->addWidget(m_problems);
    auto* evidenceLayout = new QVBoxLayout(m_evidenceBox);
    evidenceLayout->addWidget(m_evidenceHint);
    evidenceLayout->addWidget(m_evidence);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addEvidence);
    buttons->addWidget(m_openEvidence);
    buttons->addWidget(m_removeEvidence);
    buttons->addStretch();
    evidenceLayout->addLayout(buttons);
    layout->addWidget(m_evidenceBox);
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
    connect(m_evidence, &EvidenceList::filesDropped, this, &RequirementPane::addEvidence);
    connect(m_evidence, &QListWidget::itemActivated, this, &RequirementPane::openEvidence);
    connect(m_addEvidence, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add evidence"));
        addEvidence(files);
    });
    connect(m_openEvidence, &QPushButton::clicked, this, &RequirementPane::openEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &RequirementPane::removeEvidence);
    connect(m_tests, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column != 2)
            return;
        const QString test = m_tests->item(row, 0)->data(Qt::UserRole).toString();
        const QString observed = m_tests->item(row, column)->text();
        edit(tr("Observation of %1").arg(test), [&](Assessment::Result& r) { r.tests[test].observed = observed; });
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
    // A click on an item's text ticks its box, as a click on a check box's own text would.
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto* box = qobject_cast<QCheckBox*>(watched->property("checkBox").value<QObject*>()); box && box->isEnabled())
            box->click();
    }
    return QWidget::eventFilter(watched, event);
}

void RequirementPane::retranslate()
{
    m_itemsBox->setTitle(tr("Evaluation items"));
    m_verdictLabel->setText(tr("&Verdict:"));
    m_justificationLabel->setText(tr("Reason not &applicable:"));
    m_rationaleLabel->setText(tr("&Rationale (how the product meets it; saved as you type):"));
    m_evidenceBox->setTitle(tr("Evidence"));
    m_addEvidence->setText(tr("Add &file…"));
    m_openEvidence->setText(tr("&Open"));
    m_removeEvidence->setText(tr("Remo&ve"));
    m_testsBox->setTitle(tr("Test cases (lab)"));
    m_tests->setHorizontalHeaderLabels({tr("Test"), tr("Expected"), tr("Observed"), tr("Verdict")});
    for (int i = 0; i < m_verdict->count(); ++i)
        m_verdict->setItemText(i, verdictText(Verdict(m_verdict->itemData(i).toInt())));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_justification->setAccessibleName(tr("Reason not applicable"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_evidence->setAccessibleName(tr("Evidence files"));
    m_evidence->setAccessibleDescription(tr("Drop files here to add them as evidence"));
    m_addEvidence->setAccessibleName(tr("Add evidence file"));
    m_openEvidence->setAccessibleName(tr("Open evidence file"));
    m_removeEvidence->setAccessibleName(tr("Remove evidence file"));
    m_tests->setAccessibleName(tr("Test cases"));
    rebuild();
}

void RequirementPane::rebuild()
{
    const Requirement* r = requirement();
    setEnabled(r != nullptr);
    if (!r) {
        m_title->setText(m_session ? tr("Choose a requirement on the left.") : QString());
        for (QWidget* w : std::initializer_list<QWidget*>{
                 m_meta, m_text, m_otherText, m_provenance, m_applicability, m_itemsBox, m_evidenceBox, m_testsBox, m_problems})
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
    case Requirement::Provenance::Reported:
        m_provenance->setText(tr("Reported: the gist is confirmed by reliable secondary sources; this wording is an editorial rendering, "
                                 "not IPA's official text."));
        break;
    case Requirement::Provenance::Provisional:
        m_provenance->setText(tr("Provisional: reconstructed from the nearest public sources; not IPA's official wording."));
        break;
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_meta, m_text, m_otherText, m_provenance})
        w->setVisible(true);

    m_itemRule->setText(r->itemRule == Requirement::ItemRule::All ? tr("Tick each item that holds. All must hold for a pass.")
                                                                  : tr("Tick each item that holds. One is enough for a pass."));
    // Rows are kept and reused: creating widgets on every switch costs more than the switch itself.
    while (m_itemRows.size() < r->items.size()) {
        // The box carries the number, a wrapping label the text: a check box does not wrap long text.
        auto* row = new QWidget;
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto* box = new QCheckBox;
        auto* text = wrapping(new QLabel);
        text->setProperty("checkBox", QVariant::fromValue<QObject*>(box));
        text->installEventFilter(this);
        h->addWidget(box, 0, Qt::AlignTop);
        h->addWidget(text, 1);
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            const QString id = box->property("itemId").toString();
            edit(tr("Evaluation item %1 of %2").arg(id, m_id), [&](Assessment::Result& result) {
                result.items.removeAll(id);
                if (on)
                    result.items.append(id);
            });
        });
        m_itemsLayout->addWidget(row);
        m_items << box;
        m_itemRows << row;
        m_itemTexts << text;
    }
    for (int i = 0; i < m_itemRows.size(); ++i) {
        const bool used = i < r->items.size();
        m_itemRows[i]->setVisible(used);
        if (!used)
            continue;
        const Requirement::Item& item = r->items[i];
        QCheckBox* box = m_items[i];
        box->setText(item.id + QLatin1Char('.'));
        box->setObjectName(QStringLiteral("item-") + item.id);
        box->setProperty("itemId", item.id);
        box->setAccessibleName(tr("Evaluation item %1").arg(item.id));
        box->setAccessibleDescription(item.text.in(language));
        m_itemTexts[i]->setText(item.text.in(language));
    }
    m_itemsBox->setVisible(!r->items.isEmpty());

    QStringList kinds;
    for (const Requirement::Evidence& e : r->evidence)
        kinds << e.text.in(language);
    m_evidenceHint->setText(tr("Drop files here or use Add file. Expected: %1")
                                .arg(kinds.isEmpty() ? tr("anything that supports the rationale") : kinds.join(QStringLiteral("; "))));
    m_evidenceBox->setVisible(true);

    const bool lab = m_session->assessment().mode == Assessment::Mode::Lab && !r->tests.isEmpty();
    m_testsBox->setVisible(lab);
    {
        const QSignalBlocker block(m_tests);
        // Rows, items and verdict boxes are reused from one requirement to the next, as the item rows are.
        m_tests->setRowCount(lab ? int(r->tests.size()) : 0);
        for (int row = 0; lab && row < r->tests.size(); ++row) {
            const Requirement::TestCase& t = r->tests[row];
            if (!m_tests->item(row, 0)) {
                for (int column = 0; column < 3; ++column)
                    m_tests->setItem(row, column, new QTableWidgetItem);
                m_tests->item(row, 0)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                m_tests->item(row, 1)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                auto* verdict = new QComboBox;
                for (const TestVerdict v : {TestVerdict::Inconclusive, TestVerdict::Pass, TestVerdict::Fail})
                    verdict->addItem(testVerdictText(v), int(v));
                connect(verdict, &QComboBox::activated, this, [this, verdict](int) {
                    const QString id = verdict->property("testId").toString();
                    const auto v = TestVerdict(verdict->currentData().toInt());
                    edit(tr("Verdict of test %1").arg(id), [&](Assessment::Result& result) { result.tests[id].verdict = v; });
                });
                // At the top of its cell, not stretched over a row made tall by wrapped text.
                auto* cell = new QWidget;
                auto* top = new QVBoxLayout(cell);
                top->setContentsMargins(2, 2, 2, 2);
                top->addWidget(verdict);
                top->addStretch();
                m_tests->setCellWidget(row, 3, cell);
            }
            m_tests->item(row, 0)->setText(QStringLiteral("%1\n%2").arg(t.id, t.text.in(language)));
            m_tests->item(row, 0)->setData(Qt::UserRole, t.id);
            m_tests->item(row, 1)->setText(t.expected.in(language));
            auto* verdict = m_tests->cellWidget(row, 3)->findChild<QComboBox*>();
            verdict->setObjectName(QStringLiteral("test-") + t.id);
            verdict->setProperty("testId", t.id);
            verdict->setAccessibleName(tr("Verdict of test %1").arg(t.id));
            for (int i = 0; i < verdict->count(); ++i)
                verdict->setItemText(i, testVerdictText(TestVerdict(verdict->itemData(i).toInt())));
        }
        m_tests->resizeRowsToContents();
    }
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

    for (QCheckBox* box : m_items) {
        const QSignalBlocker block(box);
        box->setChecked(result.items.contains(box->property("itemId").toString()));
        box->setEnabled(!ruledOut && !locked);
    }
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

    m_evidence->clear();
    for (const Assessment::Evidence& e : result.evidence) {
        auto* item
            = new QListWidgetItem(tr("%1 — %2 bytes\nSHA-256 %3").arg(e.name).arg(e.size).arg(QString::fromLatin1(e.sha256)), m_evidence);
        item->setData(Qt::UserRole, e.sha256);
        item->setData(Qt::UserRole + 1, e.name);
        item->setToolTip(QString::fromLatin1(e.sha256));
    }
    m_addEvidence->setEnabled(!locked);
    m_removeEvidence->setEnabled(!locked && !result.evidence.isEmpty());
    m_openEvidence->setEnabled(!result.evidence.isEmpty());
    m_evidence->setAcceptDrops(!locked);

    for (int row = 0; row < m_tests->rowCount(); ++row) {
        const QString test = m_tests->item(row, 0)->data(Qt::UserRole).toString();
        const Assessment::TestResult t = result.tests.value(test);
        {
            const QSignalBlocker block(m_tests);
            if (m_tests->item(row, 2)->text() != t.observed)
                m_tests->item(row, 2)->setText(t.observed);
            m_tests->item(row, 2)->setFlags(locked ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable);
        }
        auto* verdict = m_tests->cellWidget(row, 3)->findChild<QComboBox*>();
        const QSignalBlocker block(verdict);
        verdict->setCurrentIndex(verdict->findData(int(t.verdict)));
        verdict->setEnabled(!locked);
    }
    updateProblems();
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
    if (!m_session || m_id.isEmpty())
        return;
    Assessment next = m_session->assessment();
    change(next.results[m_id]);
    if (next == m_session->assessment())
        return;
    m_session->change(next, description, mergeKey);
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
    if (paths.isEmpty() || !requirement())
        return;
    Assessment next = m_session->assessment();
    QStringList problems;
    for (const Problem& p : AssessmentEdit::addEvidence(next.results[m_id], paths))
        problems << tr("%1; choose a readable file").arg(p.toString());
    if (!problems.isEmpty())
        emit problem(problems.join(QLatin1Char('\n')));
    if (next != m_session->assessment() || paths.size() > problems.size())
        m_session->change(next, tr("Evidence for %1").arg(m_id));
}

void RequirementPane::openEvidence()
{
    const QListWidgetItem* item = m_evidence->currentItem() ? m_evidence->currentItem() : m_evidence->item(0);
    if (!item)
        return;
    // The file holds the evidence; a copy is written out for the viewer, checked against its hash. Its
    // path is made here from the content's hash and a plain suffix, never from the name, which could hold ../
    if (!m_viewerCopies)
        m_viewerCopies = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/starmark-evidence-XXXXXX"));
    const QByteArray sha = item->data(Qt::UserRole).toByteArray();
    static const QRegularExpression hexSha(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression plainSuffix(QStringLiteral("^[A-Za-z0-9]{1,12}$"));
    if (!m_viewerCopies->isValid() || !hexSha.match(QString::fromLatin1(sha)).hasMatch()) {
        emit problem(tr("This evidence cannot be opened: %1").arg(m_viewerCopies->isValid() ? tr("its SHA-256 in the file is damaged")
                                                                                            : m_viewerCopies->errorString()));
        return;
    }
    const QString suffix = QFileInfo(item->data(Qt::UserRole + 1).toString()).suffix();
    const QString target = m_viewerCopies->filePath(
        QString::fromLatin1(sha.left(16)) + (plainSuffix.match(suffix).hasMatch() ? QLatin1Char('.') + suffix : QString()));
    QString error;
    if (!m_session->file().exportEvidence(item->data(Qt::UserRole).toByteArray(), target, &error)) {
        emit problem(error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(target));
}

void RequirementPane::removeEvidence()
{
    const QListWidgetItem* item = m_evidence->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole + 1).toString();
    edit(tr("Evidence for %1").arg(m_id),
        [&](Assessment::Result& r) { r.evidence.removeIf([&](const Assessment::Evidence& e) { return e.name == name; }); });
}

} // namespace starmark::studio
