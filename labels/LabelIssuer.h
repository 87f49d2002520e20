#pragma once

#include "labels/LabelArtwork.h"
#include "labels/LabelToken.h"
#include "labels/ProductFacts.h"

#include "criteria/Result.h"

namespace starmark {

// What the certification body does to issue a label: sign the facts (see
// ProductFacts: from an assessment that reaches its level, or a verified signed
// report) into a token and encode the token's URL as a QR code.
class LabelIssuer {
public:
    struct Options {
        QString registry = QStringLiteral("https://label.starmark.example");
        LabelArtwork::Size size = LabelArtwork::Size::Standard;
        QDate validUntil;
    };
    struct Issued {
        LabelToken token;
        QrCode qr;
    };

    // label.bad-registry-address unless `registry` can be the address a label's QR code opens
    // (an http(s) URL with a host, no user, query or fragment).
    static Result<void> checkRegistry(const QString& registry);
    // The scheme's validity rule, in one place for every shell: a label is valid for at most two
    // years, and for two years unless told otherwise.
    static QDate defaultValidUntil(const QDate& today);
    // label.validity-out-of-range unless `validUntil` is after today and at most two years ahead.
    static Result<void> checkValidUntil(const QDate& validUntil, const QDate& today);
    // The end of validity a user wrote (YYYY-MM-DD; empty: the default), checked; label.bad-date when it is no date.
    static Result<QDate> validUntil(const QString& written, const QDate& today);
    // The signed token for `facts`, valid until `validUntil`; nullopt with `problem` set when a field does not fit.
    static std::optional<LabelToken> sign(
        const IssuerKey& key, const QString& registration, const ProductFacts& facts, const QDate& validUntil, QString* problem);
    // Signs the token and encodes its URL; nullopt with `problem` set when a field does not fit.
    static std::optional<Issued> issue(
        const IssuerKey& key, const QString& registration, const ProductFacts& facts, const Options& options, QString* problem);
};

} // namespace starmark
