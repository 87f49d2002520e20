#include "RegistryFixture.h"

#include "labels/registry/Publication.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace starmark::test {

const QDateTime RegistryFixture::now = QDateTime::fromString(QStringLiteral("2026-11-22T09:00:00Z"), Qt::ISODate);

void RegistryFixture::SetUp()
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
    Result<RegistryLocation> parsed = RegistryLocation::parse(QString::fromUtf8(file.readAll()).trimmed());
    ASSERT_TRUE(parsed) << text(parsed.problems());
    location = parsed.take();
    // Each test starts from an empty database.
    ASSERT_TRUE(raw(QStringLiteral("DROP SCHEMA public CASCADE")));
    ASSERT_TRUE(raw(QStringLiteral("CREATE SCHEMA public")));
}

std::unique_ptr<RegistryStore> RegistryFixture::open()
{
    Result<std::unique_ptr<RegistryStore>> store = RegistryStore::open(location, clock);
    EXPECT_TRUE(store) << text(store.problems());
    return store ? store.take() : nullptr;
}

std::optional<QStringList> RegistryFixture::raw(const QString& sql)
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

Result<RegisteredProduct> RegistryFixture::publish(RegistryStore& store, const ProductFacts& facts, const QString& actor)
{
    return Publication(store, key, clock).registerFacts(facts, QDate(2028, 11, 21), actor);
}

ProductFacts RegistryFixture::camera()
{
    return {1, QStringLiteral("common"), {QStringLiteral("架空電機株式会社"), QStringLiteral("Fictional Electric Co.")},
        {QStringLiteral("ネットワークカメラ"), QStringLiteral("Network camera")}, QStringLiteral("SC-100"), QStringLiteral("1.2.3"),
        QStringLiteral("https://example.com/security"), QDate(2026, 11, 1), QDate(2031, 3, 31)};
}

std::string RegistryFixture::text(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.code + QStringLiteral(": ") + p.toString(Language::English);
    return lines.join(QLatin1Char('\n')).toStdString();
}

} // namespace starmark::test
