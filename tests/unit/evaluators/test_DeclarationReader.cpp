#include "Fixtures.h"
#include "TextLines.h"

#include "criteria/InputLimits.h"
#include "evaluators/DeclarationReader.h"

#include <QFile>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace starmark;
using namespace starmark::test;

namespace {

std::vector<std::string> baseDeclaration()
{
    return {
        "catalog: jc-star/star1-common", // 1
        "level: 1", // 2
        "mode: self", // 3
        "product:", // 4
        "  manufacturer: {ja: 試験電機, en: Test Denki}", // 5
        "  name: {ja: カメラ, en: Camera}", // 6
        "  model: T-1", // 7
        "  firmware: 1.0.0", // 8
        "  released: 2026-04-01", // 9
        "  support_until: 2030-03-31", // 10
        "  vulnerability_contact: https://example.com/security", // 11
        "evaluator: {name: 山田 太郎, organisation: 試験電機}", // 12
        "profile:", // 13
        "  has_network_auth: true", // 14
        "results:", // 15
        "  S1.1-05:", // 16
        "    verdict: pass", // 17
        "    items: [\"1\", \"2\", \"3\"]", // 18
        "    rationale: 方針を公開している", // 19
        "    evidence: [evidence/policy.md]", // 20
    };
}

struct BadDeclaration {
    const char* name;
    std::vector<std::string> lines;
    int line;
    int column;
    const char* key;
    const char* code;
};

void PrintTo(const BadDeclaration& c, std::ostream* os)
{
    *os << c.name;
}

class DeclarationFolder {
public:
    DeclarationFolder()
    {
        writeFile(dir, QStringLiteral("evidence/policy.md"), "# 脆弱性開示方針\n");
        QDir(dir.path()).mkpath(QStringLiteral("evidence/folder"));
    }
    DeclarationReader::Result read(const std::vector<std::string>& lines)
    {
        path = writeFile(dir, QStringLiteral("declaration.yaml"), QByteArray::fromStdString(joined(lines)));
        return DeclarationReader::readFile(path, shippedCatalogs());
    }
    QTemporaryDir dir;
    QString path;
};

std::vector<BadDeclaration> badDeclarations()
{
    const auto base = baseDeclaration();
    auto labAtStarThree = replaced(replaced(base, 1, "catalog: jc-star/star3-router"), 2, "level: 3");
    auto notApplicable = replaced(base, 17, "    verdict: not-applicable");
    notApplicable = replaced(notApplicable, 18, "    items: []");
    auto signedBySelf = replaced(base, 3, "mode: lab");
    signedBySelf.push_back("sign_off: {reviewer: 山田 太郎, at: 2026-10-30T15:00:00+09:00}");
    return {
        {"UnknownRequirement", replaced(base, 16, "  S1.1-99:"), 16, 3, "results.S1.1-99", "declaration.unknown-requirement"},
        {"VerdictOutsideVocabulary", replaced(base, 17, "    verdict: passed"), 17, 14, "results.S1.1-05.verdict",
            "yaml.unknown-term"},
        {"MissingEvidence", replaced(base, 20, "    evidence: [evidence/missing.md]"), 20, 16, "results.S1.1-05.evidence[0]",
            "declaration.bad-evidence"},
        {"EvidenceIsAFolder", replaced(base, 20, "    evidence: [evidence/folder]"), 20, 16, "results.S1.1-05.evidence[0]", "declaration.bad-evidence"},
        {"DateDoesNotParse", replaced(base, 9, "  released: 2026-13-01"), 9, 13, "product.released", "declaration.bad-date"},
        {"SupportEndsBeforeRelease", replaced(base, 10, "  support_until: 2020-01-01"), 10, 18, "product.support_until",
            "declaration.support-dates"},
        {"UnknownQuestion", replaced(base, 14, "  has_network_authh: true"), 14, 3, "profile.has_network_authh", "declaration.unknown-question"},
        {"BooleanAnswerNotTrueOrFalse", replaced(base, 14, "  has_network_auth: yes"), 14, 21, "profile.has_network_auth",
            "declaration.bad-yes-no"},
        {"UnknownCatalog", replaced(base, 1, "catalog: jc-star/star9-toaster"), 1, 10, "catalog", "declaration.unknown-catalog"},
        {"LevelDoesNotMatchCatalog", replaced(base, 2, "level: 2"), 2, 8, "level", "declaration.level-mismatch"},
        {"SelfDeclarationAtStarThree", labAtStarThree, 3, 7, "mode", "declaration.self-above-star2"},
        {"NotApplicableWithoutJustification", notApplicable, 17, 5, "results.S1.1-05.justification", "declaration.result-rule"},
        {"PassWithoutEveryItem", replaced(base, 18, "    items: [\"1\", \"2\"]"), 18, 12, "results.S1.1-05.items", "declaration.result-rule"},
        {"ContactNotHttps", replaced(base, 11, "  vulnerability_contact: http://example.com"), 11, 26, "product.vulnerability_contact",
            "declaration.bad-contact"},
        {"ReviewerIsTheEvaluator", signedBySelf, 21, 22, "sign_off.reviewer", "declaration.self-review"},
        {"DuplicateResult", replaced(base, 20, "  S1.1-05: {verdict: fail}"), 20, 3, "results.S1.1-05", "yaml.duplicate-key"},
        {"UnknownKey", replaced(base, 19, "    rational: typo"), 19, 5, "results.S1.1-05.rational", "yaml.unknown-key"},
        // A dishonest or careless applicant's model numbers: each is refused where it is written.
        {"ModelWithAControlCharacter", replaced(base, 7, "  model: \"T-1\\a\""), 7, 10, "product.model", "declaration.bad-model"},
        {"ModelThatWalksAPath", replaced(base, 7, "  model: ../../etc/passwd"), 7, 10, "product.model", "declaration.bad-model"},
        {"ModelWithABackslash", replaced(base, 7, "  model: 'T\\1'"), 7, 10, "product.model", "declaration.bad-model"},
        {"FamilyMemberWithALineSeparator", inserted(base, 7, "  models: [T-1, \"T-2\\u2028\"]"), 8, 17, "product.models[1]",
            "declaration.bad-model"},
        {"FamilyMemberStartingAtTheRoot", inserted(base, 7, "  models: [T-1, /etc/T-2]"), 8, 17, "product.models[1]", "declaration.bad-model"},
        {"FamilyListsAModelTwice", inserted(base, 7, "  models: [T-1, T-2, T-2]"), 8, 22, "product.models[2]", "declaration.duplicate-model"},
        {"FamilyListsTheRepresentativeAgain", inserted(base, 7, "  models: [T-1, T-2, T-1]"), 8, 22, "product.models[2]",
            "declaration.duplicate-model"},
        {"FamilyDoesNotBeginWithTheRepresentative", inserted(base, 7, "  models: [T-2, T-1]"), 8, 12, "product.models[0]",
            "declaration.representative-not-first"},
        {"FamilyWithoutARepresentative", replaced(base, 7, "  models: [T-1, T-2]"), 5, 3, "product.model", "yaml.missing-key"},
        // Needed interfaces a manufacturer could write to make every scan look clean: each refused at its entry.
        {"InterfacePortOutOfRange", inserted(base, 11, "  needed_interfaces: [tcp/443, tcp/99999]"), 12, 32, "product.needed_interfaces[1]",
            "declaration.bad-interface"},
        {"InterfaceOfAnUnknownProtocol", inserted(base, 11, "  needed_interfaces: [foo/22]"), 12, 23, "product.needed_interfaces[0]",
            "declaration.bad-interface"},
        {"InterfaceWithoutAPort", inserted(base, 11, "  needed_interfaces: [tcp]"), 12, 23, "product.needed_interfaces[0]",
            "declaration.bad-interface"},
        {"InterfaceRangeOfEveryPort", inserted(base, 11, "  needed_interfaces: [tcp/1-65535]"), 12, 23, "product.needed_interfaces[0]",
            "declaration.bad-interface"},
        {"InterfacePortZero", inserted(base, 11, "  needed_interfaces: [udp/0]"), 12, 23, "product.needed_interfaces[0]",
            "declaration.bad-interface"},
        {"InterfaceListedTwice", inserted(base, 11, "  needed_interfaces: [tcp/443 https, TCP/443 web]"), 12, 38, "product.needed_interfaces[1]",
            "declaration.duplicate-interface"},
        {"InterfacesNotAList", inserted(base, 11, "  needed_interfaces: tcp/443"), 12, 22, "product.needed_interfaces", "yaml.wrong-kind"},
    };
}

class MalformedDeclaration : public ::testing::TestWithParam<BadDeclaration> { };

TEST_P(MalformedDeclaration, ReportsFileLineColumnAndKey)
{
    const BadDeclaration& c = GetParam();
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(c.lines);
    EXPECT_FALSE(r.assessment.has_value());
    ASSERT_FALSE(r.problems.isEmpty());
    const Problem& d = r.problems.constFirst();
    EXPECT_EQ(d.where.file, folder.path);
    EXPECT_EQ(d.where.line, c.line) << d.toString().toStdString();
    EXPECT_EQ(d.where.column, c.column) << d.toString().toStdString();
    EXPECT_EQ(d.key.toStdString(), c.key) << d.toString().toStdString();
    EXPECT_EQ(d.code, QLatin1String(c.code)) << d.toString(Language::English).toStdString();
}

INSTANTIATE_TEST_SUITE_P(DeclarationReader, MalformedDeclaration, ::testing::ValuesIn(badDeclarations()),
    [](const auto& info) { return std::string(info.param.name); });

} // namespace

