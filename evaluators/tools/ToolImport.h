#pragma once

#include "criteria/Result.h"
#include "evaluators/Clock.h"
#include "evaluators/OpenedAssessment.h"
#include "evaluators/tools/ToolFindings.h"
#include "evaluators/tools/ToolRules.h"

#include <optional>

namespace starmark {

// The one use case behind `starmark tool import` (and `tool run`, which calls it with
// the file it captured): a tool's output read into findings, then stored as evidence —
// by SHA-256, like any evidence — of every requirement the rules tie its format to,
// with the tool's name, version, arguments and run time, in one audited change. The
// file is copied before it is read, so what is stored is byte for byte what was read.
// Nothing is changed when the file is refused, already imported, or tied to no
// requirement of the assessment's catalogs.
class ToolImport {
public:
    struct Request {
        QString file;
        std::optional<ToolFormat> format; // else found from the content
        ToolFindings::Run run; // what a runner knows; each field given wins over what the file says
        QStringList companions; // files stored beside the output on the same requirements (a runner's record of the run)
    };
    struct Imported {
        ToolFindings findings;
        Assessment::ToolRun run;
    };

    static Result<Imported> import(
        OpenedAssessment& opened, const ToolRules& rules, const Request& request, const QString& who, const Clock& clock);
};

} // namespace starmark
