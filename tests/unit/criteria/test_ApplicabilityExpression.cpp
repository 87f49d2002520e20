#include "criteria/ApplicabilityExpression.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

ApplicabilityExpression parsed(const QString& text)
{
    ApplicabilityExpression::Error error;
    const auto e = ApplicabilityExpression::parse(text, &error);
    EXPECT_TRUE(e.has_value()) << error.message.toStdString();
    return e.value_or(ApplicabilityExpression());
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
        const char* fragment;
    };
    const Case cases[] = {
        {"", 0, "empty"},
        {"a and", 5, "ends too early"},
        {"a b", 2, "unexpected 'b'"},
        {"(a or b", 0, "not closed"},
        {"a == ", 5, "expected an option"},
        {"a = b", 2, "unexpected character '='"},
        {"and a", 0, "expected a question name"},
        {"a )", 2, "unexpected ')'"},
    };
    for (const Case& c : cases) {
        ApplicabilityExpression::Error error;
        EXPECT_FALSE(ApplicabilityExpression::parse(QString::fromUtf8(c.text), &error).has_value()) << c.text;
        EXPECT_EQ(error.offset, c.offset) << c.text;
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(c.fragment))) << c.text << ": " << error.message.toStdString();
    }
}

TEST(ApplicabilityExpression, DeepNestingIsRefusedNotOverflowed)
{
    ApplicabilityExpression::Error error;
    EXPECT_FALSE(ApplicabilityExpression::parse(QString(100000, QLatin1Char('(')) + QStringLiteral("a"), &error).has_value());
    EXPECT_TRUE(error.message.contains(QStringLiteral("nests deeper")));
    QString nots;
    for (int i = 0; i < 40; ++i)
        nots += QStringLiteral("not ");
    EXPECT_FALSE(ApplicabilityExpression::parse(nots + QStringLiteral("a"), &error).has_value());
    EXPECT_TRUE(ApplicabilityExpression::parse(QStringLiteral("not not (a and (b or (c)))"), &error).has_value());
}
