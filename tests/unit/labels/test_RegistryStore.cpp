// The same tests on SQLite and on PostgreSQL: the store has one code path for both.
// PostgreSQL's URL comes from the file $STARMARK_TEST_POSTGRES_URL_FILE, which the
// ctest fixture (tests/support/postgres-cluster.sh) writes; without it the PostgreSQL
// variant fails, unless STARMARK_TEST_POSTGRES=off opts out explicitly.
#include "FixedClock.h"
#include "labels/IssuerKey.h"
#include "labels/LabelToken.h"
#include "labels/RegistryStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;

namespace {

const QDateTime testNow = QDateTime::fromString(QStringLiteral("2026-11-22T09:00:00Z"), Qt::ISODate);

ProductFacts camera()
{
    return {1, QStringLiteral("common"), {QStringLiteral("架空電機株式会社"), QStringLiteral("Fictional Electric Co.")},
        {QStringLiteral("ネットワークカメラ"), QStringLiteral("Network camera")}, QStringLiteral("SC-100"), QStringLiteral("1.2.3"),
        QStringLiteral("https://example.com/security"), QDate(2026, 11, 1), QDate(2031, 3, 31)};
}

class RegistryStoreTest : public ::testing::TestWithParam<RegistryLocation::Backend> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        if (GetParam() == RegistryLocation::Backend::Sqlite) {
            location.file = dir.filePath(QStringLiteral("registry.db"));
            return;
        }
        if (qgetenv("STARMARK_TEST_POSTGRES") == "off")
            GTEST_SKIP() << "STARMARK_TEST_POSTGRES=off: PostgreSQL tests skipped on request";
        const QString urlFile = qEnvironmentVariable("STARMARK_TEST_POSTGRES_URL_FILE");
        QFile file(urlFile);
        ASSERT_TRUE(!urlFile.isEmpty() && file.open(QIODevice::ReadOnly))
            << "no PostgreSQL server for the tests: run them through ctest (its fixture starts one), set "
               "STARMARK_TEST_POSTGRES_URL_FILE to a file holding a postgresql:// URL, or STARMARK_TEST_POSTGRES=off to skip";
        QString problem;
        const std::optional<RegistryLocation> parsed = RegistryLocation::parse(QString::fromUtf8(file.readAll()).trimmed(), &problem);
        ASSERT_TRUE(parsed) << problem.toStdString();
        location = *parsed;
        // Each test starts from an empty database.
        ASSERT_TRUE(raw(QStringLiteral("DROP SCHEMA public CASCADE")));
        ASSERT_TRUE(raw(QStringLiteral("CREATE SCHEMA public")));
    }

    std::unique_ptr<RegistryStore> open()
    {
        QString problem;
        std::unique_ptr<RegistryStore> store = RegistryStore::open(location, clock, &problem);
        EXPECT_TRUE(store) << problem.toStdString();
        return store;
    }

    // Straight to the database, around the store: what an attacker with the disk would see, or a tamperer would do.
    std::optional<QStringList> raw(const QString& sql)
    {
        std::optional<QStringList> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                location.backend == RegistryLocation::Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"),
                QStringLiteral("raw"));
            db.setDatabaseName(location.backend == RegistryLocation::Backend::Sqlite ? location.file : location.database);
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            QSqlQuery q(db);
            if (db.open() && q.exec(sql)) {
                rows = QStringList();
                while (q.next())
                    for (int i = 0; i < 8; ++i)
                        *rows << q.value(i).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return rows;
    }

    QTemporaryDir dir;
    RegistryLocation location;
    FixedClock clock{testNow};
    IssuerKey key = IssuerKey::generate();
};

} // namespace

TEST_P(RegistryStoreTest, CreatesAndMigratesOnFirstOpenAndLeavesAMigratedDatabaseAlone)
{
    QByteArray before;
    {
        auto store = open();
        ASSERT_TRUE(store);
        EXPECT_EQ(store->appliedSchemaVersion(), RegistryStore::schemaVersion);
        EXPECT_TRUE(store->list().isEmpty());
        before = store->fingerprint();
        EXPECT_FALSE(before.isEmpty());
    }
    auto again = open();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->fingerprint(), before);
}

