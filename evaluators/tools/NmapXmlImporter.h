#pragma once

#include "criteria/Result.h"
#include "evaluators/tools/ToolFindings.h"

class QIODevice;

namespace starmark {

// nmap's XML output (-oX): the open ports, each number once with how many hosts have it
// open and, for its first hosts, their address, service, product, version, TLS tunnel and
// scripts' output; the scan's version, start time and command line. Streamed, and what is
// kept follows the port numbers found, not the hosts: a scan of a /16 costs the memory of a
// scan of one host with the same ports.
class NmapXmlImporter {
public:
    static Result<ToolFindings> read(QIODevice& device, const QString& file);
};

} // namespace starmark
