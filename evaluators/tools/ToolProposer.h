#pragma once

#include "evaluators/tools/ToolFindings.h"
#include "evaluators/tools/ToolProposal.h"
#include "evaluators/tools/ToolRules.h"

namespace starmark {

// Derives the proposals of the rules for one tool output's findings: the same
// findings and rules always give the same proposals, so that `verify --recheck` can
// derive them again from the output inside a signed report. A check that finds
// nothing to say proposes nothing (no known exploited vulnerability does not make a
// scan pass; an SBOM with gaps is not called complete).
class ToolProposer {
public:
    struct Context {
        QStringList neededInterfaces; // Product::neededInterfaces: "tcp/443", a service name after a space ignored; none means none is needed
        QByteArray evidence; // hex SHA-256 of the output
        QString tool;
        QString toolVersion;
    };

    static QList<ToolProposal> propose(const ToolFindings& findings, const ToolRules& rules, const Context& context);
};

} // namespace starmark
