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
    EXPECT_TRUE(r.error->message.contains(QStringLiteral("plain name")));
}

TEST(YamlReader, NulByteIsUnreadable)
{
    const YamlReader::Result r = YamlReader::read(QByteArray("a: b\nc: \0d\n", 11), QStringLiteral("f.yaml"));
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->severity, Diagnostic::Severity::Unreadable);
    EXPECT_EQ(r.error->where.line, 2);
    EXPECT_EQ(r.error->where.column, 4);
}
