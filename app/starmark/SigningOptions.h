#pragma once

#include "CommandLine.h"

#include "reports/PdfSigner.h"
#include "reports/SigningIdentity.h"
#include "reports/TimestampClient.h"

namespace starmark {

// --key, --cert, --chain, the passphrase options, --tsa and --ltv (--crl, --ocsp-response) of every command that signs.
class SigningOptions {
public:
    // What --tsa asks for: a signature timestamp from that TSA (PAdES B-T), its
    // certificate chaining to --trust or the trust store; the problems of a failed
    // request are kept for the command to report (the signer only says that it failed).
    class Timestamping {
    public:
        explicit Timestamping(std::optional<TimestampClient> client);
        Timestamping(const Timestamping&) = delete;
        Timestamping& operator=(const Timestamping&) = delete;
        // Empty without --tsa; it refers to this object, which must outlive the signing.
        PdfSigner::Timestamper stamper();
        const Problems& problems() const { return m_problems; }

    private:
        std::optional<TimestampClient> m_client;
        Problems m_problems;
    };

    static void add(CommandLine& cli);
    // The identity, or nullopt after printing why (exit code in `code`).
    static std::optional<SigningIdentity> load(CommandLine& cli, int* code);
    // The --tsa client with its trust anchors (none without --tsa); nullopt after printing why.
    static std::optional<std::optional<TimestampClient>> timestampClient(CommandLine& cli, int* code);
    // The signed PDF as the options want it kept: with --ltv, its validation data added.
    static Result<QByteArray> extend(CommandLine& cli, const QByteArray& signedPdf);
};

} // namespace starmark
