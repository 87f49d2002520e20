#pragma once

#include "evaluators/tools/ToolRules.h"

namespace starmark {

// share/tool-rules/*.yaml into ToolRules, on criteria's strict YAML reading (YamlSchema):
// every problem placed at its line, column and key, unknown keys named with the nearest known one.
class ToolRulesReader {
public:
    static Result<ToolRules> read(const QByteArray& bytes, const QString& path);
};

} // namespace starmark
