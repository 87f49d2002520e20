#include "evaluators/tools/ScanTarget.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

QString refusal(const QString& text, bool allowRemote = false)
{
    const Result<ScanTarget> t = ScanTarget::parse(text, allowRemote);
    return t ? QString() : t.problems().constFirst().code;
}

} // namespace

TEST(ScanTarget, TakesLoopbackHostsWithOrWithoutPort)
{
    const Result<ScanTarget> v4 = ScanTarget::parse(QStringLiteral("127.0.0.1:8443"), false);
    ASSERT_TRUE(v4);
    EXPECT_EQ(v4->host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(v4->port(), 8443);
    const Result<ScanTarget> named = ScanTarget::parse(QStringLiteral("localhost"), false);
    ASSERT_TRUE(named);
    EXPECT_EQ(named->host(), QStringLiteral("127.0.0.1")); // the tool gets the address, not a name to look up again
    EXPECT_EQ(named->port(), 0);
    EXPECT_EQ(named->hostPort(443), QStringLiteral("127.0.0.1:443"));
    const Result<ScanTarget> v6 = ScanTarget::parse(QStringLiteral("[::1]:22"), false);
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->host(), QStringLiteral("::1"));
    EXPECT_TRUE(v6->isIpv6());
    EXPECT_EQ(v6->hostPort(0), QStringLiteral("[::1]:22"));
    EXPECT_TRUE(ScanTarget::parse(QStringLiteral("127.8.9.10"), false)); // all of 127/8 is loopback
}

// An outsider's device, a neighbour's router: never scanned by accident.
TEST(ScanTarget, RefusesAnotherMachineUnlessAllowed)
{
    for (const char* remote : {"192.168.1.1", "10.0.0.1:22", "example.com", "[2001:db8::1]:443", "localhost.example.com", "0.0.0.0"})
        EXPECT_EQ(refusal(QString::fromLatin1(remote)), QStringLiteral("tool.remote-target")) << remote;
    const Result<ScanTarget> allowed = ScanTarget::parse(QStringLiteral("camera.example.com:8443"), true);
    ASSERT_TRUE(allowed);
    EXPECT_EQ(allowed->host(), QStringLiteral("camera.example.com"));
    EXPECT_EQ(ScanTarget::parse(QStringLiteral("192.168.1.1"), false).problems().constFirst().severity, Problem::Severity::Unusable);
}

// A host that a tool would read as one of its options, or a shell as a command, never gets through.
TEST(ScanTarget, RefusesWhatIsNotAHostOrPort)
{
    for (const char* bad : {"", "-oN/etc/passwd", "--script=evil", "127.0.0.1;rm -rf ~", "a b", "127.0.0.1:0", "127.0.0.1:65536",
             "127.0.0.1:-1", "127.0.0.1:80x", "127.0.0.1:", "[::1", "[::1]x", "[127.0.0.1]:80", "host_name", "$(id)", "a..b"})
        EXPECT_EQ(refusal(QString::fromLatin1(bad), true), QStringLiteral("tool.bad-target")) << bad;
    EXPECT_EQ(ScanTarget::parse(QStringLiteral("-sV"), true).problems().constFirst().key, QStringLiteral("--target"));
}
