#pragma once

#include "criteria/Result.h"
#include "evaluators/AuditTrail.h"

#include <QDateTime>

namespace starmark {

// The audit trail anchored in a signed report: a report records the trail's head
// entry when it is made. A trail rewritten whole, every hash recomputed, verifies
// on its own; the head a report recorded does not survive the rewrite.
class AuditAnchor {
public:
    // Done when the report is intact (whoever signed it: the anchor is the signed
    // head, not the signer) and the entry it recorded is among `entries`; otherwise
    // the report's problems, or report.trail-not-anchored (the trail was rewritten since).
    static Result<void> check(const QList<AuditTrail::Entry>& entries, const QByteArray& reportPdf, const QDateTime& now);
};

} // namespace starmark
