#include "CatalogFiles.h"

#include "criteria/CatalogReader.h"
#include "criteria/InputLimits.h"

#include <QFile>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace starmark;
using namespace starmark::test;

namespace {

struct BadCatalog {
    const char* name;
    std::string yaml;
    int line;
    int column;
    const char* key;
    const char* code;
};

void PrintTo(const BadCatalog& c, std::ostream* os)
{
    *os << c.name;
}

const QString file = QStringLiteral("/catalogs/test/base.yaml");

std::vector<BadCatalog> badCatalogs()
{
    const auto base = baseCatalog();
    return {
        {"SyntaxUnclosedFlow", joined(replaced(base, 22, "    method: [document")), 23, 15, "requirements[R-01].method",
            "yaml.syntax"},
        {"SyntaxBadIndent", joined(replaced(base, 10, "   type: boolean")), 10, 4, "questions", "yaml.syntax"},
        {"LevelNotNumber", joined(replaced(base, 4, "level: one")), 4, 8, "level", "yaml.bad-number"},
        {"LevelOutOfRange", joined(replaced(base, 4, "level: 7")), 4, 8, "level", "yaml.bad-number"},
        {"LevelQuoted", joined(replaced(base, 4, "level: \"1\"")), 4, 8, "level", "yaml.bad-number"},
        {"TitleIsText", joined(replaced(base, 6, "title: 基本")), 6, 8, "title", "yaml.wrong-kind"},
        {"RequirementsIsMap", joined(removed(replaced(base, 18, "requirements: {a: b}"), 19, 28)), 18, 15, "requirements",
            "yaml.wrong-kind"},
        {"MissingTopKey", joined(removed(base, 1, 1)), 1, 1, "scheme", "yaml.missing-key"},
        {"MissingMethod", joined(removed(base, 22, 22)), 19, 5, "requirements[R-01].method", "yaml.missing-key"},
        {"MissingItems", joined(removed(base, 24, 27)), 19, 5, "requirements[R-01].items", "yaml.missing-key"},
        {"EmptyValue", joined(replaced(base, 22, "    method:")), 22, 5, "requirements[R-01].method", "yaml.no-value"},
        {"DuplicateKey", joined(inserted(base, 22, "    method: device")), 23, 5, "requirements[R-01].method",
            "yaml.duplicate-key"},
        {"DuplicateTopKey", joined(inserted(base, 2, "id: other")), 3, 1, "id", "yaml.duplicate-key"},
        {"UnknownKey", joined(replaced(base, 23, "    aplies_if: has_net")), 23, 5, "requirements[R-01].aplies_if",
            "yaml.unknown-key"},
        {"UnknownTopKey", joined(inserted(base, 7, "authors: [x]")), 8, 1, "authors", "yaml.unknown-key"},
        {"UnknownMethod", joined(replaced(base, 22, "    method: devise")), 22, 13, "requirements[R-01].method",
            "yaml.unknown-term"},
        {"UnknownProvenance", joined(replaced(base, 28, "    provenance: rumoured")), 28, 17, "requirements[R-01].provenance",
            "yaml.unknown-term"},
        {"MissingEnglish", joined(replaced(base, 20, "    title: {ja: 認証}")), 20, 12, "requirements[R-01].title.en",
            "yaml.missing-translation"},
        {"MissingJapanese", joined(replaced(base, 11, "    text: {en: Net}")), 11, 11, "questions[has_net].text.ja",
            "yaml.missing-translation"},
        {"EmptyTranslationAfterKanji", joined(replaced(base, 20, "    title: {ja: 認証, en: \"\"}")), 20, 25, "requirements[R-01].title.en",
            "yaml.empty-text"},
        {"BadItemRule", joined(replaced(base, 25, "      rule: some")), 25, 13, "requirements[R-01].items.rule", "yaml.unknown-term"},
        {"EmptyItemList", joined(removed(replaced(base, 26, "      list: []"), 27, 27)), 26, 13, "requirements[R-01].items.list",
            "catalog.no-items"},
        {"DuplicateItemId", joined(inserted(base, 27, "        - {id: \"1\", text: {ja: 別, en: Other}}")), 28, 16,
            "requirements[R-01].items.list[1].id", "yaml.duplicate-id"},
        {"ExpressionDangling", joined(replaced(base, 23, "    applies_if: has_net and")), 23, 28, "requirements[R-01].applies_if",
            "applies-if.incomplete"},
        {"ExpressionQuotedDoubleOr", joined(replaced(base, 23, "    applies_if: \"has_net or or\"")), 23, 29,
            "requirements[R-01].applies_if", "applies-if.expected-question"},
        {"ExpressionUnclosed", joined(replaced(base, 23, "    applies_if: (has_net or not has_net")), 23, 17,
            "requirements[R-01].applies_if", "applies-if.unclosed"},
        {"ExpressionBadCharacter", joined(replaced(base, 23, "    applies_if: has_net && channel")), 23, 25,
            "requirements[R-01].applies_if", "applies-if.unexpected-character"},
        {"BadRequirementId", joined(replaced(base, 19, "  - id: R 01")), 19, 9, "requirements[R 01].id", "yaml.bad-id"},
        {"BadQuestionId", joined(replaced(base, 9, "  - id: HasNet")), 9, 9, "questions[HasNet].id", "yaml.bad-id"},
        {"ChoiceWithoutOptions", joined(removed(base, 15, 17)), 12, 5, "questions[channel].options", "yaml.missing-key"},
        {"OptionsOnBoolean", joined(inserted(base, 11, "    options: [{id: a, text: {ja: あ, en: A}}]")), 12, 14,
            "questions[has_net].options", "catalog.options-not-choice"},
        {"EvidenceKind", joined(inserted(base, 27, "    evidence: [{kind: video, text: {ja: 動画, en: Video}}]")), 28, 23,
            "requirements[R-01].evidence[0].kind", "yaml.unknown-term"},
        {"ReferenceWithoutClause", joined(inserted(base, 27, "    references: [{standard: ETSI EN 303 645}]")), 28, 18,
            "requirements[R-01].references[0].clause", "yaml.missing-key"},
        {"TestIdPrefix",
            joined(inserted(
                base, 27, "    tests: [{id: X-T1, kind: functional, text: {ja: 試験, en: Test}, expected: {ja: 合格, en: Pass}}]")),
            28, 18, "requirements[R-01].tests[X-T1].id", "catalog.test-id-prefix"},
        {"TestKind",
            joined(
                inserted(base, 27, "    tests: [{id: R-01-T1, kind: manual, text: {ja: 試験, en: Test}, expected: {ja: 合格, en: Pass}}]")),
            28, 33, "requirements[R-01].tests[R-01-T1].kind", "yaml.unknown-term"},
        {"Anchor", joined(replaced(base, 6, "title: &t {ja: 基本, en: Base}")), 6, 8, "title", "yaml.anchor"},
        {"UndefinedAlias", joined(inserted(base, 20, "    note: *t")), 21, 11, "requirements[R-01].note",
            "yaml.syntax"},
        {"SecondDocument", joined(base) + "---\nscheme: other\n", 30, 1, "", "yaml.second-document"},
        {"RootIsList", "- scheme: test\n", 1, 1, "", "catalog.not-a-map"},
        {"ExtendsOnLevelOne", joined(inserted(base, 5, "extends: other")), 6, 10, "extends", "catalog.base-extends"},
        {"LevelTwoWithoutExtends", joined(replaced(base, 4, "level: 2")), 1, 1, "extends", "catalog.missing-extends"},
        {"EmptyFile", "# only a comment\n", 0, 0, "", "yaml.empty"},
        // A catalog editor who claims more than the sources give:
        {"QuotedWithoutSource", joined(replaced(base, 28, "    provenance: quoted")), 28, 17, "requirements[R-01].quoted_from",
            "catalog.quote-without-source"},
        {"QuotedFromUnknownSource", joined(inserted(replaced(base, 28, "    provenance: quoted"), 28, "    quoted_from: Z")), 29, 18,
            "requirements[R-01].quoted_from", "catalog.unknown-secondary-source"},
        {"QuotedFromOnProvisional", joined(inserted(base, 28, "    quoted_from: A")), 29, 18, "requirements[R-01].quoted_from",
            "catalog.quoted-from-not-quoted"},
        {"ReconstructionClaimsQuote",
            joined(inserted(inserted(replaced(replaced(base, 7, "source: {document: Test, secondary: [{id: A, title: T, url: \"https://a.example\"}]}"),
                                         28, "    provenance: quoted"),
                                28, "    quoted_from: A"),
                7, "reconstruction: {ja: 再構成, en: Reconstructed}")),
            29, 17, "requirements[R-01].provenance", "catalog.reconstruction-claims-wording"},
        {"ReconstructionClaimsOfficial",
            joined(inserted(replaced(base, 28, "    provenance: official"), 7, "reconstruction: {ja: 再構成, en: Reconstructed}")), 29, 17,
            "requirements[R-01].provenance", "catalog.reconstruction-claims-wording"},
        {"PstiRouteUnknownQuestion",
            joined(inserted(base, 28, "psti_route: {question: no_such, covers: [R-01], evidence: {ja: 宣言書, en: Statement}}")), 29, 24,
            "psti_route.question", "catalog.psti-route-question"},
        {"PstiRouteChoiceQuestion",
            joined(inserted(base, 28, "psti_route: {question: channel, covers: [R-01], evidence: {ja: 宣言書, en: Statement}}")), 29, 24,
            "psti_route.question", "catalog.psti-route-question"},
        {"PstiRouteUnknownRequirement",
            joined(inserted(base, 28, "psti_route: {question: has_net, covers: [R-02], evidence: {ja: 宣言書, en: Statement}}")), 29, 42,
            "psti_route.covers[0]", "catalog.psti-route-unknown-requirement"},
        {"PstiRouteCoversNothing",
            joined(inserted(base, 28, "psti_route: {question: has_net, covers: [], evidence: {ja: 宣言書, en: Statement}}")), 29, 41,
            "psti_route.covers", "catalog.psti-route-covers-nothing"},
        {"PstiRouteWithoutEvidence", joined(inserted(base, 28, "psti_route: {question: has_net, covers: [R-01]}")), 29, 13,
            "psti_route.evidence", "yaml.missing-key"},
    };
}

class MalformedCatalog : public ::testing::TestWithParam<BadCatalog> { };

TEST_P(MalformedCatalog, ReportsFileLineColumnAndKey)
{
    const BadCatalog& c = GetParam();
    const CatalogReader::Result result = CatalogReader::read(QByteArray::fromStdString(c.yaml), file);
    EXPECT_FALSE(result.catalog.has_value());
    ASSERT_FALSE(result.problems.isEmpty()) << c.yaml;
    const Problem& d = result.problems.constFirst();
    EXPECT_EQ(d.where.file, file);
    EXPECT_EQ(d.where.line, c.line) << d.toString().toStdString();
    EXPECT_EQ(d.where.column, c.column) << d.toString().toStdString();
    EXPECT_EQ(d.key.toStdString(), c.key) << d.toString().toStdString();
    EXPECT_EQ(d.code, QLatin1String(c.code)) << d.toString(Language::English).toStdString();
    EXPECT_EQ(d.severity, Problem::Severity::Invalid);
}

INSTANTIATE_TEST_SUITE_P(
    CatalogReader, MalformedCatalog, ::testing::ValuesIn(badCatalogs()), [](const auto& info) { return std::string(info.param.name); });

} // namespace

