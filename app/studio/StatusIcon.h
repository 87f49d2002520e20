#pragma once

#include "evaluators/Verdict.h"

#include <QIcon>

namespace starmark::studio {

// The icon of a requirement's state in the tree and the outcome panel. Shape
// and glyph tell the states apart, not colour alone.
class StatusIcon {
public:
    enum class State { Pass, Fail, NotApplicable, NotAssessed, NeedsAttention };
    static State of(Verdict verdict, bool needsAttention);
    static QIcon icon(State state);
};

} // namespace starmark::studio
