#include "labels/registry/RegistryLocation.h"

#include <QList>

#include <gtest/gtest.h>

using namespace starmark;

TEST(RegistryLocation, APathIsAnSqliteFile)
{
    const Result<RegistryLocation> l = RegistryLocation::parse(QStringLiteral("/var/lib/starmark/registry.db"));
    ASSERT_TRUE(l);
    EXPECT_EQ(l->backend, RegistryLocation::Backend::Sqlite);
    EXPECT_EQ(l->file, QStringLiteral("/var/lib/starmark/registry.db"));
}

TEST(RegistryLocation, APostgresUrlNamesUserHostPortAndDatabase)
{
    const Result<RegistryLocation> l = RegistryLocation::parse(QStringLiteral("postgresql://cb:s%40cret@db.example:6543/registry"));
    ASSERT_TRUE(l);
    EXPECT_EQ(l->backend, RegistryLocation::Backend::Postgres);
    EXPECT_EQ(l->user, QStringLiteral("cb"));
    EXPECT_EQ(l->password, QStringLiteral("s@cret"));
    EXPECT_EQ(l->host, QStringLiteral("db.example"));
    EXPECT_EQ(l->port, 6543);
    EXPECT_EQ(l->database, QStringLiteral("registry"));
    EXPECT_FALSE(l->display().contains(QStringLiteral("cret"))) << "messages never show the password";
    EXPECT_EQ(RegistryLocation::parse(QStringLiteral("postgres://cb@localhost/registry"))->port, 5432);
}

TEST(RegistryLocation, ABadUrlSaysWhatIsMissingAndHowToWriteIt)
{
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("postgresql://cb@db.example/"), QStringLiteral("names no database")},
        {QStringLiteral("postgresql://db.example/registry"), QStringLiteral("names no user")},
        {QStringLiteral("postgresql://cb@/registry"), QStringLiteral("names no host")},
        {QStringLiteral("postgresql://cb@db.example:port/registry"), QStringLiteral("not a valid URL")},
        {QStringLiteral("postgresql://cb@db.example/registry?sslmode=require"), QStringLiteral("not supported")},
        {QStringLiteral("mysql://cb@db.example/registry"), QStringLiteral("only SQLite files and postgresql://")},
        {QStringLiteral(""), QStringLiteral("no database given")},
    };
    for (const auto& [text, expected] : cases) {
        const Result<RegistryLocation> refused = RegistryLocation::parse(text);
        ASSERT_FALSE(refused) << text.toStdString();
        const Problem* p = findProblem(refused.problems(), u"registry.location-invalid");
        ASSERT_TRUE(p) << text.toStdString();
        EXPECT_EQ(p->severity, Problem::Severity::Unusable);
        const QString problem = p->message.text(Language::English);
        EXPECT_TRUE(problem.contains(expected)) << text.toStdString() << ": " << problem.toStdString();
        EXPECT_NE(p->message.text(Language::Japanese), problem) << "said in Japanese too: " << problem.toStdString();
        if (text.startsWith(QLatin1String("postgresql"))) {
            EXPECT_TRUE(problem.contains(QStringLiteral("postgresql://user@host:port/database"))) << problem.toStdString();
        }
    }
}
