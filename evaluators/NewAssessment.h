#pragma once

#include "criteria/CatalogLibrary.h"
#include "criteria/Result.h"
#include "evaluators/Assessment.h"

namespace starmark {

// The empty assessment a product starts from: a catalog of the target level,
// its chain pinned by digest, and the mode the level allows (★3/★4 are a lab's).
class NewAssessment {
public:
    static Assessment::Mode defaultMode(int level) { return level >= 3 ? Assessment::Mode::Lab : Assessment::Mode::Self; }
    // A problem when `mode` does not fit the catalog's level.
    static Result<Assessment> of(const CatalogLibrary& library, const Catalog& catalog, std::optional<Assessment::Mode> mode);
};

} // namespace starmark
