#pragma once

#include "CommandLine.h"

#include "reports/SigningIdentity.h"

namespace starmark {

// --key, --cert, --chain, the passphrase options and --ltv (--crl, --ocsp-response) of every command that signs.
class SigningOptions {
public:
    static void add(CommandLine& cli);
    // The identity, or nullopt after printing why (exit code in `code`).
    static std::optional<SigningIdentity> load(CommandLine& cli, int* code);
    // The signed PDF as the options want it kept: with --ltv, its validation data added.
    static Result<QByteArray> extend(CommandLine& cli, const QByteArray& signedPdf);
};

} // namespace starmark
