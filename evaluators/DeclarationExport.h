#pragma once

#include "criteria/Catalog.h"
#include "criteria/Result.h"
#include "evaluators/AssessmentFile.h"

namespace starmark {

// An assessment written back as a declaration with its evidence beside it, in
// a folder of its own: built under a temporary name and renamed into place, so
// an export stopped half-way (damaged evidence, a full disk) leaves nothing.
// Every evidence file gets a name of its own inside the folder, so reading the
// export back gives every evidence file exactly, even where two had one name.
class DeclarationExport {
public:
    // Writes `assessment` (held by `file`) as `declarationPath`, whose folder must be new or empty.
    static Result<void> write(
        const AssessmentFile& file, const Assessment& assessment, const QList<const Catalog*>& chain, const QString& declarationPath);
    // `assessment` with each evidence named as the export writes it: inside the folder, one name per content.
    static Assessment withUniqueNames(const Assessment& assessment, const QString& declarationName);
};

} // namespace starmark
