#include "criteria/InputLimits.h"
#include "criteria/YamlReader.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(YamlReader, KeepsMarksOfNodesAndKeys)
{
    const YamlReader::Result r = YamlReader::read("a: 1\nlist:\n  - x\n  - {k: 'v'}\n", QStringLiteral("f.yaml"));
    ASSERT_FALSE(r.error);
    ASSERT_TRUE(r.root.isMap());
    ASSERT_EQ(r.root.entries().size(), 2u);
    EXPECT_EQ(r.root.entries()[1].key, "list");
    EXPECT_EQ(r.root.entries()[1].keyMark.line, 2);
    const YamlNode* list = r.root.find("list");
    ASSERT_TRUE(list && list->isSequence());
    EXPECT_EQ(list->items()[0].mark().line, 3);
    EXPECT_EQ(list->items()[0].mark().column, 5);
    const YamlNode* k = list->items()[1].find("k");
    ASSERT_TRUE(k);
    EXPECT_EQ(k->scalar(), "v");
    EXPECT_EQ(k->style(), YamlNode::Style::SingleQuoted);
    EXPECT_EQ(r.root.find("a")->style(), YamlNode::Style::Plain);
}

TEST(YamlReader, NullValuesAreNullNodes)
{
    const YamlReader::Result r = YamlReader::read("a:\nb: ~\nc: null\nd: 'null'\n", QStringLiteral("f.yaml"));
    ASSERT_FALSE(r.error);
    EXPECT_TRUE(r.root.find("a")->isNull());
    EXPECT_TRUE(r.root.find("b")->isNull());
    EXPECT_TRUE(r.root.find("c")->isNull());
    EXPECT_TRUE(r.root.find("d")->isScalar());
}

TEST(YamlReader, DuplicateKeyInNestedFlowMapNamesItsPath)
{
    const YamlReader::Result r = YamlReader::read("outer:\n  - id: x\n    t: {ja: a, ja: b}\n", QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->where.line, 3);
    EXPECT_EQ(r.error->where.column, 16);
    EXPECT_EQ(r.error->key, QStringLiteral("outer[x].t.ja"));
}

