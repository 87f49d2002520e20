#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

class QJsonDocument;

namespace starmark {

class StrictJson;

// testssl.sh's flat JSON (--jsonfile): one entry a check. Per host and port the
// protocols offered (SSLv2 … TLS1_3), each cipher suite offered (--each-cipher,
// cipher-* entries), the key exchange curves (--fs), the certificate's key and
// signature (--server-defaults), and every vulnerability check it found vulnerable.
class TestsslJsonImporter {
public:
    static Result<ToolFindings> read(const QJsonDocument& document, StrictJson& json);
};

} // namespace starmark
