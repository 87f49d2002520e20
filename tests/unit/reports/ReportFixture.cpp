#include "ReportFixture.h"

#include "evaluators/DeclarationReader.h"
#include "reports/DemoPki.h"
#include "reports/PdfSigner.h"
#include "reports/SignedReport.h"

#include "FixedClock.h"
#include "TestClock.h"

#include <QFile>

#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <gtest/gtest.h>

namespace starmark::test {
namespace {

std::unique_ptr<AssessmentFile> importDemo(ReportFixture& f, const char* demo)
{
    const DeclarationReader::Result read = DeclarationReader::readFile(
        QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/demo/%1/declaration.yaml").arg(QLatin1String(demo)), *f.library);
    if (!read.assessment)
        throw std::runtime_error("the demo does not read");
    const FixedClock clock(testNow());
    QString error;
    auto file = AssessmentFile::create(f.dir.filePath(QLatin1String(demo) + QStringLiteral(".starmark")), *read.assessment,
        f.library->chain(*f.library->find(read.assessment->catalog)), QStringLiteral("test"), clock, &error);
    if (!file)
        throw std::runtime_error(error.toStdString());
    return file;
}

template <typename T>
QByteArray derOf(const T* value, int (*encode)(const T*, unsigned char**))
{
    unsigned char* der = nullptr;
    const int length = encode(value, &der);
    QByteArray out(reinterpret_cast<const char*>(der), std::max(length, 0));
    OPENSSL_free(der);
    return out;
}

} // namespace

ReportFixture& ReportFixture::instance()
{
    static ReportFixture* fixture = [] {
        auto* f = new ReportFixture;
        f->library.emplace(CatalogLibrary::load({QStringLiteral(STARMARK_SOURCE_SHARE_DIR "/catalogs/jc-star")}));
        QString error;
        if (!DemoPki::create(f->dir.filePath(QStringLiteral("pki")), testNow(), &error))
            throw std::runtime_error(error.toStdString());
        f->camera = importDemo(*f, "camera-star1");
        f->router = importDemo(*f, "router-star3");
        return f;
    }();
    return *fixture;
}

QString ReportFixture::pki(const QString& file) const
{
    return dir.filePath(QStringLiteral("pki/") + file);
}

SigningIdentity ReportFixture::identity(const QString& role) const
{
    QString error;
    std::optional<SigningIdentity> id = SigningIdentity::load(
        pki(role + QStringLiteral(".key")), pki(role + QStringLiteral(".pem")), pki(QStringLiteral("ca.pem")), {}, &error);
    if (!id)
        throw std::runtime_error(error.toStdString());
    return std::move(*id);
}

QList<const Catalog*> ReportFixture::chain(const AssessmentFile& file) const
{
    return library->chain(*library->find(file.load(nullptr)->catalog));
}

QByteArray ReportFixture::signedCameraReport() const
{
    static const QByteArray pdf = [this] {
        QString error;
        const std::optional<QByteArray> made
            = SignedReport::make(*camera, chain(*camera), identity(), {Language::Japanese, testNow()}, &error);
        if (!made)
            throw std::runtime_error(error.toStdString());
        return *made;
    }();
    return pdf;
}

ValidationData ReportFixture::validationData(const QList<QByteArray>& crls, const QList<QByteArray>& ocsp) const
{
    ValidationData data;
    const SigningIdentity signer = identity();
    for (X509* c : {signer.certificate(), signer.chain().constFirst().get()}) {
        unsigned char* out = nullptr;
        const int length = i2d_X509(c, &out);
        data.certificates.append(QByteArray(reinterpret_cast<const char*>(out), length));
        OPENSSL_free(out);
    }
    data.crls = crls;
    data.ocspResponses = ocsp;
    return data;
}

QByteArray ReportFixture::crl(const QList<long>& revoked, const QString& signer, QDateTime issued) const
{
    if (!issued.isValid())
        issued = testNow();
    const SigningIdentity ca = identity(signer == QLatin1String("ca") ? QStringLiteral("manufacturer") : signer);
    QFile keyFile(pki(signer + QStringLiteral(".key")));
    keyFile.open(QIODevice::ReadOnly);
    const QByteArray keyPem = keyFile.readAll();
    BIO* bio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    X509_CRL* crl = X509_CRL_new();
    X509_CRL_set_version(crl, 1);
    X509_CRL_set_issuer_name(crl, X509_get_subject_name(ca.chain().constFirst().get()));
    ASN1_TIME* when = ASN1_TIME_set(nullptr, time_t(issued.toSecsSinceEpoch()));
    X509_CRL_set1_lastUpdate(crl, when);
    for (const long serial : revoked) {
        X509_REVOKED* entry = X509_REVOKED_new();
        ASN1_INTEGER* number = ASN1_INTEGER_new();
        ASN1_INTEGER_set(number, serial);
        X509_REVOKED_set_serialNumber(entry, number);
        X509_REVOKED_set_revocationDate(entry, when);
        X509_CRL_add0_revoked(crl, entry);
        ASN1_INTEGER_free(number);
    }
    X509_CRL_sort(crl);
    X509_CRL_sign(crl, key, EVP_sha256());
    const QByteArray out = derOf(crl, i2d_X509_CRL);
    ASN1_TIME_free(when);
    X509_CRL_free(crl);
    EVP_PKEY_free(key);
    return out;
}

QByteArray ReportFixture::ocspResponse(const QString& role, bool revoked, const QString& responder, QDateTime issued) const
{
    if (!issued.isValid())
        issued = testNow();
    const SigningIdentity subject = identity(role);
    const SigningIdentity signer = identity(responder);
    X509* issuer = subject.chain().constFirst().get();
    OCSP_BASICRESP* basic = OCSP_BASICRESP_new();
    ASN1_TIME* when = ASN1_TIME_set(nullptr, time_t(issued.toSecsSinceEpoch()));
    OCSP_basic_add1_status(basic, OCSP_cert_to_id(EVP_sha1(), subject.certificate(), issuer),
        revoked ? V_OCSP_CERTSTATUS_REVOKED : V_OCSP_CERTSTATUS_GOOD, OCSP_REVOKED_STATUS_KEYCOMPROMISE, revoked ? when : nullptr, when,
        nullptr);
    OCSP_basic_sign(basic, signer.certificate(), signer.key(), EVP_sha256(), nullptr, 0);
    // OCSP_basic_sign stamps producedAt with the real clock, which a test never reads: the
    // response is dated at the test's instant and signed again over its data as it is then.
    ASN1_GENERALIZEDTIME_set(const_cast<ASN1_GENERALIZEDTIME*>(OCSP_resp_get0_produced_at(basic)), time_t(issued.toSecsSinceEpoch()));
    unsigned char* data = nullptr;
    const int dataLength = i2d_OCSP_RESPDATA(const_cast<OCSP_RESPDATA*>(OCSP_resp_get0_respdata(basic)), &data);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    size_t signatureLength = 0;
    EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, signer.key());
    EVP_DigestSign(context, nullptr, &signatureLength, data, size_t(dataLength));
    QByteArray value(qsizetype(signatureLength), '\0');
    EVP_DigestSign(context, reinterpret_cast<unsigned char*>(value.data()), &signatureLength, data, size_t(dataLength));
    EVP_MD_CTX_free(context);
    OPENSSL_free(data);
    ASN1_BIT_STRING_set(const_cast<ASN1_OCTET_STRING*>(OCSP_resp_get0_signature(basic)), reinterpret_cast<unsigned char*>(value.data()),
        int(signatureLength));
    OCSP_RESPONSE* response = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic);
    const QByteArray out = derOf(response, i2d_OCSP_RESPONSE);
    OCSP_RESPONSE_free(response);
    OCSP_BASICRESP_free(basic);
    ASN1_TIME_free(when);
    return out;
}

QByteArray ReportFixture::signatureOf(const QByteArray& pdf)
{
    return PdfSigner::lastSignatureContents(pdf).value_or(QByteArray());
}

std::string describe(const Problems& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out << p.code + QStringLiteral(": ") + p.message.text(Language::English);
    return out.join(QStringLiteral(" | ")).toStdString();
}

} // namespace starmark::test
