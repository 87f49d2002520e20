#pragma once

#include "labels/IssuerKey.h"

#include "criteria/Result.h"

#include <QDate>

namespace starmark {

// What the QR code on a label carries: the facts a consumer or an inspector
// needs, signed by the certification body. Canonical binary, version 1:
//
//   u8 version | u8 level | u16 evaluated | u16 support end | u16 valid until
//   (days since 2000-01-01, big-endian) | 8 bytes issuer key id |
//   registration, category, model, firmware (each u8 length + UTF-8) |
//   64 bytes ECDSA P-256 signature (r||s) over everything before it
//
// written as base32 (A–Z, 2–7) so that the whole URL stays in the QR code's
// alphanumeric mode (5.5 bits a character instead of 8).
struct LabelToken {
    static constexpr quint8 formatVersion = 1;
    static constexpr int maxTextLength = 64; // bytes, per field
    static constexpr int maxEncodedLength = 600; // characters: anything longer is not a label token

    QString registration;
    int level = 0;
    QString category;
    QString model;
    QString firmware;
    QDate evaluated;
    QDate supportUntil;
    QDate validUntil;
    QByteArray issuerKeyId;
    QByteArray signature;

    // What is wrong with the fields for encoding, or empty.
    QString problem() const;
    QByteArray payload() const; // the canonical bytes that are signed
    void sign(const IssuerKey& key);
    bool verify(const IssuerKey& key) const;
    QString encode() const;

    // The token, or why not (label.token-*): too long, not base32, truncated, extended, another format, fields out of range.
    static Result<LabelToken> decode(const QString& text);

    // BASE/L/<REGISTRATION>/<TOKEN>, upper case for the QR code's alphanumeric mode.
    static QString url(const QString& registry, const LabelToken& token);
    // The token of a label URL (or a bare token), or label.url-too-long / label.not-a-label-url.
    static Result<QString> tokenOfUrl(const QString& url);
};

} // namespace starmark
