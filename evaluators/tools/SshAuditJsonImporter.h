#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

class QJsonDocument;

namespace starmark {

class StrictJson;

// ssh-audit's JSON (-j): the server's banner, key exchange algorithms, host key
// algorithms, ciphers and MACs, and its recommendations (add, del, chg) where the
// version writes them.
class SshAuditJsonImporter {
public:
    static Result<ToolFindings> read(const QJsonDocument& document, StrictJson& json);
};

} // namespace starmark
