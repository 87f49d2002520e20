#include "SignOffDialog.h"

#include "Session.h"
#include "Studio.h"

#include "evaluators/SignOffRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace starmark::studio {

SignOffDialog::SignOffDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel)
    , m_reviewer(new QLineEdit)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_damage(session.integrityProblems())
{
    setObjectName(QStringLiteral("signOffDialog"));
    setWindowTitle(tr("Reviewer sign-off"));
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The reviewer, someone other than the evaluator (%1), confirms the evaluation. "
                        "Signing off locks the assessment: later changes need a new revision.")
                         .arg(session.assessment().evaluator.name));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign off"));
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Reviewer:"));
    label->setBuddy(m_reviewer);
    form->addRow(label, m_reviewer);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_reviewer, &QLineEdit::textChanged, this, &SignOffDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (signOff())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

void SignOffDialog::setReviewer(const QString& name)
{
    m_reviewer->setText(name);
}

void SignOffDialog::check()
{
    const std::optional<Problem> refused = SignOffRules::problem(m_session.assessment(), m_session.chain(), m_reviewer->text());
    const QString problem = !m_damage.isEmpty() ? m_damage.join(QLatin1Char('\n')) : refused ? refused->message.text() : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

bool SignOffDialog::signOff()
{
    check();
    if (!m_problem->text().isEmpty())
        return false;
    Assessment next = m_session.assessment();
    next.signOff = Assessment::SignOff{m_reviewer->text().trimmed(), m_session.studio().clock().now().toUTC()};
    return m_session.change(next, tr("Sign-off by %1").arg(next.signOff->reviewer));
}

} // namespace starmark::studio
