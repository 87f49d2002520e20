#include "ToolFixtures.h"

#include "evaluators/tools/ToolOutput.h"

#include <QFile>

#include <gtest/gtest.h>

namespace starmark::test {

QString toolFixture(const char* name)
{
    return QStringLiteral(STARMARK_TOOL_FIXTURES "/") + QLatin1String(name);
}

ToolFindings readFixture(const char* name)
{
    const Result<ToolFindings> read = ToolOutput::read(toolFixture(name));
    if (!read) {
        ADD_FAILURE() << name << ": " << read.problems().constFirst().toString().toStdString();
        return {};
    }
    return *read;
}

QString writeToolFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        ADD_FAILURE() << "cannot write " << path.toStdString();
    return path;
}

Problem refusal(const Result<ToolFindings>& result)
{
    if (result.ok() || result.problems().size() != 1) {
        ADD_FAILURE() << "expected one refusal, got " << (result.ok() ? "findings" : "several problems");
        return {};
    }
    return result.problems().constFirst();
}

} // namespace starmark::test