TEST(CatalogReader, ReadsTheBaseCatalog)
{
    const CatalogReader::Result result = CatalogReader::read(QByteArray::fromStdString(joined(baseCatalog())), file);
    ASSERT_TRUE(result.catalog.has_value()) << result.problems.value(0).toString().toStdString();
    const Catalog& c = *result.catalog;
    EXPECT_EQ(c.qualifiedId(), QStringLiteral("test/base"));
    EXPECT_EQ(c.version, QStringLiteral("1"));
    EXPECT_EQ(c.level, 1);
    ASSERT_EQ(c.questions.size(), 2);
    EXPECT_EQ(c.questions[1].type, Question::Type::Choice);
    EXPECT_TRUE(c.questions[1].hasOption(QStringLiteral("manual")));
    ASSERT_EQ(c.requirements.size(), 1);
    const Requirement& r = c.requirements[0];
    EXPECT_EQ(r.title.ja, QStringLiteral("認証"));
    EXPECT_EQ(r.title.in(Language::English), QStringLiteral("Auth"));
    EXPECT_EQ(r.itemRule, Requirement::ItemRule::Any);
    EXPECT_EQ(r.items.at(0).id, QStringLiteral("1"));
    EXPECT_EQ(r.appliesIf.source(), QStringLiteral("has_net"));
    EXPECT_EQ(r.appliesIfLocation.line, 23);
    EXPECT_EQ(r.appliesIfLocation.column, 17);
    EXPECT_EQ(r.location.line, 19);
    EXPECT_EQ(r.provenance, Requirement::Provenance::Provisional);
}

