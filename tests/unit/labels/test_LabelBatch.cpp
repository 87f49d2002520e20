#include "criteria/CatalogLibrary.h"
#include "labels/IssuerKey.h"
#include "labels/LabelBatch.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const QDate today(2026, 11, 22);
const QByteArray header = "registration,level,category,model,firmware,evaluated,support_until\n";

const CatalogLibrary& catalogs()
{
    static const CatalogLibrary library = CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")});
    return library;
}

// Every problem of a batch that must not be read.
Problems problemsOf(const QByteArray& csv)
{
    const Result<QList<LabelBatch::Row>> rows = LabelBatch::read(csv, QStringLiteral("labels.csv"), catalogs(), today);
    EXPECT_FALSE(rows);
    return rows.problems();
}

// The problem at that row and column (0: the whole row), or nullptr.
const Problem* at(const Problems& problems, int row, int column)
{
    for (const Problem& p : problems)
        if (p.where.line == row && p.where.column == column)
            return &p;
    return nullptr;
}

// `problems` hold one of `code` at `row`, `column` (the key naming its column), in labels.csv, in both languages.
void expectAt(const Problems& problems, int row, int column, const char* code)
{
    const Problem* p = at(problems, row, column);
    ASSERT_TRUE(p) << "nothing at row " << row << ", column " << column << " (" << code << ")";
    EXPECT_EQ(p->code, QLatin1String(code)) << "row " << row << ", column " << column;
    EXPECT_EQ(p->where.file, QStringLiteral("labels.csv"));
    EXPECT_EQ(p->key, column > 0 ? LabelBatch::columns[column - 1] : QString());
    EXPECT_NE(p->message.text(Language::Japanese), p->message.text(Language::English)) << "no Japanese for " << code;
}

} // namespace

TEST(LabelBatch, ReadsGoodRows)
{
    const auto rows = LabelBatch::read("\xef\xbb\xbf" + header
            + "jcs-26-000201,1,common,MS-CAM100,2.4.1,2026-11-01,2031-03-31\r\n\n"
              "JCS-26-000202,2,router,SN-R5000,4.1.0,2026-11-22,2026-11-22\n",
        QStringLiteral("labels.csv"), catalogs(), today);
    ASSERT_TRUE(rows) << rows.problems().value(0).toString(Language::English).toStdString();
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).registration, QStringLiteral("JCS-26-000201"));
    EXPECT_EQ(rows->at(0).line, 2);
    EXPECT_EQ(rows->at(0).facts.supportUntil, QDate(2031, 3, 31));
    EXPECT_EQ(rows->at(1).line, 4);
    EXPECT_EQ(rows->at(1).facts.level, 2);
    EXPECT_EQ(rows->at(1).facts.category, QStringLiteral("router"));
}

TEST(LabelBatch, ASupportEndBeforeTheEvaluationNamesRowAndColumn)
{
    const Problems problems = problemsOf(header
        + "JCS-26-000201,1,common,MS-CAM100,2.4.1,2026-11-01,2031-03-31\n"
          "JCS-26-000202,1,common,MS-CAM100,2.4.1,2026-11-01,2026-10-31\n");
    ASSERT_EQ(problems.size(), 1);
    expectAt(problems, 3, 7, "label.batch-support-before-evaluation");
    EXPECT_EQ(problems[0].toString(Language::English),
        QStringLiteral("labels.csv:3:7: support_until: security updates end (2026-10-31) before the evaluation (2026-11-01); check both dates"));
}

TEST(LabelBatch, EveryBadFieldIsNamed)
{
    const Problems problems = problemsOf(header
        + "ABC,5,toaster,,2.4.1,2026-13-01,soon\n"
          "JCS-26-000123/../../x,1,common,M,F,2026-11-23,2031-03-31\n"
          "JCS-26-000124,2,common,M,F,2026-11-01,2031-03-31\n"
          "JCS-26-000125,1,common,M,F\n"
          "JCS-26-000125,1,common,M,F,2026-11-01,2031-03-31\n"
          "jcs-26-000125,1,common,\"M,1\",F,2026-11-01,2031-03-31\n"
          "JCS-26-000126,1,common,"
        + QByteArray(65, 'M') + ",F\x01,2026-11-01,2031-03-31\n");
    expectAt(problems, 2, 1, "label.batch-registration");
    expectAt(problems, 2, 2, "label.batch-level");
    expectAt(problems, 2, 4, "label.batch-empty-field");
    expectAt(problems, 2, 6, "label.batch-bad-date");
    expectAt(problems, 2, 7, "label.batch-bad-date");
    expectAt(problems, 3, 1, "label.batch-registration");
    expectAt(problems, 3, 6, "label.batch-evaluated-later");
    expectAt(problems, 4, 3, "label.batch-category");
    EXPECT_TRUE(at(problems, 4, 3)->message.text(Language::English).contains(QStringLiteral("use one of: ★1 common")));
    expectAt(problems, 5, 0, "label.batch-field-count");
    expectAt(problems, 7, 0, "label.batch-field-count");
    expectAt(problems, 8, 4, "label.batch-too-long");
    expectAt(problems, 8, 5, "label.batch-control-character");
    for (const Problem& p : problems)
        EXPECT_NE(p.where.line, 6) << "the first whole JCS-26-000125 row is fine: " << p.toString(Language::English).toStdString();
    EXPECT_EQ(problems.size(), 12);
    const Problems twice
        = problemsOf(header + "JCS-26-000125,1,common,M,F,2026-11-01,2031-03-31\nJCS-26-000125,1,common,M,F,2026-11-01,2031-03-31\n");
    ASSERT_EQ(twice.size(), 1);
    expectAt(twice, 3, 1, "label.batch-duplicate");
    EXPECT_TRUE(twice[0].message.text(Language::Japanese).contains(QStringLiteral("JCS-26-000125")));
}

