#include "reports/ReportVerifier.h"

#include "reports/OpenSsl.h"
#include "reports/ReportAttachments.h"
#include "reports/ReportAuthor.h"
#include "reports/RevocationStatus.h"
#include "reports/SignedReport.h"
#include "reports/SurveillanceReport.h"
#include "reports/TimestampToken.h"
#include "reports/TrustAnchors.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/cms.h>
#include <openssl/objects.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace starmark {
namespace {

Problem invalid(const char* code, const Message& message)
{
    return Problem::invalid(QString::fromLatin1(code), message);
}

struct Placement {
    qint64 start = 0, gapStart = 0, gapEnd = 0, end = 0; // ByteRange [0 a b c]: [0,a) and [b,b+c)
    qsizetype at = 0; // where /ByteRange stands
};

// The /ByteRange entries of every signature dictionary, in file order.
QList<Placement> placements(const QByteArray& pdf)
{
    static const QRegularExpression byteRange(QStringLiteral("^/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    QList<Placement> out;
    for (qsizetype at = pdf.indexOf("/ByteRange"); at >= 0; at = pdf.indexOf("/ByteRange", at + 1)) {
        const QRegularExpressionMatch m = byteRange.match(QString::fromLatin1(pdf.mid(at, 120)));
        if (!m.hasMatch())
            continue;
        Placement p;
        p.start = m.captured(1).toLongLong();
        p.gapStart = m.captured(2).toLongLong();
        p.gapEnd = m.captured(3).toLongLong();
        p.end = p.gapEnd + m.captured(4).toLongLong();
        p.at = at;
        out.append(p);
    }
    return out;
}

// The signature dictionary around a /ByteRange: from its object's start to its end.
QByteArray dictionaryAround(const QByteArray& pdf, qsizetype at)
{
    const qsizetype begin = std::max<qsizetype>(0, pdf.lastIndexOf(" obj", at));
    qsizetype end = pdf.indexOf("endobj", at);
    if (end < 0)
        end = pdf.size();
    return pdf.mid(begin, end - begin);
}

bool mayDocumentSign(X509* certificate)
{
    const uint32_t usage = X509_get_key_usage(certificate);
    if (!(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return false;
    if (!(X509_get_extension_flags(certificate) & EXFLAG_XKUSAGE))
        return true;
    const uint32_t extended = X509_get_extended_key_usage(certificate);
    if (extended & (XKU_SMIME | XKU_ANYEKU))
        return true;
    // documentSigning (RFC 9336) has no flag of its own in OpenSSL 3.0.
    auto* ekus = static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr));
    bool documentSigning = false;
    for (int i = 0; ekus && i < sk_ASN1_OBJECT_num(ekus); ++i) {
        char oid[64];
        OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(ekus, i), 1);
        documentSigning = documentSigning || qstrcmp(oid, "1.3.6.1.5.5.7.3.36") == 0;
    }
    sk_ASN1_OBJECT_pop_free(ekus, ASN1_OBJECT_free);
    return documentSigning;
}

// The certificates a CMS carries are outside what its signer signs. Walk the
// path from the signer through the issuers at hand (carried or anchors),
// verifying every link up to a self-signed root; a carried certificate that
// is not on that path, or a link that does not verify, means it was altered.
std::optional<Problem> damagedCertificate(X509* signer, STACK_OF(X509) * carried, const QList<Certificate>& anchors)
{
    QList<X509*> candidates; // borrowed from the anchors and the CMS, which outlive this
    for (const Certificate& anchor : anchors)
        candidates << anchor.get();
    QList<X509*> unvisited;
    for (int i = 0; i < sk_X509_num(carried); ++i) {
        candidates.append(sk_X509_value(carried, i));
        unvisited.append(sk_X509_value(carried, i));
    }
    X509* current = signer;
    for (int depth = 0; current && depth < 16; ++depth) {
        unvisited.removeIf([&](X509* c) { return X509_cmp(c, current) == 0; });
        X509* issuer = nullptr;
        for (X509* candidate : candidates) {
            if (X509_check_issued(candidate, current) == X509_V_OK) {
                issuer = candidate;
                break;
            }
        }
        if (!issuer)
            break; // the path leaves what is at hand: trust decides the rest
        EVP_PKEY* key = X509_get0_pubkey(issuer);
        if (!key || X509_verify(current, key) != 1) {
            takeOpenSslError();
            return invalid("report.certificate-damaged",
                Message("ReportVerifier", "the certificate of %1 inside the signature is damaged").arg(subjectOf(current)));
        }
        current = issuer == current ? nullptr : issuer;
    }
    if (!unvisited.isEmpty())
        return invalid("report.certificate-off-path",
            Message("ReportVerifier",
                "the signature carries a certificate that is not on the signer's path (%1): it was altered or does not belong")
                .arg(subjectOf(unvisited.first())));
    // Every carried certificate but the signer's (which its signature binds) must be checkable.
    for (int i = 0; i < sk_X509_num(carried); ++i) {
        X509* c = sk_X509_value(carried, i);
        if (X509_cmp(c, signer) == 0)
            continue;
        bool verified = false;
        for (X509* candidate : candidates) {
            if (X509_check_issued(candidate, c) == X509_V_OK) {
                EVP_PKEY* key = X509_get0_pubkey(candidate);
                verified = key && X509_verify(c, key) == 1;
                break;
            }
        }
        takeOpenSslError();
        if (!verified)
            return invalid("report.certificate-unverifiable",
                Message("ReportVerifier",
                    "the certificate of %1 inside the signature cannot be checked against its issuer: it was altered, or its issuer is "
                    "not among the trust anchors")
                    .arg(subjectOf(c)));
    }
    return std::nullopt;
}

// A DER element: its tag, where its content starts and how long it is.
struct Element {
    int tag = -1;
    qsizetype content = 0;
    qsizetype length = 0;
    qsizetype end() const { return content + length; }
};

Element element(const QByteArray& der, qsizetype at)
{
    if (at + 2 > der.size())
        return {};
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(der.at(i)); };
    Element e{byte(at), at + 2, byte(at + 1)};
    if (e.length & 0x80) {
        const int octets = int(e.length & 0x7f);
        if (octets < 1 || octets > 4 || at + 2 + octets > der.size())
            return {};
        e.length = 0;
        for (int i = 0; i < octets; ++i)
            e.length = (e.length << 8) | byte(at + 2 + i);
        e.content += octets;
    }
    return e.end() <= der.size() ? e : Element{};
}

// The SignedData's and the SignerInfo's versions: 1 for issuer-and-serial signers
// (RFC 5652 5.1, 5.3); OpenSSL reads both but holds neither to its value.
bool versionsAreOne(const QByteArray& der)
{
    const Element contentInfo = element(der, 0);
    const Element explicitContent = element(der, element(der, contentInfo.content).end()); // after the type OID
    const Element signedData = element(der, explicitContent.content);
    const auto isOne = [&](const Element& e) { return e.tag == 0x02 && e.length == 1 && der.at(e.content) == 1; };
    Element child = element(der, signedData.content);
    if (!isOne(child))
        return false;
    Element last = child;
    while (child.tag != -1 && child.end() < signedData.end()) {
        child = element(der, child.end());
        last = child;
    }
    // signerInfos is SignedData's last element: a SET of SignerInfo.
    return last.tag == 0x31 && isOne(element(der, element(der, last.content).content));
}

// Fields of the signature value that OpenSSL reads but does not check.
std::optional<Problem> looseField(const QByteArray& der, CMS_SignerInfo* si, X509* signer)
{
    if (!versionsAreOne(der))
        return invalid("report.signature-altered", Message("ReportVerifier", "the signature value's version fields are not 1: it was altered"));
    ASN1_OCTET_STRING* keyId = nullptr;
    X509_NAME* issuer = nullptr;
    ASN1_INTEGER* serial = nullptr;
    CMS_SignerInfo_get0_signer_id(si, &keyId, &issuer, &serial);
    const auto encoded = [](X509_NAME* name) {
        unsigned char* bytes = nullptr;
        const int length = i2d_X509_NAME(name, &bytes);
        QByteArray out(reinterpret_cast<const char*>(bytes), std::max(length, 0));
        OPENSSL_free(bytes);
        return out;
    };
    if (signer && (CMS_SignerInfo_cert_cmp(si, signer) != 0 || (issuer && encoded(issuer) != encoded(X509_get_issuer_name(signer)))))
        return invalid("report.signature-altered",
            Message("ReportVerifier", "the signer's identifier does not match the signer's certificate: the signature value was altered"));
    X509_ALGOR* signatureAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, nullptr, &signatureAlgorithm);
    static const int allowed[] = {NID_rsaEncryption, NID_sha256WithRSAEncryption, NID_rsassaPss, NID_X9_62_id_ecPublicKey,
        NID_ecdsa_with_SHA256, NID_ecdsa_with_SHA384, NID_ED25519};
    const int nid = signatureAlgorithm ? OBJ_obj2nid(signatureAlgorithm->algorithm) : NID_undef;
    if (std::find(std::begin(allowed), std::end(allowed), nid) == std::end(allowed))
        return invalid("report.signature-algorithm",
            Message("ReportVerifier", "the signature algorithm is not one StarMark accepts: the signature value was altered"));
    const ASN1_TYPE* parameter = signatureAlgorithm->parameter;
    if ((nid == NID_rsaEncryption || nid == NID_sha256WithRSAEncryption) && parameter && parameter->type != V_ASN1_NULL)
        return invalid("report.signature-algorithm", Message("ReportVerifier", "the signature algorithm's parameters were altered"));
    return std::nullopt;
}

