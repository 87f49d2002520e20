#include "ToolFixtures.h"

#include "evaluators/tools/ToolProposer.h"
#include "evaluators/tools/ToolRulesReader.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

ToolRules shippedRules()
{
    const Result<ToolRules> rules = ToolRules::load(QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/tool-rules/jc-star.yaml"));
    if (!rules) {
        ADD_FAILURE() << rules.problems().constFirst().toString().toStdString();
        return {};
    }
    return *rules;
}

QList<ToolProposal> proposalsOf(const char* fixture, const QStringList& needed = {})
{
    return ToolProposer::propose(readFixture(fixture), shippedRules(), {needed, QByteArray(64, 'a'), QStringLiteral("tool"), QStringLiteral("1")});
}

const ToolProposal* byRule(const QList<ToolProposal>& proposals, const char* rule)
{
    for (const ToolProposal& p : proposals) {
        if (p.rule == QLatin1String(rule))
            return &p;
    }
    return nullptr;
}

} // namespace

TEST(ToolProposer, TheWeakServerIsProposedToFailS1_1_12NamingItsProtocolAndSuites)
{
    const QList<ToolProposal> proposals = proposalsOf("sslscan-weak.xml");
    const ToolProposal* protocol = byRule(proposals, "tls-minimum-protocol");
    ASSERT_NE(protocol, nullptr);
    EXPECT_EQ(protocol->requirement, QStringLiteral("S1.1-12"));
    EXPECT_EQ(protocol->verdict, Verdict::Fail);
    EXPECT_TRUE(protocol->finding.text(Language::English).contains(QStringLiteral("127.0.0.1:44301 offers TLSv1.0, below TLSv1.2")))
        << protocol->finding.text(Language::English).toStdString();
    EXPECT_EQ(protocol->evidence, QByteArray(64, 'a'));
    EXPECT_EQ(protocol->rulesDigest, shippedRules().digest);
    const ToolProposal* suites = byRule(proposals, "tls-cryptrec-suites");
    ASSERT_NE(suites, nullptr);
    EXPECT_EQ(suites->verdict, Verdict::Fail);
    EXPECT_TRUE(suites->finding.text(Language::English).contains(QStringLiteral("TLSv1.0 ECDHE-RSA-AES256-SHA")));
}

TEST(ToolProposer, TheStrongServerPassesTheProtocolRuleInEitherTool)
{
    for (const char* fixture : {"sslscan-strong.xml", "testssl-strong.json"}) {
        const ToolProposal* protocol = byRule(proposalsOf(fixture), "tls-minimum-protocol");
        ASSERT_NE(protocol, nullptr) << fixture;
        EXPECT_EQ(protocol->verdict, Verdict::Pass) << fixture;
    }
    const ToolProposal* weak = byRule(proposalsOf("testssl-weak.json"), "tls-minimum-protocol");
    ASSERT_NE(weak, nullptr);
    EXPECT_EQ(weak->verdict, Verdict::Fail);
}

TEST(ToolProposer, AnAllowedListThatHoldsEverySuiteOfferedProposesPass)
{
    const ToolFindings strong = readFixture("sslscan-strong.xml");
    ToolRules rules;
    rules.version = QStringLiteral("test");
    ToolRules::Rule rule{QStringLiteral("suites"), QStringLiteral("S1.1-12"), {ToolFormat::SslscanXml}, ToolRules::Check::TlsAllowedSuites, {}, {}};
    for (const ToolFindings::Cipher& cipher : strong.tls[0].ciphers)
        rule.allowed.append(cipher.name);
    rules.rules.append(rule);
    QList<ToolProposal> proposals = ToolProposer::propose(strong, rules, {});
    ASSERT_EQ(proposals.size(), 1);
    EXPECT_EQ(proposals[0].verdict, Verdict::Pass);
    rules.rules[0].allowed.removeLast();
    proposals = ToolProposer::propose(strong, rules, {});
    ASSERT_EQ(proposals.size(), 1);
    EXPECT_EQ(proposals[0].verdict, Verdict::Fail);
}

TEST(ToolProposer, AnOpenPortTheDeclarationDoesNotListIsProposedToFailS1_1_13NamingPortAndService)
{
    const QList<ToolProposal> some = proposalsOf("nmap-loopback.xml", {QStringLiteral("tcp/44322 ssh"), QStringLiteral("tcp/44380 http")});
    ASSERT_EQ(some.size(), 1);
    EXPECT_EQ(some[0].requirement, QStringLiteral("S1.1-13"));
    EXPECT_EQ(some[0].verdict, Verdict::Fail);
    const QString words = some[0].finding.text(Language::English);
    EXPECT_TRUE(words.contains(QStringLiteral("tcp/44301"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("tcp/44302 http"))) << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("44322"))) << words.toStdString();
    const QList<ToolProposal> all = proposalsOf("nmap-loopback.xml",
        {QStringLiteral("tcp/44301"), QStringLiteral("tcp/44302"), QStringLiteral("TCP/44322"), QStringLiteral("tcp/44380")});
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].verdict, Verdict::Pass);
}

