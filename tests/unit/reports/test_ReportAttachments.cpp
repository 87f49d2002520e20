// Reading back what PdfSigner embedded, from files a forger shaped: no record,
// a record naming an attachment that is not there, an attachment that is.
#include "ReportFixture.h"

#include "reports/ReportAttachments.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(ReportAttachments, ReadsTheRecordAndEveryAttachmentOfAReport)
{
    const Result<ReportAttachments> read = ReportAttachments::read(ReportFixture::instance().signedCameraReport());
    ASSERT_TRUE(read.ok()) << describe(read.problems());
    ASSERT_EQ(read->recorded.size(), 3); // assessment.json, checklist.xlsx, evidence-manifest.json
    for (auto it = read->recorded.cbegin(); it != read->recorded.cend(); ++it) {
        EXPECT_EQ(it.value().size(), 64) << it.key().toStdString();
        EXPECT_FALSE(read->attachments.value(it.key()).isEmpty()) << it.key().toStdString();
    }
    EXPECT_TRUE(read->attachments.value(QStringLiteral("assessment.json")).startsWith("{"));
}

TEST(ReportAttachments, APdfWithoutARecordIsNoStarMarkReport)
{
    for (const QByteArray& pdf : {QByteArray(), QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
             QByteArray("%PDF-1.7\n/StarMark (not a dictionary)\n")}) {
        const Result<ReportAttachments> read = ReportAttachments::read(pdf);
        EXPECT_FALSE(read.ok());
        EXPECT_TRUE(findProblem(read.problems(), u"report.not-starmark")) << describe(read.problems());
    }
}

TEST(ReportAttachments, ARecordedAttachmentThatCannotBeReadIsSaid)
{
    QByteArray pdf = ReportFixture::instance().signedCameraReport();
    // The record still names assessment.json, but its name-tree entry now points nowhere.
    const qsizetype entry = pdf.lastIndexOf("(assessment.json)");
    ASSERT_GT(entry, 0);
    pdf.replace(entry, 17, "(assessment.jsoX)");
    const Result<ReportAttachments> read = ReportAttachments::read(pdf);
    EXPECT_FALSE(read.ok());
    const Problem* p = findProblem(read.problems(), u"report.attachment-unreadable");
    ASSERT_TRUE(p) << describe(read.problems());
    EXPECT_TRUE(p->message.text(Language::English).contains(QStringLiteral("assessment.json")));
    EXPECT_TRUE(p->message.text(Language::Japanese).contains(QStringLiteral("assessment.json")));
}