// The roles and organisation the anchors vouch for, from the path X509_verify_cert built.
void recordAuthority(ReportVerifier::Signature& s, X509_STORE_CTX* verified, const TrustAnchors& trust)
{
    QList<Certificate> path;
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(verified);
    for (int i = 0; i < sk_X509_num(chain); ++i)
        path << Certificate::share(sk_X509_value(chain, i));
    const TrustAnchors::Authority authority = trust.authorityOf(path);
    s.roles = authority.roles;
    s.organisation = authority.organisation;
    s.roleBasis = authority.basis;
}

// PAdES B-T: the signature timestamp among the unsigned attributes, checked against the
// trust anchors now; the time it proves is when the signer's chain must have held.
// Unsigned attributes are outside what the signer signs: a token that does not hold
// means the signature value was tampered with, not that it is merely B-B.
void readTimestamp(ReportVerifier::Signature& s, CMS_SignerInfo* si, const TrustAnchors& trust, const QDateTime& now)
{
    const int at = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (at < 0)
        return;
    s.timestamped = true;
    if (trust.isEmpty())
        return;
    const ASN1_TYPE* type = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, at), 0);
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(si);
    const QByteArray der = type && type->type == V_ASN1_SEQUENCE
        ? QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(type->value.sequence)), ASN1_STRING_length(type->value.sequence))
        : QByteArray();
    const Result<TimestampToken> token = TimestampToken::check(
        der, QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value)), trust, now);
    if (!token) {
        s.problem = invalid("report.timestamp-invalid",
            Message("ReportVerifier", "its signature timestamp does not hold: %1").arg(token.problems().constFirst().message));
        return;
    }
    s.timestampTime = token->time();
    s.timestampAuthority = token->authority();
}

