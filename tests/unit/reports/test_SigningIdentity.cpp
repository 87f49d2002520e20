#include "ReportFixture.h"

#include "criteria/Message.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

// The manufacturer's key, encrypted with a passphrase by the openssl tool, as a user would.
QString encryptedKey(const QString& passphrase)
{
    ReportFixture& f = ReportFixture::instance();
    const QString path = f.dir.filePath(QStringLiteral("encrypted.key"));
    if (!QFile::exists(path)) {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("pkey"), QStringLiteral("-in"), f.pki(QStringLiteral("manufacturer.key")), QStringLiteral("-aes256"),
                QStringLiteral("-passout"), QStringLiteral("pass:") + passphrase, QStringLiteral("-out"), path});
        openssl.waitForFinished();
    }
    return path;
}

} // namespace

TEST(SigningIdentity, LoadsKeyCertificateAndChain)
{
    const SigningIdentity id = ReportFixture::instance().identity();
    EXPECT_TRUE(id.subject().contains(QStringLiteral("DEMO Manufacturer signer")));
    EXPECT_EQ(id.chain().size(), 1);
}

TEST(SigningIdentity, EncryptedKeyWithPassphraseFromFileOrEnvironment)
{
    ReportFixture& f = ReportFixture::instance();
    const QString key = encryptedKey(QStringLiteral("correct horse"));
    ASSERT_TRUE(QFile::exists(key)) << "the openssl tool is needed";
    const QString passFile = f.dir.filePath(QStringLiteral("pass.txt"));
    QFile p(passFile);
    ASSERT_TRUE(p.open(QIODevice::WriteOnly));
    p.write("correct horse\n");
    p.close();
    QString error;
    EXPECT_TRUE(SigningIdentity::load(
        key, f.pki(QStringLiteral("manufacturer.pem")), {}, {SigningIdentity::Passphrase::Source::File, passFile}, &error))
        << error.toStdString();
    qputenv("STARMARK_TEST_PASSPHRASE", "correct horse");
    EXPECT_TRUE(SigningIdentity::load(key, f.pki(QStringLiteral("manufacturer.pem")), {},
        {SigningIdentity::Passphrase::Source::Environment, QStringLiteral("STARMARK_TEST_PASSPHRASE")}, &error));
    qputenv("STARMARK_TEST_PASSPHRASE", "wrong horse");
    EXPECT_FALSE(SigningIdentity::load(key, f.pki(QStringLiteral("manufacturer.pem")), {},
        {SigningIdentity::Passphrase::Source::Environment, QStringLiteral("STARMARK_TEST_PASSPHRASE")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not unlock"))) << error.toStdString();
    EXPECT_FALSE(SigningIdentity::load(key, f.pki(QStringLiteral("manufacturer.pem")), {}, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("--passphrase-file"))) << error.toStdString();
}

TEST(SigningIdentity, PassphraseGivenByADialog)
{
    ReportFixture& f = ReportFixture::instance();
    const QString key = encryptedKey(QStringLiteral("correct horse"));
    EXPECT_TRUE(SigningIdentity::needsPassphrase(key));
    EXPECT_FALSE(SigningIdentity::needsPassphrase(f.pki(QStringLiteral("manufacturer.key"))));
    QString error;
    EXPECT_TRUE(SigningIdentity::load(key, f.pki(QStringLiteral("manufacturer.pem")), {},
        {SigningIdentity::Passphrase::Source::Given, QStringLiteral("correct horse")}, &error))
        << error.toStdString();
    EXPECT_FALSE(SigningIdentity::load(key, f.pki(QStringLiteral("manufacturer.pem")), {},
        {SigningIdentity::Passphrase::Source::Given, QStringLiteral("wrong horse")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not unlock"))) << error.toStdString();
}

TEST(SigningIdentity, RejectsMismatchedAndUnreadableFiles)
{
    ReportFixture& f = ReportFixture::instance();
    QString error;
    EXPECT_FALSE(SigningIdentity::load(f.pki(QStringLiteral("manufacturer.key")), f.pki(QStringLiteral("lab.pem")), {}, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is not the certificate of the key"))) << error.toStdString();
    EXPECT_FALSE(SigningIdentity::load(f.pki(QStringLiteral("missing.key")), f.pki(QStringLiteral("lab.pem")), {}, {}, &error));
    // InputFile's refusal, in the language installed (criteria's Messages; the code is file.missing).
    EXPECT_TRUE(error.contains(QStringLiteral("missing.key: ") + Message("InputFile", "no such file").text())) << error.toStdString();
    EXPECT_FALSE(SigningIdentity::load(QStringLiteral("/dev/zero"), f.pki(QStringLiteral("lab.pem")), {}, {}, &error)); // never ends
    EXPECT_TRUE(error.contains(QStringLiteral("/dev/zero: ") + Message("InputFile", "this is a device, pipe or socket, not a file").text()))
        << error.toStdString();
    EXPECT_FALSE(SigningIdentity::load(f.pki(QStringLiteral("ca.pem")), f.pki(QStringLiteral("ca.pem")), {}, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a PEM private key"))) << error.toStdString();
    EXPECT_TRUE(findProblem(Certificate::readPem(f.pki(QStringLiteral("manufacturer.key"))).problems(), u"signing.no-certificate"));
    EXPECT_TRUE(findProblem(Certificate::readPem(f.pki(QStringLiteral("missing.pem"))).problems(), u"file.missing"));
}
