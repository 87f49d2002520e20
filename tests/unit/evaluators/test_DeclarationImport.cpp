#include "Fixtures.h"
#include "FixedClock.h"

#include "evaluators/AssessmentFile.h"
#include "evaluators/DeclarationImport.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

std::optional<Assessment> held(const QString& path)
{
    QString error;
    const std::unique_ptr<AssessmentFile> file = AssessmentFile::open(path, AssessmentFile::Access::ReadOnly, &error);
    return file ? file->load(&error) : std::nullopt;
}

} // namespace

TEST(DeclarationImport, CreatesTheFileOrUpdatesTheRevisionInProgress)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.starmark"));
    const FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    Assessment declared = demoAssessment("camera-star1");
    const QList<const Catalog*> chain = chainOf(declared.catalog);
    ASSERT_TRUE(DeclarationImport::into(path, declared, chain, QStringLiteral("yamada"), clock));
    ASSERT_TRUE(held(path));
    EXPECT_EQ(held(path)->revision, 1);

    // The file moved on to revision 2; a declaration read again (revision 1 in it) updates revision 2.
    {
        QString error;
        const std::unique_ptr<AssessmentFile> file = AssessmentFile::open(path, AssessmentFile::Access::ReadWrite, &error);
        ASSERT_TRUE(file);
        ASSERT_TRUE(file->update(
            [](Assessment& state) {
                state.revision = 2;
                return QString();
            },
            chain, QStringLiteral("yamada"), clock, &error))
            << error.toStdString();
    }
    declared.product.model = QStringLiteral("NC-3");
    ASSERT_TRUE(DeclarationImport::into(path, declared, chain, QStringLiteral("yamada"), clock));
    EXPECT_EQ(held(path)->revision, 2);
    EXPECT_EQ(held(path)->product.model, QStringLiteral("NC-3"));
}

TEST(DeclarationImport, IntoAFileThatIsNoAssessmentIsRefusedAndLeavesItAsItWas)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("notes.starmark"), "not sqlite");
    const Assessment declared = demoAssessment("camera-star1");
    const Result<void> done = DeclarationImport::into(path, declared, chainOf(declared.catalog), QStringLiteral("yamada"),
        FixedClock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)));
    ASSERT_FALSE(done);
    ASSERT_TRUE(findProblem(done.problems(), u"assessment.cannot-open"));
    EXPECT_TRUE(hasUnusable(done.problems()));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("not sqlite"));
}
