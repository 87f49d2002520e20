#pragma once

#include "criteria/Catalog.h"
#include "criteria/Result.h"
#include "evaluators/Assessment.h"
#include "evaluators/Clock.h"

namespace starmark {

// A declaration read (DeclarationReader) put into an assessment file: a new one,
// or the one that exists, whose state it replaces in one audited transaction.
// Into a file of the same catalog it updates the revision in progress.
class DeclarationImport {
public:
    static Result<void> into(
        const QString& path, const Assessment& declared, const QList<const Catalog*>& chain, const QString& who, const Clock& clock);
};

} // namespace starmark
