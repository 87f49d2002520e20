#pragma once

#include "criteria/Catalog.h"
#include "evaluators/Assessment.h"

namespace starmark {

// Writes an assessment as a declaration (docs/declaration-format.md) in a fixed
// order — the chain's question and requirement order — so that reading it back
// and writing it again gives the same bytes.
class DeclarationWriter {
public:
    static QByteArray write(const Assessment& assessment, const QList<const Catalog*>& chain);
};

} // namespace starmark
