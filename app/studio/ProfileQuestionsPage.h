#pragma once

#include <QHash>
#include <QMap>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;
class QVBoxLayout;

namespace starmark {
struct Catalog;
}

namespace starmark::studio {

class Studio;

// The wizard's profile step: the questions of a catalog and the levels below
// it, and which requirements each answer rules out, and why, shown at once.
class ProfileQuestionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProfileQuestionsPage(const Studio& studio, QWidget* parent = nullptr);

    // Asks the questions of `catalog`, keeping the answers already given to the same questions.
    void ask(const Catalog& catalog);
    // The catalog the questions were asked for, or nullptr before the first ask().
    const Catalog* catalog() const { return m_catalog; }
    void setAnswers(const QMap<QString, QString>& answers);
    QMap<QString, QString> answers() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showEffects();

    const Studio& m_studio;
    const Catalog* m_catalog = nullptr;
    QVBoxLayout* m_questions;
    QList<QWidget*> m_rows;
    QHash<QString, QComboBox*> m_answers;
    QLabel* m_effectsLabel;
    QListWidget* m_effects;
};

} // namespace starmark::studio
