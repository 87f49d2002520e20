#include "ToolFixtures.h"

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(TestsslJsonImporter, TheWeakServerShowsTls10Its1024BitKeyAndItsWeaknesses)
{
    const ToolFindings findings = readFixture("testssl-weak.json");
    EXPECT_EQ(findings.format, ToolFormat::TestsslJson);
    ASSERT_EQ(findings.tls.size(), 1);
    const ToolFindings::Tls& tls = findings.tls[0];
    EXPECT_EQ(tls.host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(tls.protocols, QStringList{QStringLiteral("TLSv1.0")});
    EXPECT_EQ(tls.certificateKeyType, QStringLiteral("RSA"));
    EXPECT_EQ(tls.certificateKeyBits, 1024);
    EXPECT_TRUE(tls.certificateSignature.contains(QStringLiteral("SHA1"))) << tls.certificateSignature.toStdString();
    ASSERT_EQ(tls.ciphers.size(), 16); // --each-cipher names no protocol: the server offers TLS 1.0 only
    EXPECT_EQ(tls.ciphers[0].name, QStringLiteral("ECDHE-RSA-AES256-SHA"));
    EXPECT_EQ(tls.ciphers[0].bits, 256);
    EXPECT_TRUE(tls.ciphers[0].protocol.isEmpty());
    bool beast = false;
    for (const QString& weakness : tls.weaknesses)
        beast = beast || weakness.startsWith(QStringLiteral("BEAST"));
    EXPECT_TRUE(beast) << tls.weaknesses.join(QStringLiteral("; ")).toStdString();
}

TEST(TestsslJsonImporter, TheStrongServerOffersTls12And13AndNoWeakness)
{
    const ToolFindings findings = readFixture("testssl-strong.json");
    ASSERT_EQ(findings.tls.size(), 1);
    const ToolFindings::Tls& tls = findings.tls[0];
    EXPECT_EQ(tls.protocols, (QStringList{QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    EXPECT_EQ(tls.certificateKeyType, QStringLiteral("EC"));
    EXPECT_EQ(tls.certificateKeyBits, 256);
    ASSERT_FALSE(tls.ciphers.isEmpty());
    for (const ToolFindings::Cipher& cipher : tls.ciphers)
        EXPECT_TRUE(cipher.name.contains(QStringLiteral("GCM")) || cipher.name.contains(QStringLiteral("CHACHA20"))) << cipher.name.toStdString();
    EXPECT_TRUE(tls.weaknesses.isEmpty()) << tls.weaknesses.join(QStringLiteral("; ")).toStdString();
}
