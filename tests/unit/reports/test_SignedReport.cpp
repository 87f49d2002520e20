// The whole making of a report, tried as its reader and as a manufacturer who
// edits the file behind StarMark's back: what is signed is the assessment as
// the file holds it, with its evidence manifest and the audit head; a file
// changed outside StarMark is never signed.
#include "ReportFixture.h"
#include "SqliteEdit.h"

#include "reports/ReportAttachments.h"
#include "reports/ReportContent.h"
#include "reports/SignedReport.h"

#include "TestClock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(SignedReport, SignsTheAssessmentItsManifestAndTheAuditHead)
{
    ReportFixture& f = ReportFixture::instance();
    QString error;
    const std::optional<QByteArray> pdf
        = SignedReport::make(*f.camera, f.chain(*f.camera), f.identity(), {Language::English, testNow()}, &error);
    ASSERT_TRUE(pdf) << error.toStdString();
    const Result<ReportAttachments> read = ReportAttachments::read(*pdf);
    ASSERT_TRUE(read.ok()) << describe(read.problems());
    EXPECT_EQ(read->recorded.keys(),
        (QList<QString>{QStringLiteral("assessment.json"), QStringLiteral("checklist.xlsx"), QStringLiteral("evidence-manifest.json")}));
    // The workbook, in the report's language.
    EXPECT_TRUE(read->attachments.value(QStringLiteral("checklist.xlsx")).startsWith("PK"));

    const Result<ReportContent> content = ReportContent::fromAssessmentJson(read->attachments.value(QStringLiteral("assessment.json")));
    ASSERT_TRUE(content.ok()) << describe(content.problems());
    const std::optional<Assessment> held = f.camera->load(&error);
    ASSERT_TRUE(held);
    EXPECT_EQ(content->assessment, *held) << "the assessment signed is the one the file holds";
    EXPECT_EQ(content->auditHead, f.camera->auditEntries().last().hash);
    EXPECT_EQ(content->issued, testNow());

    // Every evidence file once, by name, size and SHA-256.
    const QJsonArray manifest = QJsonDocument::fromJson(read->attachments.value(QStringLiteral("evidence-manifest.json"))).array();
    int evidence = 0;
    for (const Assessment::Result& r : held->results)
        evidence += int(r.evidence.size());
    ASSERT_GT(manifest.size(), 0);
    EXPECT_LE(manifest.size(), evidence);
    for (const QJsonValue& v : manifest)
        EXPECT_EQ(v.toObject().value(QStringLiteral("sha256")).toString().size(), 64);
}

TEST(SignedReport, AFileChangedOutsideStarMarkIsNotSigned)
{
    ReportFixture& f = ReportFixture::instance();
    const QString copy = f.dir.filePath(QStringLiteral("edited-behind-its-back.starmark"));
    QFile::remove(copy);
    ASSERT_TRUE(QFile::copy(f.camera->path(), copy));
    // The manufacturer rewrites a rationale with sqlite3.
    sqliteEdit(copy, {QStringLiteral("UPDATE results SET body = json_set(body, '$.rationale', 'edited behind its back')")});
    QString error;
    std::unique_ptr<AssessmentFile> edited = AssessmentFile::open(copy, AssessmentFile::Access::ReadOnly, &error);
    ASSERT_TRUE(edited) << error.toStdString();
    const QByteArray before = [&] {
        QFile file(copy);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    const std::optional<QByteArray> pdf = SignedReport::make(*edited, f.chain(*edited), f.identity(), {Language::Japanese, testNow()}, &error);
    EXPECT_FALSE(pdf);
    EXPECT_FALSE(error.isEmpty());
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before) << "refusing writes nothing";
}
