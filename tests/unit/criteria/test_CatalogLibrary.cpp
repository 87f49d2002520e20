#include "CatalogFiles.h"

#include "criteria/CatalogLibrary.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// A ★n catalog of category `router` extending `parent`, with one requirement.
std::string child(
    const std::string& id, int level, const std::string& extends, const std::string& requirementId, const std::string& extra = {})
{
    return "scheme: test\n" // 1
           "id: "
        + id
        + "\n" // 2
          "version: \"1\"\n" // 3
          "level: "
        + std::to_string(level)
        + "\n" // 4
          "category: router\n" // 5
          "extends: "
        + extends
        + "\n" // 6
          "title: {ja: 子, en: Child}\n" // 7
          "source: {document: Test}\n" // 8
          "requirements:\n" // 9
          "  - id: "
        + requirementId
        + "\n" // 10
          "    title: {ja: 題, en: Title}\n" // 11
          "    text: {ja: 本文, en: Text}\n" // 12
          "    method: device\n" // 13
          "    items: {rule: all, list: [{id: a, text: {ja: 項目, en: Item}}]}\n" // 14
          "    provenance: provisional\n" // 15
        + extra;
}

struct Loaded {
    CatalogFolder folder;
    std::optional<CatalogLibrary> library;

    const Problem* first(const QString& fileName) const
    {
        for (const Problem& d : library->problems()) {
            if (d.where.file.endsWith(QLatin1Char('/') + fileName))
                return &d;
        }
        return nullptr;
    }
};

// `earlier`, when given, is the place of the first declaration the message must name.
void expectAt(const Problem* d, int line, int column, const char* key, const char* code, const char* earlier = nullptr)
{
    ASSERT_NE(d, nullptr);
    const std::string shown = d->toString(Language::English).toStdString();
    EXPECT_EQ(d->where.line, line) << shown;
    EXPECT_EQ(d->where.column, column) << shown;
    EXPECT_EQ(d->key.toStdString(), key) << shown;
    EXPECT_EQ(d->code, QLatin1String(code)) << shown;
    if (earlier) {
        EXPECT_TRUE(d->message.text(Language::English).contains(QLatin1String(earlier))) << shown;
    }
}

} // namespace

class CatalogLibraryTest : public ::testing::Test {
protected:
    void load(std::initializer_list<std::pair<const char*, std::string>> files)
    {
        for (const auto& [name, content] : files)
            m.folder.write(QString::fromUtf8(name), content);
        m.library.emplace(CatalogLibrary::load({m.folder.path()}));
    }
    const Catalog* find(const char* id) const { return m.library->find(QString::fromUtf8(id)); }
    Loaded m;
};

TEST_F(CatalogLibraryTest, ResolvesAChainLowestLevelFirst)
{
    load({{"base.yaml", joined(baseCatalog())},
        {"two.yaml", child("two", 2, "base", "R2-01", "    applies_if: has_net and channel == auto\n")},
        {"three.yaml", child("three", 3, "two", "R3-01")}});
    EXPECT_TRUE(m.library->problems().isEmpty()) << m.library->problems().value(0).toString().toStdString();
    const Catalog* three = find("three");
    ASSERT_NE(three, nullptr);
    EXPECT_TRUE(m.library->isValid(*three));
    QStringList ids;
    for (const Catalog* c : m.library->chain(*three))
        ids << c->id;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("base"), QStringLiteral("two"), QStringLiteral("three")}));
    EXPECT_EQ(find("test/two"), find("two"));
    EXPECT_EQ(find("nope"), nullptr);
    EXPECT_EQ(m.library->catalogs().size(), 3);
    EXPECT_EQ(m.library->catalogs().first()->id, QStringLiteral("base"));
}

TEST_F(CatalogLibraryTest, UnknownParent)
{
    load({{"base.yaml", joined(baseCatalog())}, {"two.yaml", child("two", 2, "bsae", "R2-01")}});
    expectAt(
        m.first(QStringLiteral("two.yaml")), 6, 10, "extends", "catalog.unknown-parent");
    EXPECT_FALSE(m.library->isValid(*find("two")));
}

TEST_F(CatalogLibraryTest, CycleIsRejected)
{
    load({{"base.yaml", joined(baseCatalog())}, {"a.yaml", child("a", 2, "[base, b]", "RA-01")},
        {"b.yaml", child("b", 2, "[base, a]", "RB-01")}});
    const Problem* d = m.first(QStringLiteral("b.yaml"));
    expectAt(d, 6, 10, "extends", "catalog.cycle");
    EXPECT_FALSE(m.library->isValid(*find("a")));
    EXPECT_FALSE(m.library->isValid(*find("b")));
}

TEST_F(CatalogLibraryTest, SelfExtensionIsACycle)
{
    load({{"base.yaml", joined(baseCatalog())}, {"two.yaml", child("two", 2, "[base, two]", "R2-01")}});
    expectAt(m.first(QStringLiteral("two.yaml")), 6, 10, "extends", "catalog.cycle");
}

TEST_F(CatalogLibraryTest, DuplicateRequirementIdAcrossLevels)
{
    load({{"base.yaml", joined(baseCatalog())}, {"two.yaml", child("two", 2, "base", "R-01")}});
    expectAt(m.first(QStringLiteral("two.yaml")), 10, 9, "requirements[R-01].id", "catalog.duplicate-id", "base.yaml:19");
    EXPECT_TRUE(m.library->isValid(*find("base")));
    EXPECT_FALSE(m.library->isValid(*find("two")));
}

