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

const ToolFindings::OpenPort* portOf(const ToolFindings& findings, int port)
{
    for (const ToolFindings::OpenPort& p : findings.openPorts) {
        if (p.port == port)
            return &p;
    }
    return nullptr;
}

// A scan of `hosts` hosts (10.0.0.1 …), each with tcp/23 open, tcp/80 open on every other host
// and tcp/25 closed.
QByteArray scanOf(int hosts)
{
    QByteArray xml = R"(<?xml version="1.0"?><!DOCTYPE nmaprun><nmaprun version="7.93">)";
    for (int h = 1; h <= hosts; ++h) {
        xml += "<host><address addr=\"10.0.0." + QByteArray::number(h) + "\" addrtype=\"ipv4\"/><ports>"
               "<port protocol=\"tcp\" portid=\"23\"><state state=\"open\"/><service name=\"telnet\" product=\"BusyBox telnetd\"/></port>"
               "<port protocol=\"tcp\" portid=\"25\"><state state=\"closed\"/><service name=\"smtp\"/></port>";
        if (h % 2 == 0)
            xml += "<port protocol=\"tcp\" portid=\"80\"><state state=\"open\"/><service name=\"http\"/></port>";
        xml += "</ports></host>";
    }
    return xml + "</nmaprun>";
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
    ASSERT_EQ(findings.openPorts.size(), 4);
    for (const ToolFindings::OpenPort& port : findings.openPorts) {
        EXPECT_EQ(port.protocol, QStringLiteral("tcp"));
        EXPECT_EQ(port.hosts, 1);
        ASSERT_EQ(port.first.size(), 1);
        EXPECT_EQ(port.first[0].host, QStringLiteral("127.0.0.1"));
    }
    const ToolFindings::OpenPort* ssh = portOf(findings, 44322);
    ASSERT_NE(ssh, nullptr);
    EXPECT_EQ(ssh->first[0].service, QStringLiteral("ssh"));
    EXPECT_EQ(ssh->first[0].product, QStringLiteral("OpenSSH"));
    EXPECT_FALSE(ssh->first[0].tls);
    const ToolFindings::OpenPort* weak = portOf(findings, 44301);
    ASSERT_NE(weak, nullptr);
    EXPECT_TRUE(weak->first[0].tls);
    EXPECT_TRUE(weak->first[0].scripts.value(QStringLiteral("ssl-cert")).contains(QStringLiteral("Public Key bits: 1024")));
    const ToolFindings::OpenPort* http = portOf(findings, 44380);
    ASSERT_NE(http, nullptr);
    EXPECT_EQ(http->first[0].service, QStringLiteral("http"));
    EXPECT_TRUE(http->first[0].scripts.contains(QStringLiteral("http-title")));
}

TEST(NmapXmlImporter, TheAddressMayFollowThePortsAndAMacAddressDoesNotReplaceTheIp)
{
    const Result<ToolFindings> read = readXml(R"(<nmaprun version="7.93"><host>
        <ports><port protocol="udp" portid="161"><state state="open"/><service name="snmp"/></port></ports>
        <address addr="192.0.2.7" addrtype="ipv4"/><address addr="00:11:22:33:44:55" addrtype="mac"/>
        </host></nmaprun>)");
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->openPorts.size(), 1);
    EXPECT_EQ(read->openPorts[0].protocol, QStringLiteral("udp"));
    ASSERT_EQ(read->openPorts[0].first.size(), 1);
    EXPECT_EQ(read->openPorts[0].first[0].host, QStringLiteral("192.0.2.7"));
    EXPECT_EQ(read->openPorts[0].first[0].service, QStringLiteral("snmp"));
}

// What grows with a scan of many hosts is a count: each open number is kept once with its first
// hosts, in the file's order; a closed port is not kept at all.
TEST(NmapXmlImporter, KeepsEachOpenNumberOnceWithItsHostCountAndItsFirstHosts)
{
    const Result<ToolFindings> read = readXml(scanOf(40));
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->openPorts.size(), 2);
    const ToolFindings::OpenPort& telnet = read->openPorts[0];
    EXPECT_EQ(telnet.port, 23);
    EXPECT_EQ(telnet.hosts, 40);
    ASSERT_EQ(telnet.first.size(), ToolFindings::OpenPort::hostsKept);
    EXPECT_EQ(telnet.first[0].host, QStringLiteral("10.0.0.1"));
    EXPECT_EQ(telnet.first[0].order, 0);
    EXPECT_EQ(telnet.first[4].host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(telnet.first[4].product, QStringLiteral("BusyBox telnetd"));
    const ToolFindings::OpenPort& http = read->openPorts[1];
    EXPECT_EQ(http.port, 80);
    EXPECT_EQ(http.hosts, 20);
    EXPECT_EQ(http.first[0].host, QStringLiteral("10.0.0.2"));
    EXPECT_EQ(http.first[0].order, 2); // after 10.0.0.1's and 10.0.0.2's telnet
    EXPECT_EQ(portOf(*read, 25), nullptr);
}

// A script's output is kept up to a bound (the raw file, stored as evidence, has all of it).
TEST(NmapXmlImporter, AScriptsOutputIsKeptUpToItsBound)
{
    const QByteArray longOutput(ToolFindings::Port::scriptOutputKept + 100, 'x');
    const Result<ToolFindings> read = readXml("<nmaprun><host><address addr=\"192.0.2.1\" addrtype=\"ipv4\"/><ports><port protocol=\"tcp\" portid=\"443\">"
                                              "<state state=\"open\"/><script id=\"ssl-cert\" output=\"" + longOutput + "\"/>"
                                              "<script id=\"http-title\" output=\"short\"/></port></ports></host></nmaprun>");
    ASSERT_TRUE(read.ok());
    const QMap<QString, QString> scripts = read->openPorts.value(0).first.value(0).scripts;
    EXPECT_EQ(scripts.value(QStringLiteral("ssl-cert")).size(), ToolFindings::Port::scriptOutputKept);
    EXPECT_TRUE(scripts.value(QStringLiteral("ssl-cert")).endsWith(u'…'));
    EXPECT_EQ(scripts.value(QStringLiteral("http-title")), QStringLiteral("short"));
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
