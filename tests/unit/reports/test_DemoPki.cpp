#include "ReportFixture.h"

#include "reports/DemoPki.h"

#include "TestClock.h"

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