TEST_P(RegistryStoreTest, RefusesADatabaseFromANewerStarMark)
{
    ASSERT_TRUE(open());
    ASSERT_TRUE(raw(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', 'x')")));
    QString problem;
    EXPECT_FALSE(RegistryStore::open(location, clock, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("schema version 99, newer"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("upgrade StarMark"))) << problem.toStdString();
}

TEST_P(RegistryStoreTest, RegistersWithTheNextNumberAndASignedToken)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    const auto first = store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem);
    ASSERT_TRUE(first) << problem.toStdString();
    const auto second = store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem);
    ASSERT_TRUE(second) << problem.toStdString();
    EXPECT_EQ(first->registration, QStringLiteral("JCS-26-000001"));
    EXPECT_EQ(second->registration, QStringLiteral("JCS-26-000002"));

    const auto found = store->find(QStringLiteral("jcs-26-000001"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->manufacturer.ja, QStringLiteral("架空電機株式会社"));
    EXPECT_EQ(found->name.en, QStringLiteral("Network camera"));
    EXPECT_EQ(found->model, QStringLiteral("SC-100"));
    EXPECT_EQ(found->supportUntil, QDate(2031, 3, 31));
    EXPECT_EQ(found->registeredAt, testNow);
    ASSERT_EQ(found->revisions.size(), 1);
    EXPECT_EQ(found->current().firmware, QStringLiteral("1.2.3"));
    EXPECT_EQ(found->current().evaluated, QDate(2026, 11, 1));
    EXPECT_EQ(found->current().validUntil, QDate(2028, 11, 21));

    const auto token = LabelToken::decode(found->current().token);
    ASSERT_TRUE(token);
    EXPECT_TRUE(token->verify(key));
    EXPECT_EQ(token->registration, QStringLiteral("JCS-26-000001"));
    EXPECT_EQ(token->firmware, QStringLiteral("1.2.3"));
    EXPECT_EQ(token->validUntil, QDate(2028, 11, 21));
    EXPECT_FALSE(store->find(QStringLiteral("JCS-26-000003")));
}

TEST_P(RegistryStoreTest, RefusesFactsNoLabelCanCarryAndWritesNothing)
{
    auto store = open();
    ASSERT_TRUE(store);
    const QByteArray before = store->fingerprint();
    ProductFacts bad = camera();
    bad.level = 5;
    QString problem;
    EXPECT_FALSE(store->registerProduct(bad, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("★1–★4"))) << problem.toStdString();
    EXPECT_FALSE(store->registerProduct(camera(), QDate(2029, 1, 1), key, QStringLiteral("鈴木"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("two years"))) << problem.toStdString();
    EXPECT_FALSE(store->registerProduct(camera(), QDate(2028, 1, 1), key, QString(), &problem));
    bad = camera();
    bad.model = QString(70, QLatin1Char('M')); // longer than a token field may be: fails after the number is drawn
    EXPECT_FALSE(store->registerProduct(bad, QDate(2028, 1, 1), key, QStringLiteral("鈴木"), &problem));
    EXPECT_EQ(store->fingerprint(), before) << "a refused write leaves no trace, not even a used-up number";
}

TEST_P(RegistryStoreTest, ListsWhatSurveillanceNeedsWithEachProductsStatus)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    ProductFacts router = camera();
    router.level = 3;
    router.category = QStringLiteral("router");
    router.model = QStringLiteral("RT-3000");
    router.supportUntil = QDate(2027, 6, 30);
    ASSERT_TRUE(store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem)) << problem.toStdString();
    ASSERT_TRUE(store->registerProduct(router, QDate(2027, 12, 31), key, QStringLiteral("鈴木"), &problem)) << problem.toStdString();
    const QList<RegisteredProduct> all = store->list();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[1].registration, QStringLiteral("JCS-26-000002"));
    EXPECT_EQ(all[1].level, 3);
    EXPECT_EQ(all[1].category, QStringLiteral("router"));
    EXPECT_EQ(all[1].registeredAt, testNow);
    EXPECT_EQ(all[1].supportUntil, QDate(2027, 6, 30));
    using S = RegisteredProduct::Status;
    EXPECT_EQ(all[1].status(QDate(2027, 6, 30)), S::Valid);
    EXPECT_EQ(all[1].status(QDate(2027, 7, 1)), S::SupportEnded) << "support ends before the label does";
    EXPECT_EQ(all[1].status(QDate(2028, 1, 1)), S::Expired);
    EXPECT_EQ(RegisteredProduct::statusName(S::SupportEnded), QStringLiteral("support-ended"));
}

