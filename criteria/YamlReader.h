#pragma once

#include "criteria/Diagnostic.h"
#include "criteria/YamlNode.h"

#include <QByteArray>

#include <optional>

namespace starmark {

// Reads one YAML document into a YamlNode tree through yaml-cpp's event API,
// rejecting what yaml-cpp would silently accept: duplicate keys, several
// documents, non-text keys, aliases, and bytes that are not UTF-8.
class YamlReader {
public:
    struct Result {
        YamlNode root;
        std::optional<Diagnostic> error;
    };

    static Result read(const QByteArray& bytes, const QString& fileName);

    // yaml-cpp counts columns in bytes; people count characters.
    static int characterColumn(const QByteArray& bytes, int line, int byteColumn);
};

} // namespace starmark