// What the DSS says of each certificate on the verified path but its root: every one
// covered by data its issuer signed, or not (None); a revocation anywhere is the answer.
void recordRevocation(ReportVerifier::Signature& s, X509_STORE_CTX* verified, const PdfRevisions::Validation& embedded,
    const QList<Certificate>& anchors)
{
    QList<X509*> roots;
    for (const Certificate& anchor : anchors)
        roots << anchor.get();
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(verified);
    bool covered = sk_X509_num(chain) > 1;
    for (int i = 0; i + 1 < sk_X509_num(chain); ++i) {
        X509* certificate = sk_X509_value(chain, i);
        // When it signed: what a trusted timestamp proves (B-T), else only the signer's own claim.
        const RevocationStatus status = RevocationStatus::of(certificate, sk_X509_value(chain, i + 1), embedded.ocspResponses, embedded.crls,
            roots, s.timestampTime.value_or(s.signingTime));
        covered = covered && status.state != RevocationStatus::State::Unknown;
        // A revocation after the time a trusted timestamp proves does not reach back to the signature
        // (B-T); without one, the signer's claimed time is no proof, and every revocation counts.
        const bool afterTheProof = s.timestampTime && status.revokedAt.isValid() && status.revokedAt > *s.timestampTime;
        if (status.state == RevocationStatus::State::Revoked && !afterTheProof && s.revocation.state != RevocationStatus::State::Revoked) {
            s.revocation = status;
            if (!s.problem)
                s.problem = invalid("report.signer-revoked",
                    Message("ReportVerifier", "%1 was revoked on %2 (by the %3 embedded in the report)")
                        .arg(subjectOf(certificate))
                        .arg(status.revokedAt.toString(Qt::ISODate))
                        .arg(status.source == RevocationStatus::Source::Ocsp ? Message("ReportVerifier", "OCSP response")
                                                                             : Message("ReportVerifier", "CRL")));
        }
    }
    s.revocationEmbedded = covered;
    if (covered && s.revocation.state != RevocationStatus::State::Revoked)
        s.revocation.state = RevocationStatus::State::Good;
}