TEST(DeclarationReader, ReadsTheBaseDeclaration)
{
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(baseDeclaration());
    ASSERT_TRUE(r.assessment.has_value()) << r.problems.value(0).toString().toStdString();
    const Assessment& a = *r.assessment;
    EXPECT_EQ(a.catalog, QStringLiteral("jc-star/star1-common"));
    ASSERT_EQ(a.chain.size(), 1);
    EXPECT_EQ(a.chain[0].digest.size(), 64);
    EXPECT_EQ(a.product.released, QDate(2026, 4, 1));
    EXPECT_EQ(a.evaluator.name, QStringLiteral("山田 太郎"));
    EXPECT_EQ(a.profile.value(QStringLiteral("has_network_auth")), QStringLiteral("true"));
    const Assessment::Result& result = a.results.value(QStringLiteral("S1.1-05"));
    ASSERT_EQ(result.evidence.size(), 1);
    EXPECT_EQ(result.evidence[0].name, QStringLiteral("evidence/policy.md"));
    EXPECT_EQ(result.evidence[0].sourcePath, folder.dir.filePath(QStringLiteral("evidence/policy.md")));
}

TEST(DeclarationReader, AFamilyIsReadInItsOrderTheRepresentativeFirst)
{
    DeclarationFolder folder;
    // A "/" inside a model number is how real variants are written (WXR18000BE10P/D).
    const DeclarationReader::Result r = folder.read(inserted(baseDeclaration(), 7, "  models: [T-1, T-1/W, T-1B]"));
    ASSERT_TRUE(r.assessment.has_value()) << r.problems.value(0).toString().toStdString();
    EXPECT_EQ(r.assessment->product.model, QStringLiteral("T-1"));
    EXPECT_EQ(r.assessment->product.models(), (QStringList{QStringLiteral("T-1"), QStringLiteral("T-1/W"), QStringLiteral("T-1B")}));
}

