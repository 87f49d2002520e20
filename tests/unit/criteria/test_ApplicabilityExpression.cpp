#include "criteria/ApplicabilityExpression.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

ApplicabilityExpression parsed(const QString& text)
{
    Result<ApplicabilityExpression> e = ApplicabilityExpression::parse(text);
    EXPECT_TRUE(e.ok()) << e.problems().value(0).toString(Language::English).toStdString();
    return e ? e.take() : ApplicabilityExpression();
}

ApplicabilityExpression::Answers answers(QHash<QString, QString> values)
{
    return [values](const QString& q) -> std::optional<QString> {
        if (!values.contains(q))
            return std::nullopt;
        return values.value(q);
    };
}

} // namespace

TEST(ApplicabilityExpression, PrecedenceIsNotThenAndThenOr)
{
    const auto e = parsed(QStringLiteral("a or b and not c"));
    EXPECT_EQ(e.evaluate(answers({{"a", "false"}, {"b", "true"}, {"c", "false"}})), true);
    EXPECT_EQ(e.evaluate(answers({{"a", "false"}, {"b", "true"}, {"c", "true"}})), false);
    EXPECT_EQ(e.evaluate(answers({{"a", "true"}, {"b", "false"}, {"c", "true"}})), true);
    const auto grouped = parsed(QStringLiteral("(a or b) and not c"));
    EXPECT_EQ(grouped.evaluate(answers({{"a", "true"}, {"b", "false"}, {"c", "true"}})), false);
}

TEST(ApplicabilityExpression, ChoiceComparisons)
{
    const auto e = parsed(QStringLiteral("channel == cloud or channel != none"));
    EXPECT_EQ(e.evaluate(answers({{"channel", "cloud"}})), true);
    EXPECT_EQ(e.evaluate(answers({{"channel", "none"}})), false);
    EXPECT_EQ(e.evaluate(answers({{"channel", "lan"}})), true);
    ASSERT_EQ(e.uses().size(), 2);
    EXPECT_EQ(e.uses()[0].question, QStringLiteral("channel"));
    EXPECT_EQ(e.uses()[0].option, QStringLiteral("cloud"));
    EXPECT_EQ(e.uses()[1].offset, 20);
    EXPECT_EQ(e.uses()[1].optionOffset, 31);
}

TEST(ApplicabilityExpression, UnansweredIsUnknownUnlessDecided)
{
    const auto e = parsed(QStringLiteral("a and b"));
    EXPECT_EQ(e.evaluate(answers({{"a", "true"}})), std::nullopt);
    EXPECT_EQ(e.evaluate(answers({{"b", "false"}})), false);
    const auto o = parsed(QStringLiteral("a or b"));
    EXPECT_EQ(o.evaluate(answers({{"b", "true"}})), true);
    EXPECT_EQ(parsed(QStringLiteral("not a")).evaluate(answers({})), std::nullopt);
    EXPECT_EQ(ApplicabilityExpression().evaluate(answers({})), true);
}

TEST(ApplicabilityExpression, ErrorsCarryTheirOffset)
{
    struct Case {
        const char* text;
        int offset;
        const char* code;
        const char* shown; // the part of the rule the message quotes, if any
    };
    const Case cases[] = {
        {"", 0, "applies-if.empty", nullptr},
        {"a and", 5, "applies-if.incomplete", nullptr},
        {"a b", 2, "applies-if.unexpected-token", "'b'"},
        {"(a or b", 0, "applies-if.unclosed", nullptr},
        {"a == ", 5, "applies-if.expected-option", "'a'"},
        {"a = b", 2, "applies-if.unexpected-character", "'='"},
        {"and a", 0, "applies-if.expected-question", "'and'"},
        {"a )", 2, "applies-if.unexpected-token", "')'"},
    };
    for (const Case& c : cases) {
        const Result<ApplicabilityExpression> e = ApplicabilityExpression::parse(QString::fromUtf8(c.text));
        ASSERT_FALSE(e.ok()) << c.text;
        ASSERT_EQ(e.problems().size(), 1) << c.text;
        const Problem& p = e.problems()[0];
        EXPECT_EQ(p.code, QLatin1String(c.code)) << c.text;
        EXPECT_EQ(p.severity, Problem::Severity::Invalid) << c.text;
        EXPECT_EQ(p.where.line, 1) << c.text;
        EXPECT_EQ(p.where.column, c.offset + 1) << c.text;
        if (c.shown) {
            EXPECT_TRUE(p.message.text(Language::English).contains(QLatin1String(c.shown))) << c.text;
        }
    }
}

TEST(ApplicabilityExpression, DeepNestingIsRefusedNotOverflowed)
{
    const Result<ApplicabilityExpression> deep = ApplicabilityExpression::parse(QString(100000, QLatin1Char('(')) + QStringLiteral("a"));
    ASSERT_FALSE(deep.ok());
    EXPECT_NE(findProblem(deep.problems(), u"applies-if.too-deep"), nullptr);
    QString nots;
    for (int i = 0; i < 40; ++i)
        nots += QStringLiteral("not ");
    EXPECT_NE(findProblem(ApplicabilityExpression::parse(nots + QStringLiteral("a")).problems(), u"applies-if.too-deep"), nullptr);
    EXPECT_TRUE(ApplicabilityExpression::parse(QStringLiteral("not not (a and (b or (c)))")).ok());
}
