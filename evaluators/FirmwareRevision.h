#pragma once

#include "criteria/Catalog.h"
#include "criteria/Result.h"
#include "evaluators/Assessment.h"

namespace starmark {

// A new firmware of an assessed product: the next revision of its assessment.
// Results carry over; those resting on what was observed on the device are
// marked for re-checking (documents still hold), and any sign-off is gone.
class FirmwareRevision {
public:
    struct Started {
        Assessment assessment;
        QStringList rechecks; // the requirements to re-check on the device
    };
    // A problem when `firmware` is empty or the one already assessed.
    static Result<Started> start(const Assessment& current, const QList<const Catalog*>& chain, const QString& firmware);
};

} // namespace starmark
