#include "RegistryFixture.h"

#include "labels/registry/RevocationList.h"

#include <QJsonArray>

using namespace starmark;
using namespace starmark::test;

namespace {
class RevocationListTest : public RegistryFixture { };
} // namespace

TEST_P(RevocationListTest, ListsTheRevokedLabelsOnlyWithWhenAndWhy)
{
    auto store = open();
    ASSERT_TRUE(store);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(publish(*store, camera()));
    clock.set(now.addDays(2));
    ASSERT_TRUE(store->revoke(QStringLiteral("JCS-26-000002"), QStringLiteral("虚偽の宣言"), QStringLiteral("佐藤")));
    const Result<RevocationList> list = RevocationList::of(*store, key, now.addDays(3));
    ASSERT_TRUE(list) << text(list.problems());
    ASSERT_EQ(list->entries().size(), 1);
    EXPECT_EQ(list->entries()[0].registration, QStringLiteral("JCS-26-000002"));
    EXPECT_EQ(list->entries()[0].revokedAt, now.addDays(2));
    const QJsonObject json = list->toJson();
    EXPECT_EQ(json.value(QStringLiteral("issuer_key")).toString(), QString::fromLatin1(key.id().toHex()));
    EXPECT_EQ(json.value(QStringLiteral("generated_at")).toString(), QStringLiteral("2026-11-25T09:00:00Z"));
    const QJsonObject entry = json.value(QStringLiteral("revocations")).toArray().at(0).toObject();
    EXPECT_EQ(entry.value(QStringLiteral("registration")).toString(), QStringLiteral("JCS-26-000002"));
    EXPECT_EQ(entry.value(QStringLiteral("revoked_at")).toString(), QStringLiteral("2026-11-24T09:00:00Z"));
    EXPECT_EQ(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("虚偽の宣言"));
}

STARMARK_ON_EVERY_BACKEND(RevocationListTest);
