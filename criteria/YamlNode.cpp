#include "criteria/YamlNode.h"

namespace starmark {

YamlNode::YamlNode(Kind kind, Mark mark, Style style)
    : m_kind(kind)
    , m_style(style)
    , m_mark(mark)
{
}

const YamlNode* YamlNode::find(std::string_view key) const
{
    for (const Entry& entry : m_entries) {
        if (entry.key == key)
            return &entry.value;
    }
    return nullptr;
}

Message YamlNode::describe() const
{
    switch (m_kind) {
    case Kind::Null:
        return Message("YamlNode", "nothing");
    case Kind::Scalar:
        return Message("YamlNode", "a single value");
    case Kind::Sequence:
        return Message("YamlNode", "a list");
    case Kind::Map:
        return Message("YamlNode", "a map");
    }
    return Message::plain(QStringLiteral("?"));
}

} // namespace starmark
