#include "criteria/Message.h"

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