TEST(DeclarationReader, NeededInterfacesAreReadAsWrittenAndAbsentMeansNone)
{
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(inserted(baseDeclaration(), 11, "  needed_interfaces: [tcp/443 https, udp/5353 mdns, UDP/500]"));
    ASSERT_TRUE(r.assessment.has_value()) << r.problems.value(0).toString().toStdString();
    EXPECT_EQ(r.assessment->product.neededInterfaces,
        (QStringList{QStringLiteral("tcp/443 https"), QStringLiteral("udp/5353 mdns"), QStringLiteral("UDP/500")}));
    const DeclarationReader::Result none = folder.read(baseDeclaration());
    ASSERT_TRUE(none.assessment.has_value());
    EXPECT_TRUE(none.assessment->product.neededInterfaces.isEmpty());
}

TEST(DeclarationReader, AMalformedInterfaceSaysWhatIsWrongInBothLanguages)
{
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(inserted(baseDeclaration(), 11, "  needed_interfaces: [tcp/99999]"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("declaration.bad-interface"));
    for (const Language language : {Language::English, Language::Japanese}) {
        const QString said = r.problems[0].message.text(language);
        EXPECT_TRUE(said.contains(QStringLiteral("99999")) && said.contains(QStringLiteral("65535"))) << said.toStdString();
    }
    EXPECT_NE(r.problems[0].message.text(Language::English), r.problems[0].message.text(Language::Japanese));
}

TEST(DeclarationReader, ADeclarationWithoutAFamilyCoversItsOneModel)
{
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(baseDeclaration());
    ASSERT_TRUE(r.assessment.has_value());
    EXPECT_EQ(r.assessment->product.models(), QStringList{QStringLiteral("T-1")});
}

TEST(DeclarationReader, ADuplicateModelNamesTheLineItWasFirstListedOn)
{
    auto lines = inserted(baseDeclaration(), 7, "  models:");
    lines = inserted(lines, 8, "    - T-1");
    lines = inserted(lines, 9, "    - T-2");
    lines = inserted(lines, 10, "    - T-2");
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(lines);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("declaration.duplicate-model"));
    EXPECT_EQ(r.problems[0].where.line, 11);
    for (const Language language : {Language::English, Language::Japanese}) {
        const QString said = r.problems[0].message.text(language);
        EXPECT_TRUE(said.contains(QStringLiteral("T-2")) && said.contains(QStringLiteral("10"))) << said.toStdString();
    }
}

