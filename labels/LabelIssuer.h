#pragma once

#include "labels/LabelArtwork.h"
#include "labels/LabelToken.h"
#include "labels/ProductFacts.h"

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

    // Why `registry` cannot be the address a label's QR code opens (an http(s) URL with a host, no
    // user, query or fragment), or empty.
    static QString registryProblem(const QString& registry);
    // Why a label cannot be valid until `validUntil` (the scheme's longest validity is two years), or empty.
    static QString validityProblem(const QDate& validUntil, const QDate& today);
    // The signed token for `facts`, valid until `validUntil`; nullopt with `problem` set when a field does not fit.
    static std::optional<LabelToken> sign(
        const IssuerKey& key, const QString& registration, const ProductFacts& facts, const QDate& validUntil, QString* problem);
    // Signs the token and encodes its URL; nullopt with `problem` set when a field does not fit.
    static std::optional<Issued> issue(
        const IssuerKey& key, const QString& registration, const ProductFacts& facts, const Options& options, QString* problem);
};

} // namespace starmark