TEST_P(RegistryStoreTest, RevokesOnceWithAReasonAndAuditsIt)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    ASSERT_TRUE(store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    clock.set(testNow.addDays(30));
    EXPECT_TRUE(store->revoke(
        QStringLiteral("jcs-26-000001"), QStringLiteral("虚偽の自己適合宣言 / false declaration"), QStringLiteral("佐藤"), &problem))
        << problem.toStdString();
    const auto revoked = store->find(QStringLiteral("JCS-26-000001"));
    ASSERT_TRUE(revoked);
    EXPECT_EQ(revoked->status(QDate(2026, 12, 22)), RegisteredProduct::Status::Revoked);
    EXPECT_EQ(revoked->revokedAt, testNow.addDays(30));
    EXPECT_EQ(revoked->revocationReason, QStringLiteral("虚偽の自己適合宣言 / false declaration"));

    const QByteArray before = store->fingerprint();
    EXPECT_FALSE(store->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral("again"), QStringLiteral("佐藤"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("already revoked"))) << problem.toStdString();
    EXPECT_FALSE(store->revoke(QStringLiteral("JCS-26-000009"), QStringLiteral("x"), QStringLiteral("佐藤"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("not registered"))) << problem.toStdString();
    EXPECT_FALSE(store->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral(" "), QStringLiteral("佐藤"), &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("needs a reason"))) << problem.toStdString();
    EXPECT_EQ(store->fingerprint(), before);

    const QList<AuditEntry> audit = store->audit();
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit[0].action, QStringLiteral("register"));
    EXPECT_EQ(audit[0].actor, QStringLiteral("鈴木"));
    EXPECT_EQ(audit[1].action, QStringLiteral("revoke"));
    EXPECT_EQ(audit[1].actor, QStringLiteral("佐藤"));
    EXPECT_EQ(audit[1].subject, QStringLiteral("JCS-26-000001"));
    EXPECT_EQ(audit[1].at, testNow.addDays(30));
}

TEST_P(RegistryStoreTest, KeepsTheHistoryOfFirmwareRevisions)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    ASSERT_TRUE(store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    ProductFacts update = camera();
    update.firmware = QStringLiteral("1.3.0");
    update.evaluated = QDate(2026, 11, 20);
    const auto revised
        = store->addRevision(QStringLiteral("JCS-26-000001"), update, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), {}, &problem);
    ASSERT_TRUE(revised) << problem.toStdString();
    ASSERT_EQ(revised->revisions.size(), 2);
    EXPECT_EQ(revised->revisions[0].firmware, QStringLiteral("1.2.3"));
    EXPECT_EQ(revised->current().firmware, QStringLiteral("1.3.0"));
    EXPECT_EQ(LabelToken::decode(revised->current().token)->firmware, QStringLiteral("1.3.0"));

    update.model = QStringLiteral("SC-200");
    EXPECT_FALSE(
        store->addRevision(QStringLiteral("JCS-26-000001"), update, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), {}, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("keeps the model"))) << problem.toStdString();
}

