#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace starmark {

// What follows the author's signed revision of a report, checked object by object
// against what the author signed (docs/signed-state.md). The author's signature
// certifies the report (DocMDP, P 1); after it StarMark accepts only further
// signatures and document timestamps, the DSS validation data, and the minimal
// updates of the form, its field list and the page's annotation list those need,
// each written as a plain incremental update (a cross-reference table, no object
// streams). Anything else — a covered object redefined with other content, a new
// object of any other kind, an object deleted, hidden or unlisted — is a change,
// named by its object number and what it is in the author's revision.
//
// A reader of its own, like ReportAttachments: strict, and only as much of the
// PDF syntax as the revisions need.
class PdfRevisions {
public:
    struct Change {
        int object = 0; // 0: the structure of an update rather than one object
        QString what; // e.g. "object 34 (the embedded file assessment.json) was replaced"
    };

    // The validation data of the newest DSS (PAdES B-LT), DER, its streams decoded.
    struct Validation {
        QList<QByteArray> certificates, ocspResponses, crls;
    };

    std::optional<int> permission; // the author's DocMDP P; nullopt: the author's signature certifies nothing
    int laterRevisions = 0; // incremental updates after the author's revision
    QList<Change> changes;
    QString problem; // the author's revision itself could not be read
    Validation validation;
    // Whatever follows the last signature is whole updates adding only validation data
    // (the catalog's /DSS, what it reaches, and the information dictionary's /ModDate).
    bool onlyValidationAfterLast = false;

    // `byteRange`: the author's signature's /ByteRange; its revision ends where the range does.
    // `lastSigned`: where the last signature's range ends (0: the author's is the last).
    static PdfRevisions read(const QByteArray& pdf, const std::array<qint64, 4>& byteRange, qint64 lastSigned = 0);
};

} // namespace starmark
