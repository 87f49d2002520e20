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
    // Leading white space (an ideographic space too) and spaces inside the brackets are not the id.
    EXPECT_EQ(ChecklistLayout::itemIdOf(QStringLiteral("\u3000 ( a1 ) x")), QStringLiteral("a1"));
    EXPECT_EQ(ChecklistLayout::itemIdOf(QStringLiteral("(1）mixed")), QStringLiteral("1"));
    EXPECT_EQ(ChecklistLayout::itemIdOf(QStringLiteral("() empty")), std::nullopt);
    EXPECT_EQ(ChecklistLayout::itemIdOf(QStringLiteral("(1 unclosed")), std::nullopt);
}

TEST(ChecklistLayout, TheApplicantsSheetListsEveryModelOfTheFamilyTheRepresentativeFirst)
{
    Assessment a;
    a.product.model = QStringLiteral("MS-CAM100");
    a.product.otherModels = {QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")};
    QStringList models;
    for (const auto& [label, value] : ChecklistLayout::productRows(a, Language::Japanese))
        if (label == QStringLiteral("型番"))
            models << value;
    EXPECT_EQ(models, (QStringList{QStringLiteral("MS-CAM100"), QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")}));
}

// On IPA's PSTI route the rows the statement of compliance stands for say so in their method
// column, and only those rows, and only when the profile takes the route.
TEST(ChecklistLayout, OnThePstiRouteTheCoveredRowsNameTheStatementOfCompliance)
{
    Chain chain;
    Requirement covered;
    covered.id = QStringLiteral("S1.1-02");
    covered.method = Requirement::Method::Document;
    chain.catalog.requirements.prepend(covered);
    chain.catalog.pstiRoute = Catalog::PstiRoute{QStringLiteral("psti_route"), {QStringLiteral("S1.1-02")}, {}};
    Assessment a;
    const auto method = [&](const Assessment& in, const QString& id, Language language) {
        for (const ChecklistLayout::Row& row : ChecklistLayout::rows(in, {&chain.catalog}, language))
            if (row.requirement == id && row.item.isEmpty())
                return row.cells[ChecklistLayout::Method - 1];
        return QString();
    };
    EXPECT_EQ(method(a, QStringLiteral("S1.1-02"), Language::English), QStringLiteral("Document review"));
    a.profile.insert(QStringLiteral("psti_route"), QStringLiteral("false"));
    EXPECT_EQ(method(a, QStringLiteral("S1.1-02"), Language::English), QStringLiteral("Document review"));
    a.profile.insert(QStringLiteral("psti_route"), QStringLiteral("true"));
    EXPECT_EQ(method(a, QStringLiteral("S1.1-02"), Language::English), QStringLiteral("PSTI statement of compliance"));
    EXPECT_EQ(method(a, QStringLiteral("S1.1-02"), Language::Japanese), QStringLiteral("PSTI法適合宣言書"));
    EXPECT_EQ(method(a, QStringLiteral("S1.1-10"), Language::English), QStringLiteral("Document review + device test"));
}
