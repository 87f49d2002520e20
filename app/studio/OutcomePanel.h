#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;

namespace starmark::studio {

class Session;

// Where the assessment stands, recomputed after every change: the level
// achieved against the target, progress, and the requirements that keep the
// next level out of reach (a click opens one).
class OutcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit OutcomePanel(QWidget* parent = nullptr);
    void setSession(const Session* session);
    void refresh();

signals:
    void requirementActivated(const QString& requirementId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const Session* m_session = nullptr;
    QLabel* m_heading;
    QLabel* m_level;
    QProgressBar* m_progress;
    QLabel* m_counts;
    QLabel* m_gapsHeading;
    QListWidget* m_gaps;
    QLabel* m_notes;
};

} // namespace starmark::studio
