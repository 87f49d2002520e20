#include "AuditTrailDialog.h"

#include "Session.h"

#include "evaluators/AssessmentFile.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace starmark::studio {

AuditTrailDialog::AuditTrailDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_verdict(new QLabel)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(tr("Audit trail"));
    const QList<AuditTrail::Entry> entries = session.file().auditEntries();
    const AuditTrail::Verification check = session.file().verifyAudit();
    m_intact = check.intact;
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    if (check.intact) {
        m_verdict->setText(tr("Intact: %1 entries, each hashing the one before; the newest is %2….")
                               .arg(entries.size())
                               .arg(entries.isEmpty() ? QString() : QString::fromLatin1(entries.constLast().hash.left(16))));
        m_verdict->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_verdict->setText(
            tr("NOT intact from entry %1: %2. The file was changed outside StarMark.").arg(check.firstBroken).arg(check.problem));
        m_verdict->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setAccessibleName(tr("Audit trail entries"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    m_table->setRowCount(int(entries.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Newest first: what someone opening the trail usually wants to see.
    for (int row = 0; row < entries.size(); ++row) {
        const AuditTrail::Entry& e = entries[entries.size() - 1 - row];
        const QStringList cells{e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.who,
            QStringLiteral("%1 %2").arg(e.action, e.target), e.oldValue.left(200), e.newValue.left(200)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == 3 ? e.oldValue : column == 4 ? e.newValue : cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(960, 560);
}

} // namespace starmark::studio
