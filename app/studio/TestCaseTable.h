#pragma once

#include "evaluators/Assessment.h"

#include <QPointer>
#include <QTableWidget>

namespace starmark {
struct Requirement;
}

namespace starmark::studio {

class Session;

// The lab's test cases of one requirement: what each expects, what was
// observed (edited in place) and its verdict.
class TestCaseTable : public QTableWidget {
    Q_OBJECT
public:
    explicit TestCaseTable(QWidget* parent = nullptr);
    void retranslate();
    // No rows when `requirement` is null, as outside the lab.
    void setRequirement(Session& session, const Requirement* requirement);
    void refresh(const Assessment::Result& result, bool editable);

private:
    QPointer<Session> m_session;
    QString m_id;
};

} // namespace starmark::studio
