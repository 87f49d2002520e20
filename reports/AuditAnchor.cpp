#include "reports/AuditAnchor.h"

#include "reports/ReportVerifier.h"
#include "reports/TrustAnchors.h"

#include <algorithm>

namespace starmark {

Result<void> AuditAnchor::check(const QList<AuditTrail::Entry>& entries, const QByteArray& reportPdf, const QDateTime& now)
{
    const ReportVerifier::Result report = ReportVerifier::verify(reportPdf, TrustAnchors(), KnownDigests(), now);
    // Against no anchor, a report is intact exactly when its verdict says so: then its content is there.
    if (report.verdict != ReportVerifier::Result::Verdict::NoTrustAnchor)
        return report.problems;
    if (report.content->kind == ReportContent::Kind::Surveillance)
        return Problem::unusable(QStringLiteral("report.not-an-assessment-report"),
            Message("AuditAnchor", "a surveillance report records no assessment's audit trail"));
    const QByteArray head = report.content->auditHead;
    if (std::none_of(entries.begin(), entries.end(), [&](const AuditTrail::Entry& e) { return e.hash == head; }))
        return Problem::invalid(QStringLiteral("report.trail-not-anchored"),
            Message("AuditAnchor", "the entry %1 recorded by the signed report is not in the trail: the trail was rewritten after the "
                                   "report was signed")
                .arg(QString::fromLatin1(head.left(16))));
    return {};
}

} // namespace starmark
