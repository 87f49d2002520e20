#include "CliRunner.h"
#include "StudioFixture.h"

#include "AuditTrailDialog.h"
#include "Session.h"

#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::studio;
using namespace starmark::studio::test;

namespace {

// The ★1 demo imported by the CLI into a file of this test's own.
QString demoFile(const QString& name)
{
    StudioFixture& f = StudioFixture::instance();
    const QString path = f.path(name);
    const starmark::test::CliResult imported = starmark::test::runStarmark({QStringLiteral("assess"), QStringLiteral("import"),
        starmark::test::demoFolder("camera-star1") + QStringLiteral("/declaration.yaml"), QStringLiteral("-o"), path});
    EXPECT_EQ(imported.code, 0) << imported.err.toStdString();
    return path;
}

} // namespace

TEST(AuditTrailDialog, ShowsEveryChangeNewestFirstAndThatTheChainHolds)
{
    StudioFixture& f = StudioFixture::instance();
    QString error;
    std::unique_ptr<Session> session = Session::open(demoFile(QStringLiteral("audit.starmark")), *f.studio, &error);
    ASSERT_TRUE(session) << error.toStdString();
    Assessment next = session->assessment();
    next.results[QStringLiteral("S1.1-04")].rationale = QStringLiteral("ロックアウトを再確認した");
    ASSERT_TRUE(session->change(next, QStringLiteral("rationale")));

    AuditTrailDialog dialog(*session);
    EXPECT_TRUE(dialog.intact());
    const auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("entries"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), session->file().auditEntries().size());
    EXPECT_TRUE(table->item(0, 2)->text().contains(QStringLiteral("S1.1-04"))) << table->item(0, 2)->text().toStdString();
    EXPECT_TRUE(table->item(0, 4)->toolTip().contains(QStringLiteral("ロックアウトを再確認した"))) << "the whole new value, as a tooltip";
    EXPECT_FALSE(table->item(0, 3)->toolTip().contains(QStringLiteral("ロックアウトを再確認した"))) << "not the old one";
    // In either UI language: the count and the newest entry's hash.
    const QString verdict = dialog.findChild<QLabel*>(QStringLiteral("verdict"))->text();
    EXPECT_TRUE(verdict.contains(QString::number(table->rowCount()))) << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QString::fromLatin1(session->file().auditEntries().constLast().hash.left(16)))) << verdict.toStdString();
}

TEST(AuditTrailDialog, SaysSoWhenAnEntryWasRewrittenOutsideStarMark)
{
    StudioFixture& f = StudioFixture::instance();
    const QString path = demoFile(QStringLiteral("tampered.starmark"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE audit SET who = 'someone else' WHERE seq = 2")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QString error;
    std::unique_ptr<Session> session = Session::open(path, *f.studio, &error);
    ASSERT_TRUE(session) << error.toStdString();
    AuditTrailDialog dialog(*session);
    EXPECT_FALSE(dialog.intact());
    const QString verdict = dialog.findChild<QLabel*>(QStringLiteral("verdict"))->text();
    EXPECT_TRUE(verdict.contains(QStringLiteral("entry 2 (store-evidence"))) << verdict.toStdString();
    EXPECT_TRUE(verdict.contains(QStringLiteral("was altered after it was written"))) << verdict.toStdString();
}
