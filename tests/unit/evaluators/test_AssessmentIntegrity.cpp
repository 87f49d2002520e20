#include "Fixtures.h"
#include "FixedClock.h"
#include "SqliteEdit.h"

#include "evaluators/AssessmentIntegrity.h"


#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

class AssessmentIntegrityTest : public ::testing::Test {
protected:
    std::unique_ptr<AssessmentFile> make(const Assessment& a)
    {
        QString error;
        auto file = AssessmentFile::create(path, a, chainOf(a.catalog), QStringLiteral("yamada"), clock, &error);
        EXPECT_TRUE(file) << error.toStdString();
        return file;
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("a.starmark"));
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
};

} // namespace

TEST_F(AssessmentIntegrityTest, AFileAsStarMarkWroteItMayBeActedOn)
{
    auto file = make(demoAssessment("camera-star1"));
    ASSERT_TRUE(file);
    EXPECT_TRUE(AssessmentIntegrity::problems(*file, *file->load(nullptr)).isEmpty());
}

TEST_F(AssessmentIntegrityTest, EvidenceCitedButNotHeldAndAForgedSignOffAreNamed)
{
    Assessment a = demoAssessment("router-star3");
    auto file = make(a);
    ASSERT_TRUE(file);
    Assessment held = *file->load(nullptr);
    held.results.first().evidence.append({QStringLiteral("ghost.pdf"), QByteArray(64, 'f'), 5, {}});
    held.signOff = Assessment::SignOff{held.evaluator.name, clock.now()};
    const Problems problems = AssessmentIntegrity::problems(*file, held);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].code, QStringLiteral("evidence.not-in-file"));
    EXPECT_TRUE(problems[0].message.text(Language::English).contains(QStringLiteral("ghost.pdf")));
    EXPECT_EQ(problems[0].where.file, path);
    EXPECT_EQ(problems[1].code, QStringLiteral("assessment.forged-sign-off"));
}

TEST_F(AssessmentIntegrityTest, DamagedEvidenceIsNamed)
{
    ASSERT_TRUE(make(demoAssessment("camera-star1")));
    starmark::test::sqliteEdit(path, {QStringLiteral("UPDATE evidence_chunk SET data = X'00' || data WHERE rowid = 1")});
    auto file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, nullptr, clock);
    ASSERT_TRUE(file);
    const Problems problems = AssessmentIntegrity::problems(*file, *file->load(nullptr));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].code, QStringLiteral("evidence.damaged"));
}
