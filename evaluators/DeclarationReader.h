#pragma once

#include "criteria/CatalogLibrary.h"
#include "evaluators/Assessment.h"

namespace starmark {

// Reads a declaration (docs/declaration-format.md) against the catalogs of a
// library: every requirement, test case, question and option must exist in
// the chain, every result must fit its requirement, every evidence file must
// be a regular file inside the declaration's folder (EvidenceSource). Evidence
// is located here and hashed when it is stored.
class DeclarationReader {
public:
    struct Result {
        std::optional<Assessment> assessment; // absent when any problem was found
        Problems problems;
    };

    static Result readFile(const QString& path, const CatalogLibrary& library);
    static Result read(const QByteArray& bytes, const QString& path, const CatalogLibrary& library);
};

} // namespace starmark
