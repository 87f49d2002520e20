#include "criteria/CatalogDigest.h"

#include "criteria/CatalogJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace starmark {

// QJsonObject keeps its keys sorted and Compact output has no insignificant
// white space, so the serialisation is canonical without further work.
QByteArray CatalogDigest::of(const Catalog& catalog)
{
    const QByteArray canonical = QJsonDocument(CatalogJson::toJson(catalog)).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

} // namespace starmark