ReportVerifier::Signature check(const QByteArray& pdf, const Placement& p, bool last, const TrustAnchors& trust, const QDateTime& now,
    const PdfRevisions& revisions)
{
    const QList<Certificate>& anchors = trust.certificates();
    ReportVerifier::Signature s;
    const QByteArray dictionary = dictionaryAround(pdf, p.at);
    static const QRegularExpression subFilter(QStringLiteral("/SubFilter\\s*/([A-Za-z0-9.]+)"));
    s.subFilter = subFilter.match(QString::fromLatin1(dictionary)).captured(1);
    if (p.start != 0 || p.gapStart <= 0 || p.gapEnd <= p.gapStart || p.end < p.gapEnd) {
        s.problem = invalid("report.byte-range-malformed", Message("ReportVerifier", "its byte range is malformed"));
        return s;
    }
    if (p.end > pdf.size()) {
        s.problem = invalid("report.truncated",
            Message("ReportVerifier", "the file is %1 bytes shorter than the signed range: it was truncated").arg(p.end - pdf.size()));
        return s;
    }
    s.wholeFile = p.end == pdf.size();
    if (last && !s.wholeFile && !revisions.onlyValidationAfterLast)
        s.problem = invalid("report.bytes-appended", Message("ReportVerifier", "%1 bytes were added after the signed range").arg(pdf.size() - p.end));
    const QByteArray gap = pdf.mid(p.gapStart, p.gapEnd - p.gapStart);
    if (!gap.startsWith('<') || !gap.endsWith('>')) {
        s.problem = invalid("report.signature-malformed", Message("ReportVerifier", "the unsigned gap does not hold a signature value"));
        return s;
    }
    const QByteArray hex = gap.mid(1, gap.size() - 2);
    if (!std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(uchar(c)); })) {
        s.problem = invalid("report.signature-malformed", Message("ReportVerifier", "the signature value is not hexadecimal"));
        return s;
    }
    const QByteArray der = QByteArray::fromHex(hex);
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &cursor, long(der.size()));
    if (!cms) {
        takeOpenSslError();
        s.problem = invalid("report.signature-malformed", Message("ReportVerifier", "the signature value is not a CMS signature: it is damaged"));
        return s;
    }
    // Only zero padding may follow the CMS in the unsigned gap, the CMS must be
    // canonical DER, and it must sign plain data: OpenSSL checks none of these
    // when it verifies a detached signature.
    const qsizetype used = qsizetype(cursor - reinterpret_cast<const unsigned char*>(der.constData()));
    unsigned char* reencoded = nullptr;
    const int reencodedLength = i2d_CMS_ContentInfo(cms, &reencoded);
    const bool canonical = reencodedLength == used && std::memcmp(reencoded, der.constData(), size_t(used)) == 0;
    OPENSSL_free(reencoded);
    if (der.mid(used).count('\0') != der.size() - used)
        s.problem = invalid(
            "report.signature-altered", Message("ReportVerifier", "bytes other than padding follow the signature value in the unsigned gap"));
    else if (!canonical)
        s.problem = invalid("report.signature-altered", Message("ReportVerifier", "the signature value is not canonical DER: it was altered"));
    else if (OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed || OBJ_obj2nid(CMS_get0_eContentType(cms)) != NID_pkcs7_data)
        s.problem = invalid(
            "report.signature-altered", Message("ReportVerifier", "the signature does not sign plain data (its content type was altered)"));

    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0);
    X509_ALGOR* digestAlgorithm = nullptr;
    if (si) {
        CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlgorithm, nullptr);
        s.signingTime = signingTimeOf(si);
    }
    s.digest = digestAlgorithm ? QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(digestAlgorithm->algorithm))) : QString();
    const QByteArray content = pdf.left(p.gapStart) + pdf.mid(p.gapEnd, p.end - p.gapEnd);
    BIO* data = BIO_new_mem_buf(content.constData(), int(content.size()));
    X509_STORE* empty = X509_STORE_new();
    s.valid = CMS_verify(cms, nullptr, empty, data, nullptr, CMS_DETACHED | CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    BIO_free(data);
    X509_STORE_free(empty);
    if (!s.valid && !s.problem)
        s.problem = invalid("report.signature-mismatch",
            Message("ReportVerifier", "the signature does not match the signed bytes (%1): the file was changed after signing")
                .arg(takeOpenSslError()));
    takeOpenSslError();
    if (s.valid && s.digest != QLatin1String("SHA256"))
        s.problem = invalid(
            "report.digest-not-accepted", Message("ReportVerifier", "signed with %1; StarMark reports are signed with SHA-256").arg(s.digest));

    STACK_OF(X509)* signers = CMS_get0_signers(cms);
    X509* signer = signers ? sk_X509_value(signers, 0) : nullptr;
    if (si && !s.problem)
        s.problem = looseField(der.left(used), si, signer);
    if (signer) {
        STACK_OF(X509)* carried = CMS_get1_certs(cms);
        if (std::optional<Problem> damaged = damagedCertificate(signer, carried, anchors); damaged && !s.problem)
            s.problem = std::move(damaged);
        sk_X509_pop_free(carried, X509_free);
    }
    if (si && !s.problem)
        readTimestamp(s, si, trust, now);
    if (signer) {
        s.signer = subjectOf(signer);
        s.mayDocumentSign = mayDocumentSign(signer);
        if (!anchors.isEmpty()) {
            X509_STORE* store = X509_STORE_new();
            for (const Certificate& anchor : anchors)
                X509_STORE_add_cert(store, anchor.get());
            STACK_OF(X509)* certificates = CMS_get1_certs(cms);
            X509_STORE_CTX* context = X509_STORE_CTX_new();
            X509_STORE_CTX_init(context, store, signer, certificates);
            X509_STORE_CTX_set_time(context, 0, time_t(s.timestampTime.value_or(now).toSecsSinceEpoch()));
            s.validatedAt = s.timestampTime.value_or(now).toUTC();
            s.trusted = X509_verify_cert(context) == 1;
            if (*s.trusted) {
                recordAuthority(s, context, trust);
                recordRevocation(s, context, revisions.validation, anchors);
            } else if (!s.problem || s.problem->code != QLatin1String("report.timestamp-invalid")) // the cause, not its consequence
                s.problem = invalid("report.signer-not-trusted",
                    Message("ReportVerifier", "the signer is not trusted: %1")
                        .arg(Message::plain(QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context))))));
            X509_STORE_CTX_free(context);
            sk_X509_pop_free(certificates, X509_free);
            X509_STORE_free(store);
        }
    } else if (!s.problem) {
        s.problem = invalid("report.signer-certificate-missing", Message("ReportVerifier", "the signature does not carry its signer's certificate"));
    }
    if (s.valid && !s.mayDocumentSign && !s.problem)
        s.problem = invalid(
            "report.signer-may-not-sign", Message("ReportVerifier", "the signer's certificate may not sign documents (key usage)"));
    CMS_ContentInfo_free(cms);
    takeOpenSslError();
    return s;
}