TEST(DeclarationReader, TenThousandModelsAreRefusedByTheirCount)
{
    std::string list = "  models: [T-1";
    for (int i = 1; i < 10000; ++i)
        list += ", T-" + std::to_string(i + 1);
    list += "]";
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(inserted(baseDeclaration(), 7, list));
    EXPECT_FALSE(r.assessment.has_value());
    ASSERT_EQ(r.problems.size(), 1) << r.problems.value(1).toString().toStdString();
    EXPECT_EQ(r.problems[0].code, QStringLiteral("declaration.too-many-models"));
    EXPECT_EQ(r.problems[0].where.line, 8);
    EXPECT_EQ(r.problems[0].key, QStringLiteral("product.models"));
    EXPECT_TRUE(r.problems[0].message.text(Language::English).contains(QStringLiteral("10,000")));
}

TEST(DeclarationReader, AModelOfTenKilobytesIsRefused)
{
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(inserted(baseDeclaration(), 7, "  models: [T-1, " + std::string(10240, 'X') + "]"));
    EXPECT_FALSE(r.assessment.has_value());
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].where.line, 8);
    EXPECT_EQ(r.problems[0].key, QStringLiteral("product.models[1]"));
    // Just over the label's limit is refused as well: every model of a family fits a label.
    const Problems over = folder.read(inserted(baseDeclaration(), 7, "  models: [T-1, " + std::string(65, 'X') + "]")).problems;
    ASSERT_EQ(over.size(), 1);
    EXPECT_EQ(over[0].code, QStringLiteral("declaration.bad-model"));
    EXPECT_TRUE(folder.read(inserted(baseDeclaration(), 7, "  models: [T-1, " + std::string(64, 'X') + "]")).assessment.has_value());
}

TEST(DeclarationReader, UnreadableEvidenceIsNamed)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root reads files whatever their permissions; run as a user to check unreadable evidence";
    DeclarationFolder folder;
    QFile::setPermissions(folder.dir.filePath(QStringLiteral("evidence/policy.md")), QFileDevice::Permissions());
    const DeclarationReader::Result r = folder.read(baseDeclaration());
    ASSERT_FALSE(r.problems.isEmpty());
    EXPECT_EQ(r.problems[0].where.line, 20);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("declaration.bad-evidence"));
}

TEST(DeclarationReader, MissingDeclarationIsUnreadable)
{
    const DeclarationReader::Result r = DeclarationReader::readFile(QStringLiteral("/nonexistent/declaration.yaml"), shippedCatalogs());
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("file.missing"));
}

TEST(DeclarationReader, ReportsAllProblemsAtOnce)
{
    auto lines = replaced(baseDeclaration(), 9, "  released: someday");
    lines = replaced(lines, 17, "    verdict: passed");
    lines = replaced(lines, 14, "  nonsense: true");
    DeclarationFolder folder;
    EXPECT_EQ(folder.read(lines).problems.size(), 3);
}

