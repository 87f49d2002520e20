#include "reports/checklist/XlsxPackage.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

QByteArray zipOf(const QList<std::pair<QString, QByteArray>>& entries)
{
    XlsxPackage package;
    for (const auto& [name, bytes] : entries)
        package.replace(name, bytes);
    return package.zip();
}

} // namespace

TEST(XlsxPackage, WritesAndReadsBackEveryEntryInOrder)
{
    const QByteArray zip = zipOf({{QStringLiteral("b.xml"), "<b/>"}, {QStringLiteral("a/ä.xml"), QByteArray(100'000, 'x')}});
    ASSERT_FALSE(zip.isEmpty());
    const Result<XlsxPackage> read = XlsxPackage::read(zip, QStringLiteral("t.xlsx"));
    ASSERT_TRUE(read) << read.problems().value(0).toString().toStdString();
    ASSERT_EQ(read->entries().size(), 2);
    EXPECT_EQ(read->entries()[0].name, QStringLiteral("b.xml"));
    EXPECT_EQ(read->entries()[1].name, QStringLiteral("a/ä.xml"));
    EXPECT_EQ(*read->part(QStringLiteral("a/ä.xml")), QByteArray(100'000, 'x'));
    EXPECT_EQ(read->part(QStringLiteral("c.xml")), nullptr);
    // The same content zips to the same bytes (no clock inside).
    EXPECT_EQ(zipOf({{QStringLiteral("b.xml"), "<b/>"}, {QStringLiteral("a/ä.xml"), QByteArray(100'000, 'x')}}), zip);
}

TEST(XlsxPackage, RefusesWhatIsNotAZip)
{
    const Result<XlsxPackage> read = XlsxPackage::read(QByteArray("PK\x03\x04 not really"), QStringLiteral("t.xlsx"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.not-a-workbook"));
    EXPECT_EQ(read.problems()[0].severity, Problem::Severity::Unusable);
    EXPECT_EQ(read.problems()[0].where.file, QStringLiteral("t.xlsx"));
}

// A flipped byte in the deflated data: the CRC says so, whatever the directory claims.
TEST(XlsxPackage, RefusesADamagedEntry)
{
    QByteArray noise;
    for (quint32 x = 1; noise.size() < 20'000;)
        noise.append(char((x = x * 1'103'515'245u + 12'345u) >> 24));
    QByteArray zip = zipOf({{QStringLiteral("sheet.xml"), noise}});
    const int data = 30 + 9; // the local header and the name
    zip[data + 5'000] = char(zip[data + 5'000] ^ 0x55);
    const Result<XlsxPackage> read = XlsxPackage::read(zip, QStringLiteral("t.xlsx"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.not-a-workbook"));
}

// A zip bomb: counted as it inflates, so a directory that lies about the size changes nothing.
TEST(XlsxPackage, RefusesAnEntryThatInflatesPastTheLimit)
{
    const QByteArray zip = zipOf({{QStringLiteral("bomb.bin"), QByteArray(XlsxPackage::maxEntryBytes + 1, ' ')}});
    EXPECT_LT(zip.size(), 100'000);
    const Result<XlsxPackage> read = XlsxPackage::read(zip, QStringLiteral("t.xlsx"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.too-large"));
    EXPECT_EQ(XlsxPackage::read(zipOf({{QStringLiteral("ok.bin"), QByteArray(XlsxPackage::maxEntryBytes, ' ')}}), QStringLiteral("t.xlsx")).ok(), true);
}

TEST(XlsxPackage, RefusesTooManyEntries)
{
    QList<std::pair<QString, QByteArray>> entries;
    for (int i = 0; i <= XlsxPackage::maxEntries; ++i)
        entries.append({QStringLiteral("e%1").arg(i), "x"});
    const Result<XlsxPackage> read = XlsxPackage::read(zipOf(entries), QStringLiteral("t.xlsx"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.too-large"));
}
