#pragma once

#include "criteria/Result.h"
#include "reports/RevocationStatus.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace starmark {

// What a verifier needs years later to check a signature without asking anyone:
// the signer's chain and, for every certificate on it but the root, revocation
// data its issuer signed (PAdES B-LT). When the signature carries a timestamp
// token (unsigned attribute 1.2.840.113549.1.9.16.2.14), the TSA's chain too.
// Revocation data comes from the files given first, then OCSP at the
// certificate's AIA (HTTP POST), then the CRL at its distribution point (GET),
// each request bounded in time and size.
class ValidationData {
public:
    struct Sources {
        QStringList ocspResponseFiles;
        QStringList crlFiles;
        int timeoutMs = 10000; // each request
    };
    struct Covered {
        QString subject;
        RevocationStatus::Source source = RevocationStatus::Source::None;
        bool fromFile = false;
    };

    QList<QByteArray> certificates; // DER, the signer's first
    QList<QByteArray> ocspResponses; // DER
    QList<QByteArray> crls; // DER
    QList<Covered> covered; // each certificate checked, in path order

    // `cms`: the signature value (DER, trailing zero padding allowed). Problems: ltv.*.
    static Result<ValidationData> gather(const QByteArray& cms, const Sources& sources);

    static constexpr qint64 maxResponseBytes = 1 << 20;
};

} // namespace starmark
