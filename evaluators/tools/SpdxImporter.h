#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

class QJsonDocument;

namespace starmark {

class StrictJson;

// An SPDX 2.3 SBOM in JSON: every package with its version, supplier, checksums
// and package URL; the creating tool and time from creationInfo.
class SpdxImporter {
public:
    static Result<ToolFindings> read(const QJsonDocument& document, StrictJson& json);
};

} // namespace starmark