TEST_P(RegistryStoreTest, ARevisionAgainstTheRulesIsRefusedUntilStaffAcceptItAndThenAudited)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    ASSERT_TRUE(store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    const QByteArray before = store->fingerprint();
    ProductFacts intruder = camera();
    intruder.manufacturer = {QStringLiteral("悪意商事"), QStringLiteral("Malice Trading")};
    intruder.firmware = QStringLiteral("9.9.9");
    intruder.vulnerabilityContact = QStringLiteral("https://malice.example/contact");
    EXPECT_FALSE(store->addRevision(QStringLiteral("JCS-26-000001"), intruder, QDate(2028, 11, 21), key, QStringLiteral("鈴木"),
        RevisionOverride{{RevisionOverride::Change::Contact}, QStringLiteral("x")}, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("keeps the registration's manufacturer"))) << problem.toStdString();

    ProductFacts rollback = camera();
    rollback.firmware = QStringLiteral("1.2.2");
    rollback.supportUntil = QDate(2029, 3, 31);
    EXPECT_FALSE(
        store->addRevision(QStringLiteral("JCS-26-000001"), rollback, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), {}, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("override=downgrade,support-end&reason=…"))) << problem.toStdString();
    EXPECT_EQ(store->fingerprint(), before) << "a refused revision leaves no trace";

    const RevisionOverride accepted{{RevisionOverride::Change::Downgrade, RevisionOverride::Change::SupportEnd},
        QStringLiteral("1.2.3 bricks the SC-100 rev. B; support shortened by contract")};
    const auto revised = store->addRevision(
        QStringLiteral("JCS-26-000001"), rollback, QDate(2028, 11, 21), key, QStringLiteral("佐藤"), accepted, &problem);
    ASSERT_TRUE(revised) << problem.toStdString();
    EXPECT_EQ(revised->supportUntil, QDate(2029, 3, 31));
    ASSERT_EQ(revised->revisions.size(), 2);
    EXPECT_TRUE(revised->revisions[0].overrides.isEmpty());
    EXPECT_EQ(revised->revisions[0].supportUntil, QDate(2031, 3, 31));
    EXPECT_EQ(revised->current().overrides, (QStringList{QStringLiteral("downgrade"), QStringLiteral("support-end")}));
    EXPECT_EQ(revised->current().overrideReason, accepted.reason);
    EXPECT_EQ(revised->current().overrideBy, QStringLiteral("佐藤"));
    EXPECT_EQ(revised->current().supportUntil, QDate(2029, 3, 31));
    const AuditEntry last = store->audit().constLast();
    EXPECT_EQ(last.action, QStringLiteral("add-revision"));
    EXPECT_EQ(last.actor, QStringLiteral("佐藤"));
    EXPECT_EQ(last.detail,
        QStringLiteral("firmware 1.2.2; override downgrade,support-end, reason: 1.2.3 bricks the SC-100 rev. B; support "
                       "shortened by contract; before: firmware 1.2.3, support until 2031-03-31, contact https://example.com/security"));
}

TEST_P(RegistryStoreTest, StoresStaffTokensHashedOnly)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    const QString token = store->addStaffToken(QStringLiteral("鈴木"), QStringLiteral("admin"), &problem);
    ASSERT_FALSE(token.isEmpty()) << problem.toStdString();
    EXPECT_EQ(store->staffOf(token), QStringLiteral("鈴木"));
    EXPECT_FALSE(store->staffOf(token + QLatin1Char('x')));
    EXPECT_FALSE(store->staffOf(QString()));
    EXPECT_FALSE(store->staffOf(QStringLiteral("smk_' OR '1'='1")));
    const auto rows = raw(QStringLiteral("SELECT hash, staff FROM staff_tokens"));
    ASSERT_TRUE(rows);
    EXPECT_FALSE(rows->join(QLatin1Char(' ')).contains(token.mid(4, 20))) << "the secret itself is never stored";
    EXPECT_EQ(store->audit().constLast().action, QStringLiteral("add-staff-token"));
}

TEST_P(RegistryStoreTest, ListsAndWithdrawsAStaffMembersTokens)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    const QString first = store->addStaffToken(QStringLiteral("鈴木"), QStringLiteral("admin"), &problem);
    const QString second = store->addStaffToken(QStringLiteral("鈴木"), QStringLiteral("admin"), &problem);
    const QString other = store->addStaffToken(QStringLiteral("佐藤"), QStringLiteral("admin"), &problem);
    ASSERT_FALSE(first.isEmpty() || second.isEmpty() || other.isEmpty()) << problem.toStdString();
    const QList<RegistryStore::StaffToken> listed = store->staffTokens();
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed[0].createdAt, testNow);
    EXPECT_EQ(listed[0].fingerprint.size(), 12);
    for (const RegistryStore::StaffToken& t : listed)
        EXPECT_FALSE(first.contains(t.fingerprint) || second.contains(t.fingerprint)) << "the list shows hashes, not secrets";

    EXPECT_TRUE(store->revokeStaffTokens(QStringLiteral("鈴木"), QStringLiteral("admin"), &problem)) << problem.toStdString();
    EXPECT_FALSE(store->staffOf(first));
    EXPECT_FALSE(store->staffOf(second));
    EXPECT_EQ(store->staffOf(other), QStringLiteral("佐藤"));
    EXPECT_EQ(store->audit().constLast().action, QStringLiteral("revoke-staff-tokens"));
    EXPECT_EQ(store->audit().constLast().detail, QStringLiteral("2 token(s)"));
    const QByteArray before = store->fingerprint();
    EXPECT_FALSE(store->revokeStaffTokens(QStringLiteral("鈴木"), QStringLiteral("admin"), &problem));
    EXPECT_EQ(problem, QStringLiteral("鈴木 holds no staff token (see 'starmark serve tokens')"));
    EXPECT_FALSE(store->revokeStaffTokens(QStringLiteral("佐藤"), QStringLiteral(" "), &problem));
    EXPECT_EQ(store->fingerprint(), before);
}

