#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

#include <QTemporaryDir>

namespace starmark::test {

// A committed golden output in tests/fixtures/tools (README.md there says how it was made).
QString toolFixture(const char* name);
// The fixture read by ToolOutput; fails the test when it does not read.
ToolFindings readFixture(const char* name);
// Writes `content` to `dir/name` and returns the path.
QString writeToolFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);
// The one problem of a refused read, or fails the test.
Problem refusal(const Result<ToolFindings>& result);

} // namespace starmark::test
