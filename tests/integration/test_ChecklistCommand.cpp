// `starmark checklist export|import` as a user runs it, every workbook read back with openpyxl
// (a reader StarMark does not ship) and edited with it as a spreadsheet user would.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace starmark::test;

namespace {

const QString checklist = QStringLiteral("checklist");
const QString python = QStringLiteral("/usr/bin/python3");
const QString tool = QStringLiteral(STARMARK_XLSX_TOOL);

class ChecklistCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!QFile::exists(python))
            GTEST_SKIP() << "no /usr/bin/python3 (python3-openpyxl) to read the workbooks with";
        assessment = dir.filePath(QStringLiteral("camera.starmark"));
        const CliResult imported = runStarmark(
            {QStringLiteral("assess"), QStringLiteral("import"), demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"), QStringLiteral("-o"), assessment});
        ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    }
    QString exported(const QStringList& extra = {})
    {
        const QString path = dir.filePath(QStringLiteral("checklist.xlsx"));
        const CliResult run = runStarmark(QStringList{checklist, QStringLiteral("export"), assessment, QStringLiteral("-o"), path} + extra);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return path;
    }
    QJsonObject dump(const QString& path)
    {
        const CliResult run = runTool(python, {tool, QStringLiteral("dump"), path});
        EXPECT_EQ(run.code, 0) << run.out.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    // Cells set with openpyxl, saved as `name`.
    QString edited(const QString& from, const QString& name, const QStringList& assignments)
    {
        const QString out = dir.filePath(name);
        const CliResult run = runTool(python, QStringList{tool, QStringLiteral("set"), from, out} + assignments);
        EXPECT_EQ(run.code, 0) << run.out.toStdString();
        return out;
    }
    QString hostile(const char* kind, const QString& from)
    {
        const QString out = dir.filePath(QString::fromLatin1(kind) + QStringLiteral(".xlsx"));
        const CliResult run = runTool(python, {tool, QStringLiteral("hostile"), QString::fromLatin1(kind), from, out});
        EXPECT_EQ(run.code, 0) << run.out.toStdString();
        return out;
    }
    CliResult import(const QString& workbook) { return runStarmark({checklist, QStringLiteral("import"), assessment, workbook}); }
    QJsonArray audit()
    {
        const CliResult run = runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), assessment, QStringLiteral("--json")});
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
    }
    QJsonObject result(const QString& requirement)
    {
        const CliResult run = runStarmark({QStringLiteral("assess"), QStringLiteral("status"), assessment, QStringLiteral("--json")});
        const QJsonObject status = QJsonDocument::fromJson(run.out.toUtf8()).object();
        return status.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("results")).toObject().value(requirement).toObject();
    }

    QTemporaryDir dir;
    QString assessment;
};

QJsonObject sheet(const QJsonObject& workbook, int index)
{
    return workbook.value(QStringLiteral("sheets")).toArray().at(index).toObject();
}

QString cell(const QJsonObject& sheet, const char* reference)
{
    return sheet.value(QStringLiteral("cells")).toObject().value(QLatin1String(reference)).toString();
}

} // namespace

