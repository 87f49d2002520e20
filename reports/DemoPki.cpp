#include "reports/DemoPki.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <functional>
#include <memory>

namespace starmark {
namespace {

struct Free {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
    void operator()(X509* c) const { X509_free(c); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Certificate = std::unique_ptr<X509, Free>;

Key newKey()
{
    return Key(EVP_RSA_gen(2048));
}

void addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    if (X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value)) {
        X509_add_ext(certificate, extension, -1);
        X509_EXTENSION_free(extension);
    }
}

struct Subject {
    QString organisation;
    QString commonName;
    QList<SignerRole::Role> roles;
    quint16 revocationPort = 0; // 0: no AIA or CDP
    bool ocspResponder = false;
};

Certificate issue(
    EVP_PKEY* key, const Subject& subject, X509* issuer, EVP_PKEY* issuerKey, long serial, const QDateTime& now, bool authority)
{
    Certificate c(X509_new());
    X509_set_version(c.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(c.get()), serial);
    time_t start = time_t(now.toSecsSinceEpoch());
    X509_time_adj_ex(X509_getm_notBefore(c.get()), -1, 0, &start);
    X509_time_adj_ex(X509_getm_notAfter(c.get()), authority ? 3650 : 1095, 0, &start);
    X509_set_pubkey(c.get(), key);
    X509_NAME* name = X509_get_subject_name(c.get());
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("JP"), -1, -1, 0);
    const QByteArray o = subject.organisation.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(o.constData()), -1, -1, 0);
    const QByteArray cn = subject.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509* issuerCertificate = issuer ? issuer : c.get();
    X509_set_issuer_name(c.get(), X509_get_subject_name(issuerCertificate));
    addExtension(c.get(), issuerCertificate, NID_subject_key_identifier, "hash");
    if (authority) {
        addExtension(c.get(), issuerCertificate, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(c.get(), issuerCertificate, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else if (subject.ocspResponder) {
        addExtension(c.get(), issuerCertificate, NID_authority_key_identifier, "keyid:always");
        addExtension(c.get(), issuerCertificate, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(c.get(), issuerCertificate, NID_key_usage, "critical,digitalSignature");
        addExtension(c.get(), issuerCertificate, NID_ext_key_usage, "OCSPSigning");
        // RFC 6960 4.2.2.2.1: the responder's own certificate is not checked for revocation.
        addExtension(c.get(), issuerCertificate, NID_id_pkix_OCSP_noCheck, "ignored");
    } else {
        addExtension(c.get(), issuerCertificate, NID_authority_key_identifier, "keyid:always");
        addExtension(c.get(), issuerCertificate, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(c.get(), issuerCertificate, NID_key_usage, "critical,digitalSignature,nonRepudiation");
        // NSS (behind pdfsig) checks signers for the e-mail signer usage; StarMark for the role.
        QByteArray usages = "emailProtection,1.3.6.1.5.5.7.3.36";
        for (const SignerRole::Role role : subject.roles)
            usages += ',' + SignerRole::oid(role);
        addExtension(c.get(), issuerCertificate, NID_ext_key_usage, usages.constData());
        if (subject.revocationPort) {
            const QByteArray ocsp = "OCSP;URI:http://127.0.0.1:" + QByteArray::number(subject.revocationPort) + '/';
            const QByteArray crl = "URI:http://127.0.0.1:" + QByteArray::number(subject.revocationPort + 1) + "/ca.crl";
            addExtension(c.get(), issuerCertificate, NID_info_access, ocsp.constData());
            addExtension(c.get(), issuerCertificate, NID_crl_distribution_points, crl.constData());
        }
    }
    X509_sign(c.get(), issuerKey ? issuerKey : key, EVP_sha256());
    return c;
}

// The demo time-stamp authority's certificate: RFC 3161 2.3 asks for the timeStamping
// EKU alone, critical. It outlives the signers (the CA's ten years) because a B-T
// report is checked with the TSA trusted now, years after its signer's end.
Certificate issueTimestamping(EVP_PKEY* key, X509* ca, EVP_PKEY* caKey, long serial, const QDateTime& now)
{
    Certificate c = issue(key, {QStringLiteral("StarMark demo PKI"), QStringLiteral("StarMark DEMO Time-Stamping Authority"), {}}, ca,
        caKey, serial, now, false);
    X509_EXTENSION_free(X509_delete_ext(c.get(), X509_get_ext_by_NID(c.get(), NID_ext_key_usage, -1)));
    addExtension(c.get(), ca, NID_ext_key_usage, "critical,timeStamping");
    time_t start = time_t(now.toSecsSinceEpoch());
    X509_time_adj_ex(X509_getm_notAfter(c.get()), 3650, 0, &start);
    X509_sign(c.get(), caKey, EVP_sha256());
    return c;
}

bool writePem(const QString& path, const std::function<int(BIO*)>& write, bool secret, QString* error)
{
    BIO* bio = BIO_new(BIO_s_mem());
    write(bio);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(data, size) == size
        && (!secret || file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) && file.commit();
    BIO_free(bio);
    if (!ok && error)
        *error = QStringLiteral("cannot write %1 (%2)").arg(path, file.errorString());
    return ok;
}

bool writeSigner(const QDir& dir, const QString& name, EVP_PKEY* key, X509* certificate, QString* error)
{
    return writePem(
               dir.filePath(name + QStringLiteral(".pem")), [&](BIO* b) { return PEM_write_bio_X509(b, certificate); }, false, error)
        && writePem(
            dir.filePath(name + QStringLiteral(".key")),
            [&](BIO* b) { return PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr); }, true, error);
}

// A line of `openssl ca`'s index (what `openssl ocsp -index` answers from): valid, its end, its serial, its subject.
QByteArray indexLine(X509* certificate)
{
    tm end{};
    ASN1_TIME_to_tm(X509_get0_notAfter(certificate), &end);
    char when[16];
    std::strftime(when, sizeof when, "%y%m%d%H%M%SZ", &end);
    BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr);
    char* hex = BN_bn2hex(serial);
    QByteArray serialHex(hex);
    OPENSSL_free(hex);
    BN_free(serial);
    if (serialHex.size() % 2)
        serialHex.prepend('0');
    char* subject = X509_NAME_oneline(X509_get_subject_name(certificate), nullptr, 0);
    const QByteArray line = "V\t" + QByteArray(when) + "\t\t" + serialHex + "\tunknown\t" + QByteArray(subject) + '\n';
    OPENSSL_free(subject);
    return line;
}

bool appendIndex(const QDir& dir, const QByteArray& lines, QString* error)
{
    QFile index(dir.filePath(QStringLiteral("index.txt")));
    const bool ok = index.open(QIODevice::Append) && index.write(lines) == lines.size();
    if (!ok && error)
        *error = QStringLiteral("cannot write %1 (%2)").arg(index.fileName(), index.errorString());
    return ok;
}

// An empty CRL of the CA, valid for 30 days from `now`.
bool writeCrl(const QDir& dir, X509* ca, EVP_PKEY* caKey, const QDateTime& now, QString* error)
{
    X509_CRL* crl = X509_CRL_new();
    X509_CRL_set_version(crl, 1);
    X509_CRL_set_issuer_name(crl, X509_get_subject_name(ca));
    ASN1_TIME* last = ASN1_TIME_set(nullptr, time_t(now.toSecsSinceEpoch()));
    ASN1_TIME* next = ASN1_TIME_set(nullptr, time_t(now.addDays(30).toSecsSinceEpoch()));
    X509_CRL_set1_lastUpdate(crl, last);
    X509_CRL_set1_nextUpdate(crl, next);
    ASN1_TIME_free(last);
    ASN1_TIME_free(next);
    X509_CRL_sign(crl, caKey, EVP_sha256());
    const bool ok = writePem(
        dir.filePath(QStringLiteral("ca.crl")), [&](BIO* b) { return PEM_write_bio_X509_CRL(b, crl); }, false, error);
    X509_CRL_free(crl);
    return ok;
}

} // namespace

QString DemoPki::organisation(SignerRole::Role role)
{
    // The names the bundled demos give: share/demo/camera-star1 (manufacturer), share/demo/router-star3 (lab).
    static const char* names[] = {"Miraisense Co., Ltd.", "株式会社セキュア評価研究所", "StarMark DEMO Certification Body"};
    return QString::fromUtf8(names[int(role)]);
}

QStringList DemoPki::roles()
{
    return {QStringLiteral("manufacturer"), QStringLiteral("lab"), QStringLiteral("certification-body")};
}

bool DemoPki::create(const QString& folder, const QDateTime& now, QString* error, quint16 revocationPort)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    const QDir dir(folder);
    Key caKey = newKey();
    Certificate ca
        = issue(caKey.get(), {QStringLiteral("StarMark demo PKI"), QStringLiteral("StarMark DEMO Root CA - not for production use"), {}},
            nullptr, nullptr, 1, now, true);
    bool ok = writePem(
                  dir.filePath(QStringLiteral("ca.pem")), [&](BIO* b) { return PEM_write_bio_X509(b, ca.get()); }, false, error)
        && writePem(
            dir.filePath(QStringLiteral("ca.key")),
            [&](BIO* b) { return PEM_write_bio_PrivateKey(b, caKey.get(), nullptr, nullptr, 0, nullptr, nullptr); }, true, error);
    const QStringList names{QStringLiteral("DEMO Manufacturer signer"), QStringLiteral("DEMO Evaluation Lab signer"),
        QStringLiteral("DEMO Certification Body signer")};
    long serial = 2;
    QByteArray index;
    for (int i = 0; ok && i < roles().size(); ++i) {
        Key key = newKey();
        const SignerRole::Role role = SignerRole::all[i];
        Certificate c
            = issue(key.get(), {organisation(role), names[i], {role}, revocationPort}, ca.get(), caKey.get(), serial++, now, false);
        ok = writeSigner(dir, roles()[i], key.get(), c.get(), error);
        index += indexLine(c.get());
    }
    // The time-stamp authority's key: ECDSA P-256, whose signature costs a tenth of an
    // RSA-2048 one, so that a B-T signature waits less on the authority.
    if (ok) {
        Key key(EVP_EC_gen("P-256"));
        Certificate tsa = issueTimestamping(key.get(), ca.get(), caKey.get(), serial++, now);
        ok = writeSigner(dir, QStringLiteral("tsa"), key.get(), tsa.get(), error);
        index += indexLine(tsa.get());
    }
    if (ok) {
        Key key = newKey();
        Certificate c = issue(key.get(), {QStringLiteral("StarMark demo PKI"), QStringLiteral("StarMark DEMO OCSP responder"), {}, 0, true},
            ca.get(), caKey.get(), serial++, now, false);
        ok = writeSigner(dir, QStringLiteral("ocsp"), key.get(), c.get(), error);
        index += indexLine(c.get());
    }
    ok = ok && writeCrl(dir, ca.get(), caKey.get(), now, error)
        && writePem(
            dir.filePath(QStringLiteral("index.txt")), [&](BIO* b) { return BIO_write(b, index.constData(), int(index.size())); }, false,
            error);
    // The certification body's label key: ECDSA P-256, compact enough for a QR code.
    if (ok) {
        Key label(EVP_EC_gen("P-256"));
        ok = writePem(
                 dir.filePath(QStringLiteral("label-issuer.key")),
                 [&](BIO* b) { return PEM_write_bio_PrivateKey(b, label.get(), nullptr, nullptr, 0, nullptr, nullptr); }, true, error)
            && writePem(
                dir.filePath(QStringLiteral("label-issuer.pub.pem")), [&](BIO* b) { return PEM_write_bio_PUBKEY(b, label.get()); }, false,
                error);
    }
    return ok;
}

bool DemoPki::addSigner(const QString& folder, const QString& name, const QString& organisation, const QList<SignerRole::Role>& roles,
    const QDateTime& now, QString* error)
{
    const QDir dir(folder);
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]*$"));
    if (!plain.match(name).hasMatch())
        return fail(QStringLiteral("'%1' is not a plain file name (letters, digits, - and _)").arg(name));
    QFile caFile(dir.filePath(QStringLiteral("ca.pem")));
    QFile caKeyFile(dir.filePath(QStringLiteral("ca.key")));
    if (!caFile.open(QIODevice::ReadOnly) || !caKeyFile.open(QIODevice::ReadOnly))
        return fail(
            QStringLiteral("%1: no ca.pem and ca.key to issue from; make the demo PKI first (starmark keys demo-pki %1)").arg(folder));
    const QByteArray caPem = caFile.readAll();
    const QByteArray caKeyPem = caKeyFile.readAll();
    BIO* bio = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
    Certificate ca(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    bio = BIO_new_mem_buf(caKeyPem.constData(), int(caKeyPem.size()));
    Key caKey(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    if (!ca || !caKey)
        return fail(QStringLiteral("%1: ca.pem or ca.key is not PEM").arg(folder));
    Key key = newKey();
    // Serials of one CA must differ: the demo's own signers have 2 to 4, the added ones are random.
    unsigned char random[4] = {};
    RAND_bytes(random, sizeof random);
    const long serial = 1000 + long((random[0] << 24 | random[1] << 16 | random[2] << 8 | random[3]) & 0x3fffffff);
    Certificate c
        = issue(key.get(), {organisation, QStringLiteral("DEMO %1 signer").arg(name), roles}, ca.get(), caKey.get(), serial, now, false);
    return writeSigner(dir, name, key.get(), c.get(), error) && appendIndex(dir, indexLine(c.get()), error);
}

} // namespace starmark
