#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

class QIODevice;

namespace starmark {

// nmap's XML output (-oX): every host's address and its ports with their state,
// service, product, version, TLS tunnel and scripts' output; the scan's version,
// start time and command line. Streamed: memory grows with the ports found, not the file.
class NmapXmlImporter {
public:
    static Result<ToolFindings> read(QIODevice& device, const QString& file);
};

} // namespace starmark