TEST_F(ChecklistCommand, ExportsIpasShapeInJapaneseReadyToPrintOnA4)
{
    const QJsonObject workbook = dump(exported());
    const QJsonObject list = sheet(workbook, 0);
    EXPECT_EQ(list.value(QStringLiteral("name")).toString(), QStringLiteral("チェックリスト"));
    const QStringList headers{QStringLiteral("適合基準番号"), QStringLiteral("適合要件"), QStringLiteral("評価項目"),
        QStringLiteral("ドキュメント評価 / 実機評価"), QStringLiteral("適合判定"), QStringLiteral("判断根拠"), QStringLiteral("根拠資料")};
    for (int c = 0; c < headers.size(); ++c)
        EXPECT_EQ(cell(list, QStringLiteral("%1%2").arg(QChar(u'A' + c)).arg(1).toLatin1().constData()), headers[c]);
    // The camera demo: 16 requirements and their evaluation items, all judged pass and ticked.
    EXPECT_EQ(cell(list, "A2"), QStringLiteral("S1.1-01"));
    EXPECT_EQ(cell(list, "E2"), QStringLiteral("適合"));
    EXPECT_EQ(cell(list, "D2"), QStringLiteral("ドキュメント評価"));
    EXPECT_TRUE(cell(list, "C3").startsWith(QStringLiteral("(1) "))) << cell(list, "C3").toStdString();
    EXPECT_EQ(cell(list, "E3"), QStringLiteral("○"));
    EXPECT_TRUE(cell(list, "G2").contains(QStringLiteral("evidence/security-design.md")));
    int requirementRows = 0;
    const QJsonObject cells = list.value(QStringLiteral("cells")).toObject();
    for (int row = 2; row <= list.value(QStringLiteral("max_row")).toInt(); ++row) {
        EXPECT_FALSE(cells.value(QStringLiteral("A%1").arg(row)).toString().isEmpty()) << row;
        if (cells.value(QStringLiteral("C%1").arg(row)).toString().isEmpty())
            ++requirementRows;
    }
    EXPECT_EQ(requirementRows, 16);
    EXPECT_EQ(list.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
    EXPECT_EQ(list.value(QStringLiteral("print_area")).toArray().at(0).toString(),
        QStringLiteral("$A$1:$G$%1").arg(list.value(QStringLiteral("max_row")).toInt()));
    EXPECT_EQ(list.value(QStringLiteral("paper")).toInt(), 9); // A4
    EXPECT_EQ(list.value(QStringLiteral("orientation")).toString(), QStringLiteral("landscape"));
    EXPECT_TRUE(list.value(QStringLiteral("fit_to_page")).toBool()); // one page wide, as many long as it takes
    EXPECT_EQ(list.value(QStringLiteral("fit_width")).toInt(), 1);
    EXPECT_EQ(list.value(QStringLiteral("fit_height")).toInt(), 0);
    EXPECT_GT(list.value(QStringLiteral("widths")).toObject().value(QStringLiteral("B")).toDouble(), 30);
    EXPECT_TRUE(list.value(QStringLiteral("wrap")).toObject().value(QStringLiteral("B2")).toBool());

    const QJsonObject product = sheet(workbook, 1);
    EXPECT_EQ(product.value(QStringLiteral("name")).toString(), QStringLiteral("申請者・製品"));
    const QJsonObject facts = product.value(QStringLiteral("cells")).toObject();
    QMultiMap<QString, QString> byLabel;
    for (int row = 1; row <= product.value(QStringLiteral("max_row")).toInt(); ++row)
        byLabel.insert(facts.value(QStringLiteral("A%1").arg(row)).toString(), facts.value(QStringLiteral("B%1").arg(row)).toString());
    EXPECT_EQ(byLabel.value(QStringLiteral("製造業者")), QStringLiteral("株式会社ミライセンス"));
    // Every model number of the family, a row each, the representative first.
    QStringList models = byLabel.values(QStringLiteral("型番"));
    std::reverse(models.begin(), models.end()); // QMultiMap gives the last inserted first
    EXPECT_EQ(models, (QStringList{QStringLiteral("MS-CAM100"), QStringLiteral("MS-CAM100W"), QStringLiteral("MS-CAM100/B")}));
    EXPECT_EQ(byLabel.value(QStringLiteral("ファームウェア")), QStringLiteral("2.4.1"));
    EXPECT_EQ(byLabel.value(QStringLiteral("サポート期限")), QStringLiteral("2031-03-31"));
    EXPECT_EQ(byLabel.value(QStringLiteral("脆弱性の連絡先")), QStringLiteral("https://miraisense.example/security"));
}

TEST_F(ChecklistCommand, ExportsInEnglishOnRequest)
{
    const QJsonObject workbook = dump(exported({QStringLiteral("--lang"), QStringLiteral("en")}));
    const QJsonObject list = sheet(workbook, 0);
    EXPECT_EQ(list.value(QStringLiteral("name")).toString(), QStringLiteral("Checklist"));
    EXPECT_EQ(cell(list, "A1"), QStringLiteral("Requirement no."));
    EXPECT_EQ(cell(list, "E2"), QStringLiteral("Pass"));
    EXPECT_EQ(cell(list, "D2"), QStringLiteral("Document review"));
    EXPECT_EQ(sheet(workbook, 1).value(QStringLiteral("name")).toString(), QStringLiteral("Applicant and product"));
}

TEST_F(ChecklistCommand, AFailedWriteLeavesNoFile)
{
    const QString into = dir.filePath(QStringLiteral("missing-folder/checklist.xlsx"));
    const CliResult run = runStarmark({checklist, QStringLiteral("export"), assessment, QStringLiteral("-o"), into});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(into)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(into));
    EXPECT_EQ(runStarmark({checklist, QStringLiteral("export"), assessment}).code, 2); // no -o
}

