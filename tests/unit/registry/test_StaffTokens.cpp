#include "RegistryFixture.h"

using namespace starmark;
using namespace starmark::test;

namespace {
class StaffTokensTest : public RegistryFixture { };
} // namespace

TEST_P(StaffTokensTest, StoresStaffTokensHashedOnly)
{
    auto store = open();
    ASSERT_TRUE(store);
    const Result<QString> token = store->addStaffToken(QStringLiteral("鈴木"), QStringLiteral("admin"));
    ASSERT_TRUE(token) << text(token.problems());
    EXPECT_EQ(store->staffOf(*token).value(), QStringLiteral("鈴木"));
    for (const QString& wrong : {*token + QLatin1Char('x'), QString(), QStringLiteral("smk_' OR '1'='1"), QString(200, QLatin1Char('a'))}) {
        const Result<QString> who = store->staffOf(wrong);
        ASSERT_FALSE(who) << wrong.toStdString();
        EXPECT_TRUE(findProblem(who.problems(), u"registry.unauthorized")) << text(who.problems());
    }
    const auto rows = raw(QStringLiteral("SELECT hash, staff FROM staff_tokens"));
    ASSERT_TRUE(rows);
    EXPECT_FALSE(rows->join(QLatin1Char(' ')).contains(token->mid(4, 20))) << "the secret itself is never stored";
    EXPECT_EQ(store->audit()->constLast().action, QStringLiteral("add-staff-token"));
    const QByteArray before = store->fingerprint();
    EXPECT_TRUE(findProblem(store->addStaffToken(QStringLiteral(" "), QStringLiteral("admin")).problems(), u"registry.no-actor"));
    EXPECT_TRUE(findProblem(store->addStaffToken(QStringLiteral("鈴木"), QString()).problems(), u"registry.no-actor"));
    EXPECT_EQ(store->fingerprint(), before);
}

TEST_P(StaffTokensTest, ListsAndWithdrawsAStaffMembersTokens)
{
    auto store = open();
    ASSERT_TRUE(store);
    const Result<QString> first = store->addStaffToken(QStringLiteral("鈴木"), QStringLiteral("admin"));
    const Result<QString> second = store->addStaffToken(QStringLiteral("鈴木"), QStringLiteral("admin"));
    const Result<QString> other = store->addStaffToken(QStringLiteral("佐藤"), QStringLiteral("admin"));
    ASSERT_TRUE(first && second && other);
    const Result<QList<RegistryStore::StaffToken>> listed = store->staffTokens();
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 3);
    EXPECT_EQ(listed->at(0).createdAt, now);
    EXPECT_EQ(listed->at(0).fingerprint.size(), 12);
    for (const RegistryStore::StaffToken& t : *listed)
        EXPECT_FALSE(first->contains(t.fingerprint) || second->contains(t.fingerprint)) << "the list shows hashes, not secrets";

    const Result<void> withdrawn = store->revokeStaffTokens(QStringLiteral("鈴木"), QStringLiteral("admin"));
    ASSERT_TRUE(withdrawn) << text(withdrawn.problems());
    EXPECT_FALSE(store->staffOf(*first));
    EXPECT_FALSE(store->staffOf(*second));
    EXPECT_EQ(store->staffOf(*other).value(), QStringLiteral("佐藤"));
    EXPECT_EQ(store->audit()->constLast().action, QStringLiteral("revoke-staff-tokens"));
    EXPECT_EQ(store->audit()->constLast().detail, QStringLiteral("2 token(s)"));
    const QByteArray before = store->fingerprint();
    const Problems none = store->revokeStaffTokens(QStringLiteral("鈴木"), QStringLiteral("admin")).problems();
    ASSERT_TRUE(findProblem(none, u"registry.no-staff-token")) << text(none);
    EXPECT_EQ(none.constFirst().message.text(Language::English), QStringLiteral("鈴木 holds no staff token"));
    EXPECT_EQ(none.constFirst().message.text(Language::Japanese), QStringLiteral("鈴木 にはスタッフトークンがありません"));
    EXPECT_TRUE(findProblem(store->revokeStaffTokens(QStringLiteral("佐藤"), QStringLiteral(" ")).problems(), u"registry.no-actor"));
    EXPECT_EQ(store->fingerprint(), before);
}

STARMARK_ON_EVERY_BACKEND(StaffTokensTest);
