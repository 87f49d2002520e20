#pragma once

#include "criteria/CatalogLibrary.h"
#include "criteria/Result.h"
#include "evaluators/AssessmentFile.h"

#include <memory>

namespace starmark {

// An assessment file opened with the catalogs it is assessed against: how every
// command, the report, the label and the desktop app open one.
struct OpenedAssessment {
    std::unique_ptr<AssessmentFile> file;
    Assessment assessment;
    QList<const Catalog*> chain; // into the library given to open(), which must outlive it

    // Problems when the file cannot be opened or read, or its catalog is not in
    // `library` or not valid; warnings ride along for each change in the catalogs
    // since the assessment pinned them.
    // Problems that stop a change: the edit's own, or the file's refusal (signed off, disk full).
    using Edit = std::function<Problems(Assessment& state)>;

    static Result<OpenedAssessment> open(
        const QString& path, AssessmentFile::Access access, const CatalogLibrary& library, const Clock& clock = Clock::system());
    // Makes `edit` to the state the file holds, inside its write transaction; nothing when it
    // returns an error. Every problem names the file. The warnings of the edit ride along.
    Result<void> update(
        const Edit& edit, const QString& who, const Clock& clock, const std::optional<AssessmentFile::Origin>& origin = std::nullopt);
};

} // namespace starmark
