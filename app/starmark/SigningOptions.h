#pragma once

#include "CommandLine.h"

#include "reports/SigningIdentity.h"

namespace starmark {

// --key, --cert, --chain and the passphrase options of every command that signs.
class SigningOptions {
public:
    static void add(CommandLine& cli);
    // The identity, or nullopt after printing why (exit code in `code`).
    static std::optional<SigningIdentity> load(CommandLine& cli, int* code);
};

} // namespace starmark
