#include "criteria/YamlReader.h"

#include "criteria/LineIndex.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace starmark {
namespace {

struct ReadError {
    YamlNode::Mark mark;
    QString key;
    QString message;
};

YamlNode::Mark toMark(const YAML::Mark& mark)
{
    if (mark.is_null())
        return {};
    return {mark.line + 1, mark.column + 1};
}

} // namespace

class YamlTreeBuilder : public YAML::EventHandler {
public:
    explicit YamlTreeBuilder(const QByteArray& source, YamlNode& root)
        : m_source(source)
        , m_root(root)
    {
    }

    void OnDocumentStart(const YAML::Mark&) override { }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override
    {
        if (expectingKey())
            fail(mark, QStringLiteral("a key is empty; write a name before the colon"));
        place(YamlNode(YamlNode::Kind::Null, toMark(mark)));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override
    {
        fail(mark, QStringLiteral("aliases (*name) are not allowed in catalogs; write the value out in full"));
    }

    void OnAnchor(const YAML::Mark& mark, const std::string&) override
    {
        fail(mark, QStringLiteral("anchors (&name) are not allowed in catalogs; write the value out in full"));
    }

    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override
    {
        rejectAnchor(mark, anchor);
        if (expectingKey()) {
            addKey(mark, value);
            return;
        }
        YamlNode node(YamlNode::Kind::Scalar, toMark(mark), styleAt(mark));
        node.m_scalar = value;
        place(std::move(node));
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        rejectAnchor(mark, anchor);
        open(YamlNode(YamlNode::Kind::Sequence, toMark(mark)), mark);
    }

    void OnSequenceEnd() override { m_stack.pop_back(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        rejectAnchor(mark, anchor);
        open(YamlNode(YamlNode::Kind::Map, toMark(mark)), mark);
    }

    void OnMapEnd() override { m_stack.pop_back(); }

private:
    // A map alternates key, value; the key is placed as an entry whose value is still pending.
    struct Frame {
        YamlNode* node;
        bool valuePending = false;
    };

    bool expectingKey() const { return !m_stack.empty() && m_stack.back().node->isMap() && !m_stack.back().valuePending; }

    [[noreturn]] void fail(const YAML::Mark& mark, QString message, const std::string& key = {})
    {
        throw ReadError{toMark(mark), path(key), std::move(message)};
    }

public:
    // The key path of the node being read, in the form KeyPath uses
    // (requirements[S1.1-04].method), plus `key` when one is being added.
    QString path(const std::string& key) const
    {
        QString text;
        auto append
            = [&](const std::string& name) { text += (text.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromStdString(name); };
        for (size_t i = 0; i < m_stack.size(); ++i) {
            const YamlNode& node = *m_stack[i].node;
            const bool inChild = i + 1 < m_stack.size(); // the last item or entry is still open
            if (node.isSequence() && inChild) {
                const YamlNode& element = node.m_items.back();
                const YamlNode* id = element.find("id");
                text += QLatin1Char('[')
                    + (id && id->isScalar() ? QString::fromStdString(id->scalar()) : QString::number(node.m_items.size() - 1))
                    + QLatin1Char(']');
            } else if (node.isMap() && (m_stack[i].valuePending || inChild)) {
                append(node.m_entries.back().key);
            }
        }
        if (!key.empty())
            append(key);
        return text;
    }

private:
    void rejectAnchor(const YAML::Mark& mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            OnAnchor(mark, {});
    }

    YamlNode::Style styleAt(const YAML::Mark& mark) const
    {
        if (mark.pos < 0 || mark.pos >= m_source.size())
            return YamlNode::Style::Plain;
        switch (m_source.at(mark.pos)) {
        case '"':
            return YamlNode::Style::DoubleQuoted;
        case '\'':
            return YamlNode::Style::SingleQuoted;
        case '|':
        case '>':
            return YamlNode::Style::Block;
        default:
            return YamlNode::Style::Plain;
        }
    }

    void addKey(const YAML::Mark& mark, const std::string& key)
    {
        YamlNode& map = *m_stack.back().node;
        for (const YamlNode::Entry& entry : map.m_entries) {
            if (entry.key == key) {
                fail(mark,
                    QStringLiteral("duplicate key '%1' (first at line %2); remove one of them")
                        .arg(QString::fromStdString(key))
                        .arg(entry.keyMark.line),
                    key);
            }
        }
        map.m_entries.push_back({key, toMark(mark), {}});
        m_stack.back().valuePending = true;
    }

    YamlNode* place(YamlNode&& node)
    {
        if (m_stack.empty()) {
            m_root = std::move(node);
            return &m_root;
        }
        Frame& parent = m_stack.back();
        if (parent.node->isSequence()) {
            parent.node->m_items.push_back(std::move(node));
            return &parent.node->m_items.back();
        }
        parent.valuePending = false;
        parent.node->m_entries.back().value = std::move(node);
        return &parent.node->m_entries.back().value;
    }

    // Children are only appended after an open node is closed, so the pointers on
    // the stack stay valid while they are in use.
    void open(YamlNode&& node, const YAML::Mark& mark)
    {
        if (expectingKey())
            fail(mark, QStringLiteral("a key must be a plain name, not a list or a map"));
        m_stack.push_back({place(std::move(node))});
    }

    const QByteArray& m_source;
    YamlNode& m_root;
    std::vector<Frame> m_stack;
};

namespace {

// Returns the 1-based line and byte column of the first byte that breaks UTF-8, or line 0.
YamlNode::Mark firstInvalidUtf8(const QByteArray& bytes)
{
    int line = 1;
    qsizetype lineStart = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = data[i];
        int length = 0;
        if (c == 0)
            return {line, int(i - lineStart) + 1};
        if (c < 0x80)
            length = 1;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            length = 2;
        else if ((c & 0xF0) == 0xE0)
            length = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            length = 4;
        else
            return {line, int(i - lineStart) + 1};
        if (i + length > size)
            return {line, int(i - lineStart) + 1};
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return {line, int(i - lineStart) + 1};
        }
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        }
        i += length;
    }
    return {};
}

} // namespace

