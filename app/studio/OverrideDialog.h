#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace starmark::studio {

class Session;

// Setting a requirement's verdict against what the tools propose for it: the verdict and why
// (ToolOverride, as `starmark tool override`). The reason is required; the library's refusals
// (a verdict the tools propose too, a signed-off file) are shown and nothing is saved.
class OverrideDialog : public QDialog {
    Q_OBJECT
public:
    OverrideDialog(Session& session, QString requirementId, QWidget* parent = nullptr);

public slots:
    // Saves the override; false, with the reason shown, when it is refused.
    bool override();

private:
    void check();

    Session& m_session;
    QString m_id;
    QComboBox* m_verdict;
    QPlainTextEdit* m_rationale;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace starmark::studio
