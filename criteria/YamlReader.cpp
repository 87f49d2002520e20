#include "criteria/YamlReader.h"

#include "criteria/InputLimits.h"
#include "criteria/LineIndex.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>

namespace starmark {
namespace {

struct ReadError {
    YamlNode::Mark mark;
    QString key;
    const char* code;
    Message message;
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
            fail(mark, "yaml.empty-key", Message("YamlReader", "a key is empty: no name before the colon"));
        place(YamlNode(YamlNode::Kind::Null, toMark(mark)));
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override
    {
        fail(mark, "yaml.alias", Message("YamlReader", "aliases (*name) are not allowed; the value must be written out in full"));
    }

    void OnAnchor(const YAML::Mark& mark, const std::string&) override
    {
        fail(mark, "yaml.anchor", Message("YamlReader", "anchors (&name) are not allowed; the value must be written out in full"));
    }

    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override
    {
        rejectAnchor(mark, anchor);
        if (value.size() > size_t(InputLimits::valueBytes)) {
            fail(mark, "yaml.value-too-long",
                Message("YamlReader", "this value has %1 bytes; the limit is %2 bytes (docs/limits.md)")
                    .arg(InputLimits::figure(qint64(value.size())))
                    .arg(InputLimits::figure(InputLimits::valueBytes)));
        }
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
    // `keys` finds a duplicate in constant time: with a scan of the map, a map of n keys cost n²/2
    // comparisons (a minute for 200,000 keys).
    struct Frame {
        YamlNode* node;
        bool valuePending = false;
        std::unordered_map<std::string, int> keys = {}; // key → its line
    };

    bool expectingKey() const { return !m_stack.empty() && m_stack.back().node->isMap() && !m_stack.back().valuePending; }

    [[noreturn]] void fail(const YAML::Mark& mark, const char* code, Message message, const std::string& key = {})
    {
        failAt(toMark(mark), code, std::move(message), key);
    }

    [[noreturn]] void failAt(YamlNode::Mark mark, const char* code, Message message, const std::string& key = {})
    {
        throw ReadError{mark, path(key), code, std::move(message)};
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
        Frame& frame = m_stack.back();
        YamlNode& map = *frame.node;
        if (key.size() > size_t(InputLimits::keyBytes)) {
            fail(mark, "yaml.key-too-long",
                Message("YamlReader", "this key has %1 bytes; the limit is %2 bytes (docs/limits.md)")
                    .arg(InputLimits::figure(qint64(key.size())))
                    .arg(InputLimits::figure(InputLimits::keyBytes)));
        }
        if (map.m_entries.size() >= size_t(InputLimits::keysPerMap)) {
            fail(mark, "yaml.too-many-keys-in-map",
                Message("YamlReader", "this map has at least %1 keys; the limit is %2 keys (docs/limits.md)")
                    .arg(InputLimits::figure(qint64(map.m_entries.size()) + 1))
                    .arg(InputLimits::figure(InputLimits::keysPerMap)));
        }
        if (++m_keys > InputLimits::keysInFile) {
            fail(mark, "yaml.too-many-keys",
                Message("YamlReader", "the file has at least %1 keys; the limit is %2 keys (docs/limits.md)")
                    .arg(InputLimits::figure(m_keys))
                    .arg(InputLimits::figure(InputLimits::keysInFile)));
        }
        const auto [known, added] = frame.keys.try_emplace(key, mark.line + 1);
        if (!added) {
            fail(mark, "yaml.duplicate-key",
                Message("YamlReader", "duplicate key '%1' (first at line %2)").arg(QString::fromStdString(key)).arg(known->second), key);
        }
        map.m_entries.push_back({key, toMark(mark), {}});
        frame.valuePending = true;
    }

    YamlNode* place(YamlNode&& node)
    {
        if (++m_values > InputLimits::valuesInFile) {
            failAt(node.mark(), "yaml.too-many-values",
                Message("YamlReader", "the file has at least %1 values; the limit is %2 values (docs/limits.md)")
                    .arg(InputLimits::figure(m_values))
                    .arg(InputLimits::figure(InputLimits::valuesInFile)));
        }
        if (m_stack.empty()) {
            m_root = std::move(node);
            return &m_root;
        }
        Frame& parent = m_stack.back();
        if (parent.node->isSequence()) {
            if (parent.node->m_items.size() >= size_t(InputLimits::itemsPerList)) {
                failAt(node.mark(), "yaml.too-many-items",
                    Message("YamlReader", "this list has at least %1 items; the limit is %2 items (docs/limits.md)")
                        .arg(InputLimits::figure(qint64(parent.node->m_items.size()) + 1))
                        .arg(InputLimits::figure(InputLimits::itemsPerList)));
            }
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
            fail(mark, "yaml.complex-key", Message("YamlReader", "a key must be a plain name, not a list or a map"));
        // Refused before yaml-cpp, whose parser recurses once a level, goes any deeper.
        if (m_stack.size() >= size_t(InputLimits::depth)) {
            fail(mark, "yaml.too-deep",
                Message("YamlReader", "lists and maps are nested here %1 levels deep; the limit is %2 levels deep (docs/limits.md)")
                    .arg(qint64(m_stack.size()) + 1)
                    .arg(InputLimits::depth));
        }
        m_stack.push_back({place(std::move(node))});
    }

    const QByteArray& m_source;
    YamlNode& m_root;
    std::vector<Frame> m_stack;
    qint64 m_keys = 0;
    qint64 m_values = 0;
};

namespace {

struct Utf8Error {
    YamlNode::Mark mark; // line 0: none
    Message what;
};

QString hexBytes(const unsigned char* bytes, qsizetype count)
{
    QStringList hex;
    for (qsizetype k = 0; k < count; ++k)
        hex << QStringLiteral("%1").arg(bytes[k], 2, 16, QLatin1Char('0')).toUpper();
    return hex.join(QLatin1Char(' '));
}

// The first byte sequence that is not strict UTF-8 (RFC 3629): decoders that
// would turn it into U+FFFD, or into a character written differently from its
// one valid form, would let two different files read as the same text.
Utf8Error firstInvalidUtf8(const QByteArray& bytes)
{
    int line = 1;
    qsizetype lineStart = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = data[i];
        const YamlNode::Mark here{line, int(i - lineStart) + 1};
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        }
        if (c == 0)
            return {here, Message("YamlReader", "a NUL byte")};
        if (c < 0x80) {
            ++i;
            continue;
        }
        // The second byte's range is what rules out overlong forms, surrogates and code points above U+10FFFF.
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c <= 0xBF)
            return {here, Message("YamlReader", "byte %1 continues a character that never started").arg(hexBytes(data + i, 1))};
        if (c == 0xC0 || c == 0xC1)
            return {here,
                Message("YamlReader", "bytes %1 are an overlong form (a character written longer than it must be)")
                    .arg(hexBytes(data + i, std::min<qsizetype>(2, size - i)))};
        if (c >= 0xF5)
            return {here,
                Message("YamlReader", "byte %1 starts a code point above U+10FFFF, the last one Unicode has").arg(hexBytes(data + i, 1))};
        if (c < 0xE0)
            length = 2;
        else if (c < 0xF0)
            length = 3;
        else
            length = 4;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F;
        else if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
        for (int k = 1; k < length; ++k) {
            if (i + k >= size || (data[i + k] & 0xC0) != 0x80) {
                return {here,
                    Message("YamlReader", "the character starting with %1 is cut short after %2 of its %3 bytes")
                        .arg(hexBytes(data + i, k))
                        .arg(k)
                        .arg(length)};
            }
        }
        const unsigned char second = data[i + 1];
        if (second < low || second > high) {
            const QString seen = hexBytes(data + i, length);
            if (c == 0xED)
                return {here, Message("YamlReader", "bytes %1 encode a UTF-16 surrogate (U+D800–U+DFFF), which UTF-8 does not carry").arg(seen)};
            if (c == 0xF4)
                return {here, Message("YamlReader", "bytes %1 encode a code point above U+10FFFF, the last one Unicode has").arg(seen)};
            return {here, Message("YamlReader", "bytes %1 are an overlong form (a character written longer than it must be)").arg(seen)};
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
    auto error = [&](YamlNode::Mark mark, const char* code, Message message, Problem::Severity severity, const QString& key = {}) {
        const int column = mark.line > 0 ? LineIndex(bytes).characterColumn(mark.line, mark.column) : 0;
        result.error = Problem{QLatin1String(code), std::move(message), {fileName, mark.line, column}, key, severity};
        return result;
    };

    if (bytes.size() > InputLimits::fileBytes) {
        return error({}, "file.too-large",
            Message("InputFile", "the file has %1 bytes; the limit is %2 bytes (docs/limits.md), so it was not read")
                .arg(InputLimits::figure(bytes.size()))
                .arg(InputLimits::figure(InputLimits::fileBytes)),
            Problem::Severity::Unusable);
    }
    if (const Utf8Error bad = firstInvalidUtf8(bytes); bad.mark.line > 0)
        return error(bad.mark, "yaml.not-utf8", Message("YamlReader", "this is not UTF-8 text: %1").arg(bad.what), Problem::Severity::Unusable);

    std::istringstream stream(bytes.toStdString());
    YamlTreeBuilder builder(bytes, result.root);
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder))
            return error({}, "yaml.empty", Message("YamlReader", "the file is empty"), Problem::Severity::Invalid);
        YamlNode extra;
        YamlTreeBuilder rest(bytes, extra);
        if (parser.HandleNextDocument(rest)) {
            return error(extra.mark(), "yaml.second-document",
                Message("YamlReader", "a second YAML document starts here; the file must hold exactly one"), Problem::Severity::Invalid);
        }
    } catch (const ReadError& e) {
        return error(e.mark, e.code, e.message, Problem::Severity::Invalid, e.key);
    } catch (const YAML::Exception& e) {
        return error(toMark(e.mark), "yaml.syntax",
            Message("YamlReader", "YAML syntax error: %1").arg(Message::plain(QString::fromStdString(e.msg))), Problem::Severity::Invalid,
            builder.path({}));
    }
    return result;
}

} // namespace starmark
