#pragma once

#include "criteria/Problem.h"
#include "criteria/IdRule.h"
#include "criteria/InputLimits.h"
#include "criteria/KeyPath.h"
#include "criteria/LineIndex.h"
#include "criteria/LocalizedText.h"
#include "criteria/Vocabulary.h"
#include "criteria/YamlNode.h"

#include <QSet>

#include <initializer_list>
#include <optional>

namespace starmark {

// Typed reading of a YamlNode tree against a strict schema: every problem
// becomes a Problem (codes yaml.*) with the file, the line, the character column and the
// key path, and reading goes on so that all problems are reported at once.
// The catalog and declaration readers build on it.
class YamlSchema {
public:
    using Keys = std::initializer_list<std::string_view>;

    const Problems& problems() const { return m_problems; }

protected:
    YamlSchema(const QByteArray& bytes, const QString& path);

    static QString quoted(const std::string& s); // 'like this', for messages

    SourceLocation at(YamlNode::Mark mark) const;

    // Lists at most InputLimits::problemsPerFile problems, then one that says there are more.
    void error(YamlNode::Mark mark, const KeyPath& path, const char* code, Message message);

    // `what` names what belongs here, e.g. Message("CatalogReader", "a map with 'document' and 'note'").
    bool expect(const YamlNode& node, YamlNode::Kind kind, const KeyPath& path, const Message& what);

    // Reports keys the format does not know, suggesting the nearest known one.
    void checkKeys(const YamlNode& map, const KeyPath& path, Keys allowed);

    // A missing key has no place of its own: report it at the map that lacks it.
    const YamlNode* required(const YamlNode& map, std::string_view key, const KeyPath& path);

    // An optional key written with no value counts as absent.
    static const YamlNode* optional(const YamlNode& map, std::string_view key);

    // Text of at most `maxLength` characters; the default is the limit for prose,
    // so a field that forgets its own limit is never refused by a shorter one.
    std::optional<QString> text(const YamlNode& node, const KeyPath& path, int maxLength = InputLimits::longTextCharacters);

    std::optional<QString> identifier(const YamlNode& node, const KeyPath& path, const IdRule& rule);

    std::optional<int> integer(const YamlNode& node, const KeyPath& path, int min, int max);

    template <typename Enum, size_t N>
    std::optional<Enum> term(const YamlNode& node, const KeyPath& path, const Term<Enum> (&terms)[N], const Message& what)
    {
        if (!expect(node, YamlNode::Kind::Scalar, path, what))
            return std::nullopt;
        const std::optional<Enum> value = termFromName<Enum>(terms, node.scalar());
        if (!value) {
            error(node.mark(), path, "yaml.unknown-term",
                Message("YamlSchema", "%1 is not a valid %2; the choices are: %3")
                    .arg(quoted(node.scalar()))
                    .arg(what)
                    .arg(termList<Enum>(terms)));
        }
        return value;
    }

    std::optional<LocalizedText> localized(const YamlNode& node, const KeyPath& path, int maxLength = InputLimits::longTextCharacters);

    const YamlNode* translation(const YamlNode& map, std::string_view language, const KeyPath& path);

    // Calls read(element, path) for each element of a list, naming elements by their id.
    template <typename Read> void eachElement(const YamlNode& list, const KeyPath& path, Read read)
    {
        if (!expect(list, YamlNode::Kind::Sequence, path, Message("YamlSchema", "a list")))
            return;
        int index = 0;
        for (const YamlNode& element : list.items()) {
            QString id;
            if (element.isMap()) {
                if (const YamlNode* idNode = element.find("id"); idNode && idNode->isScalar())
                    id = QString::fromStdString(idNode->scalar());
            }
            read(element, path.element(index++, id));
        }
    }

    // False, with an error, when `id` was seen before in `seen`.
    // `what` is a noun for the message: Message("CatalogReader", "option").
    bool checkUnique(QSet<QString>& seen, const QString& id, const YamlNode& node, const KeyPath& path, const Message& what);

    const QByteArray& m_bytes;
    LineIndex m_lines;
    QString m_path;
    Problems m_problems;
};

} // namespace starmark
