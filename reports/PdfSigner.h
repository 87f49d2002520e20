#pragma once

#include "criteria/Result.h"
#include "reports/SigningIdentity.h"
#include "reports/ValidationData.h"

#include <QDateTime>
#include <QMap>

#include <functional>

namespace starmark {

// Signs a PDF as PAdES baseline B-B (B-T with a timestamper): CMS detached, SHA-256, SubFilter
// ETSI.CAdES.detached, signing-certificate-v2, the chain included. One
// incremental update adds the attachments, records their SHA-256 in the
// catalog's /StarMark dictionary and carries the signature; the bytes before
// it stay exactly as they were. The author's signature is a certification
// signature (DocMDP, P 1: no changes permitted; docs/signed-state.md), so the
// report is one signed state. PoDoFo 0.9's API lives only in this class;
// ReportAttachments reads the record back, PdfRevisions checks what follows.
class PdfSigner {
public:
    struct Attachment {
        QString name;
        QByteArray data;
    };
    enum class Kind {
        Certification, // the author's: attachments, the record, DocMDP P 1
        Approval, // a further signature over a signed report: adds nothing but itself
    };
    // The signature timestamp (RFC 3161 token, DER) over the CMS signature value.
    using Timestamper = std::function<Result<QByteArray>(const QByteArray& signatureValue)>;
    struct Request {
        QList<Attachment> attachments;
        QString reason;
        QDateTime signingTime;
        Kind kind = Kind::Certification;
    };

    // `timestamp` set: PAdES B-T, its token in the SignerInfo's unsigned attributes
    // (id-aa-signatureTimeStampToken); when it fails, nothing is signed.
    static std::optional<QByteArray> sign(const QByteArray& pdf, const Request& request, const SigningIdentity& identity, QString* error,
        const Timestamper& timestamp = {});

    // PAdES B-LT: one incremental update after the last signature adds the document
    // security store (ISO 32000-2 12.8.4.3): /DSS with /Certs, /OCSPs and /CRLs, and a
    // /VRI entry for that signature keyed by the uppercase hex SHA-1 of its /Contents
    // (the string's bytes, padding included). Streams unfiltered; nothing else is
    // written but the catalog and PoDoFo's /ModDate (what PdfRevisions accepts after
    // the last signature). Problems: ltv.not-signed, ltv.dss-present, ltv.pdf-unwritable.
    static Result<QByteArray> addDss(const QByteArray& signedPdf, const ValidationData& data);
    // The decoded /Contents of the signature (or document timestamp) whose byte range reaches furthest.
    static std::optional<QByteArray> lastSignatureContents(const QByteArray& pdf);
};

} // namespace starmark
