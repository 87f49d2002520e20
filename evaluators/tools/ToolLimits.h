#pragma once

#include <QtGlobal>

namespace starmark {

// The most one tool output may hold (docs/limits.md, "Tool outputs"): far above a real
// scan of a product (a lab's nmap run of a /16 is some 50 MB), low enough that a hostile
// file is refused before it costs minutes or gigabytes. Change both together.
struct ToolLimits {
    static constexpr qint64 xmlBytes = 512LL * 1024 * 1024; // streamed, never held whole
    static constexpr qint64 jsonBytes = 64LL * 1024 * 1024; // JSON is parsed whole
    static constexpr int findings = 1'000'000; // ports, suites, components, vulnerabilities, … together
    static constexpr int depth = 64; // elements or containers inside one another
    static constexpr int textBytes = 1024 * 1024; // one attribute, text or string
};

} // namespace starmark
