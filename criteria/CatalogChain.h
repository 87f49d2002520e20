#pragma once

#include "criteria/Catalog.h"

namespace starmark {

// Look-ups across a catalog chain (lowest level first), as assessments see it.
class CatalogChain {
public:
    // `level`, when given, receives the level of the catalog that holds it.
    static const Requirement* requirement(const QList<const Catalog*>& chain, const QString& id, int* level = nullptr);
    static const Question* question(const QList<const Catalog*>& chain, const QString& id);
    static QStringList questionIds(const QList<const Catalog*>& chain);
};

} // namespace starmark
