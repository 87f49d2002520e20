#include "reports/TimestampClient.h"

#include "reports/OpenSsl.h"
#include "reports/TimestampToken.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <openssl/bn.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

namespace starmark {
namespace {

Problem unusable(const char* code, const Message& message)
{
    return Problem::unusable(QString::fromLatin1(code), message);
}

} // namespace

TimestampClient::Query TimestampClient::query(const QByteArray& signatureValue, const QByteArray& nonce)
{
    const QByteArray imprint = QCryptographicHash::hash(signatureValue, QCryptographicHash::Sha256);
    TS_REQ* request = TS_REQ_new();
    TS_REQ_set_version(request, 1);
    TS_MSG_IMPRINT* message = TS_MSG_IMPRINT_new();
    X509_ALGOR* algorithm = X509_ALGOR_new();
    X509_ALGOR_set0(algorithm, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(message, algorithm);
    TS_MSG_IMPRINT_set_msg(message, reinterpret_cast<unsigned char*>(const_cast<char*>(imprint.constData())), int(imprint.size()));
    TS_REQ_set_msg_imprint(request, message);
    BIGNUM* number = BN_bin2bn(reinterpret_cast<const unsigned char*>(nonce.constData()), int(nonce.size()), nullptr);
    ASN1_INTEGER* asn1 = BN_to_ASN1_INTEGER(number, nullptr);
    TS_REQ_set_nonce(request, asn1);
    TS_REQ_set_cert_req(request, 1);
    unsigned char* der = nullptr;
    const int length = i2d_TS_REQ(request, &der);
    Query out{QByteArray(reinterpret_cast<const char*>(der), length), nonce};
    OPENSSL_free(der);
    ASN1_INTEGER_free(asn1);
    BN_free(number);
    X509_ALGOR_free(algorithm);
    TS_MSG_IMPRINT_free(message);
    TS_REQ_free(request);
    return out;
}

TimestampClient::TimestampClient(QUrl url, TrustAnchors trust, Limits limits)
    : m_url(std::move(url))
    , m_trust(std::move(trust))
    , m_limits(limits)
{
}

TimestampClient::TimestampClient(QUrl url, TrustAnchors trust)
    : TimestampClient(std::move(url), std::move(trust), Limits{})
{
}

Result<QByteArray> TimestampClient::stamp(const QByteArray& signatureValue, const QDateTime& now) const
{
    const QString where = m_url.toDisplayString();
    if (!m_url.isValid() || (m_url.scheme() != QLatin1String("http") && m_url.scheme() != QLatin1String("https")))
        return unusable("timestamp.url-invalid", Message("TimestampClient", "%1 is not an http or https URL").arg(Message::plain(where)));
    // 64 random bits, the top one set so that the nonce always has the same length.
    QByteArray nonce(8, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), int(nonce.size()));
    nonce[0] = char(nonce[0] | 0x80);
    const Query q = query(signatureValue, nonce);

    // One manager for every stamp of this client (in one thread), so that its HTTP thread
    // and its keep-alive connection to the authority outlive a request.
    if (!m_network || m_network->thread() != QThread::currentThread())
        m_network = std::make_shared<QNetworkAccessManager>();
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/timestamp-query"));
    request.setRawHeader("Accept", "application/timestamp-reply");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network->post(request, q.der);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false, tooLarge = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (reply->bytesAvailable() > m_limits.maxResponse) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_limits.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray answer = reply->isOpen() ? reply->read(m_limits.maxResponse + 1) : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString networkError = reply->errorString();
    const bool failed = reply->error() != QNetworkReply::NoError;
    delete reply;
    if (timedOut)
        return unusable("timestamp.timed-out",
            Message("TimestampClient", "the time-stamp authority %1 did not answer within %2 seconds").arg(Message::plain(where)).arg(m_limits.timeoutMs / 1000));
    if (tooLarge || answer.size() > m_limits.maxResponse)
        return unusable("timestamp.response-too-large",
            Message("TimestampClient", "the time-stamp authority %1 answered with more than %2 KiB").arg(Message::plain(where)).arg(m_limits.maxResponse / 1024));
    if (failed && status == 0)
        return unusable("timestamp.unreachable",
            Message("TimestampClient", "the time-stamp authority %1 cannot be reached (%2)").arg(Message::plain(where)).arg(Message::plain(networkError)));
    if (status != 200)
        return unusable("timestamp.http-error",
            Message("TimestampClient", "the time-stamp authority %1 answered HTTP %2").arg(Message::plain(where)).arg(status));

    const auto* bytes = reinterpret_cast<const unsigned char*>(answer.constData());
    TS_RESP* response = d2i_TS_RESP(nullptr, &bytes, long(answer.size()));
    if (!response) {
        takeOpenSslError();
        return unusable("timestamp.malformed",
            Message("TimestampClient", "the time-stamp authority %1 did not answer with a time-stamp response").arg(Message::plain(where)));
    }
    const long granted = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(response)));
    PKCS7* token = TS_RESP_get_token(response);
    unsigned char* tokenDer = nullptr;
    const int tokenLength = token ? i2d_PKCS7(token, &tokenDer) : -1;
    const QByteArray tokenBytes = tokenLength > 0 ? QByteArray(reinterpret_cast<const char*>(tokenDer), tokenLength) : QByteArray();
    OPENSSL_free(tokenDer);
    if ((granted != TS_STATUS_GRANTED && granted != TS_STATUS_GRANTED_WITH_MODS) || tokenBytes.isEmpty()) {
        TS_RESP_free(response);
        return Problem::invalid(QStringLiteral("timestamp.refused"),
            Message("TimestampClient", "the time-stamp authority %1 refused the request (status %2)").arg(Message::plain(where)).arg(granted));
    }
    // The token as parsed from the response, whose DER is what is returned: not read a second time.
    Result<TimestampToken> checked = TimestampToken::check(token, signatureValue, m_trust, now);
    TS_RESP_free(response);
    if (!checked)
        return checked.problems();
    if (checked->nonce() != q.nonce)
        return Problem::invalid(QStringLiteral("timestamp.nonce-mismatch"),
            Message("TimestampClient", "the time-stamp authority %1 answered another request (the nonce differs)").arg(Message::plain(where)));
    return tokenBytes;
}

} // namespace starmark
