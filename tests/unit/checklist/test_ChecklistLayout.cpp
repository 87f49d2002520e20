#include "reports/checklist/ChecklistLayout.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

struct Chain {
    Catalog catalog;
    Chain()
    {
        Requirement r;
        r.id = QStringLiteral("S1.1-10");
        r.text = {QStringLiteral("要件"), QStringLiteral("Requirement")};
        r.method = Requirement::Method::DocumentAndDevice;
        r.items = {{QStringLiteral("1"), {QStringLiteral("一"), QStringLiteral("one")}}, {QStringLiteral("2"), {QStringLiteral("二"), QStringLiteral("two")}}};
        catalog.requirements = {r};
    }
};

} // namespace

TEST(ChecklistLayout, OneRowPerRequirementThenOnePerItem)
{
    Chain chain;
    Assessment a;
    Assessment::Result result;
    result.verdict = Verdict::NotApplicable;
    result.items = {QStringLiteral("2")};
    result.rationale = QStringLiteral("not shown");
    result.justification = QStringLiteral("無線機能がない");
    a.results.insert(QStringLiteral("S1.1-10"), result);
    const QList<ChecklistLayout::Row> rows = ChecklistLayout::rows(a, {&chain.catalog}, Language::English);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].cells.size(), ChecklistLayout::columnCount);
    EXPECT_EQ(rows[0].cells[ChecklistLayout::Verdict - 1], QStringLiteral("N/A"));
    EXPECT_EQ(rows[0].cells[ChecklistLayout::Rationale - 1], QStringLiteral("無線機能がない")) << "N/A shows its justification";
    EXPECT_EQ(rows[0].cells[ChecklistLayout::Method - 1], QStringLiteral("Document review + device test"));
    EXPECT_EQ(rows[1].item, QStringLiteral("1"));
    EXPECT_EQ(rows[1].cells[ChecklistLayout::Item - 1], QStringLiteral("(1) one"));
    EXPECT_TRUE(rows[1].cells[ChecklistLayout::Verdict - 1].isEmpty());
    EXPECT_EQ(rows[2].cells[ChecklistLayout::Verdict - 1], QStringLiteral("yes"));
    EXPECT_EQ(rows[2].cells[ChecklistLayout::Requirement - 1], QStringLiteral("S1.1-10"));
    // Not assessed at all: still a row, with its word.
    EXPECT_EQ(ChecklistLayout::rows({}, {&chain.catalog}, Language::English)[0].cells[ChecklistLayout::Verdict - 1], QStringLiteral("Not assessed"));
}

TEST(ChecklistLayout, ReadsTheWordsOfBothLanguagesAndNothingElse)
{
    const QHash<QString, Verdict> verdicts = ChecklistLayout::verdictsByWord();
    EXPECT_EQ(verdicts.value(QStringLiteral("pass")), Verdict::Pass);
    EXPECT_EQ(verdicts.value(QStringLiteral("n/a")), Verdict::NotApplicable);
    EXPECT_EQ(verdicts.value(QStringLiteral("not-assessed")), Verdict::NotAssessed);
    EXPECT_FALSE(verdicts.contains(QStringLiteral("ok")));
    EXPECT_FALSE(verdicts.contains(QString()));
    const QHash<QString, bool> ticks = ChecklistLayout::ticksByWord();
    EXPECT_TRUE(ticks.value(QStringLiteral("○")));
    EXPECT_TRUE(ticks.value(QStringLiteral("yes")));
    EXPECT_FALSE(ticks.value(QString(), true));
    EXPECT_FALSE(ticks.value(QStringLiteral("×"), true));
    EXPECT_FALSE(ticks.contains(QStringLiteral("maybe")));
}

TEST(ChecklistLayout, TellsAnItemRowByItsLabel)
{
    EXPECT_EQ(ChecklistLayout::itemIdOf(QStringLiteral("(2) text")), QStringLiteral("2"));
    EXPECT_EQ(ChecklistLayout::itemIdOf(QStringLiteral("（3）全角")), QStringLiteral("3"));
    EXPECT_EQ(ChecklistLayout::itemIdOf(QStringLiteral("text (2)")), std::nullopt);
    EXPECT_EQ(ChecklistLayout::itemIdOf(QString()), std::nullopt);
}

TEST(ChecklistLayout, ListsEveryModelNumber)
{
    Product p;
    EXPECT_TRUE(ChecklistLayout::models(p).isEmpty());
    p.model = QStringLiteral("MS-CAM100");
    EXPECT_EQ(ChecklistLayout::models(p), QStringList{QStringLiteral("MS-CAM100")});
}