TEST(CatalogReader, ReadsSourcesQuotationsAssetsAndTheRoute)
{
    auto lines = replaced(baseCatalog(), 7, "source: {document: Doc, secondary: [{id: A, title: Page, url: \"https://a.example/p\"}]}");
    lines = replaced(lines, 28, "    provenance: quoted");
    lines = inserted(lines, 28, "    quoted_from: A");
    lines = inserted(lines, 29, "protected_assets: [{ja: 設定情報, en: Settings}]");
    lines = inserted(lines, 30, "psti_route: {question: has_net, covers: [R-01], evidence: {ja: 宣言書, en: Statement}}");
    const CatalogReader::Result result = CatalogReader::read(QByteArray::fromStdString(joined(lines)), file);
    ASSERT_TRUE(result.catalog.has_value()) << result.problems.value(0).toString().toStdString();
    const Catalog& c = *result.catalog;
    ASSERT_EQ(c.source.secondary.size(), 1);
    EXPECT_EQ(c.secondarySource(QStringLiteral("A"))->url, QStringLiteral("https://a.example/p"));
    EXPECT_EQ(c.requirements[0].provenance, Requirement::Provenance::Quoted);
    EXPECT_EQ(c.requirements[0].quotedFrom, QStringLiteral("A"));
    ASSERT_EQ(c.protectedAssets.size(), 1);
    EXPECT_EQ(c.protectedAssets[0].en, QStringLiteral("Settings"));
    ASSERT_TRUE(c.pstiRoute.has_value());
    EXPECT_EQ(c.pstiRoute->covers, QStringList{QStringLiteral("R-01")});
    // The requirement knows the question that lets the route stand for it.
    EXPECT_EQ(c.requirements[0].pstiQuestion, QStringLiteral("has_net"));
    EXPECT_FALSE(c.reconstruction.has_value());
}

