#include "ToolFixtures.h"

#include "evaluators/tools/SshAuditJsonImporter.h"
#include "evaluators/tools/StrictJson.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(SshAuditJsonImporter, ReadsTheAuditOfTheLoopbackSshd)
{
    const ToolFindings findings = readFixture("ssh-audit-loopback.json");
    EXPECT_EQ(findings.format, ToolFormat::SshAuditJson);
    ASSERT_EQ(findings.ssh.size(), 1);
    const ToolFindings::Ssh& ssh = findings.ssh[0];
    EXPECT_EQ(ssh.host, QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(ssh.banner.startsWith(QStringLiteral("SSH-2.0-OpenSSH_9.2")));
    EXPECT_TRUE(ssh.keyExchange.contains(QStringLiteral("curve25519-sha256")));
    EXPECT_TRUE(ssh.hostKeys.contains(QStringLiteral("ssh-ed25519")));
    EXPECT_TRUE(ssh.ciphers.contains(QStringLiteral("aes256-gcm@openssh.com")));
    EXPECT_TRUE(ssh.macs.contains(QStringLiteral("hmac-sha1")));
}

TEST(SshAuditJsonImporter, ReadsTheRecommendationsOfLaterVersionsAndThePortInTheTarget)
{
    StrictJson json(QStringLiteral("audit.json"));
    const Result<QJsonDocument> document = json.parse(R"({"banner": {"raw": "SSH-2.0-dropbear"}, "target": "192.0.2.1:2222",
        "kex": [{"algorithm": "diffie-hellman-group1-sha1"}], "key": [], "enc": ["3des-cbc"], "mac": ["hmac-md5"],
        "recommendations": {"critical": {"del": {"kex": [{"name": "diffie-hellman-group1-sha1"}], "enc": [{"name": "3des-cbc"}]}}}})");
    ASSERT_TRUE(document.ok());
    const Result<ToolFindings> read = SshAuditJsonImporter::read(*document, json);
    ASSERT_TRUE(read.ok());
    const ToolFindings::Ssh& ssh = read->ssh[0];
    EXPECT_EQ(ssh.host, QStringLiteral("192.0.2.1"));
    EXPECT_EQ(ssh.port, 2222);
    EXPECT_EQ(ssh.recommendations,
        (QStringList{QStringLiteral("del enc 3des-cbc"), QStringLiteral("del kex diffie-hellman-group1-sha1")}));
}

TEST(SshAuditJsonImporter, AnAlgorithmOfTheWrongTypeIsNamedByItsPath)
{
    StrictJson json(QStringLiteral("audit.json"));
    const Result<QJsonDocument> document = json.parse(R"({"banner": {}, "kex": [{"algorithm": 7}]})");
    ASSERT_TRUE(document.ok());
    const Problem problem = refusal(SshAuditJsonImporter::read(*document, json));
    EXPECT_EQ(problem.code, QStringLiteral("tool.json-wrong-type"));
    EXPECT_EQ(problem.key, QStringLiteral("$.kex[0].algorithm"));
}
