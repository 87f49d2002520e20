#include "reports/checklist/ChecklistTemplate.h"

#include "reports/checklist/XlsxWorkbook.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const QByteArray workbookXml = R"(<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const QByteArray relsXml = R"(<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)";

XlsxPackage withSheet(const QByteArray& sheet)
{
    XlsxPackage p;
    p.replace(QStringLiteral("xl/workbook.xml"), workbookXml);
    p.replace(QStringLiteral("xl/_rels/workbook.xml.rels"), relsXml);
    p.replace(QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
    p.replace(QStringLiteral("xl/styles.xml"), "<styleSheet>kept</styleSheet>");
    return p;
}

struct Fixture {
    Catalog catalog;
    Assessment assessment;
    Fixture()
    {
        for (const char* id : {"R-1", "R-2"}) {
            Requirement r;
            r.id = QString::fromLatin1(id);
            catalog.requirements.append(r);
            Assessment::Result result;
            result.verdict = Verdict::Pass;
            result.rationale = QStringLiteral("<&> \"quoted\"");
            assessment.results.insert(r.id, result);
        }
    }
};

ChecklistMap mapAt(int firstRow)
{
    ChecklistMap map;
    map.sheet = QStringLiteral("S");
    map.firstRow = firstRow;
    map.columns = {{ChecklistLayout::Requirement, 2}, {ChecklistLayout::Verdict, 4}, {ChecklistLayout::Rationale, 5}};
    return map;
}

XlsxPackage filled(const QByteArray& sheet, const ChecklistMap& map)
{
    Fixture f;
    const Result<QByteArray> zip = ChecklistTemplate::fill(withSheet(sheet), map, f.assessment, {&f.catalog}, Language::English);
    EXPECT_TRUE(zip) << zip.problems().value(0).toString().toStdString();
    return zip ? *XlsxPackage::read(*zip, QStringLiteral("out.xlsx")) : XlsxPackage();
}

} // namespace

// The cell's style kept, its neighbours, the merged title and the formula untouched, rows
// inserted where they belong, and the other parts as they were.
TEST(ChecklistTemplate, WritesValuesIntoTheSheetAndKeepsEverythingElse)
{
    const QByteArray sheet = R"(<worksheet><sheetData><row r="1"><c r="A1" s="5" t="inlineStr"><is><t>Title</t></is></c></row>)"
                             R"(<row r="2" spans="1:6"><c r="A2"><v>1</v></c><c r="D2" s="3"/><c r="F2"><f>COUNTIF(D:D,"Pass")</f><v>0</v></c></row>)"
                             R"(<row r="5"/></sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells></worksheet>)";
    const XlsxPackage out = filled(sheet, mapAt(2));
    const QString xml = QString::fromUtf8(*out.part(QStringLiteral("xl/worksheets/sheet1.xml")));
    EXPECT_TRUE(xml.startsWith(QStringLiteral(R"(<worksheet><sheetData><row r="1"><c r="A1" s="5" t="inlineStr"><is><t>Title</t></is></c></row>)")));
    EXPECT_TRUE(xml.contains(QStringLiteral(R"(<c r="D2" s="3" t="inlineStr"><is><t xml:space="preserve">Pass</t></is></c>)"))) << xml.toStdString();
    EXPECT_TRUE(xml.contains(QStringLiteral(R"(<c r="F2"><f>COUNTIF(D:D,"Pass")</f><v>0</v></c>)")));
    EXPECT_TRUE(xml.endsWith(QStringLiteral(R"(</sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells></worksheet>)")));
    EXPECT_EQ(*out.part(QStringLiteral("xl/styles.xml")), QByteArray("<styleSheet>kept</styleSheet>"));

    const Result<XlsxWorkbook> cells = XlsxWorkbook::read(out);
    ASSERT_TRUE(cells);
    const XlsxWorkbook::Sheet& s = *cells->sheet(QStringLiteral("S"));
    EXPECT_EQ(s.cell(2, 1), QStringLiteral("1"));
    EXPECT_EQ(s.cell(2, 2), QStringLiteral("R-1"));
    EXPECT_EQ(s.cell(2, 5), QStringLiteral("<&> \"quoted\""));
    EXPECT_EQ(s.cell(3, 2), QStringLiteral("R-2"));
    // Rows in order: 1, 2, 3 (new), 5.
    QList<int> rows;
    for (qsizetype at = xml.indexOf(QStringLiteral("<row r=\"")); at >= 0; at = xml.indexOf(QStringLiteral("<row r=\""), at + 1))
        rows << xml.mid(at + 8, xml.indexOf(QLatin1Char('"'), at + 8) - at - 8).toInt();
    EXPECT_EQ(rows, (QList<int>{1, 2, 3, 5}));
}

TEST(ChecklistTemplate, FillsAnEmptySheetAndAnEmptyRow)
{
    XlsxPackage out = filled("<worksheet><sheetData/></worksheet>", mapAt(1));
    EXPECT_EQ(XlsxWorkbook::read(out)->sheet(QStringLiteral("S"))->cell(2, 4), QStringLiteral("Pass"));
    out = filled(R"(<worksheet><sheetData><row r="7" ht="30"/></sheetData></worksheet>)", mapAt(7));
    EXPECT_TRUE(QString::fromUtf8(*out.part(QStringLiteral("xl/worksheets/sheet1.xml"))).contains(QStringLiteral(R"(<row r="7" ht="30"><c r="B7")")));
    EXPECT_EQ(XlsxWorkbook::read(out)->sheet(QStringLiteral("S"))->cell(8, 2), QStringLiteral("R-2"));
}

TEST(ChecklistTemplate, NeverWritesOverAFormula)
{
    Fixture f;
    const Result<QByteArray> zip = ChecklistTemplate::fill(withSheet(R"(<worksheet><sheetData><row r="3"><c r="E3"><f>1+1</f></c></row></sheetData></worksheet>)"),
        mapAt(2), f.assessment, {&f.catalog}, Language::English);
    ASSERT_FALSE(zip);
    EXPECT_EQ(zip.problems()[0].code, QStringLiteral("checklist.template-formula-cell"));
    EXPECT_TRUE(zip.problems()[0].where.file.endsWith(QStringLiteral(":S!E3"))) << zip.problems()[0].where.file.toStdString();
}

TEST(ChecklistTemplate, RefusesAMapOfASheetItDoesNotHave)
{
    Fixture f;
    ChecklistMap map = mapAt(2);
    map.sheet = QStringLiteral("Other");
    const Result<QByteArray> zip = ChecklistTemplate::fill(withSheet("<worksheet><sheetData/></worksheet>"), map, f.assessment, {&f.catalog}, Language::English);
    ASSERT_FALSE(zip);
    EXPECT_EQ(zip.problems()[0].code, QStringLiteral("checklist.template-missing-sheet"));
}
