#pragma once

#include <QDateTime>

namespace starmark::test {

// The one instant every test stands on: keys are made, reports signed and
// labels checked at it, and the outside tools run at it too (CliRunner's
// runTool under faketime), so that no test depends on the real date. Tests of a
// boundary move away from it explicitly (testNow().addDays(…)).
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
}

} // namespace starmark::test
