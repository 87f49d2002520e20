#include "reports/ValidationData.h"

#include "reports/Certificate.h"
#include "reports/OpenSsl.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

#include <openssl/cms.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace starmark {
namespace {

QByteArray derOf(X509* certificate)
{
    unsigned char* out = nullptr;
    const int length = i2d_X509(certificate, &out);
    QByteArray der(reinterpret_cast<const char*>(out), std::max(length, 0));
    OPENSSL_free(out);
    return der;
}

bool selfSigned(X509* certificate)
{
    return X509_check_issued(certificate, certificate) == X509_V_OK;
}

// The signers of a CMS and of the timestamp tokens in its unsigned attributes, with every certificate they carry.
struct Carried {
    QDateTime signed_; // what the outer signer claims: when the status must hold
    QList<X509*> signers;
    QList<X509*> pool;
    QList<starmark::Certificate> owned;
};

void collect(CMS_ContentInfo* cms, Carried& out, int depth)
{
    STACK_OF(X509)* certificates = CMS_get1_certs(cms);
    QList<X509*> here;
    for (int i = 0; i < sk_X509_num(certificates); ++i) {
        X509* c = sk_X509_value(certificates, i);
        out.owned.append(starmark::Certificate::share(c));
        out.pool.append(c);
        here.append(c);
    }
    sk_X509_pop_free(certificates, X509_free);
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms);
    for (int i = 0; i < sk_CMS_SignerInfo_num(infos); ++i) {
        CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, i);
        if (depth == 0 && !out.signed_.isValid())
            out.signed_ = signingTimeOf(si);
        for (X509* c : here)
            if (CMS_SignerInfo_cert_cmp(si, c) == 0 && !out.signers.contains(c))
                out.signers.append(c);
        for (int at = -1; depth == 0 && (at = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, at)) >= 0;) {
            ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, at), 0);
            if (!value || value->type != V_ASN1_SEQUENCE)
                continue;
            const unsigned char* cursor = value->value.sequence->data;
            if (CMS_ContentInfo* token = d2i_CMS_ContentInfo(nullptr, &cursor, value->value.sequence->length)) {
                collect(token, out, depth + 1);
                CMS_ContentInfo_free(token);
            }
        }
    }
}

QStringList urlsOf(X509* certificate, bool ocsp)
{
    QStringList out;
    if (ocsp) {
        STACK_OF(OPENSSL_STRING)* urls = X509_get1_ocsp(certificate);
        for (int i = 0; i < sk_OPENSSL_STRING_num(urls); ++i)
            out << QString::fromLatin1(sk_OPENSSL_STRING_value(urls, i));
        X509_email_free(urls);
        return out;
    }
    auto* points = static_cast<CRL_DIST_POINTS*>(X509_get_ext_d2i(certificate, NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT* point = sk_DIST_POINT_value(points, i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, j);
            if (name->type == GEN_URI)
                out << QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(name->d.uniformResourceIdentifier)),
                    ASN1_STRING_length(name->d.uniformResourceIdentifier));
        }
    }
    sk_DIST_POINT_pop_free(points, DIST_POINT_free);
    return out;
}

// One bounded HTTP exchange: a POST when `body` is given, else a GET; no redirects.
std::optional<QByteArray> fetch(const QString& address, const QByteArray& body, int timeoutMs, Message* why)
{
    const QUrl url(address);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        *why = Message("ValidationData", "%1: not an HTTP address").arg(address);
        return std::nullopt;
    }
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply;
    if (body.isEmpty()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/ocsp-request"));
        reply = network.post(request, body);
    }
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64 total) {
        if (received > ValidationData::maxResponseBytes || total > ValidationData::maxResponseBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, reply, &QNetworkReply::abort);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    std::optional<QByteArray> out;
    if (tooLarge)
        *why = Message("ValidationData", "%1: the answer is larger than %2 bytes").arg(address).arg(ValidationData::maxResponseBytes);
    else if (reply->error() != QNetworkReply::NoError)
        *why = Message("ValidationData", "%1: %2").arg(address).arg(reply->errorString());
    else if (status != 200)
        *why = Message("ValidationData", "%1: HTTP status %2").arg(address).arg(status);
    else
        out = reply->readAll();
    delete reply;
    return out;
}

QByteArray ocspRequest(X509* certificate, X509* issuer)
{
    OCSP_REQUEST* request = OCSP_REQUEST_new();
    OCSP_CERTID* id = OCSP_cert_to_id(EVP_sha1(), certificate, issuer);
    QByteArray out;
    if (id && OCSP_request_add0_id(request, id)) {
        unsigned char* der = nullptr;
        const int length = i2d_OCSP_REQUEST(request, &der);
        out = QByteArray(reinterpret_cast<const char*>(der), std::max(length, 0));
        OPENSSL_free(der);
    } else {
        OCSP_CERTID_free(id);
    }
    OCSP_REQUEST_free(request);
    return out;
}

Problem fileProblem(const QString& path, const Message& message)
{
    return Problem::unusable(QStringLiteral("ltv.file-unreadable"), message, SourceLocation{path, 0, 0});
}

} // namespace

