#include "evaluators/tools/StrictJson.h"

#include "evaluators/tools/ToolLimits.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(StrictJson, ASyntaxErrorIsPlacedAtItsLineAndColumn)
{
    StrictJson json(QStringLiteral("out.json"));
    const Result<QJsonDocument> read = json.parse("{\n  \"a\": 1,\n  \"b\" 2\n}");
    ASSERT_FALSE(read.ok());
    const Problem& problem = read.problems().constFirst();
    EXPECT_EQ(problem.code, QStringLiteral("tool.json-malformed"));
    EXPECT_EQ(problem.severity, Problem::Severity::Unusable);
    EXPECT_EQ(problem.where.file, QStringLiteral("out.json"));
    EXPECT_EQ(problem.where.line, 3);
    EXPECT_GE(problem.where.column, 6);
}

TEST(StrictJson, ATruncatedFileSaysSo)
{
    StrictJson json(QStringLiteral("out.json"));
    const Result<QJsonDocument> read = json.parse("[{\"id\": \"TLS1\", \"finding\": \"offered\"},\n{\"id\": \"TLS");
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.problems().constFirst().code, QStringLiteral("tool.json-truncated"));
    EXPECT_EQ(read.problems().constFirst().where.line, 2);
}

TEST(StrictJson, NestingPastTheLimitIsRefusedBeforeQtBuildsTheTree)
{
    StrictJson json(QStringLiteral("out.json"));
    const QByteArray deep = QByteArray("[").repeated(ToolLimits::depth + 1) + QByteArray("]").repeated(ToolLimits::depth + 1);
    const Result<QJsonDocument> read = json.parse(deep);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.problems().constFirst().code, QStringLiteral("tool.too-deep"));
    // Brackets inside strings are text, not nesting.
    EXPECT_TRUE(json.parse("[\"" + QByteArray("[").repeated(ToolLimits::depth + 1) + "\"]").ok());
}

TEST(StrictJson, AValueOfTheWrongTypeIsNamedByItsPathAndOnlyTheFirstProblemIsKept)
{
    StrictJson json(QStringLiteral("out.json"));
    const QJsonObject object{{QStringLiteral("name"), 5}, {QStringLiteral("list"), QStringLiteral("x")}};
    EXPECT_TRUE(json.text(object, u"name", QStringLiteral("$.a")).isEmpty());
    EXPECT_TRUE(json.list(object, u"list", QStringLiteral("$.a")).isEmpty());
    ASSERT_EQ(json.problems().size(), 1);
    EXPECT_EQ(json.problems()[0].code, QStringLiteral("tool.json-wrong-type"));
    EXPECT_EQ(json.problems()[0].key, QStringLiteral("$.a.name"));
}

TEST(StrictJson, AbsentValuesAreEmptyNotProblems)
{
    StrictJson json(QStringLiteral("out.json"));
    EXPECT_TRUE(json.text({}, u"name", QStringLiteral("$")).isEmpty());
    EXPECT_TRUE(json.list({}, u"list", QStringLiteral("$")).isEmpty());
    EXPECT_EQ(json.number({}, u"n", QStringLiteral("$"), -1), -1);
    EXPECT_FALSE(json.failed());
}

TEST(StrictJson, FindingsPastTheLimitAreRefused)
{
    StrictJson json(QStringLiteral("out.json"));
    for (int i = 0; i < ToolLimits::findings; ++i)
        ASSERT_TRUE(json.countFinding(QStringLiteral("$")));
    EXPECT_FALSE(json.countFinding(QStringLiteral("$[1000000]")));
    EXPECT_EQ(json.problems().constFirst().code, QStringLiteral("tool.too-many-findings"));
    EXPECT_EQ(json.problems().constFirst().key, QStringLiteral("$[1000000]"));
}
