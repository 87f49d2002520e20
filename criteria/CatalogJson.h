#pragma once

#include "criteria/Catalog.h"

#include <QJsonObject>

namespace starmark {

// The catalog's content as JSON, in both languages: what `catalog show --json`
// prints and what CatalogDigest hashes. Where in a file a thing was written is
// not content and is left out.
class CatalogJson {
public:
    static QJsonObject toJson(const Catalog& catalog);
    static QJsonObject toJson(const Requirement& requirement);
    static QJsonObject toJson(const LocalizedText& text); // {ja, en}
    static LocalizedText textFromJson(const QJsonValue& json);
};

} // namespace starmark
