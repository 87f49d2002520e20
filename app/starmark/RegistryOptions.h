#pragma once

#include "CommandLine.h"

#include "labels/registry/RegistryStore.h"

namespace starmark {

// --db, the registry database, for every command that works on the registry, and how
// those commands tell what the registry refused.
class RegistryOptions {
public:
    static constexpr const char* defaultDatabase = "starmark-registry.db";

    static void add(CommandLine& cli);
    // Where --db points; nullopt after printing a usage error.
    static std::optional<RegistryLocation> location(CommandLine& cli);
    // The opened (and migrated) store; nullptr after printing why (the caller exits 2: nothing it can do to open is valid input).
    static std::unique_ptr<RegistryStore> open(CommandLine& cli, const Clock& clock);
};

} // namespace starmark
