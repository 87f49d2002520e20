#include "Fixtures.h"

#include "criteria/InputLimits.h"
#include "evaluators/ResultRules.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

const Requirement& requirement(const char* id)
{
    for (const Catalog* c : shippedCatalogs().catalogs()) {
        if (const Requirement* r = c->requirement(QString::fromUtf8(id)))
            return *r;
    }
    throw std::runtime_error(id);
}

QList<ResultRules::Problem> check(const Requirement& r, const Assessment::Result& result, Assessment::Mode mode = Assessment::Mode::Self)
{
    return ResultRules::check(r, result, mode, Applicability{});
}

// The first requirement of the shipped catalogs with the given item rule and at least two items.
const Requirement& withRule(Requirement::ItemRule rule)
{
    for (const Catalog* c : shippedCatalogs().catalogs()) {
        for (const Requirement& r : c->requirements) {
            if (r.itemRule == rule && r.items.size() >= 2)
                return r;
        }
    }
    throw std::runtime_error("no such requirement");
}

} // namespace

TEST(ResultRules, RuleAllNeedsEveryItem)
{
    const Requirement& r = withRule(Requirement::ItemRule::All);
    Assessment::Result result{Verdict::Pass, {r.items[0].id}, {}, {}, {}, {}, false};
    const auto problems = check(r, result);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].field, QStringLiteral("items"));
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("rule: all")));
    for (const Requirement::Item& item : r.items.mid(1))
        result.items << item.id;
    EXPECT_TRUE(check(r, result).isEmpty());
}

TEST(ResultRules, RuleAnyNeedsOneItem)
{
    const Requirement& r = withRule(Requirement::ItemRule::Any);
    Assessment::Result result{Verdict::Pass, {}, {}, {}, {}, {}, false};
    ASSERT_EQ(check(r, result).size(), 1);
    EXPECT_TRUE(check(r, result)[0].message.contains(QStringLiteral("rule: any")));
    result.items = {r.items.last().id};
    EXPECT_TRUE(check(r, result).isEmpty());
    // A failed requirement needs no items.
    EXPECT_TRUE(check(r, {Verdict::Fail, {}, {}, {}, {}, {}, false}).isEmpty());
}

TEST(ResultRules, UnknownItemsAndTestCasesAreNamed)
{
    const Requirement& r = requirement("S1.1-04");
    const auto problems
        = check(r, {Verdict::Fail, {QStringLiteral("9")}, {}, {}, {}, {{QStringLiteral("S1.1-04-T9"), {}}}, false}, Assessment::Mode::Lab);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("no evaluation item '9'")));
    EXPECT_EQ(problems[1].field, QStringLiteral("tests.S1.1-04-T9"));
}

TEST(ResultRules, ManualNotApplicableNeedsAJustification)
{
    const Requirement& r = requirement("S1.1-05");
    Assessment::Result result{Verdict::NotApplicable, {}, {}, {}, {}, {}, false};
    const auto problems = check(r, result);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].field, QStringLiteral("justification"));
    result.justification = QStringLiteral("The product has no network interface in this configuration.");
    EXPECT_TRUE(check(r, result).isEmpty());
    // When the profile already rules it out, no justification is needed.
    Applicability ruledOut;
    ruledOut.state = Applicability::State::NotApplicable;
    EXPECT_TRUE(ResultRules::check(r, {Verdict::NotApplicable, {}, {}, {}, {}, {}, false}, Assessment::Mode::Self, ruledOut).isEmpty());
}

TEST(ResultRules, LabPassNeedsEveryTestCaseToPass)
{
    const Requirement& r = requirement("S3.RT-01");
    ASSERT_GE(r.tests.size(), 2);
    Assessment::Result result{Verdict::Pass, {}, {}, {}, {}, {}, false};
    for (const Requirement::Item& item : r.items)
        result.items << item.id;
    for (const Requirement::TestCase& t : r.tests)
        result.tests.insert(t.id, {TestVerdict::Pass, QStringLiteral("ok")});
    EXPECT_TRUE(check(r, result, Assessment::Mode::Lab).isEmpty());
    result.tests[r.tests[1].id].verdict = TestVerdict::Inconclusive;
    auto problems = check(r, result, Assessment::Mode::Lab);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("it is inconclusive")));
    result.tests.remove(r.tests[0].id);
    problems = check(r, result, Assessment::Mode::Lab);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("not run")));
    EXPECT_FALSE(check(r, result, Assessment::Mode::Self).isEmpty()); // test results belong to lab mode
}

TEST(ResultRules, TextsAndEvidenceHoldToTheDeclarationLimits)
{
    // A result edited after import ('assess set', the desktop app) meets the same limits as one read from a declaration.
    Assessment::Result result;
    result.verdict = Verdict::Fail;
    result.rationale = QString(InputLimits::longTextCharacters, QLatin1Char('x'));
    result.tests.insert(QStringLiteral("T1"), {TestVerdict::Fail, QString(InputLimits::longTextCharacters, QChar(0x8A9E))});
    for (int i = 0; i < InputLimits::evidencePerResult; ++i)
        result.evidence.append({QStringLiteral("e%1.txt").arg(i), {}, 1, {}});
    const Requirement& r = requirement("S1.1-01");
    const auto fields = [&] {
        QStringList out;
        for (const ResultRules::Problem& p : check(r, result, Assessment::Mode::Lab))
            out << p.field;
        return out;
    };
    EXPECT_FALSE(fields().contains(QStringLiteral("rationale")));
    EXPECT_FALSE(fields().contains(QStringLiteral("evidence")));
    result.rationale += QLatin1Char('x');
    result.justification = QString(InputLimits::longTextCharacters + 1, QLatin1Char('j'));
    result.tests[QStringLiteral("T1")].observed += QLatin1Char('o');
    result.evidence.append({QStringLiteral("one-more.txt"), {}, 1, {}});
    const QList<ResultRules::Problem> problems = check(r, result, Assessment::Mode::Lab);
    QStringList found;
    for (const ResultRules::Problem& p : problems) {
        found << p.field;
        if (p.field == QLatin1String("rationale")) {
            EXPECT_TRUE(p.message.contains(QStringLiteral("20,001 characters; the limit is 20,000 characters (docs/limits.md)")));
        }
        if (p.field == QLatin1String("evidence")) {
            EXPECT_TRUE(p.message.contains(QStringLiteral("this result names 101 evidence files; the limit is 100")));
        }
    }
    for (const char* field : {"rationale", "justification", "tests.T1.observed", "evidence"})
        EXPECT_TRUE(found.contains(QLatin1String(field))) << field;
}

TEST(ResultRules, AResultNeedsAttentionWhenItBreaksARuleOrMustBeCheckedAgain)
{
    const Requirement& r = withRule(Requirement::ItemRule::All);
    QStringList all;
    for (const Requirement::Item& item : r.items)
        all << item.id;
    const auto attention
        = [&](const Assessment::Result& result) { return ResultRules::needsAttention(r, result, Assessment::Mode::Self, Applicability{}); };
    EXPECT_FALSE(attention({})) << "not yet assessed is a state of its own";
    EXPECT_FALSE(attention({Verdict::Pass, all, {}, {}, {}, {}, false}));
    EXPECT_TRUE(attention({Verdict::Pass, all.mid(1), {}, {}, {}, {}, false})) << "a pass without every item";
    EXPECT_TRUE(attention({Verdict::Pass, all, {}, {}, {}, {}, true})) << "carried over to new firmware";
    EXPECT_TRUE(attention({Verdict::NotAssessed, {}, {}, {}, {}, {}, true}));
}
