#include "reports/checklist/XlsxWorkbook.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const QByteArray workbookXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="チェックリスト" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const QByteArray relsXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

XlsxPackage package(const QByteArray& sheet, const QByteArray& shared = {})
{
    XlsxPackage p;
    p.replace(QStringLiteral("xl/workbook.xml"), workbookXml);
    p.replace(QStringLiteral("xl/_rels/workbook.xml.rels"), relsXml);
    p.replace(QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
    if (!shared.isEmpty())
        p.replace(QStringLiteral("xl/sharedStrings.xml"), shared);
    return p;
}

QByteArray sheet(const QByteArray& rows)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + rows
        + "</sheetData></worksheet>";
}

} // namespace

// Excel's Japanese strings carry phonetic guides (<rPh>); they are not the cell's text.
TEST(XlsxWorkbook, ReadsSharedInlineNumberAndFormulaCells)
{
    const QByteArray shared = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<si><t>適合</t></si><si><r><t>不</t></r><r><t>適合</t></r><rPh sb="0" eb="1"><t>フ</t></rPh></si></sst>)";
    const Result<XlsxWorkbook> read = XlsxWorkbook::read(package(sheet(R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>
<c r="C2" t="inlineStr"><is><t>判断根拠 &amp; 根拠</t></is></c><c r="D2"><v>42</v></c><c r="E2" t="str"><f>A1&amp;"x"</f><v>cached</v></c></row>)"),
        shared));
    ASSERT_TRUE(read) << read.problems().value(0).toString().toStdString();
    const XlsxWorkbook::Sheet* s = read->sheet(QStringLiteral("チェックリスト"));
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->part, QStringLiteral("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(s->cell(2, 1), QStringLiteral("適合"));
    EXPECT_EQ(s->cell(2, 2), QStringLiteral("不適合"));
    EXPECT_EQ(s->cell(2, 3), QStringLiteral("判断根拠 & 根拠"));
    EXPECT_EQ(s->cell(2, 4), QStringLiteral("42"));
    EXPECT_EQ(s->cell(2, 5), QStringLiteral("cached"));
}

TEST(XlsxWorkbook, RefusesADtdAndWithItEveryEntity)
{
    QByteArray xml = sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>)");
    xml.replace("?>", R"(?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>)");
    Result<XlsxWorkbook> read = XlsxWorkbook::read(package(xml));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.dtd-refused"));
    // A billion laughs in the shared strings, the same.
    read = XlsxWorkbook::read(package(sheet(""), R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>)"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.dtd-refused"));
}

TEST(XlsxWorkbook, RefusesTooManyRowsTooDeepAndBadReferences)
{
    Result<XlsxWorkbook> read = XlsxWorkbook::read(package(sheet(QByteArray("<row/>").repeated(XlsxWorkbook::maxRows + 1))));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.too-large"));
    EXPECT_TRUE(XlsxWorkbook::read(package(sheet(QByteArray("<row/>").repeated(XlsxWorkbook::maxRows)))).ok());

    read = XlsxWorkbook::read(package(sheet(QByteArray("<x>").repeated(40) + QByteArray("</x>").repeated(40))));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.too-large"));

    read = XlsxWorkbook::read(package(sheet(R"(<row r="1"><c r="1A"><v>1</v></c></row>)")));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.not-a-workbook"));

    read = XlsxWorkbook::read(package(sheet(R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)"), "<sst><si><t>x</t></si></sst>"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.not-a-workbook"));

    read = XlsxWorkbook::read(package("<worksheet><sheetData><row></sheetData>"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.problems()[0].code, QStringLiteral("checklist.not-a-workbook"));
}

TEST(XlsxWorkbook, NamesCellsAsSpreadsheetsDo)
{
    EXPECT_EQ(XlsxWorkbook::cellName(12, 6), QStringLiteral("F12"));
    EXPECT_EQ(XlsxWorkbook::cellName(1, 27), QStringLiteral("AA1"));
    EXPECT_EQ(XlsxWorkbook::columnName(16'384), QStringLiteral("XFD"));
    EXPECT_EQ(XlsxWorkbook::cellPosition(u"AA10"), std::make_pair(10, 27));
    EXPECT_EQ(XlsxWorkbook::cellPosition(u"A0"), std::make_pair(0, 0));
    EXPECT_EQ(XlsxWorkbook::cellPosition(u"XFE1"), std::make_pair(0, 0));
    EXPECT_EQ(XlsxWorkbook::cellPosition(u"a1"), std::make_pair(0, 0));
}
