#include "ReportFixture.h"

#include "TestClock.h"

#include "reports/DemoPki.h"
#include "reports/ValidationData.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <openssl/cms.h>
#include <openssl/pem.h>

#include <gtest/gtest.h>

using namespace starmark;
using namespace starmark::test;

namespace {

QString written(QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

QByteArray der(X509* certificate)
{
    unsigned char* out = nullptr;
    const int length = i2d_X509(certificate, &out);
    QByteArray bytes(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return bytes;
}

// The fixture's demo PKI names a loopback port nobody listens on: no answer from the network.
const ValidationData::Sources offline(const QStringList& ocsp, const QStringList& crls)
{
    return {ocsp, crls, 2000};
}

// A loopback port certainly closed: taken, then given back.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// `role`'s identity in a fresh demo PKI in `folder`, whose certificates name `port`.
SigningIdentity demoIdentity(const QString& folder, const QString& role, quint16 port)
{
    QString error;
    if (!DemoPki::create(folder, testNow(), &error, port))
        throw std::runtime_error(error.toStdString());
    std::optional<SigningIdentity> id = SigningIdentity::load(folder + QLatin1Char('/') + role + QStringLiteral(".key"),
        folder + QLatin1Char('/') + role + QStringLiteral(".pem"), folder + QStringLiteral("/ca.pem"), {}, &error);
    if (!id)
        throw std::runtime_error(error.toStdString());
    return std::move(*id);
}

// A CMS signature by `identity` with its chain, over any bytes (DER).
QByteArray cmsBy(const SigningIdentity& identity, unsigned flags)
{
    STACK_OF(X509)* chain = sk_X509_new_null();
    sk_X509_push(chain, identity.chain().constFirst().get());
    BIO* bytes = BIO_new_mem_buf("x", 1);
    CMS_ContentInfo* cms = CMS_sign(identity.certificate(), identity.key(), chain, bytes, flags);
    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &out);
    const QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    CMS_ContentInfo_free(cms);
    BIO_free(bytes);
    sk_X509_free(chain);
    return der;
}

} // namespace

TEST(ValidationData, TheSignersChainWithTheCrlGivenAndTheRootLeftUnchecked)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir dir;
    const QString crl = written(dir, QStringLiteral("ca.crl"), f.crl({3}));
    const Result<ValidationData> data
        = ValidationData::gather(ReportFixture::signatureOf(f.signedCameraReport()), offline({}, {crl}));
    ASSERT_TRUE(data.ok()) << describe(data.problems());
    const SigningIdentity signer = f.identity();
    EXPECT_EQ(data->certificates, (QList<QByteArray>{der(signer.certificate()), der(signer.chain().constFirst().get())}));
    EXPECT_EQ(data->crls, QList<QByteArray>{f.crl({3})});
    EXPECT_TRUE(data->ocspResponses.isEmpty());
    ASSERT_EQ(data->covered.size(), 1);
    EXPECT_TRUE(data->covered.first().fromFile);
    EXPECT_EQ(data->covered.first().source, RevocationStatus::Source::Crl);
}

TEST(ValidationData, AnOcspResponseGivenIsUsedAndOnlyTheOneThatAnswers)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir dir;
    const QString lab = written(dir, QStringLiteral("lab.der"), f.ocspResponse(QStringLiteral("lab"), false));
    const QString mine = written(dir, QStringLiteral("manufacturer.der"), f.ocspResponse(QStringLiteral("manufacturer"), false));
    const Result<ValidationData> data
        = ValidationData::gather(ReportFixture::signatureOf(f.signedCameraReport()), offline({lab, mine}, {}));
    ASSERT_TRUE(data.ok()) << describe(data.problems());
    EXPECT_EQ(data->ocspResponses, QList<QByteArray>{f.ocspResponse(QStringLiteral("manufacturer"), false)});
}