TEST(ToolProposer, AProductThatListsNoNeededInterfaceNeedsNoneOpenSoEveryOpenPortIsProposedToFail)
{
    const QList<ToolProposal> none = proposalsOf("nmap-loopback.xml");
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none[0].verdict, Verdict::Fail);
    for (const Language language : {Language::English, Language::Japanese}) {
        const QString words = none[0].finding.text(language);
        for (const char* port : {"tcp/44301", "tcp/44302 http", "tcp/44322", "tcp/44380"})
            EXPECT_TRUE(words.contains(QLatin1String(port))) << port << ": " << words.toStdString();
    }
    // Said apart from a list that misses some, so the evaluator sees that the product listed nothing.
    const QList<ToolProposal> some = proposalsOf("nmap-loopback.xml", {QStringLiteral("tcp/44322")});
    ASSERT_EQ(some.size(), 1);
    EXPECT_NE(none[0].finding.text(Language::English).section(u':', 0, 0), some[0].finding.text(Language::English).section(u':', 0, 0));
}

TEST(ToolProposer, ACompleteSbomProposesPassAndOneWithAGapProposesNothing)
{
    const QList<ToolProposal> cyclonedx = proposalsOf("cyclonedx-router.json");
    ASSERT_EQ(cyclonedx.size(), 1);
    EXPECT_EQ(cyclonedx[0].requirement, QStringLiteral("S3.RT-03"));
    EXPECT_EQ(cyclonedx[0].verdict, Verdict::Pass);
    EXPECT_TRUE(proposalsOf("spdx-router.json").isEmpty()); // zlib has no supplier
}

TEST(ToolProposer, AKnownExploitedVulnerabilityProposesFailNamingItAndItsComponent)
{
    const QList<ToolProposal> proposals = proposalsOf("osv-router.json");
    ASSERT_EQ(proposals.size(), 1);
    EXPECT_EQ(proposals[0].requirement, QStringLiteral("S1.1-13"));
    EXPECT_EQ(proposals[0].verdict, Verdict::Fail);
    const QString words = proposals[0].finding.text(Language::English);
    EXPECT_TRUE(words.contains(QStringLiteral("dropbear 2022.83: OSV-2026-0102 / CVE-2026-10001"))) << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("OSV-2026-0101"))); // not known to be exploited
}

TEST(ToolProposer, TheSameFindingsAndRulesAlwaysGiveTheSameProposals)
{
    const QList<ToolProposal> once = proposalsOf("testssl-weak.json");
    const QList<ToolProposal> again = proposalsOf("testssl-weak.json");
    ASSERT_EQ(once.size(), again.size());
    for (qsizetype i = 0; i < once.size(); ++i) {
        EXPECT_EQ(once[i].rule, again[i].rule);
        EXPECT_EQ(once[i].verdict, again[i].verdict);
        EXPECT_EQ(once[i].finding.text(Language::English), again[i].finding.text(Language::English));
    }
}

// A scan of many hosts keeps each open number once: the proposal still names the first five
// unlisted ports in the file's order, across numbers, and counts every one of them.
TEST(ToolProposer, AScanOfManyHostsNamesTheFirstFiveUnlistedPortsInTheFilesOrderAndCountsThemAll)
{
    ToolFindings findings;
    findings.format = ToolFormat::NmapXml;
    const auto number = [](int port, const char* service, qint64 hosts, qint64 firstOrder) {
        ToolFindings::OpenPort open{QStringLiteral("tcp"), port, hosts, {}};
        for (int i = 0; i < std::min<qint64>(hosts, ToolFindings::OpenPort::hostsKept); ++i) {
            ToolFindings::Port seen;
            seen.order = firstOrder + 2 * i;
            seen.host = QStringLiteral("10.0.0.%1").arg(i + 1);
            seen.service = QString::fromLatin1(service);
            open.first.append(seen);
        }
        return open;
    };
    findings.openPorts = {number(23, "telnet", 7, 0), number(80, "http", 7, 1), number(22, "ssh", 1, 14)};
    const QList<ToolProposal> proposals
        = ToolProposer::propose(findings, shippedRules(), {{QStringLiteral("tcp/22 ssh")}, QByteArray(64, 'a'), QStringLiteral("nmap"), QStringLiteral("7.93")});
    const ToolProposal* ports = byRule(proposals, "needed-interfaces-only");
    ASSERT_NE(ports, nullptr);
    EXPECT_EQ(ports->verdict, Verdict::Fail);
    const QString named = QStringLiteral("10.0.0.1 tcp/23 telnet, 10.0.0.1 tcp/80 http, 10.0.0.2 tcp/23 telnet, 10.0.0.2 tcp/80 http, "
                                         "10.0.0.3 tcp/23 telnet, … (14)");
    for (Language language : {Language::English, Language::Japanese})
        EXPECT_TRUE(ports->finding.text(language).contains(named)) << ports->finding.text(language).toStdString();

    // Every number listed: a pass that counts every open port of every host.
    const QList<ToolProposal> passed = ToolProposer::propose(findings, shippedRules(),
        {{QStringLiteral("tcp/22"), QStringLiteral("tcp/23"), QStringLiteral("tcp/80")}, QByteArray(64, 'a'), QStringLiteral("nmap"), QStringLiteral("7.93")});
    ASSERT_EQ(passed.size(), 1);
    EXPECT_EQ(passed[0].verdict, Verdict::Pass);
    EXPECT_TRUE(passed[0].finding.text(Language::English).contains(QStringLiteral("(open ports: 15)"))) << passed[0].finding.text(Language::English).toStdString();
}