QJsonObject problemJson(const Problem& p, Language language)
{
    return {{QStringLiteral("code"), p.code}, {QStringLiteral("message"), p.message.text(language)}};
}

// The verdict once everything else is checked: who signed, in which role, for whom.
ReportVerifier::Result& concluded(ReportVerifier::Result& r, const TrustAnchors& trust)
{
    using Verdict = ReportVerifier::Result::Verdict;
    if (r.problems.isEmpty() && r.content && !trust.isEmpty())
        r.problems << ReportAuthor::problems(r);
    r.verdict = !r.problems.isEmpty() ? Verdict::Invalid : trust.isEmpty() ? Verdict::NoTrustAnchor : Verdict::Valid;
    return r;
}

} // namespace

ReportVerifier::Result ReportVerifier::verify(
    const QByteArray& pdf, const TrustAnchors& trust, const KnownDigests& known, const QDateTime& now)
{
    Result r;
    if (!pdf.startsWith("%PDF-")) {
        r.verdict = Result::Verdict::Unreadable;
        r.problems << Problem::unusable(
            QStringLiteral("report.not-a-pdf"), Message("ReportVerifier", "not a PDF file (it does not start with %PDF-)"));
        return r;
    }
    const QList<Placement> all = placements(pdf);
    if (all.isEmpty()) {
        r.problems << invalid("report.unsigned", Message("ReportVerifier", "the PDF carries no signature"));
        return r;
    }
    // One signed state (docs/signed-state.md): the author's revision is what its
    // ByteRange covers; the facts come from those bytes, whatever follows them.
    const Placement& author = all.first();
    const PdfRevisions revisions
        = PdfRevisions::read(pdf, {author.start, author.gapStart, author.gapEnd, author.end - author.gapEnd}, all.last().end);
    for (int i = 0; i < all.size(); ++i) {
        r.signatures.append(check(pdf, all[i], i == all.size() - 1, trust, now, revisions));
        if (const std::optional<Problem>& p = r.signatures.last().problem) {
            Problem numbered = *p;
            numbered.message = Message("ReportVerifier", "signature %1: %2").arg(i + 1).arg(p->message);
            r.problems << numbered;
        }
    }
    if (!r.problems.isEmpty())
        return r; // the structure of a file whose signature fails is not worth parsing

    r.certification = revisions.permission;
    r.authorRevisionSize = author.end;
    r.changes = revisions.changes;
    if (!revisions.problem.isEmpty())
        r.problems << invalid("report.revisions-malformed",
            Message("ReportVerifier", "signature 1: %1").arg(Message::plain(revisions.problem)));
    else if (!revisions.permission)
        r.problems << invalid("report.not-certified",
            Message("ReportVerifier",
                "signature 1 is not a certification signature (no DocMDP in the catalog's /Perms names it): the report does not "
                "forbid changes after signing"));
    else if (*revisions.permission != 1)
        r.problems << invalid("report.certification-permits-changes",
            Message("ReportVerifier", "signature 1 certifies the report with DocMDP P %1, which permits changes; a StarMark report permits "
                                      "none (P 1)")
                .arg(*revisions.permission));
    for (const PdfRevisions::Change& c : revisions.changes)
        r.problems << invalid(
            "report.changed-after-signing", Message("ReportVerifier", "changed after the author signed: %1").arg(Message::plain(c.what)));

    const starmark::Result<ReportAttachments> contents = ReportAttachments::read(pdf.left(author.end));
    r.problems << contents.problems();
    r.contentsMatch = contents.ok();
    if (!contents)
        return concluded(r, trust);
    // The record names what kind of report this is; whatever it names must be there and be what was signed.
    const bool surveillance = contents->recorded.contains(QString::fromLatin1(SurveillanceReport::attachmentName));
    const QList<const char*> expected = surveillance ? QList<const char*>{SurveillanceReport::attachmentName}
                                                     : QList<const char*>{SignedReport::assessmentName, SignedReport::manifestName};
    for (const char* name : expected) {
        const QString key = QString::fromLatin1(name);
        if (!contents->attachments.contains(key) || !contents->recorded.contains(key)) {
            r.contentsMatch = false;
            r.problems << invalid("report.attachment-missing", Message("ReportVerifier", "%1 is missing from the report").arg(key));
        } else if (QCryptographicHash::hash(contents->attachments.value(key), QCryptographicHash::Sha256).toHex()
            != contents->recorded.value(key)) {
            r.contentsMatch = false;
            r.problems << invalid("report.attachment-altered", Message("ReportVerifier", "%1 is not what was signed").arg(key));
        }
    }
    // Those it does not need (the checklist workbook, in reports since issue 14) are held to what was signed all the same.
    for (auto it = contents->recorded.cbegin(); it != contents->recorded.cend(); ++it) {
        if (std::any_of(expected.cbegin(), expected.cend(), [&](const char* name) { return it.key() == QLatin1String(name); }))
            continue;
        if (!contents->attachments.contains(it.key())) {
            r.contentsMatch = false;
            r.problems << invalid("report.attachment-missing", Message("ReportVerifier", "%1 is missing from the report").arg(it.key()));
        } else if (QCryptographicHash::hash(contents->attachments.value(it.key()), QCryptographicHash::Sha256).toHex() != *it) {
            r.contentsMatch = false;
            r.problems << invalid("report.attachment-altered", Message("ReportVerifier", "%1 is not what was signed").arg(it.key()));
        }
    }
    r.attachments = contents->recorded.keys();
    if (!r.contentsMatch)
        return concluded(r, trust);
    starmark::Result<ReportContent> content = surveillance
        ? ReportContent::fromSurveillanceJson(contents->attachments.value(QString::fromLatin1(SurveillanceReport::attachmentName)))
        : ReportContent::fromAssessmentJson(contents->attachments.value(QString::fromLatin1(SignedReport::assessmentName)));
    if (!content) {
        r.problems << content.problems();
        return concluded(r, trust);
    }
    r.content = content.take();
    for (const Assessment::PinnedCatalog& pinned : r.content->assessment.chain)
        r.catalogs.append({pinned.qualifiedId, pinned.digest, known.version(pinned.qualifiedId, pinned.digest)});
    return concluded(r, trust);
}