TEST(YamlReader, ComplexKeysAreRejected)
{
    const YamlReader::Result r = YamlReader::read("? [a, b]\n: c\n", QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.complex-key"));
}

TEST(YamlReader, NulByteIsUnreadable)
{
    const YamlReader::Result r = YamlReader::read(QByteArray("a: b\nc: \0d\n", 11), QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->severity, Problem::Severity::Unusable);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.not-utf8"));
    EXPECT_EQ(r.error->where.line, 2);
    EXPECT_EQ(r.error->where.column, 4);
}

namespace {

// `bad` written on line 2 after three ASCII and two Japanese characters (6 bytes), so that the
// column counts characters: 3 + 2 + 1 = 6, where a byte count would give 10.
YamlReader::Result readWithBadBytes(const QByteArray& bad)
{
    return YamlReader::read("a: ok\nb: 日本" + bad + "x\n", QStringLiteral("f.yaml"));
}

struct BadUtf8 {
    const char* name;
    QByteArray bytes;
    const char* fragment;
};

void PrintTo(const BadUtf8& c, std::ostream* os)
{
    *os << c.name;
}

class InvalidUtf8 : public ::testing::TestWithParam<BadUtf8> { };

} // namespace

TEST_P(InvalidUtf8, IsRefusedAtItsLineAndCharacterColumn)
{
    const BadUtf8& c = GetParam();
    const YamlReader::Result r = readWithBadBytes(c.bytes);
    ASSERT_TRUE(r.error) << c.name;
    EXPECT_EQ(r.error->severity, Problem::Severity::Unusable);
    EXPECT_EQ(r.error->where.file, QStringLiteral("f.yaml"));
    EXPECT_EQ(r.error->where.line, 2);
    EXPECT_EQ(r.error->where.column, 6);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.not-utf8"));
    // Which bytes, and why they are not UTF-8: the detail someone fixing the file needs.
    const QString english = r.error->message.text(Language::English);
    EXPECT_TRUE(english.contains(QString::fromUtf8(c.fragment))) << english.toStdString();
}

INSTANTIATE_TEST_SUITE_P(YamlReader, InvalidUtf8,
    ::testing::Values(BadUtf8{"SurrogateHigh", "\xED\xA0\x80", "ED A0 80 encode a UTF-16 surrogate"},
        BadUtf8{"SurrogateLow", "\xED\xBF\xBF", "ED BF BF encode a UTF-16 surrogate"},
        BadUtf8{"OverlongTwoBytesC0", "\xC0\xAF", "C0 AF are an overlong form"},
        BadUtf8{"OverlongTwoBytesC1", "\xC1\xBF", "C1 BF are an overlong form"},
        BadUtf8{"OverlongThreeBytes", "\xE0\x80\xAF", "E0 80 AF are an overlong form"},
        BadUtf8{"OverlongThreeBytesHighest", "\xE0\x9F\xBF", "E0 9F BF are an overlong form"},
        BadUtf8{"OverlongFourBytes", "\xF0\x80\x80\xAF", "F0 80 80 AF are an overlong form"},
        BadUtf8{"OverlongFourBytesHighest", "\xF0\x8F\xBF\xBF", "F0 8F BF BF are an overlong form"},
        BadUtf8{"AboveMaximumF4", "\xF4\x90\x80\x80", "F4 90 80 80 encode a code point above U+10FFFF"},
        BadUtf8{"AboveMaximumF5", "\xF5\x80\x80\x80", "F5 starts a code point above U+10FFFF"},
        BadUtf8{"AboveMaximumFF", "\xFF", "FF starts a code point above U+10FFFF"},
        BadUtf8{"TruncatedThreeBytes", "\xE3\x81", "the character starting with E3 81 is cut short after 2 of its 3 bytes"},
        BadUtf8{"TruncatedFourBytes", "\xF0\x9F\x98", "starting with F0 9F 98 is cut short after 3 of its 4 bytes"},
        BadUtf8{"TruncatedTwoBytes", "\xC3", "starting with C3 is cut short after 1 of its 2 bytes"},
        BadUtf8{"LoneContinuationByte", "\x80", "80 continues a character that never started"},
        BadUtf8{"NulByte", QByteArray("\0", 1), "a NUL byte"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(YamlReader, TruncatedCharacterAtTheEndOfTheFileIsRefused)
{
    const YamlReader::Result r = YamlReader::read("a: ok\nb: 日本\xE6\x97", QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->where.line, 2);
    EXPECT_EQ(r.error->where.column, 6);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.not-utf8"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("starting with E6 97 is cut short")));
}

TEST(YamlReader, TheEdgesOfValidUtf8AreAccepted)
{
    // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFD, U+10000, U+10FFFF: the first and last of each range the check narrows.
    const QByteArray edges = "\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBD\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
    const YamlReader::Result r = YamlReader::read("a: \"" + edges + "\"\n", QStringLiteral("f.yaml"));
    ASSERT_FALSE(r.error) << r.error->toString().toStdString();
    EXPECT_EQ(QString::fromStdString(r.root.find("a")->scalar()).toUcs4(),
        (QList<uint>{0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF}));
}

TEST(YamlReader, AFileOverTheSizeLimitIsRefusedBeforeItIsParsed)
{
    // Invalid UTF-8 in the first line: only a refusal before reading names the size rather than the byte.
    QByteArray huge = "a: \xFF\n";
    huge += QByteArray(InputLimits::fileBytes, 'x');
    const YamlReader::Result r = YamlReader::read(huge, QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->severity, Problem::Severity::Unusable);
    EXPECT_EQ(r.error->where.line, 0);
    EXPECT_EQ(r.error->code, QStringLiteral("file.too-large"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("the file has 16,777,221 bytes; the limit is 16,777,216 bytes (docs/limits.md)")))
        << r.error->message.text(Language::English).toStdString();
}

TEST(YamlReader, NestingDeeperThanTheLimitIsRefusedWhereItGoesTooDeep)
{
    const QByteArray deep = "a: " + QByteArray(InputLimits::depth + 5, '[') + QByteArray(InputLimits::depth + 5, ']') + "\n";
    const YamlReader::Result r = YamlReader::read(deep, QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->severity, Problem::Severity::Invalid);
    EXPECT_EQ(r.error->where.line, 1);
    EXPECT_EQ(r.error->where.column, 4 + InputLimits::depth - 1); // the map is level 1, so the 32nd '[' is level 33
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.too-deep"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("nested here 33 levels deep; the limit is 32 levels deep")))
        << r.error->message.text(Language::English).toStdString();
    const QByteArray deepest = "a: " + QByteArray(InputLimits::depth - 1, '[') + QByteArray(InputLimits::depth - 1, ']') + "\n";
    EXPECT_FALSE(YamlReader::read(deepest, QStringLiteral("f.yaml")).error);
}

TEST(YamlReader, AMapOverTheKeyLimitIsRefusedAtTheFirstKeyTooMany)
{
    QByteArray yaml = "profile:\n";
    for (int i = 0; i <= InputLimits::keysPerMap; ++i)
        yaml += "  q" + QByteArray::number(i) + ": true\n";
    const YamlReader::Result r = YamlReader::read(yaml, QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->where.line, InputLimits::keysPerMap + 2);
    EXPECT_EQ(r.error->where.column, 3);
    EXPECT_EQ(r.error->key, QStringLiteral("profile"));
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.too-many-keys-in-map"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("this map has at least 10,001 keys; the limit is 10,000 keys")))
        << r.error->message.text(Language::English).toStdString();
}

TEST(YamlReader, ADuplicateIsFoundInAMapAtTheKeyLimit)
{
    QByteArray yaml;
    for (int i = 0; i < InputLimits::keysPerMap - 1; ++i)
        yaml += "k" + QByteArray::number(i) + ": 1\n";
    yaml += "k0: 2\n";
    const YamlReader::Result r = YamlReader::read(yaml, QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->where.line, InputLimits::keysPerMap);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.duplicate-key"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("duplicate key 'k0' (first at line 1)"))) << r.error->message.text(Language::English).toStdString();
}

TEST(YamlReader, AListOverTheItemLimitIsRefused)
{
    const YamlReader::Result r
        = YamlReader::read("a: [" + QByteArray("x,").repeated(InputLimits::itemsPerList) + "y]\n", QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->where.line, 1);
    EXPECT_EQ(r.error->where.column, 5 + 2 * InputLimits::itemsPerList);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.too-many-items"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("this list has at least 100,001 items; the limit is 100,000 items")))
        << r.error->message.text(Language::English).toStdString();
}

TEST(YamlReader, KeysAndValuesInTheWholeFileAreLimited)
{
    QByteArray keys;
    for (int map = 0; map * InputLimits::keysPerMap <= InputLimits::keysInFile; ++map) {
        keys += "m" + QByteArray::number(map) + ": {";
        for (int i = 0; i < InputLimits::keysPerMap; ++i)
            keys += "k" + QByteArray::number(i) + ": 1,";
        keys += "}\n";
    }
    YamlReader::Result r = YamlReader::read(keys, QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.too-many-keys"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("the file has at least 500,001 keys; the limit is 500,000 keys")))
        << r.error->message.text(Language::English).toStdString();

    QByteArray values;
    for (int list = 0; list * InputLimits::itemsPerList <= InputLimits::valuesInFile; ++list)
        values += "- [" + QByteArray("x,").repeated(InputLimits::itemsPerList - 1) + "x]\n";
    r = YamlReader::read(values, QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.too-many-values"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("the file has at least 1,000,001 values; the limit is 1,000,000 values")))
        << r.error->message.text(Language::English).toStdString();
}

TEST(YamlReader, OverlongKeysAndValuesAreRefused)
{
    YamlReader::Result r = YamlReader::read("ok: 1\n" + QByteArray(InputLimits::keyBytes + 1, 'k') + ": 1\n", QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->where.line, 2);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.key-too-long"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("this key has 257 bytes; the limit is 256 bytes")))
        << r.error->message.text(Language::English).toStdString();
    EXPECT_FALSE(YamlReader::read(QByteArray(InputLimits::keyBytes, 'k') + ": 1\n", QStringLiteral("f.yaml")).error);

    r = YamlReader::read("a: " + QByteArray(InputLimits::valueBytes + 1, 'v') + "\n", QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->where.line, 1);
    EXPECT_EQ(r.error->where.column, 4);
    EXPECT_EQ(r.error->code, QStringLiteral("yaml.value-too-long"));
    EXPECT_TRUE(r.error->message.text(Language::English).contains(QStringLiteral("this value has 1,048,577 bytes; the limit is 1,048,576 bytes")))
        << r.error->message.text(Language::English).toStdString();
}
