#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

class QJsonDocument;

namespace starmark {

class StrictJson;

// osv-scanner's JSON (--format json), made offline against a local OSV database:
// per package and version the vulnerabilities with their aliases, summary and
// highest CVSS score (the group's max_severity). An entry whose
// database_specific.known_exploited is true (the lab marks those it finds in a
// known-exploited list such as CISA's KEV) counts as known to be exploited.
class OsvImporter {
public:
    static Result<ToolFindings> read(const QJsonDocument& document, StrictJson& json);
};

} // namespace starmark
