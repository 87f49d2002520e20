#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace starmark::studio {

class Session;

// The lab reviewer's sign-off: who reviews, and whether they may now (the
// rules say why not). Signing off locks the assessment.
class SignOffDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignOffDialog(Session& session, QWidget* parent = nullptr);
    void setReviewer(const QString& name);

public slots:
    // Signs off and saves; false, with the reason shown, when the rules refuse.
    bool signOff();

private:
    void check();

    Session& m_session;
    QLabel* m_intro;
    QLineEdit* m_reviewer;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QStringList m_damage; // checked once: a file changed outside StarMark is not signed off
};

} // namespace starmark::studio
