#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace starmark::studio {

class Session;

// Every change the open assessment's file has recorded — who, when, what, from
// what to what — and whether the hash chain still holds: what a lab's quality
// manager or a certification body asks to see.
class AuditTrailDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditTrailDialog(const Session& session, QWidget* parent = nullptr);

    bool intact() const { return m_intact; }

private:
    bool m_intact = false;
    QLabel* m_verdict;
    QTableWidget* m_table;
};

} // namespace starmark::studio
