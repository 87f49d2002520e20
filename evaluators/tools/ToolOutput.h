#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

#include <optional>

namespace starmark {

// A tool's output file read into findings: its format found from its content (or
// the one given, which the content must bear out), then read by that format's
// importer. Every problem is Unusable (the file cannot be used as evidence at all)
// and names the file and the line and column, or the JSON path.
class ToolOutput {
public:
    static Result<ToolFindings> read(const QString& path, std::optional<ToolFormat> format = std::nullopt);
};

} // namespace starmark