TEST(LabelBatch, TheHeaderIsCheckedBecauseColumnsAreReadByPosition)
{
    const Problems swapped = problemsOf("registration,level,category,model,firmware,support_until,evaluated\n"
                                        "JCS-26-000201,1,common,MS-CAM100,2.4.1,2031-03-31,2026-11-01\n");
    ASSERT_EQ(swapped.size(), 1) << "nothing is read under a wrong header";
    expectAt(swapped, 1, 0, "label.batch-header");
    const Problems empty = problemsOf(header);
    ASSERT_EQ(empty.size(), 1);
    expectAt(empty, 1, 0, "label.batch-empty");
}

// The batch as the certification body runs it: one file a good row, each a label that verifies;
// a row no token can carry, or a file that cannot be written, fails alone and leaves no file.
TEST(LabelBatch, IssuesOneLabelARowAndTellsTheRowsThatFailed)
{
    QTemporaryDir dir;
    const IssuerKey key = IssuerKey::generate();
    Result<QList<LabelBatch::Row>> rows = LabelBatch::read(header
            + "JCS-26-000201,1,common,MS-CAM100,2.4.1,2026-11-01,2031-03-31\n"
              "JCS-26-000202,2,router,SN-R5000,4.1.0,2026-11-22,2030-11-22\n",
        QStringLiteral("labels.csv"), catalogs(), today);
    ASSERT_TRUE(rows);
    (*rows)[1].facts.supportUntil = QDate(2026, 1, 1); // before its evaluation: LabelIssuer refuses it
    LabelIssuer::Options options;
    options.validUntil = LabelIssuer::defaultValidUntil(today);
    const QString folder = dir.filePath(QStringLiteral("labels"));
    const LabelBatch::Outcome done = LabelBatch::issue(*rows, key, options, LabelArtwork::Format::Svg, 600, folder);
    ASSERT_EQ(done.written.size(), 1);
    EXPECT_EQ(done.written[0].registration, QStringLiteral("JCS-26-000201"));
    EXPECT_EQ(done.written[0].path, folder + QStringLiteral("/JCS-26-000201.svg"));
    EXPECT_GT(done.written[0].qrVersion, 0);
    QFile svg(done.written[0].path);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
    ASSERT_EQ(done.failed.size(), 1);
    const Problem* notIssued = findProblem(done.failed, u"label.not-issued");
    ASSERT_TRUE(notIssued);
    EXPECT_EQ(notIssued->where.file, folder + QStringLiteral("/JCS-26-000202.svg"));
    EXPECT_EQ(notIssued->where.line, 3) << "the row of the CSV";
    EXPECT_TRUE(notIssued->message.text(Language::Japanese).contains(QStringLiteral("JCS-26-000202")));
    EXPECT_NE(notIssued->message.text(Language::Japanese), notIssued->message.text(Language::English));
    EXPECT_FALSE(QFile::exists(folder + QStringLiteral("/JCS-26-000202.svg"))) << "a refused row leaves no file";

    // Where nothing can be written, every row fails as not written, and no file appears.
    QFile blocker(dir.filePath(QStringLiteral("occupied")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const LabelBatch::Outcome blocked
        = LabelBatch::issue(rows->mid(0, 1), key, options, LabelArtwork::Format::Png, 600, dir.filePath(QStringLiteral("occupied")));
    EXPECT_TRUE(blocked.written.isEmpty());
    ASSERT_TRUE(findProblem(blocked.failed, u"label.not-written"));
    EXPECT_EQ(blocked.failed.constFirst().severity, Problem::Severity::Unusable);
}
