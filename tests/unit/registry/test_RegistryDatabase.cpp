#include "RegistryFixture.h"

#include "labels/registry/RegistryDatabase.h"
#include "labels/registry/TransparencyLog.h"

#include <QFile>

using namespace starmark;
using namespace starmark::test;

namespace {
class RegistryDatabaseTest : public RegistryFixture { };
} // namespace

TEST_P(RegistryDatabaseTest, CreatesAndMigratesOnFirstOpenAndLeavesAMigratedDatabaseAlone)
{
    QByteArray before;
    {
        auto store = open();
        ASSERT_TRUE(store);
        EXPECT_EQ(store->appliedSchemaVersion(), RegistryDatabase::schemaVersion);
        EXPECT_TRUE(store->list()->isEmpty());
        before = store->fingerprint();
        EXPECT_FALSE(before.isEmpty());
    }
    auto again = open();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->fingerprint(), before);
}

TEST_P(RegistryDatabaseTest, RefusesADatabaseFromANewerStarMark)
{
    ASSERT_TRUE(open());
    ASSERT_TRUE(raw(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', 'x')")));
    const Result<std::unique_ptr<RegistryDatabase>> refused = RegistryDatabase::open(location, clock);
    ASSERT_FALSE(refused);
    const Problem* newer = findProblem(refused.problems(), u"registry.schema-newer");
    ASSERT_TRUE(newer) << text(refused.problems());
    EXPECT_EQ(newer->severity, Problem::Severity::Unusable);
    EXPECT_EQ(newer->where.file, location.display());
    EXPECT_TRUE(newer->message.text(Language::English).contains(QStringLiteral("schema version 99")));
    EXPECT_TRUE(newer->message.text(Language::Japanese).contains(QStringLiteral("99")));
    EXPECT_NE(newer->message.text(Language::Japanese), newer->message.text(Language::English));
}

TEST_P(RegistryDatabaseTest, SaysWhyADatabaseCannotBeOpenedAndNamesItWithoutItsPassword)
{
    RegistryLocation nowhere = location;
    nowhere.file = dir.filePath(QStringLiteral("no-such-folder/registry.db"));
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    nowhere.password = QStringLiteral("s3cret");
    const Result<std::unique_ptr<RegistryDatabase>> refused = RegistryDatabase::open(nowhere, clock);
    ASSERT_FALSE(refused);
    const Problem* unopenable = findProblem(refused.problems(), u"registry.database-unopenable");
    ASSERT_TRUE(unopenable) << text(refused.problems());
    EXPECT_EQ(unopenable->severity, Problem::Severity::Unusable);
    EXPECT_FALSE(unopenable->toString(Language::English).contains(QStringLiteral("s3cret")));
    EXPECT_FALSE(QFile::exists(nowhere.file));
}

TEST_P(RegistryDatabaseTest, MigratesAVersionOneRegistryKeepingItsProducts)
{
    {
        auto store = open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(publish(*store, camera()));
    }
    // Back to what a version-1 registry held: no findings, no report digests, no families.
    ASSERT_TRUE(raw(QStringLiteral("DROP TABLE product_models")));
    ASSERT_TRUE(raw(QStringLiteral("DROP TABLE surveillance_findings")));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM counters WHERE name = 'finding'")));
    ASSERT_TRUE(raw(QStringLiteral("DROP INDEX firmware_revisions_report")));
    ASSERT_TRUE(raw(QStringLiteral("ALTER TABLE firmware_revisions DROP COLUMN report_sha256")));
    for (const char* column : {"support_until", "vulnerability_contact", "overrides", "override_reason", "override_by"})
        ASSERT_TRUE(raw(QStringLiteral("ALTER TABLE firmware_revisions DROP COLUMN %1").arg(QLatin1String(column))));
    ASSERT_TRUE(raw(QStringLiteral("DROP TABLE transparency_log")));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM counters WHERE name IN ('log', 'revocations')")));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM schema_migrations WHERE version > 1")));
    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->appliedSchemaVersion(), RegistryDatabase::schemaVersion);
    const Result<RegisteredProduct> kept = store->find(QStringLiteral("JCS-26-000001"));
    ASSERT_TRUE(kept) << text(kept.problems());
    // The transparency log begins with the product as it stood at the migration.
    const Result<QList<TransparencyLog::Entry>> logged = store->log().entries(0, 10);
    ASSERT_TRUE(logged) << text(logged.problems());
    ASSERT_EQ(logged->size(), 1);
    EXPECT_TRUE(logged->constFirst().entry.contains("\"action\":\"migrated\"")) << logged->constFirst().entry.toStdString();
    EXPECT_TRUE(logged->constFirst().entry.contains("\"registration\":\"JCS-26-000001\""));
    EXPECT_EQ(kept->current().supportUntil, QDate(2031, 3, 31)) << "the newest revision takes the product's support end";
    EXPECT_EQ(kept->current().vulnerabilityContact, QStringLiteral("https://example.com/security"));
    EXPECT_TRUE(kept->current().overrides.isEmpty());
    EXPECT_EQ(kept->models(), QStringList{kept->model}) << "a registration from before families covers its one model";
    const Result<QList<RegisteredProduct>> byModel = store->findByModel(kept->model);
    ASSERT_TRUE(byModel) << text(byModel.problems());
    EXPECT_EQ(byModel->size(), 1);
    const Result<void> recorded = store->recordFinding(
        {QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"), SurveillanceFinding::Result::Conforms, {}, {}, {}},
        QStringLiteral("検査員"));
    EXPECT_TRUE(recorded) << text(recorded.problems());
}

