#pragma once

#include "criteria/Catalog.h"

#include <QByteArray>

#include <optional>

namespace starmark {

// Reads one catalog file: YAML syntax, key names, types, vocabularies and the
// checks that need nothing but the file itself. Cross-file checks (extends,
// IDs unique across a chain, questions named by applies_if) are CatalogLibrary's.
class CatalogReader {
public:
    struct Result {
        std::optional<Catalog> catalog; // absent when any problem was found
        Problems problems;
    };

    static Result readFile(const QString& path);
    static Result read(const QByteArray& bytes, const QString& path);
};

} // namespace starmark
