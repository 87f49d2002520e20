#pragma once

#include "criteria/Message.h"

#include <string>
#include <string_view>
#include <vector>

namespace starmark {

// A YAML node as a catalog author wrote it: every node and every key keeps its
// 1-based line and column, which yaml-cpp's own Node loses on conversion.
class YamlNode {
public:
    enum class Kind { Null, Scalar, Sequence, Map };
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Block };
    struct Mark {
        int line = 0;
        int column = 0;
    };
    struct Entry;

    YamlNode() = default;
    YamlNode(Kind kind, Mark mark, Style style = Style::Plain);

    Kind kind() const { return m_kind; }
    Style style() const { return m_style; }
    Mark mark() const { return m_mark; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMap() const { return m_kind == Kind::Map; }

    const std::string& scalar() const { return m_scalar; }
    const std::vector<YamlNode>& items() const { return m_items; }
    const std::vector<Entry>& entries() const { return m_entries; }
    const YamlNode* find(std::string_view key) const;

    // What a reader would call this kind of node in an error message.
    Message describe() const;

private:
    friend class YamlTreeBuilder; // builds trees in YamlReader.cpp

    Kind m_kind = Kind::Null;
    Style m_style = Style::Plain;
    Mark m_mark;
    std::string m_scalar;
    std::vector<YamlNode> m_items;
    std::vector<Entry> m_entries;
};

struct YamlNode::Entry {
    std::string key;
    Mark keyMark;
    YamlNode value;
};

} // namespace starmark
