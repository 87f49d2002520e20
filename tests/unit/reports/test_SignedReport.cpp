// The whole making of a report, tried as its reader and as a manufacturer who
// edits the file behind StarMark's back: what is signed is the assessment as
// the file holds it, with its evidence manifest and the audit head; a file
// changed outside StarMark is never signed.
#include "ReportFixture.h"
#include "SqliteEdit.h"

#include "reports/ReportAttachments.h"
#include "reports/ReportContent.h"
#include "reports/ReportProposals.h"
#include "reports/SignedReport.h"
#include "evaluators/OpenedAssessment.h"
#include "evaluators/tools/ToolImport.h"

#include "FixedClock.h"
#include "TestClock.h"

#include <QCryptographicHash>
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

// A lab's assessment with a TLS scan imported: its report carries the raw output under its
// tool and hash, and the proposals derived from it; without the rules to derive them it is
// not signed at all, rather than signed without them.
TEST(SignedReport, CarriesEachToolOutputAndItsProposalsAndRefusesWithoutTheRules)
{
    ReportFixture& f = ReportFixture::instance();
    const QString copy = f.dir.filePath(QStringLiteral("router-with-scan.starmark"));
    QFile::remove(copy);
    ASSERT_TRUE(QFile::copy(f.router->path(), copy));
    const Result<ToolRules> rules = ToolRules::load(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/tool-rules/jc-star.yaml"));
    ASSERT_TRUE(rules) << describe(rules.problems());
    const QString scan = QStringLiteral(STARMARK_TOOL_FIXTURES "/sslscan-weak.xml");
    {
        Result<OpenedAssessment> opened = OpenedAssessment::open(copy, AssessmentFile::Access::ReadWrite, *f.library);
        ASSERT_TRUE(opened) << describe(opened.problems());
        const Result<ToolImport::Imported> imported
            = ToolImport::import(*opened, *rules, {scan, std::nullopt, {}, {}}, QStringLiteral("lab"), FixedClock(testNow()));
        ASSERT_TRUE(imported) << describe(imported.problems());
    }
    QString error;
    std::unique_ptr<AssessmentFile> file = AssessmentFile::open(copy, AssessmentFile::Access::ReadOnly, &error);
    ASSERT_TRUE(file) << error.toStdString();

    EXPECT_FALSE(SignedReport::make(*file, f.chain(*file), f.identity(QStringLiteral("lab")), {Language::English, testNow()}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no tool rules"))) << error.toStdString();

    const std::optional<QByteArray> pdf
        = SignedReport::make(*file, f.chain(*file), f.identity(QStringLiteral("lab")), {Language::English, testNow(), &*rules}, &error);
    ASSERT_TRUE(pdf) << error.toStdString();
    const Result<ReportAttachments> read = ReportAttachments::read(*pdf);
    ASSERT_TRUE(read);
    QFile original(scan);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    const QString name = QStringLiteral("tool-sslscan-%1.xml").arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(read->attachments.value(name), bytes);
    EXPECT_TRUE(read->recorded.contains(name)); // in the signed record: a swapped output is caught by verify
    const Result<ReportProposals> proposals = ReportProposals::fromJson(read->attachments.value(QStringLiteral("proposals.json")));
    ASSERT_TRUE(proposals) << describe(proposals.problems());
    EXPECT_EQ(proposals->rulesDigest, rules->digest);
    ASSERT_EQ(proposals->proposals.size(), 2);
    for (const ToolReview::Reviewed& r : proposals->proposals) {
        EXPECT_EQ(r.proposal.requirement, QStringLiteral("S1.1-12"));
        EXPECT_EQ(r.proposal.verdict, Verdict::Fail);
        EXPECT_EQ(r.status, ToolReview::Status::Overridden); // the demo judged S1.1-12 pass
    }
}