// Issue 16: a certificate with no revocation data reachable is an error with --ltv.
TEST(ValidationData, NothingReachableIsAnErrorThatNamesTheCertificateAndWhatWasTried)
{
    const quint16 port = closedPort();
    QTemporaryDir dir;
    // A CMS as PdfSigner makes it.
    const QByteArray signature = cmsBy(
        demoIdentity(dir.filePath(QStringLiteral("pki")), QStringLiteral("manufacturer"), port), CMS_DETACHED | CMS_BINARY | CMS_CADES);

    const Result<ValidationData> none = ValidationData::gather(signature, offline({}, {}));
    ASSERT_FALSE(none.ok());
    const Problem* p = findProblem(none.problems(), QStringLiteral("ltv.no-revocation-data"));
    ASSERT_TRUE(p) << describe(none.problems());
    EXPECT_EQ(p->severity, Problem::Severity::Invalid);
    const QString text = p->message.text(Language::English);
    EXPECT_TRUE(text.contains(QStringLiteral("DEMO Manufacturer signer"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("http://127.0.0.1:%1/").arg(port))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("http://127.0.0.1:%1/ca.crl").arg(port + 1))) << text.toStdString();
}

// A manufacturer revoked since hands over an old "good" it kept: it does not cover the signature.
TEST(ValidationData, AnOldGoodAnswerGivenByFileDoesNotCoverTheSignature)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir dir;
    const QString old = written(dir, QStringLiteral("old.der"),
        f.ocspResponse(QStringLiteral("manufacturer"), false, QStringLiteral("ocsp"), testNow().addSecs(-12 * 3600)));
    const Result<ValidationData> data = ValidationData::gather(ReportFixture::signatureOf(f.signedCameraReport()), offline({old}, {}));
    ASSERT_FALSE(data.ok());
    EXPECT_TRUE(findProblem(data.problems(), QStringLiteral("ltv.no-revocation-data"))) << describe(data.problems());
}

TEST(ValidationData, ARevokedSignerIsRefused)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir dir;
    const QString crl = written(dir, QStringLiteral("revoked.crl"), f.crl({2}));
    const Result<ValidationData> data
        = ValidationData::gather(ReportFixture::signatureOf(f.signedCameraReport()), offline({}, {crl}));
    ASSERT_FALSE(data.ok());
    EXPECT_TRUE(findProblem(data.problems(), QStringLiteral("ltv.certificate-revoked"))) << describe(data.problems());
}

TEST(ValidationData, AFileThatIsNotWhatItsOptionSaysIsUnusableAndNamed)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir dir;
    const QString crlAsOcsp = written(dir, QStringLiteral("ca.crl"), f.crl({}));
    const Result<ValidationData> data
        = ValidationData::gather(ReportFixture::signatureOf(f.signedCameraReport()), offline({crlAsOcsp, dir.filePath("missing")}, {}));
    ASSERT_FALSE(data.ok());
    ASSERT_EQ(data.problems().size(), 2) << describe(data.problems());
    for (const Problem& p : data.problems()) {
        EXPECT_EQ(p.code, QStringLiteral("ltv.file-unreadable"));
        EXPECT_EQ(p.severity, Problem::Severity::Unusable);
    }
    EXPECT_EQ(data.problems().first().where.file, crlAsOcsp);
    EXPECT_EQ(data.problems().last().where.file, dir.filePath("missing"));
}

