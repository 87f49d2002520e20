#include "Fixtures.h"
#include "FixedClock.h"
#include "SqliteEdit.h"

#include "criteria/CatalogJson.h"
#include "evaluators/OpenedAssessment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

class OpenedAssessmentTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const Assessment a = demoAssessment("camera-star1");
        QString error;
        ASSERT_TRUE(AssessmentFile::create(path, a, chainOf(a.catalog), QStringLiteral("yamada"), clock, &error)) << error.toStdString();
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("a.starmark"));
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
};

} // namespace

TEST_F(OpenedAssessmentTest, GivesTheAssessmentWithItsCatalogChain)
{
    const Result<OpenedAssessment> o = OpenedAssessment::open(path, AssessmentFile::Access::ReadOnly, shippedCatalogs(), clock);
    ASSERT_TRUE(o);
    EXPECT_TRUE(o.problems().isEmpty());
    EXPECT_EQ(o->assessment.catalog, QStringLiteral("jc-star/star1-common"));
    EXPECT_EQ(o->chain, chainOf(o->assessment.catalog));
    EXPECT_EQ(o->file->path(), path);
}

TEST_F(OpenedAssessmentTest, AFileThatIsNotAnAssessmentIsUnusable)
{
    const QString text = writeFile(dir, QStringLiteral("notes.starmark"), "just text");
    const Result<OpenedAssessment> o = OpenedAssessment::open(text, AssessmentFile::Access::ReadWrite, shippedCatalogs(), clock);
    ASSERT_FALSE(o);
    const Problem* p = findProblem(o.problems(), u"assessment.cannot-open");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->severity, Problem::Severity::Unusable);
    EXPECT_EQ(p->where.file, text);
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("just text")) << "opening for writing changed nothing";
}

TEST_F(OpenedAssessmentTest, ACatalogNotInstalledIsNamed)
{
    const CatalogLibrary none = CatalogLibrary::load({dir.filePath(QStringLiteral("no-catalogs"))});
    const Result<OpenedAssessment> o = OpenedAssessment::open(path, AssessmentFile::Access::ReadOnly, none, clock);
    ASSERT_FALSE(o);
    const Problem* p = findProblem(o.problems(), u"assessment.catalog-not-installed");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->severity, Problem::Severity::Unusable);
    EXPECT_TRUE(p->message.text(Language::English).contains(QStringLiteral("jc-star/star1-common")));
    EXPECT_TRUE(p->message.text(Language::Japanese).contains(QStringLiteral("jc-star/star1-common")));
    EXPECT_NE(p->message.text(Language::Japanese), p->message.text(Language::English));
}

TEST_F(OpenedAssessmentTest, ACatalogChangedSinceItWasPinnedRidesAlongAsAWarning)
{
    // The catalog as pinned loses a requirement: today's catalog has one the assessment never saw.
    QJsonObject pinned = CatalogJson::toJson(*shippedCatalogs().find(QStringLiteral("jc-star/star1-common")));
    QJsonArray requirements = pinned.value(QStringLiteral("requirements")).toArray();
    requirements.removeLast();
    pinned.insert(QStringLiteral("requirements"), requirements);
    sqliteEdit(path,
        {QStringLiteral("UPDATE catalogs SET content = '%1'")
                .arg(QString::fromUtf8(QJsonDocument(pinned).toJson(QJsonDocument::Compact))
                         .replace(QLatin1Char('\''), QStringLiteral("''")))});
    const Result<OpenedAssessment> o = OpenedAssessment::open(path, AssessmentFile::Access::ReadOnly, shippedCatalogs(), clock);
    ASSERT_TRUE(o) << o.problems().value(0).toString(Language::English).toStdString();
    const Problem* p = findProblem(o.problems(), u"assessment.catalog-changed");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->severity, Problem::Severity::Warning);
    EXPECT_TRUE(p->message.text(Language::English).endsWith(QStringLiteral("S1.1-16 added")))
        << p->message.text(Language::English).toStdString();
}

TEST_F(OpenedAssessmentTest, AnEditThatFindsAProblemChangesNothingAndOneThatDoesNotIsSaved)
{
    Result<OpenedAssessment> o = OpenedAssessment::open(path, AssessmentFile::Access::ReadWrite, shippedCatalogs(), clock);
    ASSERT_TRUE(o);
    const QByteArray head = o->file->auditHead();
    const Result<void> refused = o->update(
        [](Assessment& state) -> Problems {
            state.product.model = QStringLiteral("forged");
            return {Problem::invalid(QStringLiteral("assessment.unknown-key"), Message::plain(QStringLiteral("no")))};
        },
        QStringLiteral("yamada"), clock);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.problems().constFirst().where.file, path);
    EXPECT_EQ(o->file->auditHead(), head) << "nothing was written";
    EXPECT_NE(o->file->load(nullptr)->product.model, QStringLiteral("forged"));

    ASSERT_TRUE(o->update(
        [](Assessment& state) {
            state.product.model = QStringLiteral("NC-9");
            return Problems();
        },
        QStringLiteral("yamada"), clock));
    EXPECT_EQ(o->assessment.product.model, QStringLiteral("NC-9")) << "the state the file holds now";
    EXPECT_NE(o->file->auditHead(), head);
}
