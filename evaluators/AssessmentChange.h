#pragma once

#include "evaluators/Assessment.h"

namespace starmark {

// What an editor changed: the difference between the assessment it started
// from and the one it wants, applied to the state the file holds inside the
// write transaction. Another program's changes to other fields, answers or
// requirements in the meantime are kept, never undone.
class AssessmentChange {
public:
    AssessmentChange(const Assessment& from, const Assessment& to);

    bool isEmpty() const;
    // `state` with this change made: a field the change touches takes its new value.
    void applyTo(Assessment& state) const;

private:
    Assessment m_from;
    Assessment m_to;
};

} // namespace starmark