TEST_F(ChecklistCommand, AnUntouchedRoundTripChangesNothing)
{
    const QString workbook = exported();
    const QByteArray before = read(assessment);
    const CliResult run = import(workbook);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("nothing was changed"))) << run.out.toStdString();
    EXPECT_EQ(read(assessment), before);
    // Saved again by openpyxl (shared strings rewritten, styles renumbered): still nothing.
    const QString resaved = edited(workbook, QStringLiteral("resaved.xlsx"), {});
    EXPECT_EQ(import(resaved).code, 0);
    EXPECT_EQ(read(assessment), before);
}

TEST_F(ChecklistCommand, OneVerdictEditedInASpreadsheetIsOneAuditedChangeNamingTheWorkbook)
{
    const int entriesBefore = int(audit().size());
    const QString workbook = edited(exported(), QStringLiteral("edited.xlsx"),
        {QStringLiteral("チェックリスト!E2=不適合"), QStringLiteral("チェックリスト!F2=認証なしで映像を取得できるAPIが見つかった")});
    const CliResult run = import(workbook);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("S1.1-01.verdict: pass → fail"))) << run.out.toStdString();
    EXPECT_EQ(result(QStringLiteral("S1.1-01")).value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    EXPECT_EQ(result(QStringLiteral("S1.1-01")).value(QStringLiteral("rationale")).toString(),
        QStringLiteral("認証なしで映像を取得できるAPIが見つかった"));
    EXPECT_EQ(result(QStringLiteral("S1.1-02")).value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));

    const QJsonArray entries = audit();
    ASSERT_EQ(entries.size(), entriesBefore + 2); // the workbook, then the one result
    const QJsonObject origin = entries.at(entriesBefore).toObject();
    EXPECT_EQ(origin.value(QStringLiteral("action")).toString(), QStringLiteral("import-checklist"));
    EXPECT_EQ(origin.value(QStringLiteral("target")).toString(), QStringLiteral("edited.xlsx"));
    EXPECT_EQ(origin.value(QStringLiteral("new")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(read(workbook), QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(entries.at(entriesBefore + 1).toObject().value(QStringLiteral("target")).toString(), QStringLiteral("results.S1.1-01"));
    EXPECT_EQ(runStarmark({QStringLiteral("assess"), QStringLiteral("audit"), assessment}).code, 0);
}

TEST_F(ChecklistCommand, ReadsTheEnglishWordsAndUntickedItems)
{
    const QString workbook = edited(exported(), QStringLiteral("english.xlsx"), {QStringLiteral("チェックリスト!E2=Fail"), QStringLiteral("チェックリスト!E3=")});
    const CliResult run = import(workbook);
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject r = result(QStringLiteral("S1.1-01"));
    EXPECT_EQ(r.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
    EXPECT_FALSE(r.value(QStringLiteral("items")).toArray().contains(QStringLiteral("1")));
    EXPECT_TRUE(r.value(QStringLiteral("items")).toArray().contains(QStringLiteral("2")));
}

// A manufacturer who ticks nothing yet writes 適合 gets the same refusal as from `assess set`,
// named by the cell.
TEST_F(ChecklistCommand, APassWithoutItsItemsIsRefusedAtItsCell)
{
    const QString full = exported();
    const QJsonObject list = sheet(dump(full), 0);
    // S1.1-01's items are rows 3..; clear every one of them.
    QStringList clear;
    for (int row = 3; cell(list, QStringLiteral("A%1").arg(row).toLatin1().constData()) == QStringLiteral("S1.1-01"); ++row)
        clear << QStringLiteral("チェックリスト!E%1=").arg(row);
    const QString workbook = edited(full, QStringLiteral("unticked.xlsx"), clear);
    const QByteArray before = read(assessment);
    const CliResult run = import(workbook);
    EXPECT_EQ(run.code, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("unticked.xlsx:チェックリスト!C3: S1.1-01.items"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing was changed")));
    EXPECT_EQ(read(assessment), before);
}

TEST_F(ChecklistCommand, ErrorsNameTheSheetAndTheCellAndChangeNothing)
{
    const QString full = exported();
    const QByteArray before = read(assessment);
    const QString workbook = edited(full, QStringLiteral("bad.xlsx"),
        {QStringLiteral("チェックリスト!E2=たぶん"), QStringLiteral("チェックリスト!A5=S9.9-99"), QStringLiteral("チェックリスト!E4=済")});
    CliResult run = import(workbook);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("bad.xlsx:チェックリスト!E2: 'たぶん'"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("bad.xlsx:チェックリスト!A5: 'S9.9-99'"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("bad.xlsx:チェックリスト!E4: '済'"))) << run.err.toStdString();
    EXPECT_EQ(read(assessment), before);

    const QString noVerdicts = edited(full, QStringLiteral("no-column.xlsx"), {QStringLiteral("チェックリスト!E1=")});
    run = import(noVerdicts);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no-column.xlsx:チェックリスト!H1"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("適合判定"))) << run.err.toStdString();
    EXPECT_EQ(read(assessment), before);

    // Japanese for a Japanese user: the place is the same, the words are hers.
    run = runStarmark({QStringLiteral("--lang"), QStringLiteral("ja"), checklist, QStringLiteral("import"), assessment, workbook});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("bad.xlsx:チェックリスト!E2: 「たぶん」は適合判定ではありません"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("何も変更していません")));
    EXPECT_EQ(read(assessment), before);
}

TEST_F(ChecklistCommand, AWorkbookThatIsNotOneExitsTwoAndChangesNothing)
{
    const QString full = exported();
    const QByteArray before = read(assessment);
    QFile text(dir.filePath(QStringLiteral("text.xlsx")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("適合基準番号,適合判定\nS1.1-01,適合\n");
    text.close();
    const QList<std::pair<QString, QString>> cases{
        {text.fileName(), QStringLiteral("not a zip archive")},
        {hostile("broken", full), QStringLiteral("zip")},
        {hostile("bomb", full), QStringLiteral("inflates to more than")},
        {hostile("entity", full), QStringLiteral("DTD")},
        {hostile("million-rows", full), QStringLiteral("more than 10,000 rows")},
        {hostile("many-entries", full), QStringLiteral("entries")},
        {hostile("deep", full), QStringLiteral("deep")},
    };
    for (const auto& [workbook, why] : cases) {
        const CliResult run = import(workbook);
        EXPECT_EQ(run.code, 2) << workbook.toStdString() << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(workbook)) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(why)) << workbook.toStdString() << ": " << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("root:"))) << "the entity was expanded";
        EXPECT_EQ(read(assessment), before) << workbook.toStdString();
    }
    EXPECT_EQ(import(dir.filePath(QStringLiteral("absent.xlsx"))).code, 2);
    EXPECT_EQ(read(assessment), before);
}

// A real office suite takes the workbook: LibreOffice prints it on A4 landscape, every
// requirement there and nothing cut off the page's right edge (the last column's header is on it).
TEST_F(ChecklistCommand, LibreOfficePrintsItOnA4)
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        GTEST_SKIP() << "soffice (libreoffice-calc-nogui) is not installed";
    const QString workbook = exported();
    const QString out = dir.filePath(QStringLiteral("pdf"));
    const CliResult converted = runTool(QStringLiteral("soffice"),
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")), QStringLiteral("--headless"),
            QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), out, workbook});
    ASSERT_EQ(converted.code, 0) << converted.out.toStdString();
    const QString pdf = out + QStringLiteral("/checklist.pdf");
    ASSERT_TRUE(QFileInfo::exists(pdf)) << converted.out.toStdString();
    const CliResult info = runTool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.out.contains(QStringLiteral("841.89 x 595.3"))) << info.out.toStdString(); // A4 landscape
    const CliResult text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("適合基準番号")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("根拠資料"))) << "the last column is printed";
    for (int n = 1; n <= 16; ++n)
        EXPECT_TRUE(text.out.contains(QStringLiteral("S1.1-%1").arg(n, 2, 10, QLatin1Char('0')))) << n;
    // Only the checklist sheet's print area is printed with the product sheet: no blank pages.
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
    EXPECT_GE(pages, 2);
    EXPECT_LE(pages, 8);
}

