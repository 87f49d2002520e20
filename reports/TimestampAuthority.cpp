#include "reports/TimestampAuthority.h"

#include "reports/OpenSsl.h"
#include "reports/SignerRole.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/ts.h>
#include <openssl/x509v3.h>

namespace starmark {
namespace {

struct Now {
    QDateTime at;
};

int timeOf(TS_RESP_CTX*, void* data, long* seconds, long* microseconds)
{
    const QDateTime& at = static_cast<Now*>(data)->at;
    *seconds = long(at.toSecsSinceEpoch());
    *microseconds = long(at.time().msec()) * 1000;
    return 1;
}

bool timestampingOnly(X509* certificate)
{
    if (!(X509_get_extension_flags(certificate) & EXFLAG_XKUSAGE) || X509_get_extended_key_usage(certificate) != XKU_TIMESTAMP)
        return false;
    const int at = X509_get_ext_by_NID(certificate, NID_ext_key_usage, -1);
    return at >= 0 && X509_EXTENSION_get_critical(X509_get_ext(certificate, at)) == 1;
}

} // namespace

QByteArray TimestampAuthority::policy()
{
    return QByteArray(SignerRole::arc) + ".2.1";
}

TimestampAuthority::TimestampAuthority(SigningIdentity identity, QString serialPath, quint64 serial)
    : m_identity(std::move(identity))
    , m_serialPath(std::move(serialPath))
    , m_serial(serial)
    , m_reserved(serial)
{
}

Result<TimestampAuthority> TimestampAuthority::open(const QString& keyPath, const QString& certificatePath, const QString& chainPath)
{
    QString error;
    std::optional<SigningIdentity> identity = SigningIdentity::load(keyPath, certificatePath, chainPath, {}, &error);
    if (!identity)
        return Problem::unusable(QStringLiteral("tsa.identity"), Message("TimestampAuthority", "the time-stamp authority's key or certificate cannot be used: %1").arg(Message::plain(error)));
    if (!timestampingOnly(identity->certificate()))
        return Problem::unusable(QStringLiteral("tsa.not-timestamping"),
            Message("TimestampAuthority", "%1 does not carry the timeStamping extended key usage, critical and alone (RFC 3161 2.3)")
                .arg(Message::plain(certificatePath)),
            {certificatePath});
    const QString serialPath = keyPath + QStringLiteral(".serial");
    quint64 serial = 0;
    QFile file(serialPath);
    if (file.exists()) {
        bool number = false;
        serial = file.open(QIODevice::ReadOnly) ? file.read(32).trimmed().toULongLong(&number) : 0;
        if (!number)
            return Problem::unusable(QStringLiteral("tsa.serial-unreadable"),
                Message("TimestampAuthority", "the serial number file %1 cannot be read as a number: a serial could be issued twice")
                    .arg(Message::plain(serialPath)),
                {serialPath});
    }
    return TimestampAuthority(std::move(*identity), serialPath, serial);
}

bool TimestampAuthority::nextSerial()
{
    if (m_serial == m_reserved) {
        QSaveFile file(m_serialPath);
        const QByteArray text = QByteArray::number(m_reserved + reservedAtOnce) + '\n';
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return false;
        m_reserved += reservedAtOnce;
    }
    ++m_serial;
    return true;
}

QByteArray TimestampAuthority::respond(const QByteArray& request, const QDateTime& now)
{
    TS_RESP_CTX* context = TS_RESP_CTX_new();
    TS_RESP_CTX_set_signer_cert(context, m_identity.certificate());
    TS_RESP_CTX_set_signer_key(context, m_identity.key());
    STACK_OF(X509)* chain = sk_X509_new_null();
    for (const Certificate& c : m_identity.chain())
        sk_X509_push(chain, c.get());
    TS_RESP_CTX_set_certs(context, chain); // copies
    sk_X509_free(chain);
    ASN1_OBJECT* policyOid = OBJ_txt2obj(policy().constData(), 1);
    TS_RESP_CTX_set_def_policy(context, policyOid);
    ASN1_OBJECT_free(policyOid);
    for (const EVP_MD* md : {EVP_sha256(), EVP_sha384(), EVP_sha512()})
        TS_RESP_CTX_add_md(context, md);
    TS_RESP_CTX_set_ess_cert_id_digest(context, EVP_sha256());
    TS_RESP_CTX_set_accuracy(context, 1, 0, 0);
    Now at{now};
    TS_RESP_CTX_set_time_cb(context, timeOf, &at);
    TS_RESP_CTX_set_serial_cb(
        context,
        [](TS_RESP_CTX* ctx, void* self) -> ASN1_INTEGER* {
            auto* authority = static_cast<TimestampAuthority*>(self);
            if (!authority->nextSerial()) {
                TS_RESP_CTX_set_status_info(ctx, TS_STATUS_REJECTION, "the serial number could not be stored");
                TS_RESP_CTX_add_failure_info(ctx, TS_INFO_ADD_INFO_NOT_AVAILABLE);
                return nullptr;
            }
            ASN1_INTEGER* serial = ASN1_INTEGER_new();
            ASN1_INTEGER_set_uint64(serial, authority->m_serial);
            return serial;
        },
        this);
    BIO* input = BIO_new_mem_buf(request.constData(), int(request.size()));
    TS_RESP* response = TS_RESP_create_response(context, input);
    BIO_free(input);
    unsigned char* der = nullptr;
    const int length = response ? i2d_TS_RESP(response, &der) : -1;
    QByteArray out = length > 0 ? QByteArray(reinterpret_cast<const char*>(der), length) : QByteArray();
    OPENSSL_free(der);
    TS_RESP_free(response);
    TS_RESP_CTX_free(context);
    takeOpenSslError();
    return out;
}

} // namespace starmark