// With a timestamp token in the signature (B-T), the TSA's chain is kept too.
TEST(ValidationData, TheTimestampAuthoritysChainIsKeptFromTheTokenInTheUnsignedAttributes)
{
    ReportFixture& f = ReportFixture::instance();
    QTemporaryDir dir;
    const SigningIdentity tsa = demoIdentity(dir.filePath(QStringLiteral("tsa")), QStringLiteral("certification-body"), closedPort());
    // A token is a CMS SignedData by the TSA; what it signs does not matter here.
    const QByteArray token = cmsBy(tsa, CMS_BINARY);

    const QByteArray plain = ReportFixture::signatureOf(f.signedCameraReport());
    const auto* cursor = reinterpret_cast<const unsigned char*>(plain.constData());
    CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &cursor, long(plain.size()));
    ASSERT_TRUE(cms);
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    ASN1_STRING* sequence = ASN1_STRING_new();
    ASN1_STRING_set(sequence, token.constData(), int(token.size()));
    ASSERT_EQ(CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, sequence, -1), 1);
    ASN1_STRING_free(sequence);
    unsigned char* out = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &out);
    const QByteArray stamped(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    CMS_ContentInfo_free(cms);

    const QString ourCrl = written(dir, QStringLiteral("ours.crl"), f.crl({}));
    const Result<ValidationData> without = ValidationData::gather(stamped, offline({}, {ourCrl}));
    ASSERT_FALSE(without.ok());
    const Problem* missing = findProblem(without.problems(), QStringLiteral("ltv.no-revocation-data"));
    ASSERT_TRUE(missing) << describe(without.problems());
    EXPECT_TRUE(missing->message.text(Language::English).contains(QStringLiteral("DEMO Certification Body signer")));

    const Result<ValidationData> with
        = ValidationData::gather(stamped, offline({}, {ourCrl, dir.filePath(QStringLiteral("tsa/ca.crl"))}));
    ASSERT_TRUE(with.ok()) << describe(with.problems());
    EXPECT_EQ(with->certificates.size(), 4); // signer, our CA, the TSA, its CA
    EXPECT_TRUE(with->certificates.contains(der(tsa.certificate())));
    EXPECT_TRUE(with->certificates.contains(der(tsa.chain().constFirst().get())));
    EXPECT_EQ(with->crls.size(), 2);
    EXPECT_EQ(with->covered.size(), 2);
}

// A hostile or broken responder at the AIA: an endless answer is cut at 1 MiB, a silent one
// at the timeout; either is named, and nothing it sent is kept.
TEST(ValidationData, AResponderThatFloodsOrStallsIsCutOffAndNamed)
{
    QTcpServer responder;
    ASSERT_TRUE(responder.listen(QHostAddress::LocalHost, 0));
    bool flood = true;
    QObject::connect(&responder, &QTcpServer::newConnection, [&] {
        QTcpSocket* socket = responder.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (flood) {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: application/ocsp-response\r\nContent-Length: 3000000\r\n\r\n");
            socket->write(QByteArray(3000000, '\x30'));
        }
    });
    QTemporaryDir dir;
    const QByteArray signature = cmsBy(demoIdentity(dir.filePath(QStringLiteral("pki")), QStringLiteral("manufacturer"),
                                           responder.serverPort()),
        CMS_DETACHED | CMS_BINARY | CMS_CADES);
    const QString address = QStringLiteral("http://127.0.0.1:%1/").arg(responder.serverPort());

    const Result<ValidationData> flooded = ValidationData::gather(signature, {{}, {}, 5000});
    const Problem* cut = findProblem(flooded.problems(), QStringLiteral("ltv.no-revocation-data"));
    ASSERT_TRUE(cut) << describe(flooded.problems());
    EXPECT_TRUE(cut->message.text(Language::English).contains(address + QStringLiteral(": the answer is larger than 1048576 bytes")))
        << cut->message.text(Language::English).toStdString();

    flood = false;
    QElapsedTimer clock; // how long the wait lasted, not what time it is
    clock.start();
    const Result<ValidationData> stalled = ValidationData::gather(signature, {{}, {}, 300});
    EXPECT_LT(clock.elapsed(), 5000);
    const Problem* silent = findProblem(stalled.problems(), QStringLiteral("ltv.no-revocation-data"));
    ASSERT_TRUE(silent) << describe(stalled.problems());
    EXPECT_TRUE(silent->message.text(Language::English).contains(address)) << silent->message.text(Language::English).toStdString();
}
