#pragma once

#include "criteria/Catalog.h"

#include <QByteArray>

namespace starmark {

// SHA-256 over the catalog's canonical JSON (keys sorted, no white space): the
// same content gives the same digest however the YAML was formatted.
class CatalogDigest {
public:
    static QByteArray of(const Catalog& catalog); // hex, 64 characters
};

} // namespace starmark
