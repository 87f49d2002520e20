#include "OverrideDialog.h"

#include "Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace starmark::studio {

OverrideDialog::OverrideDialog(Session& session, QString requirementId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(std::move(requirementId))
    , m_verdict(new QComboBox)
    , m_rationale(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override the tools' proposals for %1").arg(m_id));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_rationale->setObjectName(QStringLiteral("rationale"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_verdict->addItem(tr("Pass"), int(Verdict::Pass));
    m_verdict->addItem(tr("Fail"), int(Verdict::Fail));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_rationale->setAccessibleName(tr("Why the verdict goes against the tools"));
    m_rationale->setTabChangesFocus(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Override"));
    auto* intro = new QLabel(tr("The verdict you give instead, and why: the reason becomes the result's rationale, "
                                "and the report shows that the proposals were overridden."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    auto* verdictLabel = new QLabel(tr("&Verdict:"));
    verdictLabel->setBuddy(m_verdict);
    form->addRow(verdictLabel, m_verdict);
    auto* rationaleLabel = new QLabel(tr("&Reason (required):"));
    rationaleLabel->setBuddy(m_rationale);
    form->addRow(rationaleLabel, m_rationale);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &OverrideDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (override())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

void OverrideDialog::check()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_rationale->toPlainText().trimmed().isEmpty());
}

bool OverrideDialog::override()
{
    const Result<void> done = m_session.overrideProposals(m_id, Verdict(m_verdict->currentData().toInt()), m_rationale->toPlainText().trimmed());
    if (!done) {
        QStringList lines;
        for (const Problem& p : done.problems())
            lines << p.message.text();
        m_problem->setText(lines.join(QLatin1Char('\n')));
        return false;
    }
    m_problem->clear();
    return true;
}

} // namespace starmark::studio
