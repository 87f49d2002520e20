#pragma once

#include "criteria/Catalog.h"
#include "criteria/Message.h"

#include <QJsonObject>

namespace starmark {

// What changed in a catalog since an assessment pinned it: requirements added,
// removed, reworded (title or text) or otherwise changed (method, items, tests…).
class CatalogChange {
public:
    struct Entry {
        enum class Kind { Added, Removed, Reworded, Changed } kind;
        QString requirement;
        QStringList fields; // for Reworded / Changed: which keys differ
        Message describe() const;
    };

    // `pinned`: the catalog's canonical JSON as stored in the assessment file.
    static QList<Entry> between(const QJsonObject& pinned, const Catalog& current);
};

} // namespace starmark