namespace {

const QString operatorMap = QStringLiteral(R"(sheet: 様式チェックリスト
first_row: 4
columns: {requirement: B, item: C, verdict: F, rationale: G}
product:
  sheet: 申請者
  cells: {manufacturer: B1, product: B2, models: B3, firmware: B4, support_until: B5, contact: B6}
)");

void write(const QString& path, const QString& text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

} // namespace

// IPA's own workbook, as an operator has it: a merged title, coloured headers, a formula, a
// column of their own. Filled, it keeps all of that; only the sheets written to change.
TEST_F(ChecklistCommand, FillsAnOperatorsTemplateKeepingItsStylesMergedCellsAndFormulas)
{
    const QString blank = dir.filePath(QStringLiteral("template.xlsx"));
    ASSERT_EQ(runTool(python, {tool, QStringLiteral("template"), blank}).code, 0);
    const QString map = dir.filePath(QStringLiteral("operator.map.yaml"));
    write(map, operatorMap);
    const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
    const QByteArray blankBytes = read(blank);
    const CliResult run = runStarmark({checklist, QStringLiteral("export"), assessment, QStringLiteral("--template"), blank,
        QStringLiteral("--map"), map, QStringLiteral("-o"), filled});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_EQ(read(blank), blankBytes) << "the template itself is not touched";

    const QJsonObject workbook = dump(filled);
    const QJsonObject list = sheet(workbook, 0);
    EXPECT_EQ(list.value(QStringLiteral("merged")).toArray(), QJsonArray{QStringLiteral("A1:H1")});
    EXPECT_EQ(cell(list, "H2"), QStringLiteral("=COUNTIF(F4:F200,\"適合\")"));
    EXPECT_EQ(cell(list, "A1"), QStringLiteral("JC-STAR ★1 チェックリスト（様式）"));
    EXPECT_EQ(list.value(QStringLiteral("fills")).toObject().value(QStringLiteral("F3")).toString(), QStringLiteral("00FFCC00"));
    EXPECT_EQ(cell(list, "B4"), QStringLiteral("S1.1-01"));
    EXPECT_EQ(cell(list, "F4"), QStringLiteral("適合"));
    EXPECT_TRUE(cell(list, "C5").startsWith(QStringLiteral("(1) ")));
    EXPECT_EQ(cell(list, "F5"), QStringLiteral("○"));
    EXPECT_EQ(cell(list, "A5"), QStringLiteral("2")) << "the operator's own column stays";
    EXPECT_EQ(cell(list, "H4"), QStringLiteral("山田"));
    EXPECT_TRUE(cell(list, "D4").isEmpty()) << "unmapped fields are not written";
    const QJsonObject product = sheet(workbook, 1);
    EXPECT_EQ(cell(product, "A1"), QStringLiteral("製造業者"));
    EXPECT_EQ(cell(product, "B1"), QStringLiteral("株式会社ミライセンス"));
    EXPECT_EQ(cell(product, "B3"), QStringLiteral("MS-CAM100\nMS-CAM100W\nMS-CAM100/B")); // the family in the one cell the map names

    // Every other part of the package, byte for byte.
    const QJsonObject before = QJsonDocument::fromJson(runTool(python, {tool, QStringLiteral("parts"), blank}).out.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(runTool(python, {tool, QStringLiteral("parts"), filled}).out.toUtf8()).object();
    EXPECT_EQ(before.keys(), after.keys());
    for (const QString& part : before.keys()) {
        if (!part.startsWith(QLatin1String("xl/worksheets/sheet"))) {
            EXPECT_EQ(before.value(part), after.value(part)) << part.toStdString();
        }
    }
}

// The shipped map of StarMark's own layout, over StarMark's own workbook, writes what is there.
TEST_F(ChecklistCommand, TheShippedMapDescribesStarMarksOwnLayout)
{
    const QString own = exported();
    const QJsonObject expected = sheet(dump(own), 0);
    const QString again = dir.filePath(QStringLiteral("again.xlsx"));
    const CliResult run = runStarmark({checklist, QStringLiteral("export"), assessment, QStringLiteral("--template"), own, QStringLiteral("--map"),
        QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/checklist/starmark-layout.map.yaml"), QStringLiteral("-o"), again});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject workbook = dump(again);
    EXPECT_EQ(sheet(workbook, 0).value(QStringLiteral("cells")), expected.value(QStringLiteral("cells")));
    EXPECT_EQ(sheet(workbook, 0).value(QStringLiteral("print_area")), expected.value(QStringLiteral("print_area")));
    // And it imports as the original does: nothing to change.
    const QByteArray before = read(assessment);
    EXPECT_EQ(import(again).code, 0);
    EXPECT_EQ(read(assessment), before);
}

TEST_F(ChecklistCommand, ATemplateIsNeverFilledOverAFormulaOrWithABadMap)
{
    const QString blank = dir.filePath(QStringLiteral("template.xlsx"));
    ASSERT_EQ(runTool(python, {tool, QStringLiteral("template"), blank}).code, 0);
    const QString map = dir.filePath(QStringLiteral("formula.map.yaml"));
    write(map, QString(operatorMap).replace(QStringLiteral("first_row: 4"), QStringLiteral("first_row: 2")).replace(QStringLiteral("rationale: G"), QStringLiteral("rationale: H")));
    const QString out = dir.filePath(QStringLiteral("out.xlsx"));
    CliResult run = runStarmark({checklist, QStringLiteral("export"), assessment, QStringLiteral("--template"), blank, QStringLiteral("--map"), map,
        QStringLiteral("-o"), out});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(blank + QStringLiteral(":様式チェックリスト!H2"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    write(map, QString(operatorMap).replace(QStringLiteral("verdict: F"), QStringLiteral("verdict: F9")));
    run = runStarmark({checklist, QStringLiteral("export"), assessment, QStringLiteral("--template"), blank, QStringLiteral("--map"), map,
        QStringLiteral("-o"), out});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains(map + QStringLiteral(":3:"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("'F9'"))) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    run = runStarmark({checklist, QStringLiteral("export"), assessment, QStringLiteral("--template"), blank, QStringLiteral("-o"), out});
    EXPECT_EQ(run.code, 2);
    EXPECT_FALSE(QFileInfo::exists(out));
}

// The workbook travels inside the signed report, in its language: the verifier lists it, and a
// reader outside StarMark takes it out (pdfdetach) and reads it (openpyxl).
TEST_F(ChecklistCommand, TheSignedReportCarriesTheChecklist)
{
    const QString pki = dir.filePath(QStringLiteral("pki"));
    ASSERT_EQ(runStarmark({QStringLiteral("keys"), QStringLiteral("demo-pki"), pki}).code, 0);
    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    const CliResult signedReport = runStarmark({QStringLiteral("report"), assessment, QStringLiteral("--key"), pki + QStringLiteral("/manufacturer.key"),
        QStringLiteral("--cert"), pki + QStringLiteral("/manufacturer.pem"), QStringLiteral("--chain"), pki + QStringLiteral("/ca.pem"), QStringLiteral("-o"), report});
    ASSERT_EQ(signedReport.code, 0) << signedReport.err.toStdString();
    const CliResult verified = runStarmark({QStringLiteral("verify"), report, QStringLiteral("--trust"), pki + QStringLiteral("/ca.pem"), QStringLiteral("--json")});
    EXPECT_EQ(verified.code, 0) << verified.out.toStdString();
    const QJsonArray attachments = QJsonDocument::fromJson(verified.out.toUtf8()).object().value(QStringLiteral("attachments")).toArray();
    EXPECT_TRUE(attachments.contains(QStringLiteral("checklist.xlsx"))) << verified.out.toStdString();

    const QString detached = dir.filePath(QStringLiteral("detached.xlsx"));
    // poppler 22.12's pdfdetach saves by number: the one -list names checklist.xlsx.
    const CliResult listed = runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), report});
    const QString number = QRegularExpression(QStringLiteral("(\\d+): checklist\\.xlsx")).match(listed.out).captured(1);
    ASSERT_FALSE(number.isEmpty()) << listed.out.toStdString();
    const CliResult detach = runTool(QStringLiteral("pdfdetach"), {QStringLiteral("-save"), number, QStringLiteral("-o"), detached, report});
    ASSERT_EQ(detach.code, 0) << detach.out.toStdString();
    const QJsonObject list = sheet(dump(detached), 0);
    EXPECT_EQ(list.value(QStringLiteral("name")).toString(), QStringLiteral("チェックリスト"));
    EXPECT_EQ(cell(list, "A2"), QStringLiteral("S1.1-01"));
    EXPECT_EQ(cell(list, "E2"), QStringLiteral("適合"));
}