TEST_F(CatalogLibraryTest, DuplicateQuestionIdAcrossLevels)
{
    load({{"base.yaml", joined(baseCatalog())},
        {"two.yaml", child("two", 2, "base", "R2-01", "questions:\n  - {id: has_net, type: boolean, text: {ja: 再, en: Again}}\n")}});
    expectAt(m.first(QStringLiteral("two.yaml")), 17, 10, "questions[has_net].id", "catalog.duplicate-id", "base.yaml:9");
}

TEST_F(CatalogLibraryTest, DuplicateTestCaseIdWithinAChain)
{
    const std::string tests = "    tests: [{id: R2-01-T1, kind: conceptual, text: {ja: 試, en: T}, expected: {ja: 可, en: P}},\n"
                              "            {id: R2-01-T1, kind: functional, text: {ja: 試, en: T}, expected: {ja: 可, en: P}}]\n";
    load({{"base.yaml", joined(baseCatalog())}, {"two.yaml", child("two", 2, "base", "R2-01", tests)}});
    expectAt(m.first(QStringLiteral("two.yaml")), 17, 18, "requirements[R2-01].tests[R2-01-T1].id", "catalog.duplicate-id", "two.yaml:16");
}

TEST_F(CatalogLibraryTest, LevelGapIsRejected)
{
    load({{"base.yaml", joined(baseCatalog())}, {"three.yaml", child("three", 3, "base", "R3-01")}});
    expectAt(m.first(QStringLiteral("three.yaml")), 6, 10, "extends", "catalog.missing-level");
}

TEST_F(CatalogLibraryTest, ParentOfSameOrHigherLevelIsRejected)
{
    load({{"base.yaml", joined(baseCatalog())}, {"two.yaml", child("two", 2, "base", "R2-01")},
        {"other.yaml", child("other", 2, "[base, two]", "RO-01")}});
    expectAt(m.first(QStringLiteral("other.yaml")), 6, 10, "extends", "catalog.parent-level");
}

TEST_F(CatalogLibraryTest, ParentOfAnotherCategoryIsRejected)
{
    std::string camera = child("cam", 2, "base", "RC-01");
    camera.replace(camera.find("category: router"), 16, "category: camera");
    load({{"base.yaml", joined(baseCatalog())}, {"cam.yaml", camera}, {"three.yaml", child("three", 3, "[base, cam]", "R3-01")}});
    expectAt(m.first(QStringLiteral("three.yaml")), 6, 10, "extends", "catalog.parent-category");
}

TEST_F(CatalogLibraryTest, InvalidParentMakesTheChildInvalid)
{
    load({{"base.yaml", joined(replaced(baseCatalog(), 22, "    method: devise"))}, {"two.yaml", child("two", 2, "base", "R2-01")}});
    expectAt(m.first(QStringLiteral("two.yaml")), 6, 10, "extends", "catalog.invalid-parent");
    EXPECT_EQ(find("base"), nullptr); // never loaded: its file has errors
}

TEST_F(CatalogLibraryTest, DuplicateCatalogIdInAScheme)
{
    load({{"base.yaml", joined(baseCatalog())}, {"copy.yaml", joined(baseCatalog())}});
    expectAt(m.first(QStringLiteral("copy.yaml")), 2, 5, "id", "catalog.duplicate-catalog-id", "base.yaml:2");
}

TEST_F(CatalogLibraryTest, AppliesIfNamesAnUnknownQuestion)
{
    load({{"base.yaml", joined(replaced(baseCatalog(), 23, "    applies_if: has_net and has_cloud"))}});
    expectAt(
        m.first(QStringLiteral("base.yaml")), 23, 29, "requirements[R-01].applies_if", "catalog.unknown-question");
}

TEST_F(CatalogLibraryTest, AppliesIfUsesAChoiceWithoutComparing)
{
    load({{"base.yaml", joined(replaced(baseCatalog(), 23, "    applies_if: not channel"))}});
    expectAt(m.first(QStringLiteral("base.yaml")), 23, 21, "requirements[R-01].applies_if",
        "catalog.uncompared-choice");
}

TEST_F(CatalogLibraryTest, AppliesIfComparesABoolean)
{
    load({{"base.yaml", joined(replaced(baseCatalog(), 23, "    applies_if: has_net == auto"))}});
    expectAt(m.first(QStringLiteral("base.yaml")), 23, 17, "requirements[R-01].applies_if", "catalog.compared-yes-no");
}

TEST_F(CatalogLibraryTest, AppliesIfNamesAnUnknownOption)
{
    load({{"base.yaml", joined(replaced(baseCatalog(), 23, "    applies_if: channel == sometimes"))}});
    expectAt(m.first(QStringLiteral("base.yaml")), 23, 28, "requirements[R-01].applies_if", "catalog.unknown-option");
}

TEST_F(CatalogLibraryTest, AppliesIfInABlockScalarPointsIntoTheBlock)
{
    auto lines = replaced(baseCatalog(), 23, "    applies_if: >-");
    lines = inserted(lines, 23, "      has_net or nothing");
    load({{"base.yaml", joined(lines)}});
    expectAt(m.first(QStringLiteral("base.yaml")), 24, 18, "requirements[R-01].applies_if", "catalog.unknown-question");
}

TEST_F(CatalogLibraryTest, EmptyFolderIsUnreadable)
{
    load({});
    ASSERT_EQ(m.library->problems().size(), 1);
    EXPECT_EQ(m.library->problems()[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(m.library->problems()[0].code, QStringLiteral("catalog.empty-folder"));
}
