#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

class QJsonDocument;

namespace starmark {

class StrictJson;

// A CycloneDX 1.4, 1.5 or 1.6 SBOM in JSON: every component (nested ones too) with
// its version, supplier, package URL and hashes; the generating tool and timestamp
// from its metadata. Other spec versions are refused, not guessed at.
class CycloneDxImporter {
public:
    static Result<ToolFindings> read(const QJsonDocument& document, StrictJson& json);
};

} // namespace starmark
