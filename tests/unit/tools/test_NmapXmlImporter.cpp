#include "ToolFixtures.h"

#include "evaluators/tools/NmapXmlImporter.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

Result<ToolFindings> readXml(const QByteArray& xml)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return NmapXmlImporter::read(buffer, QStringLiteral("scan.xml"));
}

const ToolFindings::Port* portOf(const ToolFindings& findings, int port)
{
    for (const ToolFindings::Port& p : findings.ports) {
        if (p.port == port)
            return &p;
    }
    return nullptr;
}

} // namespace

TEST(NmapXmlImporter, ReadsTheRealScanOfTheLoopbackServices)
{
    const ToolFindings findings = readFixture("nmap-loopback.xml");
    EXPECT_EQ(findings.format, ToolFormat::NmapXml);
    EXPECT_EQ(findings.run.tool, QStringLiteral("nmap"));
    EXPECT_EQ(findings.run.version, QStringLiteral("7.93"));
    EXPECT_TRUE(findings.run.ranAt.isValid());
    EXPECT_TRUE(findings.run.arguments.startsWith(QStringLiteral("nmap -sV")));
    ASSERT_EQ(findings.ports.size(), 4);
    for (const ToolFindings::Port& port : findings.ports) {
        EXPECT_EQ(port.host, QStringLiteral("127.0.0.1"));
        EXPECT_EQ(port.protocol, QStringLiteral("tcp"));
        EXPECT_EQ(port.state, QStringLiteral("open"));
    }
    const ToolFindings::Port* ssh = portOf(findings, 44322);
    ASSERT_NE(ssh, nullptr);
    EXPECT_EQ(ssh->service, QStringLiteral("ssh"));
    EXPECT_EQ(ssh->product, QStringLiteral("OpenSSH"));
    EXPECT_FALSE(ssh->tls);
    const ToolFindings::Port* weak = portOf(findings, 44301);
    ASSERT_NE(weak, nullptr);
    EXPECT_TRUE(weak->tls);
    EXPECT_TRUE(weak->scripts.value(QStringLiteral("ssl-cert")).contains(QStringLiteral("Public Key bits: 1024")));
    const ToolFindings::Port* http = portOf(findings, 44380);
    ASSERT_NE(http, nullptr);
    EXPECT_EQ(http->service, QStringLiteral("http"));
    EXPECT_TRUE(http->scripts.contains(QStringLiteral("http-title")));
}

TEST(NmapXmlImporter, TheAddressMayFollowThePortsAndAMacAddressDoesNotReplaceTheIp)
{
    const Result<ToolFindings> read = readXml(R"(<nmaprun version="7.93"><host>
        <ports><port protocol="udp" portid="161"><state state="open"/><service name="snmp"/></port></ports>
        <address addr="192.0.2.7" addrtype="ipv4"/><address addr="00:11:22:33:44:55" addrtype="mac"/>
        </host></nmaprun>)");
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->ports.size(), 1);
    EXPECT_EQ(read->ports[0].host, QStringLiteral("192.0.2.7"));
    EXPECT_EQ(read->ports[0].protocol, QStringLiteral("udp"));
    EXPECT_EQ(read->ports[0].service, QStringLiteral("snmp"));
}

TEST(NmapXmlImporter, APortNumberOutOfRangeIsRefusedWithItsPlace)
{
    const Result<ToolFindings> read = readXml("<nmaprun>\n<host><ports>\n  <port protocol=\"tcp\" portid=\"70000\"/></ports></host></nmaprun>");
    const Problem problem = refusal(read);
    EXPECT_EQ(problem.code, QStringLiteral("tool.bad-value"));
    EXPECT_EQ(problem.where.file, QStringLiteral("scan.xml"));
    EXPECT_EQ(problem.where.line, 3);
    EXPECT_EQ(problem.severity, Problem::Severity::Unusable);
}

TEST(NmapXmlImporter, AnotherRootElementIsNotAnNmapScan)
{
    EXPECT_EQ(refusal(readXml("<document title=\"SSLScan Results\"/>")).code, QStringLiteral("tool.wrong-format"));
}
