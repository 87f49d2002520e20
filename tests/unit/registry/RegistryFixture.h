#pragma once

// The registry's database tests, the same on SQLite and on PostgreSQL: the store has
// one code path for both. PostgreSQL's URL comes from the file
// $STARMARK_TEST_POSTGRES_URL_FILE, which the ctest fixture
// (tests/support/postgres-cluster.sh) writes; without it the PostgreSQL variant
// fails, unless STARMARK_TEST_POSTGRES=off opts out explicitly.
#include "FixedClock.h"
#include "evaluators/Clock.h"
#include "labels/IssuerKey.h"
#include "labels/registry/RegistryStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace starmark::test {

class RegistryFixture : public ::testing::TestWithParam<RegistryLocation::Backend> {
protected:
    static const QDateTime now; // 2026-11-22T09:00:00Z

    void SetUp() override;
    std::unique_ptr<RegistryStore> open();
    // Straight to the database, around the store: what an attacker with the disk would see, or a tamperer would do.
    std::optional<QStringList> raw(const QString& sql);
    // Registered as publication does it once a report has been verified (signed by `key`).
    Result<RegisteredProduct> publish(RegistryStore& store, const ProductFacts& facts, const QString& actor = QStringLiteral("鈴木"));

    static ProductFacts camera();
    static std::string text(const Problems& problems); // for failure messages

    QTemporaryDir dir;
    RegistryLocation location;
    FixedClock clock{now};
    IssuerKey key = IssuerKey::generate();
};

} // namespace starmark::test

#define STARMARK_ON_EVERY_BACKEND(Suite)                                                                                                   \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::Values(RegistryLocation::Backend::Sqlite, RegistryLocation::Backend::Postgres),   \
        [](const ::testing::TestParamInfo<RegistryLocation::Backend>& info) {                                                              \
            return info.param == RegistryLocation::Backend::Sqlite ? "sqlite" : "postgres";                                                \
        })
