#include "OutcomePanel.h"

#include "Session.h"
#include "StatusIcon.h"
#include "Studio.h"

#include "criteria/CatalogChain.h"
#include "evaluators/Outcome.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QVBoxLayout>

namespace starmark::studio {

OutcomePanel::OutcomePanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel)
    , m_level(new QLabel)
    , m_progress(new QProgressBar)
    , m_counts(new QLabel)
    , m_gapsHeading(new QLabel)
    , m_gaps(new QListWidget)
    , m_notes(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    QFont big = m_level->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_level->setFont(big);
    m_level->setWordWrap(true);
    m_counts->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_gaps->setObjectName(QStringLiteral("gaps"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_level->setObjectName(QStringLiteral("levelAchieved"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_heading, m_level, m_progress, m_counts, m_gapsHeading, m_gaps, m_notes})
        layout->addWidget(w);
    layout->addStretch();
    m_gaps->setWordWrap(true);
    connect(m_gaps, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit requirementActivated(item->data(Qt::UserRole).toString()); });
    connect(m_gaps, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { emit requirementActivated(item->data(Qt::UserRole).toString()); });
    retranslate();
}

void OutcomePanel::setSession(const Session* session)
{
    m_session = session;
    refresh();
}

void OutcomePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OutcomePanel::retranslate()
{
    m_heading->setText(tr("Outcome"));
    m_progress->setAccessibleName(tr("Requirements decided"));
    m_gaps->setAccessibleName(tr("Requirements blocking the next level"));
    refresh();
}

void OutcomePanel::refresh()
{
    m_gaps->clear();
    if (!m_session) {
        m_level->clear();
        m_counts->clear();
        m_notes->clear();
        return;
    }
    const Assessment& a = m_session->assessment();
    const Outcome o = Outcome::of(a, m_session->chain());
    const Language language = m_session->studio().language();
    m_level->setText(o.achieved >= o.target ? tr("★%1 achieved").arg(o.achieved)
                                            : tr("Target ★%1 — achieved: %2")
                                                  .arg(o.target)
                                                  .arg(o.achieved > 0 ? QStringLiteral("★%1").arg(o.achieved) : tr("none yet")));
    int total = 0;
    for (const int n : o.counts)
        total += n;
    const int open = o.counts.value(Verdict::NotAssessed);
    m_progress->setRange(0, total);
    m_progress->setValue(total - open);
    m_progress->setFormat(tr("%1 of %2 decided").arg(total - open).arg(total));
    m_counts->setText(tr("pass %1 · fail %2 · not applicable %3 · not assessed %4")
                          .arg(o.counts.value(Verdict::Pass))
                          .arg(o.counts.value(Verdict::Fail))
                          .arg(o.counts.value(Verdict::NotApplicable))
                          .arg(open)
        + (o.recheck ? tr(" · to re-check %1").arg(o.recheck) : QString()));
    const int next = o.achieved + 1;
    m_gapsHeading->setText(o.gaps.isEmpty() ? QString() : tr("Blocking ★%1:").arg(next));
    for (const Outcome::Gap& gap : o.gaps) {
        const Requirement* r = CatalogChain::requirement(m_session->chain(), gap.requirement);
        auto* item = new QListWidgetItem(StatusIcon::icon(StatusIcon::of(gap.verdict, gap.recheck)),
            QStringLiteral("%1  %2").arg(gap.requirement, r ? r->title.in(language) : QString()), m_gaps);
        item->setData(Qt::UserRole, gap.requirement);
    }
    m_gaps->setVisible(!o.gaps.isEmpty());
    QStringList notes;
    if (!a.evaluator.name.isEmpty())
        notes << (a.mode == Assessment::Mode::Lab ? tr("Evaluator: %1 (%2)") : tr("Declared by: %1 (%2)"))
                     .arg(a.evaluator.name, a.evaluator.organisation);
    if (!o.unanswered.isEmpty())
        notes << tr("Unanswered profile questions: %1").arg(o.unanswered.join(QStringLiteral(", ")));
    if (a.signOff)
        notes << tr("Signed off by %1 on %2; the assessment is locked.")
                     .arg(a.signOff->reviewer, a.signOff->at.date().toString(Qt::ISODate));
    m_notes->setText(notes.join(QLatin1Char('\n')));
}

} // namespace starmark::studio
