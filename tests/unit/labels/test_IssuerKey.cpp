#include "labels/IssuerKey.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace starmark;

TEST(IssuerKey, SignsAndVerifiesAndLoadsItsPublicHalf)
{
    const IssuerKey key = IssuerKey::generate();
    EXPECT_EQ(key.id().size(), 8);
    const QByteArray signature = key.sign("payload");
    EXPECT_EQ(signature.size(), 64);
    EXPECT_TRUE(key.verify("payload", signature));
    EXPECT_FALSE(key.verify("payloaD", signature));

    QTemporaryDir dir;
    QFile pub(dir.filePath(QStringLiteral("issuer.pub.pem")));
    ASSERT_TRUE(pub.open(QIODevice::WriteOnly));
    pub.write(key.publicPem());
    pub.close();
    QString error;
    const std::optional<IssuerKey> loaded = IssuerKey::load(pub.fileName(), &error);
    ASSERT_TRUE(loaded.has_value()) << error.toStdString();
    EXPECT_FALSE(loaded->hasPrivateKey());
    EXPECT_EQ(loaded->id(), key.id());
    EXPECT_TRUE(loaded->verify("payload", signature));
}

TEST(IssuerKey, RefusesWhatIsNotAP256Key)
{
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("x.pem")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("-----BEGIN NOTHING-----\n");
    text.close();
    QString error;
    EXPECT_FALSE(IssuerKey::load(text.fileName(), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("P-256")));
    EXPECT_FALSE(IssuerKey::load(dir.filePath(QStringLiteral("missing.pem")), &error).has_value());
}