TEST(CatalogReader, ReportsEveryErrorNotOnlyTheFirst)
{
    auto lines = replaced(baseCatalog(), 22, "    method: devise");
    lines = replaced(lines, 28, "    provenance: rumoured");
    const CatalogReader::Result result = CatalogReader::read(QByteArray::fromStdString(joined(lines)), file);
    ASSERT_EQ(result.problems.size(), 2);
    EXPECT_EQ(result.problems[0].where.line, 22);
    EXPECT_EQ(result.problems[1].where.line, 28);
}

TEST(CatalogReader, NonUtf8IsUnreadableAtItsPlace)
{
    std::string yaml = joined(baseCatalog());
    yaml.replace(yaml.find("Base"), 4, "B\xff\xfe");
    const CatalogReader::Result result = CatalogReader::read(QByteArray::fromStdString(yaml), file);
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(result.problems[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(result.problems[0].where.line, 6);
    EXPECT_EQ(result.problems[0].where.column, 22);
    EXPECT_EQ(result.problems[0].code, QStringLiteral("yaml.not-utf8"));
}

TEST(CatalogReader, MissingFileAndFolderAreUnreadable)
{
    const CatalogReader::Result missing = CatalogReader::readFile(QStringLiteral("/nonexistent/x.yaml"));
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_EQ(missing.problems[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(missing.problems[0].code, QStringLiteral("file.missing"));
    EXPECT_EQ(missing.problems[0].where.file, QStringLiteral("/nonexistent/x.yaml"));

    CatalogFolder folder;
    const CatalogReader::Result dir = CatalogReader::readFile(folder.path());
    ASSERT_EQ(dir.problems.size(), 1);
    EXPECT_EQ(dir.problems[0].code, QStringLiteral("file.is-folder"));
    EXPECT_EQ(dir.problems[0].severity, Problem::Severity::Unusable);
}

TEST(CatalogReader, AcceptsBlockScalarsAndByteOrderMark)
{
    auto lines = replaced(baseCatalog(), 21, "    text:");
    lines = inserted(lines, 21, "      ja: >-");
    lines = inserted(lines, 22, "        認証すること。");
    lines = inserted(lines, 23, "      en: |");
    lines = inserted(lines, 24, "        Shall authenticate.");
    const CatalogReader::Result result = CatalogReader::read("\xEF\xBB\xBF" + QByteArray::fromStdString(joined(lines)), file);
    ASSERT_TRUE(result.catalog.has_value()) << result.problems.value(0).toString().toStdString();
    EXPECT_EQ(result.catalog->requirements[0].text.ja, QStringLiteral("認証すること。"));
    EXPECT_EQ(result.catalog->requirements[0].text.en, QStringLiteral("Shall authenticate.\n"));
}

TEST(CatalogReader, TextsHaveTheirLimits)
{
    const std::string title(size_t(InputLimits::shortTextCharacters) + 1, 'T');
    const std::string text(size_t(InputLimits::longTextCharacters) + 1, 'x');
    auto lines = replaced(baseCatalog(), 20, "    title: {ja: 認証, en: " + title + "}");
    lines = replaced(lines, 21, "    text: {ja: 認証すること, en: " + text + "}");
    const CatalogReader::Result result = CatalogReader::read(QByteArray::fromStdString(joined(lines)), file);
    ASSERT_EQ(result.problems.size(), 2);
    EXPECT_EQ(result.problems[0].key, QStringLiteral("requirements[R-01].title.en"));
    EXPECT_EQ(result.problems[0].where.line, 20);
    EXPECT_EQ(result.problems[0].where.column, 25);
    EXPECT_EQ(result.problems[0].code, QStringLiteral("yaml.text-too-long"));
    EXPECT_TRUE(result.problems[0].message.text(Language::English).contains(QStringLiteral("501 characters; the limit is 500 characters (docs/limits.md)")));
    EXPECT_EQ(result.problems[1].key, QStringLiteral("requirements[R-01].text.en"));
    EXPECT_EQ(result.problems[1].code, QStringLiteral("yaml.text-too-long"));
    EXPECT_TRUE(result.problems[1].message.text(Language::English).contains(QStringLiteral("20,001 characters; the limit is 20,000 characters")));
}

TEST(CatalogReader, AFileOverTheSizeLimitOrAPipeIsRefusedBeforeItIsRead)
{
    CatalogFolder folder;
    const QString big = folder.write(QStringLiteral("big.yaml"), joined(baseCatalog()));
    ASSERT_TRUE(QFile::resize(big, InputLimits::fileBytes + 1)); // sparse: nothing is written past the catalog
    const CatalogReader::Result result = CatalogReader::readFile(big);
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(result.problems[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(result.problems[0].where.file, big);
    EXPECT_EQ(result.problems[0].code, QStringLiteral("file.too-large"));
    EXPECT_TRUE(result.problems[0].message.text(Language::English).contains(QStringLiteral("the file has 16,777,217 bytes; the limit is 16,777,216 bytes")))
        << result.problems[0].message.text(Language::English).toStdString();

    const QString fifo = folder.path() + QStringLiteral("/pipe.yaml");
    ASSERT_EQ(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    const CatalogReader::Result pipe = CatalogReader::readFile(fifo); // opening it would wait for a writer for ever
    ASSERT_EQ(pipe.problems.size(), 1);
    EXPECT_EQ(pipe.problems[0].code, QStringLiteral("file.not-regular"));
}
