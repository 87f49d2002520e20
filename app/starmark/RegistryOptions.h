#pragma once

#include "CommandLine.h"

#include "labels/RegistryStore.h"

namespace starmark {

// --db, the registry database, for every command that works on the registry.
class RegistryOptions {
public:
    static constexpr const char* defaultDatabase = "starmark-registry.db";

    static void add(CommandLine& cli);
    // Where --db points; nullopt after printing a usage error.
    static std::optional<RegistryLocation> location(CommandLine& cli);
    // The opened (and migrated) store; nullptr after printing why, with the exit code in `code`.
    static std::unique_ptr<RegistryStore> open(CommandLine& cli, const Clock& clock, int* code);
};

} // namespace starmark