// Versions made on different branches arrive out of order: one missing below the highest applied is applied still.
TEST_P(RegistryDatabaseTest, AppliesAVersionMissingBelowTheHighestApplied)
{
    {
        auto store = open();
        ASSERT_TRUE(store);
    }
    ASSERT_TRUE(raw(QStringLiteral("DROP TABLE surveillance_findings")));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM counters WHERE name = 'finding'")));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM schema_migrations WHERE version = 2")));
    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(*raw(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = 2")), (QStringList{"1", "", "", "", "", "", "", ""}));
    EXPECT_TRUE(raw(QStringLiteral("SELECT COUNT(*) FROM surveillance_findings")));
}

TEST_P(RegistryDatabaseTest, EveryWriteFromAnyConnectionRaisesTheRevision)
{
    auto server = open();
    auto cli = open(); // another process, as far as the database can tell
    ASSERT_TRUE(server && cli);
    const qint64 start = server->revision();
    ASSERT_TRUE(publish(*cli, camera()));
    EXPECT_GT(server->revision(), start);
    const qint64 registered = server->revision();
    ASSERT_TRUE(cli->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral("reason"), QStringLiteral("佐藤")));
    EXPECT_GT(server->revision(), registered) << "a cache keyed on revision() sees a revocation at once";
    EXPECT_EQ(server->find(QStringLiteral("JCS-26-000001"))->status(QDate(2026, 11, 22)), RegisteredProduct::Status::Revoked);
}

TEST_P(RegistryDatabaseTest, NoWriteGoesUnnamedWhateverTheCallerChecked)
{
    const Result<std::unique_ptr<RegistryDatabase>> db = RegistryDatabase::open(location, clock);
    ASSERT_TRUE(db) << text(db.problems());
    const QByteArray before = (*db)->fingerprint();
    // A record class that forgot to check its actor still meets the audit's refusal, and its transaction rolls back.
    const Result<void> written
        = (*db)->transaction([&] { return (*db)->audit(QStringLiteral(" \t"), "register", QStringLiteral("x"), {}); });
    ASSERT_FALSE(written);
    EXPECT_TRUE(findProblem(written.problems(), u"registry.no-actor")) << text(written.problems());
    EXPECT_EQ((*db)->fingerprint(), before);
    EXPECT_EQ(RegistryDatabase::named(QStringLiteral("鈴木")).problems().size(), 0);
}

STARMARK_ON_EVERY_BACKEND(RegistryDatabaseTest);
