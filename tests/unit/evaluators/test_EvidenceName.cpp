#include "evaluators/EvidenceName.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace starmark;

TEST(EvidenceName, NumbersBeforeTheSuffixAndKeepsTheFolder)
{
    EXPECT_EQ(EvidenceName::numbered(QStringLiteral("report.pdf"), 2), QStringLiteral("report (2).pdf"));
    EXPECT_EQ(EvidenceName::numbered(QStringLiteral("logs/boot.tar.gz"), 3), QStringLiteral("logs/boot.tar (3).gz"));
    EXPECT_EQ(EvidenceName::numbered(QStringLiteral("README"), 2), QStringLiteral("README (2)"));
}

TEST(EvidenceName, TheFirstFreeName)
{
    const QSet<QString> taken{QStringLiteral("report.pdf"), QStringLiteral("report (2).pdf")};
    const auto isTaken = [&](const QString& name) { return taken.contains(name); };
    EXPECT_EQ(EvidenceName::unique(QStringLiteral("report.pdf"), isTaken), QStringLiteral("report (3).pdf"));
    EXPECT_EQ(EvidenceName::unique(QStringLiteral("log.txt"), isTaken), QStringLiteral("log.txt"));
}
