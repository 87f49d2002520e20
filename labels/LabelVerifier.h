#pragma once

#include "labels/LabelToken.h"

namespace starmark {

// Checks a label offline: the token's signature against the issuers' public
// keys, then its dates against the day: the label's validity and the
// product's security support are different things and are told apart.
class LabelVerifier {
public:
    struct Result {
        enum class Status { Valid, SupportEnded, Expired, Invalid, Untrusted, Unreadable } status = Status::Unreadable;
        std::optional<LabelToken> token;
        QString problem;
        QString statusName() const;
    };

    static Result verify(const QString& urlOrToken, const QList<const IssuerKey*>& trusted, const QDate& today);
};

} // namespace starmark