YamlReader::Result YamlReader::read(const QByteArray& input, const QString& fileName)
{
    Result result;
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    auto error = [&](YamlNode::Mark mark, const QString& message, Diagnostic::Severity severity, const QString& key = {}) {
        const int column = mark.line > 0 ? LineIndex(bytes).characterColumn(mark.line, mark.column) : 0;
        result.error = Diagnostic{{fileName, mark.line, column}, key, message, severity};
        return result;
    };

    if (const YamlNode::Mark bad = firstInvalidUtf8(bytes); bad.line > 0) {
        return error(bad,
            QStringLiteral("this is not UTF-8 text (a NUL byte or an invalid byte sequence); "
                           "save the file as UTF-8"),
            Diagnostic::Severity::Unreadable);
    }

    std::istringstream stream(bytes.toStdString());
    YamlTreeBuilder builder(bytes, result.root);
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder))
            return error({}, QStringLiteral("the file is empty; a catalog needs at least scheme, id and requirements"),
                Diagnostic::Severity::Invalid);
        YamlNode extra;
        YamlTreeBuilder rest(bytes, extra);
        if (parser.HandleNextDocument(rest)) {
            return error(extra.mark(), QStringLiteral("a second YAML document starts here; a catalog file holds exactly one"),
                Diagnostic::Severity::Invalid);
        }
    } catch (const ReadError& e) {
        return error(e.mark, e.message, Diagnostic::Severity::Invalid, e.key);
    } catch (const YAML::Exception& e) {
        return error(toMark(e.mark),
            QStringLiteral("YAML syntax error: %1; check the indentation, colons and quotes here").arg(QString::fromStdString(e.msg)),
            Diagnostic::Severity::Invalid, builder.path({}));
    }
    return result;
}

} // namespace starmark
