// `starmark serve` on PostgreSQL: the same server, the store behind it on a real
// server that the ctest fixture starts (tests/support/postgres-cluster.sh).
#include "RunningRegistry.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark::test;

TEST(ServePostgres, PublishesShowsAndRevokesOnPostgres)
{
    QFile url(qEnvironmentVariable("STARMARK_TEST_POSTGRES_URL_FILE"));
    ASSERT_TRUE(url.open(QIODevice::ReadOnly)) << "no PostgreSQL server: run this through ctest, whose fixture starts one";
    QTemporaryDir dir;
    const RunningRegistry registry(dir.path(), QString::fromUtf8(url.readAll()).trimmed());
    ASSERT_NE(registry.port, 0);
    const HttpReply published = registry.submit(registry.report);
    ASSERT_EQ(published.status, 201) << published.text().toStdString();
    const QByteArray reg = published.json().value(QStringLiteral("registration")).toString().toLatin1();
    EXPECT_TRUE(registry.get("/l/" + reg, "Accept-Language: ja\r\n").text().contains(QStringLiteral("株式会社ミライセンス")));
    const HttpReply revoked
        = registry.post("/api/v1/labels/" + reg + "/revoke", R"({"reason": "test on PostgreSQL"})", "application/json", registry.bearer());
    EXPECT_EQ(revoked.status, 200) << revoked.text().toStdString();
    EXPECT_TRUE(registry.get("/l/" + reg + "?lang=en").text().contains(QStringLiteral("test on PostgreSQL")));
    EXPECT_EQ(registry.get("/l/JCS-26-000001'--").status, 400);
}
