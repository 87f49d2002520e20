#include "reports/checklist/ChecklistMap.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(ChecklistMap, ReadsSheetRowColumnsAndProductCells)
{
    const Result<ChecklistMap> map = ChecklistMap::parse(
        "sheet: 様式\nfirst_row: 4\ncolumns: {requirement: B, verdict: AA}\nproduct: {sheet: 申請者, cells: {models: C3}}\n", QStringLiteral("m.yaml"));
    ASSERT_TRUE(map) << map.problems().value(0).toString().toStdString();
    EXPECT_EQ(map->sheet, QStringLiteral("様式"));
    EXPECT_EQ(map->firstRow, 4);
    EXPECT_EQ(map->columns.value(ChecklistLayout::Requirement), 2);
    EXPECT_EQ(map->columns.value(ChecklistLayout::Verdict), 27);
    EXPECT_FALSE(map->columns.contains(ChecklistLayout::Rationale));
    EXPECT_EQ(map->productSheet, QStringLiteral("申請者"));
    EXPECT_EQ(map->productCells.value(QStringLiteral("models")), std::make_pair(3, 3));
}

TEST(ChecklistMap, NamesTheLineOfEachMistake)
{
    const Result<ChecklistMap> map = ChecklistMap::parse(
        "sheet: s\nfirst_row: 0\ncolumns:\n  requirement: A1\n  verdcit: E\nproduct: {sheet: p, cells: {firmware: 4B}}\n", QStringLiteral("m.yaml"));
    ASSERT_FALSE(map);
    QStringList codes;
    for (const Problem& p : map.problems())
        codes << p.code + QLatin1Char('@') + QString::number(p.where.line);
    EXPECT_TRUE(codes.contains(QStringLiteral("checklist.map-bad-column@4"))) << codes.join(u' ').toStdString();
    EXPECT_TRUE(codes.contains(QStringLiteral("checklist.map-bad-cell@6"))) << codes.join(u' ').toStdString();
    EXPECT_EQ(map.problems()[0].where.file, QStringLiteral("m.yaml"));
    EXPECT_GE(map.problems().size(), 4); // first_row out of range, the unknown key, and verdict missing too
}

TEST(ChecklistMap, TheShippedMapReads)
{
    const Result<ChecklistMap> map = ChecklistMap::read(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/checklist/starmark-layout.map.yaml"));
    ASSERT_TRUE(map) << map.problems().value(0).toString().toStdString();
    EXPECT_EQ(map->columns.size(), ChecklistLayout::columnCount);
    EXPECT_EQ(map->productCells.size(), 6);
}
