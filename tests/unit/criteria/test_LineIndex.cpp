#include "criteria/LineIndex.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(LineIndex, CharacterColumnCountsCharactersNotBytes)
{
    const QByteArray text = "first\nx: 日本語: y\nlast";
    const LineIndex index(text);
    // "日本語" is 9 bytes: the colon after it is byte column 13 but character column 7.
    EXPECT_EQ(index.characterColumn(2, 13), 7);
    EXPECT_EQ(index.characterColumn(2, 1), 1);
    EXPECT_EQ(index.characterColumn(1, 6), 6);
    EXPECT_EQ(index.characterColumn(3, 3), 3);
}

TEST(LineIndex, LineStartsAndOutOfRangeLines)
{
    const QByteArray text = "a\nbc\n\nd";
    const LineIndex index(text);
    EXPECT_EQ(index.lineStart(1), 0);
    EXPECT_EQ(index.lineStart(2), 2);
    EXPECT_EQ(index.lineStart(3), 5);
    EXPECT_EQ(index.lineStart(4), 6);
    EXPECT_EQ(index.lineStart(99), text.size());
    EXPECT_EQ(index.lineStart(0), 0);
    EXPECT_EQ(index.characterColumn(99, 5), 1);
}
