#pragma once

#include "evaluators/Assessment.h"

#include <QGroupBox>
#include <QPointer>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace starmark {
struct Requirement;
}

namespace starmark::studio {

class Session;

// The evaluation items of one requirement, each ticked when it holds, under
// the rule (all of them, or one) by which they make a pass.
class EvaluationItems : public QGroupBox {
    Q_OBJECT
public:
    explicit EvaluationItems(QWidget* parent = nullptr);
    void retranslate();
    void setRequirement(Session& session, const Requirement& requirement);
    void refresh(const Assessment::Result& result, bool editable);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<Session> m_session;
    QString m_id;
    QLabel* m_rule;
    QVBoxLayout* m_layout;
    QList<QCheckBox*> m_boxes;
    QList<QWidget*> m_rows; // reused; the first requirement.items.size() are shown
    QList<QLabel*> m_texts;
};

} // namespace starmark::studio
