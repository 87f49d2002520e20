#pragma once

#include "evaluators/Assessment.h"
#include "evaluators/Outcome.h"

#include <QJsonObject>

namespace starmark {

// An assessment as JSON: how the `*.starmark` file stores its parts, how a
// revision is snapshotted, and what machines read (`assess status --json`,
// the JSON embedded in reports).
class AssessmentJson {
public:
    static QJsonObject toJson(const Assessment& assessment);
    static std::optional<Assessment> fromJson(const QJsonObject& json);

    // The parts apart: everything but profile and results, and one result.
    static QJsonObject header(const Assessment& assessment);
    static bool readHeader(const QJsonObject& json, Assessment& assessment);
    static QJsonObject toJson(const Assessment::Result& result);
    static std::optional<Assessment::Result> resultFromJson(const QJsonObject& json);
    static QJsonObject toJson(const Outcome& outcome);
};

} // namespace starmark
