#include "ReportFixture.h"

#include "reports/DemoPki.h"

#include "TestClock.h"

#include <QFile>
#include <QTemporaryDir>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

TEST(DemoPki, SignersChainToTheCaAndSayDemo)
{
    ReportFixture& f = ReportFixture::instance();
    const Result<QList<Certificate>> ca = Certificate::readPem(f.pki(QStringLiteral("ca.pem")));
    ASSERT_TRUE(ca.ok());
    ASSERT_EQ(ca->size(), 1);
    X509_STORE* store = X509_STORE_new();
    X509_STORE_add_cert(store, ca->first().get());
    for (const QString& role : DemoPki::roles()) {
        const SigningIdentity id = f.identity(role);
        EXPECT_TRUE(id.subject().contains(QStringLiteral("DEMO"))) << role.toStdString();
        X509_STORE_CTX* ctx = X509_STORE_CTX_new();
        X509_STORE_CTX_init(ctx, store, id.certificate(), nullptr);
        X509_STORE_CTX_set_time(ctx, 0, time_t(testNow().toSecsSinceEpoch())); // the instant the fixture's PKI was made at
        EXPECT_EQ(X509_verify_cert(ctx), 1) << role.toStdString();
        X509_STORE_CTX_free(ctx);
        EXPECT_TRUE(X509_get_key_usage(id.certificate()) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
        EXPECT_FALSE(X509_check_ca(id.certificate()));
    }
    X509_STORE_free(store);
}

TEST(DemoPki, TheTimestampingAuthoritySignsWithAnEcdsaP256KeyUnderTheRsaCa)
{
    ReportFixture& f = ReportFixture::instance();
    const SigningIdentity tsa = f.identity(QStringLiteral("tsa"));
    EXPECT_EQ(EVP_PKEY_get_base_id(tsa.key()), EVP_PKEY_EC);
    EXPECT_EQ(EVP_PKEY_get_bits(tsa.key()), 256);
    EXPECT_EQ(X509_get_extended_key_usage(tsa.certificate()), uint32_t(XKU_TIMESTAMP));
    ASSERT_EQ(tsa.chain().size(), 1);
    EXPECT_EQ(X509_verify(tsa.certificate(), X509_get0_pubkey(tsa.chain().constFirst().get())), 1); // the CA (RSA) issued it
    EXPECT_EQ(EVP_PKEY_get_base_id(X509_get0_pubkey(tsa.chain().constFirst().get())), EVP_PKEY_RSA);
}

namespace {

QString extension(X509* certificate, int nid)
{
    const int at = X509_get_ext_by_NID(certificate, nid, -1);
    if (at < 0)
        return {};
    BIO* bio = BIO_new(BIO_s_mem());
    X509V3_EXT_print(bio, X509_get_ext(certificate, at), 0, 0);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QString text = QString::fromLatin1(data, int(size));
    BIO_free(bio);
    return text;
}

} // namespace

TEST(DemoPki, AnOcspResponderACrlAndTheCasIndexAndTheSignersNameThemOnTheLoopbackPortGiven)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(DemoPki::create(dir.path(), testNow(), &error, 9401)) << error.toStdString();
    const auto identity = [&](const QString& name) {
        QString e;
        std::optional<SigningIdentity> id = SigningIdentity::load(dir.filePath(name + QStringLiteral(".key")),
            dir.filePath(name + QStringLiteral(".pem")), dir.filePath(QStringLiteral("ca.pem")), {}, &e);
        if (!id)
            throw std::runtime_error(e.toStdString());
        return std::move(*id);
    };
    const SigningIdentity responder = identity(QStringLiteral("ocsp"));
    EXPECT_TRUE(X509_get_extended_key_usage(responder.certificate()) & XKU_OCSP_SIGN);
    EXPECT_FALSE(X509_get_extended_key_usage(responder.certificate()) & XKU_SMIME); // it signs answers, not reports
    EXPECT_GE(X509_get_ext_by_NID(responder.certificate(), NID_id_pkix_OCSP_noCheck, -1), 0);
    EXPECT_TRUE(extension(responder.certificate(), NID_info_access).isEmpty());
    for (const QString& role : DemoPki::roles()) {
        const SigningIdentity signer = identity(role);
        EXPECT_TRUE(extension(signer.certificate(), NID_info_access).contains(QStringLiteral("OCSP - URI:http://127.0.0.1:9401/")));
        EXPECT_TRUE(extension(signer.certificate(), NID_crl_distribution_points).contains(QStringLiteral("URI:http://127.0.0.1:9402/ca.crl")));
    }
    QFile crlFile(dir.filePath(QStringLiteral("ca.crl")));
    ASSERT_TRUE(crlFile.open(QIODevice::ReadOnly));
    const QByteArray pem = crlFile.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509_CRL* crl = PEM_read_bio_X509_CRL(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    ASSERT_TRUE(crl);
    const SigningIdentity manufacturer = identity(QStringLiteral("manufacturer"));
    EXPECT_EQ(X509_CRL_verify(crl, X509_get0_pubkey(manufacturer.chain().constFirst().get())), 1);
    EXPECT_LE(sk_X509_REVOKED_num(X509_CRL_get_REVOKED(crl)), 0); // none listed (OpenSSL: -1 for no list at all)
    X509_CRL_free(crl);
    QFile index(dir.filePath(QStringLiteral("index.txt")));
    ASSERT_TRUE(index.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = index.readAll().split('\n');
    ASSERT_EQ(lines.size(), 6); // three signers, the time-stamp authority, the responder, and the end of the last line
    EXPECT_TRUE(lines[0].startsWith("V\t")) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains("\t\t02\tunknown\t/C=JP/O=Miraisense Co., Ltd./CN=DEMO Manufacturer signer")) << lines[0].toStdString();
    EXPECT_TRUE(lines[3].contains("\t\t05\tunknown\t/C=JP/O=StarMark demo PKI")) << lines[3].toStdString();
    EXPECT_TRUE(lines[4].contains("\t\t06\tunknown\t/C=JP/O=StarMark demo PKI/CN=StarMark DEMO OCSP responder")) << lines[4].toStdString();

    ASSERT_TRUE(DemoPki::addSigner(dir.path(), QStringLiteral("acme"), QStringLiteral("Acme"), {}, testNow(), &error));
    index.seek(0);
    EXPECT_EQ(index.readAll().count('\n'), 6); // the added signer is in the index too
}
