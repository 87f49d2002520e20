// Connection caps as a flooding client would try them: from one address, from many
// addresses of one IPv6 /64, and in all.
#include "ConnectionQuota.h"
#include "HttpStatus.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(ConnectionQuota, OneClientGetsNoMoreThanItsShareAndItsSlotsComeBack)
{
    ConnectionQuota quota(100, 2);
    const QHostAddress a(QStringLiteral("198.51.100.7"));
    EXPECT_TRUE(quota.acquire(a));
    EXPECT_TRUE(quota.acquire(a));
    const Result<void> third = quota.acquire(a);
    EXPECT_FALSE(third);
    ASSERT_TRUE(findProblem(third.problems(), u"http.client-full"));
    EXPECT_EQ(HttpStatus::of(third.problems().constFirst()), 503);
    EXPECT_TRUE(third.problems().constFirst().message.text(Language::English).startsWith(QLatin1String("198.51.100.7 already holds 2")));
    EXPECT_TRUE(third.problems().constFirst().message.text(Language::Japanese).contains(QLatin1String("198.51.100.7")));
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("198.51.100.8")))) << "another client is not held back";
    quota.release(a);
    EXPECT_TRUE(quota.acquire(a)) << "a closed connection frees its slot";
}

TEST(ConnectionQuota, AnIpv6ClientIsCountedByItsSlash64)
{
    ConnectionQuota quota(100, 2);
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("2001:db8:1:2::1"))));
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::9"))));
    EXPECT_FALSE(quota.acquire(QHostAddress(QStringLiteral("2001:db8:1:2:abcd:1:2:3")))) << "the same /64";
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("2001:db8:1:3::1")))) << "the next /64";
}

TEST(ConnectionQuota, TheTotalHoldsAcrossClients)
{
    ConnectionQuota quota(3, 2);
    for (int i = 1; i <= 3; ++i)
        EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("192.0.2.%1").arg(i))));
    const Result<void> fourth = quota.acquire(QHostAddress(QStringLiteral("192.0.2.9")));
    EXPECT_FALSE(fourth);
    ASSERT_TRUE(findProblem(fourth.problems(), u"http.server-full"));
    EXPECT_EQ(HttpStatus::of(fourth.problems().constFirst()), 503);
    quota.release(QHostAddress(QStringLiteral("192.0.2.1")));
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("192.0.2.9"))));
}