TEST_P(RegistryStoreTest, TakesSqlInjectionAsPlainText)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    ProductFacts evil = camera();
    evil.model = QStringLiteral("X'); DROP TABLE products; --");
    evil.name.en = QStringLiteral("Robert'); DELETE FROM audit; --");
    const auto r = store->registerProduct(evil, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem);
    ASSERT_TRUE(r) << problem.toStdString();
    EXPECT_EQ(store->find(r->registration)->model, evil.model);
    EXPECT_EQ(store->find(r->registration)->name.en, evil.name.en);
    EXPECT_FALSE(store->find(QStringLiteral("JCS-26-000001' OR '1'='1")));
    EXPECT_EQ(store->list().size(), 1);
    EXPECT_EQ(store->audit().size(), 1);
    EXPECT_FALSE(RegistryStore::isRegistrationNumber(QStringLiteral("JCS-26-000001' OR '1'='1")));
    EXPECT_FALSE(RegistryStore::isRegistrationNumber(QStringLiteral("../../etc/passwd")));
    EXPECT_TRUE(RegistryStore::isRegistrationNumber(QStringLiteral("jcs-26-000001")));
}

TEST_P(RegistryStoreTest, EveryWriteFromAnyConnectionRaisesTheRevision)
{
    auto server = open();
    auto cli = open(); // another process, as far as the database can tell
    ASSERT_TRUE(server && cli);
    const qint64 start = server->revision();
    QString problem;
    ASSERT_TRUE(cli->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    EXPECT_GT(server->revision(), start);
    const qint64 registered = server->revision();
    ASSERT_TRUE(cli->revoke(QStringLiteral("JCS-26-000001"), QStringLiteral("reason"), QStringLiteral("佐藤"), &problem));
    EXPECT_GT(server->revision(), registered) << "a cache keyed on revision() sees a revocation at once";
    EXPECT_EQ(server->find(QStringLiteral("JCS-26-000001"))->status(QDate(2026, 11, 22)), RegisteredProduct::Status::Revoked);
}

TEST_P(RegistryStoreTest, RecordsSurveillanceFindingsAuditedAndInOrder)
{
    auto store = open();
    ASSERT_TRUE(store);
    QString problem;
    ASSERT_TRUE(store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    ASSERT_TRUE(store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    clock.set(testNow.addDays(3));
    using R = SurveillanceFinding::Result;
    EXPECT_TRUE(store->recordFinding({QStringLiteral("jcs-26-000002"), QStringLiteral("S1.1-01"), R::Nonconformity,
                                         QStringLiteral("初期パスワード admin が全台共通"), {}, {}},
        QStringLiteral("検査員"), &problem))
        << problem.toStdString();
    EXPECT_TRUE(store->recordFinding(
        {QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-04"), R::Conforms, {}, {}, {}}, QStringLiteral("検査員"), &problem))
        << problem.toStdString();

    const QList<SurveillanceFinding> all = store->findings();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].registration, QStringLiteral("JCS-26-000002"));
    EXPECT_EQ(all[0].result, R::Nonconformity);
    EXPECT_EQ(all[0].note, QStringLiteral("初期パスワード admin が全台共通"));
    EXPECT_EQ(all[0].recordedBy, QStringLiteral("検査員"));
    EXPECT_EQ(all[0].recordedAt, testNow.addDays(3));
    EXPECT_EQ(store->findings(QStringLiteral("JCS-26-000001")).size(), 1);
    EXPECT_EQ(store->audit().constLast().action, QStringLiteral("record-finding"));
    EXPECT_EQ(store->audit().constLast().detail, QStringLiteral("S1.1-04 conforms"));

    const QByteArray before = store->fingerprint();
    EXPECT_FALSE(store->recordFinding(
        {QStringLiteral("JCS-26-000009"), QStringLiteral("S1.1-01"), R::Conforms, {}, {}, {}}, QStringLiteral("検査員"), &problem));
    EXPECT_EQ(problem, QStringLiteral("JCS-26-000009 is not registered"));
    EXPECT_FALSE(
        store->recordFinding({QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"), R::Nonconformity, QStringLiteral(" "), {}, {}},
            QStringLiteral("検査員"), &problem));
    EXPECT_EQ(problem, QStringLiteral("a nonconformity needs a note saying what was found"));
    EXPECT_FALSE(store->recordFinding({QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"), R::Conforms, {}, {}, {}}, {}, &problem));
    EXPECT_EQ(store->fingerprint(), before);
}

TEST_P(RegistryStoreTest, RegistersASignedReportOnlyOnce)
{
    auto store = open();
    ASSERT_TRUE(store);
    ProductFacts facts = camera();
    facts.reportSha256 = QByteArray(64, 'a');
    QString problem;
    ASSERT_TRUE(store->registerProduct(facts, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem)) << problem.toStdString();
    EXPECT_EQ(store->registrationOf(QByteArray(64, 'a')), QStringLiteral("JCS-26-000001"));
    EXPECT_FALSE(store->registrationOf(QByteArray(64, 'b')));
    EXPECT_FALSE(store->registrationOf({}));
    const QByteArray before = store->fingerprint();
    // Even when a caller skips the look-up (two submissions racing), the database refuses the second.
    EXPECT_FALSE(store->registerProduct(facts, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    EXPECT_EQ(store->fingerprint(), before);
    facts.reportSha256.clear(); // facts from elsewhere than a report are not held to it
    EXPECT_TRUE(store->registerProduct(facts, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem)) << problem.toStdString();
    EXPECT_TRUE(store->registerProduct(facts, QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem)) << problem.toStdString();
}

TEST_P(RegistryStoreTest, MigratesAVersionOneRegistryKeepingItsProducts)
{
    {
        auto store = open();
        ASSERT_TRUE(store);
        QString problem;
        ASSERT_TRUE(store->registerProduct(camera(), QDate(2028, 11, 21), key, QStringLiteral("鈴木"), &problem));
    }
    // Back to what a version-1 registry held: no findings, no report digests.
    ASSERT_TRUE(raw(QStringLiteral("DROP TABLE surveillance_findings")));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM counters WHERE name = 'finding'")));
    ASSERT_TRUE(raw(QStringLiteral("DROP INDEX firmware_revisions_report")));
    ASSERT_TRUE(raw(QStringLiteral("ALTER TABLE firmware_revisions DROP COLUMN report_sha256")));
    for (const char* column : {"support_until", "vulnerability_contact", "overrides", "override_reason", "override_by"})
        ASSERT_TRUE(raw(QStringLiteral("ALTER TABLE firmware_revisions DROP COLUMN %1").arg(QLatin1String(column))));
    ASSERT_TRUE(raw(QStringLiteral("DELETE FROM schema_migrations WHERE version > 1")));
    auto store = open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->appliedSchemaVersion(), RegistryStore::schemaVersion);
    const std::optional<RegisteredProduct> kept = store->find(QStringLiteral("JCS-26-000001"));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->current().supportUntil, QDate(2031, 3, 31)) << "the newest revision takes the product's support end";
    EXPECT_EQ(kept->current().vulnerabilityContact, QStringLiteral("https://example.com/security"));
    EXPECT_TRUE(kept->current().overrides.isEmpty());
    QString problem;
    EXPECT_TRUE(store->recordFinding(
        {QStringLiteral("JCS-26-000001"), QStringLiteral("S1.1-01"), SurveillanceFinding::Result::Conforms, {}, {}, {}},
        QStringLiteral("検査員"), &problem))
        << problem.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, RegistryStoreTest,
    ::testing::Values(RegistryLocation::Backend::Sqlite, RegistryLocation::Backend::Postgres),
    [](const ::testing::TestParamInfo<RegistryLocation::Backend>& info) {
        return info.param == RegistryLocation::Backend::Sqlite ? "sqlite" : "postgres";
    });
