#pragma once

#include "labels/LabelToken.h"

namespace starmark {

// Checks a label offline: the token's signature against the issuers' public
// keys; that the URL it came in opens the registry those keys belong to, under the
// registration number the token was signed for (a genuine token copied onto a
// counterfeit is not valid); then its dates against the day: not before its
// evaluation, and the label's validity and the product's security support, which
// are different things and are told apart.
class LabelVerifier {
public:
    struct Result {
        // Revoked: on a signed revocation list the caller checked (labels/registry/RevocationList).
        enum class Status { Valid, SupportEnded, Expired, Invalid, Untrusted, Unreadable, Revoked } status = Status::Unreadable;
        std::optional<LabelToken> token;
        std::optional<Problem> problem; // why not valid (a warning for label.support-ended); none when valid
        QString statusName() const;
    };

    // `registry` is the address labels of the `trusted` issuers open (LabelIssuer::Options().registry by default);
    // a bare token, without an address, has none to check.
    static Result verify(const QString& urlOrToken, const QList<const IssuerKey*>& trusted, const QDate& today, const QString& registry);
};

} // namespace starmark
