#include "TestCaseTable.h"

#include "Session.h"
#include "Studio.h"

#include "criteria/Requirement.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace starmark::studio {
namespace {

QString testVerdictText(TestVerdict v)
{
    switch (v) {
    case TestVerdict::Pass:
        return TestCaseTable::tr("pass");
    case TestVerdict::Fail:
        return TestCaseTable::tr("fail");
    case TestVerdict::Inconclusive:
        break;
    }
    return TestCaseTable::tr("inconclusive");
}

} // namespace

TestCaseTable::TestCaseTable(QWidget* parent)
    : QTableWidget(parent)
{
    setColumnCount(4);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    setWordWrap(true);
    setMinimumHeight(320);
    // Wrapped text needs its rows re-measured whenever the columns change width.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &QTableWidget::resizeRowsToContents);
    connect(this, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column != 2 || !m_session)
            return;
        const QString test = item(row, 0)->data(Qt::UserRole).toString();
        const QString observed = item(row, column)->text();
        m_session->changeResult(m_id, tr("Observation of %1").arg(test), [&](Assessment::Result& r) { r.tests[test].observed = observed; });
    });
}

void TestCaseTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Test"), tr("Expected"), tr("Observed"), tr("Verdict")});
    setAccessibleName(tr("Test cases"));
}

void TestCaseTable::setRequirement(Session& session, const Requirement* requirement)
{
    m_session = &session;
    m_id = requirement ? requirement->id : QString();
    const Language language = session.studio().language();
    const QSignalBlocker block(this);
    // Rows, items and verdict boxes are reused from one requirement to the next: making widgets costs more than the switch.
    setRowCount(requirement ? int(requirement->tests.size()) : 0);
    for (int row = 0; row < rowCount(); ++row) {
        const Requirement::TestCase& t = requirement->tests[row];
        if (!item(row, 0)) {
            for (int column = 0; column < 3; ++column)
                setItem(row, column, new QTableWidgetItem);
            item(row, 0)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item(row, 1)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto* verdict = new QComboBox;
            for (const TestVerdict v : {TestVerdict::Inconclusive, TestVerdict::Pass, TestVerdict::Fail})
                verdict->addItem(testVerdictText(v), int(v));
            connect(verdict, &QComboBox::activated, this, [this, verdict](int) {
                if (!m_session)
                    return;
                const QString id = verdict->property("testId").toString();
                const auto v = TestVerdict(verdict->currentData().toInt());
                m_session->changeResult(
                    m_id, tr("Verdict of test %1").arg(id), [&](Assessment::Result& result) { result.tests[id].verdict = v; });
            });
            // At the top of its cell, not stretched over a row made tall by wrapped text.
            auto* cell = new QWidget;
            auto* top = new QVBoxLayout(cell);
            top->setContentsMargins(2, 2, 2, 2);
            top->addWidget(verdict);
            top->addStretch();
            setCellWidget(row, 3, cell);
        }
        item(row, 0)->setText(QStringLiteral("%1\n%2").arg(t.id, t.text.in(language)));
        item(row, 0)->setData(Qt::UserRole, t.id);
        item(row, 1)->setText(t.expected.in(language));
        auto* verdict = cellWidget(row, 3)->findChild<QComboBox*>();
        verdict->setObjectName(QStringLiteral("test-") + t.id);
        verdict->setProperty("testId", t.id);
        verdict->setAccessibleName(tr("Verdict of test %1").arg(t.id));
        for (int i = 0; i < verdict->count(); ++i)
            verdict->setItemText(i, testVerdictText(TestVerdict(verdict->itemData(i).toInt())));
    }
    resizeRowsToContents();
}

void TestCaseTable::refresh(const Assessment::Result& result, bool editable)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QString test = item(row, 0)->data(Qt::UserRole).toString();
        const Assessment::TestResult t = result.tests.value(test);
        {
            const QSignalBlocker block(this);
            if (item(row, 2)->text() != t.observed)
                item(row, 2)->setText(t.observed);
            item(row, 2)->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable : Qt::ItemIsEnabled);
        }
        auto* verdict = cellWidget(row, 3)->findChild<QComboBox*>();
        const QSignalBlocker block(verdict);
        verdict->setCurrentIndex(verdict->findData(int(t.verdict)));
        verdict->setEnabled(editable);
    }
}

} // namespace starmark::studio
