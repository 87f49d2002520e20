#pragma once

#include <QStringList>

namespace starmark::test {

// Runs `statements` on an assessment file behind StarMark's back, as sqlite3
// would: how the tests tamper with a file. A statement that fails fails the test.
void sqliteEdit(const QString& file, const QStringList& statements);

} // namespace starmark::test
