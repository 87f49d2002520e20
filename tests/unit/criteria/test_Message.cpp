#include "criteria/CatalogReader.h"
#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"
#include "criteria/Message.h"
#include "criteria/YamlReader.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(Message, PlainTextIsNeverTranslated)
{
    const Message m = Message::plain(QStringLiteral("file.yaml"));
    EXPECT_EQ(m.text(Language::Japanese), QStringLiteral("file.yaml"));
    EXPECT_EQ(m.text(Language::English), QStringLiteral("file.yaml"));
    EXPECT_EQ(m.source(), nullptr);
    EXPECT_FALSE(m.isEmpty());
    EXPECT_TRUE(Message().isEmpty());
}

TEST(Message, AnUntranslatedSourceFallsBackToItself)
{
    const Message m("MessageTest", "no translation of this one %1");
    EXPECT_EQ(m.arg(QStringLiteral("x")).text(Language::Japanese), QStringLiteral("no translation of this one x"));
    EXPECT_STREQ(m.context(), "MessageTest");
}

TEST(Message, ArgumentsAreReplacedOnceEachInOnePass)
{
    const Message m("MessageTest", "%2 then %1, %1 again; 100% and %9 unused");
    // An argument that itself looks like a marker stays as it is.
    EXPECT_EQ(m.arg(QStringLiteral("%2")).arg(qint64(7)).text(Language::English), QStringLiteral("7 then %2, %2 again; 100% and %9 unused"));
}

TEST(Message, NestedMessagesAreTranslatedInTheOuterLanguage)
{
    const Message inner("MessageTest", "inner");
    const Message outer = Message("MessageTest", "outer(%1)").arg(inner);
    EXPECT_EQ(outer.text(Language::English), QStringLiteral("outer(inner)"));
}

TEST(Message, PluralCountReplacesPercentN)
{
    const Message m("MessageTest", "%n file(s)", nullptr, 3);
    EXPECT_EQ(m.text(Language::English), QStringLiteral("3 file(s)"));
}

// A real message of the criteria library, through the installed .qm files: what a reader
// of either language sees, with the data (the file, the figures) left as it was.
TEST(Message, ACriteriaMessageSpeaksJapaneseAndEnglish)
{
    const Result<QByteArray> missing = InputFile::read(QStringLiteral("/nonexistent/catalog.yaml"), InputLimits::fileBytes);
    ASSERT_FALSE(missing.ok());
    const Message& m = missing.problems().constFirst().message;
    EXPECT_EQ(m.text(Language::Japanese), QStringLiteral("ファイルがありません"));
    EXPECT_EQ(m.text(Language::English), QStringLiteral("no such file"));
}

TEST(Message, NestedCriteriaMessagesAreTranslatedTogether)
{
    // A title written as plain text where a map of both languages belongs.
    const YamlReader::Result yaml = YamlReader::read("a: [", QStringLiteral("f.yaml"));
    ASSERT_TRUE(yaml.error);
    EXPECT_TRUE(yaml.error->message.text(Language::Japanese).startsWith(QStringLiteral("YAML の構文エラー: ")));
    EXPECT_TRUE(yaml.error->message.text(Language::English).startsWith(QStringLiteral("YAML syntax error: ")));

    const CatalogReader::Result read = CatalogReader::read("scheme: s\nid: c\nversion: '1'\nlevel: 1\ncategory: common\ntitle: 基本\n"
                                                           "source: {document: d}\nrequirements: []\n",
        QStringLiteral("c.yaml"));
    const Problem* kind = findProblem(read.problems, u"yaml.wrong-kind");
    ASSERT_NE(kind, nullptr);
    EXPECT_EQ(kind->message.text(Language::Japanese), QStringLiteral("'ja' と 'en' のテキストを持つマップが必要ですが、単一の値が書かれています"));
    EXPECT_EQ(kind->message.text(Language::English), QStringLiteral("expected a map with 'ja' and 'en' texts, found a single value"));
    EXPECT_EQ(kind->toString(Language::Japanese),
        QStringLiteral("c.yaml:6:8: title: 'ja' と 'en' のテキストを持つマップが必要ですが、単一の値が書かれています"));
}
