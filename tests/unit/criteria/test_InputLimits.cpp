#include "criteria/InputLimits.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(InputLimits, ABreachNamesTheFigureTheLimitItsPlaceInTheDocsAndTheFix)
{
    EXPECT_EQ(InputLimits::exceeded(
                  QStringLiteral("the file has"), 52'428'800, InputLimits::fileBytes, QStringLiteral("bytes"), QStringLiteral("split it")),
        QStringLiteral("the file has 52,428,800 bytes; the limit is 16,777,216 bytes (docs/limits.md): split it"));
}

TEST(InputLimits, TheLimitsLeaveRoomForRealFiles)
{
    // The benchmark's catalog of 5,000 requirements (tests/bench/bench_catalog_load.cpp) has 200,000 keys in 6 MB.
    EXPECT_GE(InputLimits::keysInFile, 200'000);
    EXPECT_GE(InputLimits::fileBytes, 8 * 1024 * 1024);
    // Every key is a value's name, and every value of a map or list counts: a file can never hold more keys than values.
    EXPECT_LE(InputLimits::keysInFile, InputLimits::valuesInFile);
    EXPECT_LE(InputLimits::keysPerMap, InputLimits::keysInFile);
    EXPECT_LE(InputLimits::evidencePerResult, InputLimits::evidenceInDeclaration);
    EXPECT_LT(InputLimits::shortTextCharacters, InputLimits::longTextCharacters);
    EXPECT_LE(InputLimits::longTextCharacters * 4, InputLimits::valueBytes); // a long text in any script fits one value
}
