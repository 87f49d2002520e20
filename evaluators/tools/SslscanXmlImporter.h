#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

class QIODevice;

namespace starmark {

// sslscan's XML output (--xml=FILE): per tested endpoint the protocol versions
// offered, the accepted cipher suites, the key exchange groups, the certificate's key
// and signature, and the weaknesses sslscan tests (heartbleed, insecure
// renegotiation, compression).
class SslscanXmlImporter {
public:
    static Result<ToolFindings> read(QIODevice& device, const QString& file);
};

} // namespace starmark