QJsonObject ReportVerifier::toJson(const Result& r, Language language)
{
    QJsonArray signatures;
    for (const Signature& s : r.signatures) {
        QJsonObject o{{QStringLiteral("valid"), s.valid}, {QStringLiteral("whole_file"), s.wholeFile},
            {QStringLiteral("sub_filter"), s.subFilter}, {QStringLiteral("digest"), s.digest}, {QStringLiteral("signer"), s.signer},
            {QStringLiteral("may_sign_documents"), s.mayDocumentSign},
            {QStringLiteral("signing_time"), s.signingTime.toString(Qt::ISODate)},
            {QStringLiteral("problem"), s.problem ? problemJson(*s.problem, language) : QJsonValue()}};
        o.insert(QStringLiteral("trusted"), s.trusted ? QJsonValue(*s.trusted) : QJsonValue());
        o.insert(QStringLiteral("timestamp"),
            s.timestampTime ? QJsonValue(QJsonObject{{QStringLiteral("time"), s.timestampTime->toString(Qt::ISODate)},
                                  {QStringLiteral("authority"), s.timestampAuthority}})
                            : QJsonValue());
        o.insert(QStringLiteral("validated_at"), s.trusted ? QJsonValue(s.validatedAt.toString(Qt::ISODate)) : QJsonValue());
        // Where the revocation status came from: the report's DSS, or nowhere (the verifier fetches nothing).
        const QString revocationSource = s.revocationEmbedded ? QStringLiteral("embedded") : QStringLiteral("none");
        o.insert(QStringLiteral("revocation_source"), revocationSource);
        QJsonArray roles;
        for (const SignerRole::Role role : s.roles)
            roles.append(SignerRole::key(role));
        o.insert(QStringLiteral("roles"), roles);
        o.insert(QStringLiteral("organisation"), s.organisation);
        o.insert(QStringLiteral("role_basis"), s.roleBasis.text(language));
        static const char* states[] = {"good", "revoked", "unknown"};
        QJsonObject revocation{{QStringLiteral("source"), revocationSource},
            {QStringLiteral("status"), QLatin1String(states[int(s.revocation.state)])}};
        if (s.revocation.state == RevocationStatus::State::Revoked)
            revocation.insert(QStringLiteral("revoked_at"), s.revocation.revokedAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("revocation"), revocation);
        signatures.append(o);
    }
    QJsonArray catalogs;
    for (const CatalogState& c : r.catalogs) {
        catalogs.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("digest"), QString::fromLatin1(c.digest)},
            {QStringLiteral("known"), c.knownVersion.has_value()}, {QStringLiteral("version"), c.knownVersion.value_or(QString())}});
    }
    QJsonArray changes;
    for (const PdfRevisions::Change& c : r.changes)
        changes.append(QJsonObject{{QStringLiteral("object"), c.object}, {QStringLiteral("what"), c.what}});
    QJsonArray problems;
    for (const Problem& p : r.problems)
        problems.append(problemJson(p, language));
    static const char* verdicts[] = {"valid", "invalid", "unreadable", "no_trust_anchor"};
    QJsonObject out{{QStringLiteral("verdict"), QLatin1String(verdicts[int(r.verdict)])}, {QStringLiteral("signatures"), signatures},
        {QStringLiteral("contents_match"), r.contentsMatch}, {QStringLiteral("attachments"), QJsonArray::fromStringList(r.attachments)}, {QStringLiteral("catalogs"), catalogs},
        {QStringLiteral("certification"), r.certification ? QJsonValue(*r.certification) : QJsonValue()},
        {QStringLiteral("changes_after_signing"), changes}, {QStringLiteral("problems"), problems}};
    if (r.content) {
        const QJsonObject content = r.content->toJson();
        for (auto it = content.begin(); it != content.end(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace starmark
