#include "criteria/KnownDigests.h"

#include "criteria/InputFile.h"
#include "criteria/InputLimits.h"

#include <QJsonDocument>

namespace starmark {

Result<KnownDigests> KnownDigests::load(const QString& path)
{
    const Result<QByteArray> bytes = InputFile::read(path, InputLimits::jsonBytes);
    if (!bytes) {
        Problem unread = bytes.problems().constFirst();
        unread.severity = Problem::Severity::Warning;
        return {KnownDigests(), {unread}};
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parse);
    if (!document.isObject()) {
        return {KnownDigests(),
            {Problem::warning(QStringLiteral("known-digests.not-json"),
                Message("KnownDigests", "not a JSON object (%1)").arg(Message::plain(parse.errorString())), {path, 0, 0})}};
    }
    return fromJson(document.object());
}

KnownDigests KnownDigests::fromJson(const QJsonObject& json)
{
    KnownDigests known;
    for (auto catalog = json.begin(); catalog != json.end(); ++catalog) {
        const QJsonObject versions = catalog.value().toObject();
        for (auto it = versions.begin(); it != versions.end(); ++it)
            known.add(catalog.key(), it.key().toLatin1(), it.value().toString());
    }
    return known;
}

void KnownDigests::add(const QString& catalog, const QByteArray& digest, const QString& version)
{
    m_versions[catalog].insert(digest, version);
}

std::optional<QString> KnownDigests::version(const QString& catalog, const QByteArray& digest) const
{
    const auto c = m_versions.constFind(catalog);
    if (c == m_versions.cend() || !c->contains(digest))
        return std::nullopt;
    return c->value(digest);
}

} // namespace starmark
