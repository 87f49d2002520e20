// Connection caps as a flooding client would try them: from one address, from many
// addresses of one IPv6 /64, and in all.
#include "ConnectionQuota.h"

#include <gtest/gtest.h>

using namespace starmark;

TEST(ConnectionQuota, OneClientGetsNoMoreThanItsShareAndItsSlotsComeBack)
{
    ConnectionQuota quota(100, 2);
    const QHostAddress a(QStringLiteral("198.51.100.7"));
    QString why;
    EXPECT_TRUE(quota.acquire(a, &why));
    EXPECT_TRUE(quota.acquire(a, &why));
    EXPECT_FALSE(quota.acquire(a, &why));
    EXPECT_EQ(why, QStringLiteral("198.51.100.7 already holds 2 connections to the registry, the most one client may; close some and retry"));
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("198.51.100.8")), &why)) << "another client is not held back";
    quota.release(a);
    EXPECT_TRUE(quota.acquire(a, &why)) << "a closed connection frees its slot";
}

TEST(ConnectionQuota, AnIpv6ClientIsCountedByItsSlash64)
{
    ConnectionQuota quota(100, 2);
    QString why;
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("2001:db8:1:2::1")), &why));
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::9")), &why));
    EXPECT_FALSE(quota.acquire(QHostAddress(QStringLiteral("2001:db8:1:2:abcd:1:2:3")), &why)) << "the same /64";
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("2001:db8:1:3::1")), &why)) << "the next /64";
}

TEST(ConnectionQuota, TheTotalHoldsAcrossClients)
{
    ConnectionQuota quota(3, 2);
    QString why;
    for (int i = 1; i <= 3; ++i)
        EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("192.0.2.%1").arg(i)), &why));
    EXPECT_FALSE(quota.acquire(QHostAddress(QStringLiteral("192.0.2.9")), &why));
    EXPECT_EQ(why, QStringLiteral("the registry holds its maximum of 3 connections at once; retry in a moment"));
    quota.release(QHostAddress(QStringLiteral("192.0.2.1")));
    EXPECT_TRUE(quota.acquire(QHostAddress(QStringLiteral("192.0.2.9")), &why));
}
