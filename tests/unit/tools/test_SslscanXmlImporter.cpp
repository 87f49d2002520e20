#include "ToolFixtures.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(SslscanXmlImporter, TheWeakServerOffersTls10OnlyWithA1024BitSha1Certificate)
{
    const ToolFindings findings = readFixture("sslscan-weak.xml");
    EXPECT_EQ(findings.format, ToolFormat::SslscanXml);
    EXPECT_EQ(findings.run.version, QStringLiteral("2.0.7"));
    ASSERT_EQ(findings.tls.size(), 1);
    const ToolFindings::Tls& tls = findings.tls[0];
    EXPECT_EQ(tls.host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(tls.port, 44301);
    EXPECT_EQ(tls.protocols, QStringList{QStringLiteral("TLSv1.0")});
    ASSERT_FALSE(tls.ciphers.isEmpty());
    for (const ToolFindings::Cipher& cipher : tls.ciphers)
        EXPECT_EQ(cipher.protocol, QStringLiteral("TLSv1.0"));
    EXPECT_EQ(tls.ciphers[0].name, QStringLiteral("ECDHE-RSA-AES256-SHA"));
    EXPECT_EQ(tls.ciphers[0].bits, 256);
    EXPECT_TRUE(tls.groups.contains(QStringLiteral("x25519")));
    EXPECT_EQ(tls.certificateKeyType, QStringLiteral("RSA"));
    EXPECT_EQ(tls.certificateKeyBits, 1024);
    EXPECT_EQ(tls.certificateSignature, QStringLiteral("sha1WithRSAEncryption"));
}

TEST(SslscanXmlImporter, TheStrongServerOffersTls12AndUpWithAeadSuitesOnly)
{
    const ToolFindings findings = readFixture("sslscan-strong.xml");
    ASSERT_EQ(findings.tls.size(), 1);
    const ToolFindings::Tls& tls = findings.tls[0];
    EXPECT_EQ(tls.protocols, (QStringList{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    ASSERT_FALSE(tls.ciphers.isEmpty());
    for (const ToolFindings::Cipher& cipher : tls.ciphers)
        EXPECT_TRUE(cipher.name.contains(QStringLiteral("GCM")) || cipher.name.contains(QStringLiteral("CHACHA20"))) << cipher.name.toStdString();
    EXPECT_EQ(tls.certificateKeyType, QStringLiteral("EC"));
    EXPECT_EQ(tls.certificateKeyBits, 256);
    EXPECT_TRUE(tls.weaknesses.isEmpty());
}
