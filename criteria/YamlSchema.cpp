#include "criteria/YamlSchema.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace starmark {
namespace {

int editDistance(std::string_view a, std::string_view b)
{
    std::vector<int> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

YamlSchema::YamlSchema(const QByteArray& bytes, const QString& path)
    : m_bytes(bytes)
    , m_lines(m_bytes)
    , m_path(path)
{
}

SourceLocation YamlSchema::at(YamlNode::Mark mark) const
{
    if (mark.line <= 0)
        return {m_path, 1, 1};
    return {m_path, mark.line, m_lines.characterColumn(mark.line, mark.column)};
}

void YamlSchema::error(YamlNode::Mark mark, const KeyPath& path, const char* code, Message message)
{
    if (m_problems.size() > InputLimits::problemsPerFile)
        return;
    if (m_problems.size() == InputLimits::problemsPerFile) {
        m_problems.append(Problem::invalid(QStringLiteral("yaml.too-many-problems"),
            Message("YamlSchema", "more than %1 problems; the rest of the file was not listed").arg(InputLimits::problemsPerFile), at(mark)));
        return;
    }
    m_problems.append(Problem::invalid(QLatin1String(code), std::move(message), at(mark), path.toString()));
}

bool YamlSchema::expect(const YamlNode& node, YamlNode::Kind kind, const KeyPath& path, const Message& what)
{
    if (node.kind() == kind)
        return true;
    error(node.mark(), path, "yaml.wrong-kind", Message("YamlSchema", "expected %1, found %2").arg(what).arg(node.describe()));
    return false;
}

void YamlSchema::checkKeys(const YamlNode& map, const KeyPath& path, Keys allowed)
{
    for (const YamlNode::Entry& entry : map.entries()) {
        if (std::find(allowed.begin(), allowed.end(), entry.key) != allowed.end())
            continue;
        std::string_view nearest;
        int best = 3;
        QStringList names;
        for (std::string_view name : allowed) {
            names << QString::fromLatin1(name.data(), qsizetype(name.size()));
            if (const int d = editDistance(entry.key, name); d < best) {
                best = d;
                nearest = name;
            }
        }
        if (nearest.empty()) {
            error(entry.keyMark, path.key(entry.key), "yaml.unknown-key",
                Message("YamlSchema", "unknown key %1; the keys allowed here are: %2").arg(quoted(entry.key)).arg(names.join(QStringLiteral(", "))));
        } else {
            error(entry.keyMark, path.key(entry.key), "yaml.unknown-key",
                Message("YamlSchema", "unknown key %1; did you mean '%2'?")
                    .arg(quoted(entry.key))
                    .arg(QString::fromLatin1(nearest.data(), qsizetype(nearest.size()))));
        }
    }
}

const YamlNode* YamlSchema::required(const YamlNode& map, std::string_view key, const KeyPath& path)
{
    const YamlNode* node = map.find(key);
    if (!node) {
        error(map.mark(), path.key(key), "yaml.missing-key",
            Message("YamlSchema", "the required key '%1' is missing from this map").arg(QString::fromLatin1(key.data(), qsizetype(key.size()))));
    } else if (node->isNull()) {
        // An empty value's own mark is wherever the next token starts: point at its key instead.
        const auto entry = std::find_if(map.entries().begin(), map.entries().end(), [&](const YamlNode::Entry& e) { return e.key == key; });
        error(entry->keyMark, path.key(key), "yaml.no-value",
            Message("YamlSchema", "'%1' has no value").arg(QString::fromLatin1(key.data(), qsizetype(key.size()))));
        return nullptr;
    }
    return node;
}

const YamlNode* YamlSchema::optional(const YamlNode& map, std::string_view key)
{
    const YamlNode* node = map.find(key);
    return node && !node->isNull() ? node : nullptr;
}

std::optional<QString> YamlSchema::text(const YamlNode& node, const KeyPath& path, int maxLength)
{
    if (!expect(node, YamlNode::Kind::Scalar, path, Message("YamlSchema", "text")))
        return std::nullopt;
    QString value = QString::fromStdString(node.scalar());
    if (value.trimmed().isEmpty()) {
        error(node.mark(), path, "yaml.empty-text", Message("YamlSchema", "the text is empty"));
        return std::nullopt;
    }
    if (value.size() > maxLength) { // UTF-16 units: never fewer than characters
        if (const qsizetype characters = InputLimits::characters(value); characters > maxLength) {
            error(node.mark(), path, "yaml.text-too-long",
                Message("YamlSchema", "the text has %1 characters; the limit is %2 characters (docs/limits.md)")
                    .arg(InputLimits::figure(characters))
                    .arg(InputLimits::figure(maxLength)));
            return std::nullopt;
        }
    }
    return value;
}

std::optional<QString> YamlSchema::identifier(const YamlNode& node, const KeyPath& path, const IdRule& rule)
{
    std::optional<QString> value = text(node, path);
    if (value && !rule.accepts(*value)) {
        error(node.mark(), path, "yaml.bad-id",
            Message("YamlSchema", "'%1' is not a valid id: an id has %2").arg(*value).arg(Message("IdRule", rule.description)));
        return std::nullopt;
    }
    return value;
}

std::optional<int> YamlSchema::integer(const YamlNode& node, const KeyPath& path, int min, int max)
{
    if (!expect(node, YamlNode::Kind::Scalar, path, Message("YamlSchema", "a whole number")))
        return std::nullopt;
    bool ok = false;
    const int value = QString::fromStdString(node.scalar()).toInt(&ok);
    if (!ok || node.style() != YamlNode::Style::Plain || value < min || value > max) {
        error(node.mark(), path, "yaml.bad-number",
            Message("YamlSchema", "expected a whole number from %1 to %2 (unquoted), found '%3'")
                .arg(min)
                .arg(max)
                .arg(QString::fromStdString(node.scalar())));
        return std::nullopt;
    }
    return value;
}

std::optional<LocalizedText> YamlSchema::localized(const YamlNode& node, const KeyPath& path, int maxLength)
{
    if (!expect(node, YamlNode::Kind::Map, path, Message("YamlSchema", "a map with 'ja' and 'en' texts")))
        return std::nullopt;
    checkKeys(node, path, {"ja", "en"});
    std::optional<QString> ja;
    std::optional<QString> en;
    if (const YamlNode* n = translation(node, "ja", path))
        ja = text(*n, path.key("ja"), maxLength);
    if (const YamlNode* n = translation(node, "en", path))
        en = text(*n, path.key("en"), maxLength);
    if (!ja || !en)
        return std::nullopt;
    return LocalizedText{*ja, *en};
}

const YamlNode* YamlSchema::translation(const YamlNode& map, std::string_view language, const KeyPath& path)
{
    const YamlNode* node = map.find(language);
    if (!node) {
        error(map.mark(), path.key(language), "yaml.missing-translation",
            language == "ja" ? Message("YamlSchema", "the Japanese text (ja) is missing; every text is given in Japanese and English")
                             : Message("YamlSchema", "the English text (en) is missing; every text is given in Japanese and English"));
    }
    return node;
}

bool YamlSchema::checkUnique(QSet<QString>& seen, const QString& id, const YamlNode& node, const KeyPath& path, const Message& what)
{
    if (seen.contains(id)) {
        error(node.mark(), path, "yaml.duplicate-id", Message("YamlSchema", "the %1 id '%2' is used twice").arg(what).arg(id));
        return false;
    }
    seen.insert(id);
    return true;
}

QString YamlSchema::quoted(const std::string& s)
{
    constexpr int shown = 80; // a message quotes a value to point at it, not to repeat a long one
    QString text = QString::fromStdString(s);
    if (text.size() > shown)
        text = text.left(text.at(shown - 1).isHighSurrogate() ? shown - 1 : shown) + QStringLiteral("…");
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace starmark
