#pragma once

#include "evaluators/Assessment.h"

#include <functional>

#include <QTimer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace starmark {
struct Requirement;
}

namespace starmark::studio {

class EvaluationItems;
class EvidenceSection;
class Session;
class TestCaseTable;

// One requirement being judged: its text in both languages and where that
// text comes from, the evaluation items, the verdict with its rationale (or
// justification), the evidence, and in lab mode the test cases. Each edit is
// saved as it is made; the rationale on a short pause in typing, on leaving
// the editor and on switching requirement.
class RequirementPane : public QWidget {
    Q_OBJECT
public:
    static constexpr int rationaleDelayMs = 300;

    explicit RequirementPane(QWidget* parent = nullptr);
    void setSession(Session* session);
    const QString& requirementId() const { return m_id; }

public slots:
    void showRequirement(const QString& requirementId);
    // Reloads the widgets from the assessment (after undo, redo, or any change).
    void refresh();
    void addEvidence(const QStringList& paths);
    // Saves the rationale being typed now rather than after the pause.
    void flushRationale();

signals:
    void problem(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    const Requirement* requirement() const;
    void edit(const QString& description, const std::function<void(Assessment::Result&)>& change, const QString& mergeKey = {});
    void setVerdict(int index);
    void updateProblems();
    void refreshProposals(bool locked);

    Session* m_session = nullptr;
    QString m_id;
    QString m_rationaleFor; // the requirement the pending rationale belongs to
    QTimer m_rationaleTimer;

    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_text;
    QLabel* m_otherText;
    QLabel* m_provenance;
    QLabel* m_applicability;
    EvaluationItems* m_items;
    QLabel* m_verdictLabel;
    QComboBox* m_verdict;
    QLabel* m_proposals; // the tools' proposals for this requirement, with what the evaluator did with each
    QPushButton* m_accept;
    QPushButton* m_override;
    QLabel* m_justificationLabel;
    QLineEdit* m_justification;
    QLabel* m_rationaleLabel;
    QPlainTextEdit* m_rationale;
    QLabel* m_problems;
    EvidenceSection* m_evidence;
    QGroupBox* m_testsBox;
    TestCaseTable* m_tests;
};

} // namespace starmark::studio
