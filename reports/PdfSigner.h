#pragma once

#include "reports/SigningIdentity.h"

#include <QDateTime>
#include <QMap>

namespace starmark {

// Signs a PDF as PAdES baseline B-B: CMS detached, SHA-256, SubFilter
// ETSI.CAdES.detached, signing-certificate-v2, the chain included. One
// incremental update adds the attachments, records their SHA-256 in the
// catalog's /StarMark dictionary and carries the signature; the bytes before
// it stay exactly as they were. PoDoFo 0.9's API lives only in this class;
// ReportAttachments reads the record back.
class PdfSigner {
public:
    struct Attachment {
        QString name;
        QByteArray data;
    };
    struct Request {
        QList<Attachment> attachments;
        QString reason;
        QDateTime signingTime;
    };

    static std::optional<QByteArray> sign(const QByteArray& pdf, const Request& request, const SigningIdentity& identity, QString* error);
};

} // namespace starmark
