#pragma once

#include "criteria/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace starmark {

// The digests of every catalog version StarMark has shipped
// (share/catalogs/known-digests.json): a verifier says whether a report was
// made against a known catalog without parsing any YAML, and reports made
// against older versions stay known after a catalog changes.
class KnownDigests {
public:
    // A file that cannot be read gives no digests and a warning (codes known-digests.*):
    // reports stay verifiable, only no catalog version is recognised.
    static Result<KnownDigests> load(const QString& path);
    static KnownDigests fromJson(const QJsonObject& json);

    void add(const QString& catalog, const QByteArray& digest, const QString& version);
    // The catalog version with this digest, or nullopt when it is not known.
    std::optional<QString> version(const QString& catalog, const QByteArray& digest) const;

private:
    QMap<QString, QMap<QByteArray, QString>> m_versions; // catalog → digest → version
};

} // namespace starmark