namespace {

std::string repeated(const std::string& text, int times)
{
    std::string out;
    out.reserve(text.size() * size_t(times));
    for (int i = 0; i < times; ++i)
        out += text;
    return out;
}

// `evidence: [evidence/policy.md, …]` with `count` references.
std::string evidenceList(int count)
{
    std::string list = "    evidence: [" + repeated("evidence/policy.md, ", count - 1) + "evidence/policy.md]";
    return list;
}


} // namespace

TEST(DeclarationReader, ARationaleOverTheLimitIsRefusedAtItsPlace)
{
    // A manufacturer pasting a manual into a rationale: the report would carry it on every page.
    DeclarationFolder folder;
    const DeclarationReader::Result r
        = folder.read(replaced(baseDeclaration(), 19, "    rationale: " + std::string(size_t(InputLimits::longTextCharacters) + 1, 'x')));
    EXPECT_FALSE(r.assessment);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].where.line, 19);
    EXPECT_EQ(r.problems[0].where.column, 16);
    EXPECT_EQ(r.problems[0].key, QStringLiteral("results.S1.1-05.rationale"));
    EXPECT_EQ(r.problems[0].code, QStringLiteral("yaml.text-too-long"));
    EXPECT_EQ(r.problems[0].message.text(Language::English),
        QStringLiteral("the text has 20,001 characters; the limit is 20,000 characters (docs/limits.md)"));
}

TEST(DeclarationReader, TextLimitsCountCharactersNotBytes)
{
    // 20,000 kanji are 60,000 bytes and within the limit; one more is not.
    DeclarationFolder folder;
    const std::string kanji = "語";
    DeclarationReader::Result r
        = folder.read(replaced(baseDeclaration(), 19, "    rationale: " + repeated(kanji, InputLimits::longTextCharacters)));
    ASSERT_TRUE(r.assessment) << r.problems.value(0).toString().toStdString();
    EXPECT_EQ(r.assessment->results.value(QStringLiteral("S1.1-05")).rationale.size(), InputLimits::longTextCharacters);
    r = folder.read(replaced(baseDeclaration(), 19, "    rationale: " + repeated(kanji, InputLimits::longTextCharacters + 1)));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("yaml.text-too-long"));
    EXPECT_TRUE(r.problems[0].message.text(Language::English).contains(QStringLiteral("20,001 characters")));
    // A character outside the BMP is two UTF-16 units in a QString but one character.
    r = folder.read(replaced(baseDeclaration(), 19, "    rationale: " + repeated("😀", InputLimits::longTextCharacters)));
    EXPECT_TRUE(r.assessment) << r.problems.value(0).toString().toStdString();
}

TEST(DeclarationReader, NamesHaveTheShortTextLimit)
{
    DeclarationFolder folder;
    const DeclarationReader::Result r
        = folder.read(replaced(baseDeclaration(), 7, "  model: " + std::string(size_t(InputLimits::shortTextCharacters) + 1, 'M')));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].where.line, 7);
    EXPECT_EQ(r.problems[0].key, QStringLiteral("product.model"));
    EXPECT_EQ(r.problems[0].code, QStringLiteral("yaml.text-too-long"));
    EXPECT_TRUE(r.problems[0].message.text(Language::English).contains(QStringLiteral("501 characters; the limit is 500 characters")));
}

