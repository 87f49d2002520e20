#include "ProfileQuestionsPage.h"

#include "Studio.h"

#include "evaluators/Applicability.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace starmark::studio {

ProfileQuestionsPage::ProfileQuestionsPage(const Studio& studio, QWidget* parent)
    : QWizardPage(parent)
    , m_studio(studio)
    , m_questions(new QVBoxLayout)
    , m_effectsLabel(new QLabel)
    , m_effects(new QListWidget)
{
    m_effects->setObjectName(QStringLiteral("effects"));
    m_effects->setWordWrap(true);
    auto* p = new QVBoxLayout(this);
    p->addLayout(m_questions);
    m_effectsLabel->setWordWrap(true);
    p->addWidget(m_effectsLabel);
    p->addWidget(m_effects, 1);
    retranslate();
}

void ProfileQuestionsPage::retranslate()
{
    setTitle(tr("Product profile"));
    setSubTitle(tr("Your answers decide which requirements apply."));
    m_effects->setAccessibleName(tr("Effect of the answers"));
}

void ProfileQuestionsPage::ask(const Catalog& catalog)
{
    const QMap<QString, QString> kept = answers();
    qDeleteAll(m_rows);
    m_rows.clear();
    m_answers.clear();
    m_catalog = &catalog;
    const Language language = m_studio.language();
    for (const Catalog* link : m_studio.library().chain(catalog)) {
        for (const Question& q : link->questions) {
            auto* row = new QWidget;
            auto* form = new QFormLayout(row);
            form->setContentsMargins(0, 0, 0, 0);
            auto* label = new QLabel(q.text.in(language));
            label->setWordWrap(true);
            auto* answer = new QComboBox;
            answer->setObjectName(QStringLiteral("profile.") + q.id);
            answer->setAccessibleName(q.text.in(language));
            label->setBuddy(answer);
            answer->addItem(tr("— not answered —"), QString());
            switch (q.type) {
            case Question::Type::Boolean:
                answer->addItem(tr("Yes"), QStringLiteral("true"));
                answer->addItem(tr("No"), QStringLiteral("false"));
                break;
            case Question::Type::Choice:
                for (const Question::Option& o : q.options)
                    answer->addItem(o.text.in(language), o.id);
                break;
            case Question::Type::Text:
                answer->setEditable(true);
                break;
            }
            form->addRow(label, answer);
            m_questions->addWidget(row);
            m_rows << row;
            m_answers.insert(q.id, answer);
        }
    }
    setAnswers(kept);
    for (QComboBox* answer : std::as_const(m_answers))
        connect(answer, &QComboBox::currentIndexChanged, this, &ProfileQuestionsPage::showEffects);
    showEffects();
}

void ProfileQuestionsPage::setAnswers(const QMap<QString, QString>& answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (QComboBox* answer = m_answers.value(it.key())) {
            const int index = answer->findData(it.value());
            if (index >= 0)
                answer->setCurrentIndex(index);
            else if (answer->isEditable())
                answer->setEditText(it.value());
        }
    }
}

QMap<QString, QString> ProfileQuestionsPage::answers() const
{
    QMap<QString, QString> answers;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const QString value = it.value()->isEditable() ? it.value()->currentText().trimmed() : it.value()->currentData().toString();
        if (!value.isEmpty() && value != tr("— not answered —"))
            answers.insert(it.key(), value);
    }
    return answers;
}

void ProfileQuestionsPage::showEffects()
{
    m_effects->clear();
    if (!m_catalog)
        return;
    const QMap<QString, QString> given = answers();
    const Language language = m_studio.language();
    int ruledOut = 0;
    int undecided = 0;
    for (const Catalog* link : m_studio.library().chain(*m_catalog)) {
        for (const Requirement& r : link->requirements) {
            const Applicability a = Applicability::of(r, given);
            if (a.state == Applicability::State::NotApplicable) {
                ++ruledOut;
                new QListWidgetItem(tr("%1 %2 — not applicable: %3").arg(r.id, r.title.in(language), a.justification.in(language)), m_effects);
            } else if (a.state == Applicability::State::Unknown) {
                ++undecided;
                new QListWidgetItem(
                    tr("%1 %2 — applies until answered: %3").arg(r.id, r.title.in(language), a.unanswered.join(QStringLiteral(", "))),
                    m_effects);
            }
        }
    }
    m_effectsLabel->setText(ruledOut + undecided == 0 ? tr("Effect of the answers: every requirement applies.")
                                                      : tr("Effect of the answers: %1 not applicable, %2 waiting for an answer.")
                                                            .arg(ruledOut)
                                                            .arg(undecided));
}

void ProfileQuestionsPage::changeEvent(QEvent* event)
{
    // The questions and the effects are in the app's language: asked again in the new one.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_catalog)
            ask(*m_catalog);
    }
    QWizardPage::changeEvent(event);
}

} // namespace starmark::studio
