#pragma once

#include "criteria/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace starmark {

// Reads back what PdfSigner put into a report's signed update — the /StarMark
// record (attachment name → SHA-256) and the embedded files — without a PDF
// library: verification must start faster than pdfsig, and loading PoDoFo and
// its dependencies alone takes longer than that. It understands the objects
// PdfSigner writes (plain objects, FlateDecode streams) and nothing more.
class ReportAttachments {
public:
    QMap<QString, QByteArray> recorded; // name → SHA-256 (hex) as signed
    QMap<QString, QByteArray> attachments; // name → content

    // Problems report.not-starmark (no record) and report.attachment-unreadable.
    static Result<ReportAttachments> read(const QByteArray& pdf);
};

} // namespace starmark
