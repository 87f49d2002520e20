#pragma once

#include "reports/SigningIdentity.h"

#include <QDateTime>
#include <QMap>

namespace starmark {

// Signs a PDF as PAdES baseline B-B: CMS detached, SHA-256, SubFilter
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
    struct Request {
        QList<Attachment> attachments;
        QString reason;
        QDateTime signingTime;
        Kind kind = Kind::Certification;
    };

    static std::optional<QByteArray> sign(const QByteArray& pdf, const Request& request, const SigningIdentity& identity, QString* error);
};

} // namespace starmark