TEST(DeclarationReader, EvidenceReferencesOverTheLimitAreRefusedByCount)
{
    DeclarationFolder folder;
    EXPECT_TRUE(folder.read(replaced(baseDeclaration(), 20, evidenceList(InputLimits::evidencePerResult))).assessment);
    // 100,000 references to one file: refused without looking at any of them.
    for (const auto& [count, figure] : {std::pair(InputLimits::evidencePerResult + 1, "101"), std::pair(100'000, "100,000")}) {
        const DeclarationReader::Result r = folder.read(replaced(baseDeclaration(), 20, evidenceList(count)));
        EXPECT_FALSE(r.assessment);
        ASSERT_EQ(r.problems.size(), 1) << count;
        EXPECT_EQ(r.problems[0].where.line, 20);
        EXPECT_EQ(r.problems[0].where.column, 15);
        EXPECT_EQ(r.problems[0].key, QStringLiteral("results.S1.1-05.evidence"));
        EXPECT_EQ(r.problems[0].code, QStringLiteral("declaration.too-much-evidence"));
        EXPECT_EQ(r.problems[0].message.text(Language::English),
            QStringLiteral("this result names %1 evidence files; the limit is 100 evidence files (docs/limits.md)").arg(QLatin1String(figure)));
    }
}

TEST(DeclarationReader, EvidenceReferencesInTheWholeDeclarationAreLimited)
{
    // ★2 router: 26 requirements, each within the limit of 100, 2,100 in all.
    std::vector<std::string> lines = replaced(replaced(baseDeclaration(), 1, "catalog: jc-star/star2-router"), 2, "level: 2");
    lines.resize(15);
    QStringList ids;
    for (int i = 1; i <= 16; ++i)
        ids << QStringLiteral("S1.1-%1").arg(i, 2, 10, QLatin1Char('0'));
    for (int i = 1; i <= 10; ++i)
        ids << QStringLiteral("S2.RT-%1").arg(i, 2, 10, QLatin1Char('0'));
    for (int i = 0; i < 21; ++i) {
        lines.push_back("  " + ids[i].toStdString() + ":");
        lines.push_back("    verdict: not-assessed");
        lines.push_back(evidenceList(InputLimits::evidencePerResult));
    }
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(lines);
    EXPECT_FALSE(r.assessment);
    const Problem* d = findProblem(r.problems, u"declaration.too-much-evidence");
    ASSERT_TRUE(d) << r.problems.value(0).toString(Language::English).toStdString();
    EXPECT_TRUE(d->message.text(Language::English).contains(QStringLiteral("up to here, 2,100 evidence files; the limit is 2,000")));
    EXPECT_EQ(d->where.line, 15 + 21 * 3);
    EXPECT_EQ(d->key, QStringLiteral("results.S2.RT-05.evidence"));
}

TEST(DeclarationReader, AProfileOf200000KeysIsRefusedAtTheKeyLimit)
{
    std::vector<std::string> lines = baseDeclaration();
    lines.resize(13); // up to "profile:"
    for (int i = 0; i < 200'000; ++i)
        lines.push_back("  q" + std::to_string(i) + ": true");
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(lines);
    EXPECT_FALSE(r.assessment);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].where.line, 13 + InputLimits::keysPerMap + 1);
    EXPECT_EQ(r.problems[0].key, QStringLiteral("profile"));
    EXPECT_EQ(r.problems[0].code, QStringLiteral("yaml.too-many-keys-in-map"));
    EXPECT_TRUE(r.problems[0].message.text(Language::English).contains(QStringLiteral("this map has at least 10,001 keys; the limit is 10,000 keys")));
}

TEST(DeclarationReader, ProblemsAreListedUpToTheLimitAndThenSummed)
{
    std::vector<std::string> lines = baseDeclaration();
    for (int i = 0; i < 150; ++i)
        lines = inserted(lines, 13, "  unknown_" + std::to_string(i) + ": true");
    DeclarationFolder folder;
    const DeclarationReader::Result r = folder.read(lines);
    ASSERT_EQ(r.problems.size(), InputLimits::problemsPerFile + 1);
    EXPECT_EQ(r.problems.constLast().code, QStringLiteral("yaml.too-many-problems"));
    EXPECT_TRUE(r.problems.constLast().message.text(Language::English).contains(QStringLiteral("more than 100 problems")));
}

TEST(DeclarationReader, ADeclarationOverTheSizeLimitIsRefusedBeforeItIsRead)
{
    DeclarationFolder folder;
    folder.read(baseDeclaration());
    QFile file(folder.path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(InputLimits::fileBytes + 1)); // sparse: the content past the base is NUL bytes
    file.close();
    const DeclarationReader::Result r = DeclarationReader::readFile(folder.path, shippedCatalogs());
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(r.problems[0].where.file, folder.path);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("file.too-large"));
    EXPECT_TRUE(r.problems[0].message.text(Language::English).contains(QStringLiteral("the file has 16,777,217 bytes; the limit is 16,777,216 bytes")));
}

TEST(DeclarationReader, APipeIsNotADeclaration)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("declaration.yaml"));
    ASSERT_EQ(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    const DeclarationReader::Result r = DeclarationReader::readFile(fifo, shippedCatalogs()); // would block for ever if opened
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(r.problems[0].code, QStringLiteral("file.not-regular"));
}
