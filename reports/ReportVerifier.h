#pragma once

#include "criteria/KnownDigests.h"
#include "reports/PdfRevisions.h"
#include "reports/ReportContent.h"
#include "reports/RevocationStatus.h"
#include "reports/SignerRole.h"

#include <QDateTime>
#include <QJsonObject>

namespace starmark {

class TrustAnchors;

// Checks a signed report as a certification body would, years later: every
// signature valid, the last one covering the whole file, the signer chaining
// to a trust anchor and allowed to sign documents, its author signing in the
// role the report's kind needs for the organisation it names (ReportAuthor),
// the embedded assessment and evidence manifest being what was signed, the
// catalog versions known. Without trust anchors nothing is valid. A signature
// with a trusted timestamp (B-T) is checked at the time it proves, so a signer
// certificate that has expired since still holds; without one, at `now`.
// The first signature is the author's: it must certify the report (DocMDP P 1),
// nothing after its revision may change what it covers (PdfRevisions), and
// every fact is read from the bytes it signed.
class ReportVerifier {
public:
    struct Signature {
        bool valid = false; // the CMS signature over the byte ranges
        bool wholeFile = false; // nothing after, nothing cut
        QString subFilter;
        QString digest; // the digest algorithm
        QString signer; // certificate subject
        QDateTime signingTime; // as the signer claims it
        std::optional<bool> trusted; // nullopt: no trust anchors given
        bool mayDocumentSign = false;
        QList<SignerRole::Role> roles; // what the trust anchors let it sign as; only once trusted
        QString organisation; // its certificate's O=
        Message roleBasis; // where the roles come from, or why there are none
        bool timestamped = false; // carries a signature timestamp (PAdES B-T)
        std::optional<QDateTime> timestampTime; // the time its trusted timestamp proves
        QString timestampAuthority; // the TSA certificate's subject
        QDateTime validatedAt; // when the chain was checked to hold: the timestamp's time, else now
        std::optional<Problem> problem; // why this signature does not hold
        // From the report's DSS (PAdES B-LT), once trusted: embedded when every certificate on
        // the path but its root is covered by data its issuer signed; a revoked one is not valid.
        bool revocationEmbedded = false;
        RevocationStatus revocation;
    };
    struct CatalogState {
        QString id;
        QByteArray digest;
        std::optional<QString> knownVersion; // nullopt: a catalog version this StarMark does not know
    };
    struct Result {
        // NoTrustAnchor: intact, but checked against no trust anchor, so nothing says who signed it.
        enum class Verdict { Valid, Invalid, Unreadable, NoTrustAnchor } verdict = Verdict::Invalid;
        QList<Signature> signatures; // in file order: the first is the author's, any others came after it
        bool contentsMatch = false;
        QStringList attachments; // every attachment the author signed, by name (assessment.json, checklist.xlsx, …)
        // What the author signed, parsed; only when the signatures hold and the attachments are what was signed.
        std::optional<ReportContent> content;
        QList<CatalogState> catalogs;
        std::optional<int> certification; // the author's DocMDP P (1: no changes permitted)
        qint64 authorRevisionSize = 0; // the author's signed revision is the file's first this many bytes
        QList<PdfRevisions::Change> changes; // made after the author's signature and not allowed
        Problems problems; // each reason the report is not valid (codes report.*, listed in docs/errors.md)
    };

    static Result verify(const QByteArray& pdf, const TrustAnchors& trust, const KnownDigests& known, const QDateTime& now);
    // For machines (`verify --json`); messages in the language given.
    static QJsonObject toJson(const Result& result, Language language);
};

} // namespace starmark
