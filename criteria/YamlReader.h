#pragma once

#include "criteria/Problem.h"
#include "criteria/YamlNode.h"

#include <QByteArray>

#include <optional>

namespace starmark {

// Reads one YAML document into a YamlNode tree through yaml-cpp's event API,
// rejecting what yaml-cpp would silently accept: duplicate keys, several
// documents, non-text keys, aliases, and bytes that are not strict UTF-8; and
// holding each file to InputLimits (size, nesting, key and value counts).
class YamlReader {
public:
    struct Result {
        YamlNode root;
        std::optional<Problem> error;
    };

    // Marks in the result count columns in bytes, as yaml-cpp does; the error's
    // location is already in characters (see LineIndex).
    static Result read(const QByteArray& bytes, const QString& fileName);
};

} // namespace starmark