Result<ValidationData> ValidationData::gather(const QByteArray& cmsDer, const Sources& sources)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(cmsDer.constData());
    CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &cursor, long(cmsDer.size()));
    if (!cms) {
        takeOpenSslError();
        return Problem::invalid(QStringLiteral("ltv.not-signed"), Message("ValidationData", "the PDF's last signature is not a CMS signature"));
    }
    Carried carried;
    collect(cms, carried, 0);
    CMS_ContentInfo_free(cms);
    if (carried.signers.isEmpty())
        return Problem::invalid(
            QStringLiteral("ltv.not-signed"), Message("ValidationData", "the signature does not carry its signer's certificate"));

    Problems problems;
    // The files given: each must be an OCSP response or a CRL, whichever option named it.
    QList<QByteArray> givenOcsp, givenCrls;
    for (const bool ocsp : {true, false}) {
        for (const QString& path : ocsp ? sources.ocspResponseFiles : sources.crlFiles) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.size() > maxResponseBytes) {
                problems << fileProblem(path,
                    file.isOpen() ? Message("ValidationData", "larger than %1 bytes").arg(maxResponseBytes)
                                  : Message("ValidationData", "cannot be read (%1)").arg(file.errorString()));
                continue;
            }
            const QByteArray der = ocsp ? RevocationStatus::ocspDer(file.readAll()) : RevocationStatus::crlDer(file.readAll());
            if (der.isEmpty())
                problems << fileProblem(path,
                    ocsp ? Message("ValidationData", "not an OCSP response (DER)") : Message("ValidationData", "not a CRL (DER or PEM)"));
            else
                (ocsp ? givenOcsp : givenCrls).append(der);
        }
    }
    if (hasErrors(problems))
        return problems;

    // The status must hold when the signer says it signed (StarMark always says so).
    const QDateTime at = carried.signed_;
    if (!at.isValid())
        return Problem::invalid(
            QStringLiteral("ltv.not-signed"), Message("ValidationData", "the signature claims no signing time to check the revocation data at"));
    QList<X509*> anchors;
    for (X509* c : carried.pool)
        if (selfSigned(c))
            anchors.append(c);

    ValidationData out;
    const auto keep = [](QList<QByteArray>& list, const QByteArray& der) {
        if (!list.contains(der))
            list.append(der);
    };
    QList<X509*> checked;
    for (X509* signer : carried.signers) {
        X509* current = signer;
        for (int depth = 0; current && depth < 16; ++depth) {
            keep(out.certificates, derOf(current));
            if (selfSigned(current))
                break;
            X509* issuer = nullptr;
            for (X509* candidate : carried.pool)
                if (X509_check_issued(candidate, current) == X509_V_OK)
                    issuer = candidate;
            if (!issuer) {
                problems << Problem::invalid(QStringLiteral("ltv.issuer-missing"),
                    Message("ValidationData", "the signature does not carry the issuer of %1, so its chain cannot be kept")
                        .arg(subjectOf(current)));
                break;
            }
            if (checked.contains(current)) {
                current = issuer;
                continue;
            }
            checked.append(current);
            Covered covered{subjectOf(current), RevocationStatus::Source::None, false};
            RevocationStatus status = RevocationStatus::of(current, issuer, givenOcsp, givenCrls, anchors, at);
            if (status.state != RevocationStatus::State::Unknown) {
                covered.fromFile = true;
                keep(status.source == RevocationStatus::Source::Ocsp ? out.ocspResponses : out.crls,
                    (status.source == RevocationStatus::Source::Ocsp ? givenOcsp : givenCrls)[status.index]);
            }
            Message tried;
            for (const bool ocsp : {true, false}) {
                for (const QString& url : urlsOf(current, ocsp)) {
                    if (status.state != RevocationStatus::State::Unknown)
                        break;
                    Message why;
                    const std::optional<QByteArray> answer
                        = fetch(url, ocsp ? ocspRequest(current, issuer) : QByteArray(), sources.timeoutMs, &why);
                    const QByteArray der = !answer ? QByteArray() : ocsp ? RevocationStatus::ocspDer(*answer) : RevocationStatus::crlDer(*answer);
                    if (answer && der.isEmpty())
                        why = ocsp ? Message("ValidationData", "%1: the answer is not an OCSP response").arg(url)
                                   : Message("ValidationData", "%1: the answer is not a CRL").arg(url);
                    if (!der.isEmpty()) {
                        status = RevocationStatus::of(current, issuer, ocsp ? QList{der} : QList<QByteArray>(),
                            ocsp ? QList<QByteArray>() : QList{der}, anchors, at);
                        if (status.state != RevocationStatus::State::Unknown)
                            keep(ocsp ? out.ocspResponses : out.crls, der);
                        else
                            why = Message("ValidationData",
                                "%1: the answer is not signed by the certificate's issuer, says nothing of it, or was not in force at %2")
                                      .arg(url)
                                      .arg(at.toString(Qt::ISODate));
                    }
                    if (!why.isEmpty())
                        tried = tried.isEmpty() ? why : Message("ValidationData", "%1; %2").arg(tried).arg(why);
                }
            }
            covered.source = status.source;
            out.covered.append(covered);
            if (status.state == RevocationStatus::State::Unknown)
                problems << Problem::invalid(QStringLiteral("ltv.no-revocation-data"),
                    tried.isEmpty()
                        ? Message("ValidationData", "no revocation data for %1: its certificate names no OCSP responder or CRL")
                              .arg(Message::plain(covered.subject))
                        : Message("ValidationData", "no revocation data for %1 (%2)")
                              .arg(covered.subject)
                              .arg(tried));
            else if (status.state == RevocationStatus::State::Revoked)
                problems << Problem::invalid(QStringLiteral("ltv.certificate-revoked"),
                    Message("ValidationData", "%1 was revoked on %2")
                        .arg(covered.subject)
                        .arg(status.revokedAt.toString(Qt::ISODate)));
            current = issuer;
        }
    }
    if (hasErrors(problems))
        return problems;
    return out;
}

} // namespace starmark
