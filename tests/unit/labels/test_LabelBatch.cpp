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

// Every problem, a line each.
std::string problemsOf(const QByteArray& csv)
{
    QStringList problems;
    EXPECT_FALSE(LabelBatch::read(csv, QStringLiteral("labels.csv"), catalogs(), today, &problems));
    return problems.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(LabelBatch, ReadsGoodRows)
{
    QStringList problems;
    const auto rows = LabelBatch::read("\xef\xbb\xbf" + header
            + "jcs-26-000201,1,common,MS-CAM100,2.4.1,2026-11-01,2031-03-31\r\n\n"
              "JCS-26-000202,2,router,SN-R5000,4.1.0,2026-11-22,2026-11-22\n",
        QStringLiteral("labels.csv"), catalogs(), today, &problems);
    ASSERT_TRUE(rows) << problems.join(QLatin1Char('\n')).toStdString();
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
    EXPECT_EQ(problemsOf(header
                  + "JCS-26-000201,1,common,MS-CAM100,2.4.1,2026-11-01,2031-03-31\n"
                    "JCS-26-000202,1,common,MS-CAM100,2.4.1,2026-11-01,2026-10-31\n"),
        "labels.csv: row 3, column 7 (support_until): security updates end (2026-10-31) before the evaluation (2026-11-01); check both "
        "dates");
}

TEST(LabelBatch, EveryBadFieldIsNamed)
{
    const QString problems = QString::fromStdString(problemsOf(header
        + "ABC,5,toaster,,2.4.1,2026-13-01,soon\n"
          "JCS-26-000123/../../x,1,common,M,F,2026-11-23,2031-03-31\n"
          "JCS-26-000124,2,common,M,F,2026-11-01,2031-03-31\n"
          "JCS-26-000125,1,common,M,F\n"
          "JCS-26-000125,1,common,M,F,2026-11-01,2031-03-31\n"
          "jcs-26-000125,1,common,\"M,1\",F,2026-11-01,2031-03-31\n"
          "JCS-26-000126,1,common,"
        + QByteArray(65, 'M') + ",F\x01,2026-11-01,2031-03-31\n"));
    for (const char* expected :
        {"row 2, column 1 (registration): 'ABC' is not a registration number; the registry assigns them as JCS-YY-NNNNNN",
            "row 2, column 2 (level): '5' is not a level; write 1, 2, 3 or 4", "row 2, column 4 (model): empty",
            "row 2, column 6 (evaluated): '2026-13-01' is not a date; write it as YYYY-MM-DD",
            "row 2, column 7 (support_until): 'soon' is not a date",
            "row 3, column 1 (registration): 'JCS-26-000123/../../x' is not a registration number",
            "row 3, column 6 (evaluated): 2026-11-23 is after today (2026-11-22)",
            "row 4, column 3 (category): no installed catalog is for ★2 'common'; use one of: ★1 common",
            "row 5: 5 fields where 7 are expected", "row 7: 8 fields where 7 are expected",
            "row 8, column 4 (model): 65 bytes long; a label carries at most 64",
            "row 8, column 5 (firmware): contains control characters"})
        EXPECT_TRUE(problems.contains(QString::fromUtf8(expected))) << expected << "\n" << problems.toStdString();
    EXPECT_FALSE(problems.contains(QStringLiteral("row 6"))) << "the first whole JCS-26-000125 row is fine: " << problems.toStdString();
    EXPECT_EQ(problemsOf(header + "JCS-26-000125,1,common,M,F,2026-11-01,2031-03-31\nJCS-26-000125,1,common,M,F,2026-11-01,2031-03-31\n"),
        "labels.csv: row 3, column 1 (registration): JCS-26-000125 is on row 2 already; each label has its own number");
}

TEST(LabelBatch, TheHeaderIsCheckedBecauseColumnsAreReadByPosition)
{
    const std::string swapped = problemsOf("registration,level,category,model,firmware,support_until,evaluated\n"
                                           "JCS-26-000201,1,common,MS-CAM100,2.4.1,2031-03-31,2026-11-01\n");
    EXPECT_EQ(
        swapped.find("labels.csv: row 1: the header must read registration,level,category,model,firmware,evaluated,support_until"), 0u)
        << swapped;
    EXPECT_EQ(swapped.find('\n'), std::string::npos) << "nothing is read under a wrong header: " << swapped;
    EXPECT_EQ(problemsOf(header), "labels.csv: row 1: no rows after the header: nothing to issue");
}

// The batch as the certification body runs it: one file a good row, each a label that verifies;
// a row no token can carry, or a file that cannot be written, fails alone and leaves no file.
TEST(LabelBatch, IssuesOneLabelARowAndTellsTheRowsThatFailed)
{
    QTemporaryDir dir;
    const IssuerKey key = IssuerKey::generate();
    QStringList problems;
    std::optional<QList<LabelBatch::Row>> rows = LabelBatch::read(header
            + "JCS-26-000201,1,common,MS-CAM100,2.4.1,2026-11-01,2031-03-31\n"
              "JCS-26-000202,2,router,SN-R5000,4.1.0,2026-11-22,2030-11-22\n",
        QStringLiteral("labels.csv"), catalogs(), today, &problems);
    ASSERT_TRUE(rows) << problems.join(QLatin1Char('\n')).toStdString();
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
