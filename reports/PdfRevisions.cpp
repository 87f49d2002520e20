#include "reports/PdfRevisions.h"

#include <QByteArray>
#include <QMap>
#include <QSet>

#include <functional>
#include <string_view>
#include <vector>

namespace starmark {
namespace {

// ---- A PDF value, as far as comparing two definitions of an object needs ----

struct Value {
    enum class Kind { Null, Boolean, Number, String, Name, Array, Dictionary, Reference } kind = Kind::Null;
    QByteArray text; // a boolean's keyword, a string's bytes, a name without its slash
    double number = 0;
    int object = 0, generation = 0; // a reference's
    std::vector<QByteArray> keys; // a dictionary's, in the order written
    std::vector<Value> items; // an array's items, a dictionary's values

    bool is(Kind k) const { return kind == k; }
    const Value* get(const QByteArray& key) const
    {
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key)
                return &items[i];
        return nullptr;
    }
    QByteArray name(const QByteArray& key) const
    {
        const Value* v = get(key);
        return v && v->is(Kind::Name) ? v->text : QByteArray();
    }
    int reference(const QByteArray& key) const
    {
        const Value* v = get(key);
        return v && v->is(Kind::Reference) ? v->object : 0;
    }
    bool operator==(const Value& o) const
    {
        if (kind != o.kind)
            return false;
        switch (kind) {
        case Kind::Null:
            return true;
        case Kind::Number:
            return number == o.number;
        case Kind::Reference:
            return object == o.object && generation == o.generation;
        case Kind::Array:
            return items == o.items;
        case Kind::Dictionary:
            if (keys.size() != o.keys.size())
                return false;
            for (size_t i = 0; i < keys.size(); ++i) {
                const Value* other = o.get(keys[i]);
                if (!other || !(*other == items[i]))
                    return false;
            }
            return true;
        default:
            return text == o.text;
        }
    }
};

struct Object {
    int number = 0, generation = 0;
    qsizetype offset = 0, end = 0;
    Value value;
    std::optional<QByteArray> stream; // the raw (still encoded) data of a stream object

    bool operator==(const Object& o) const { return value == o.value && stream == o.stream; }
};

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isSpace(c) || std::string_view("()<>[]{}/%").find(c) != std::string_view::npos;
}

// Reads values and objects from `pdf`, refusing what it does not understand
// rather than guessing: an error ends the reading.
class Reader {
public:
    using LengthOf = std::function<std::optional<qint64>(int object)>;

    Reader(const QByteArray& pdf, qsizetype at, qsizetype end)
        : m_pdf(pdf)
        , m_at(at)
        , m_end(end)
    {
    }

    qsizetype at() const { return m_at; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool atEnd() { return skipSpace(), m_at >= m_end; }
    void seek(qsizetype at) { m_at = at; }

    // %%EOF after the spaces at the cursor (skipSpace would take it for a comment).
    bool endOfFile()
    {
        while (m_at < m_end && isSpace(m_pdf.at(m_at)))
            ++m_at;
        if (QByteArrayView(m_pdf.constData() + m_at, std::min<qsizetype>(5, m_end - m_at)) != QByteArrayView("%%EOF"))
            return false;
        m_at += 5;
        return true;
    }

    bool fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at byte %2").arg(why).arg(m_at);
        return false;
    }

    void skipSpace()
    {
        while (m_at < m_end) {
            if (isSpace(m_pdf.at(m_at)))
                ++m_at;
            else if (m_pdf.at(m_at) == '%')
                while (m_at < m_end && m_pdf.at(m_at) != '\n' && m_pdf.at(m_at) != '\r')
                    ++m_at;
            else
                break;
        }
    }

    // The keyword at the cursor (after spaces), if it is `word`: consumed.
    bool keyword(QByteArrayView word)
    {
        skipSpace();
        if (m_at + word.size() > m_end || QByteArrayView(m_pdf.constData() + m_at, word.size()) != word)
            return false;
        if (m_at + word.size() < m_end && !isDelimiter(m_pdf.at(m_at + word.size())))
            return false;
        m_at += word.size();
        return true;
    }

    std::optional<qint64> integer()
    {
        skipSpace();
        qsizetype i = m_at;
        while (i < m_end && i - m_at < 12 && m_pdf.at(i) >= '0' && m_pdf.at(i) <= '9')
            ++i;
        if (i == m_at || (i < m_end && !isDelimiter(m_pdf.at(i))))
            return std::nullopt;
        const qint64 n = m_pdf.mid(m_at, i - m_at).toLongLong();
        m_at = i;
        return n;
    }

    std::optional<Value> value(int depth = 0)
    {
        skipSpace();
        if (depth > 64 || m_at >= m_end) {
            fail(depth > 64 ? QStringLiteral("values nested too deep") : QStringLiteral("the data ends inside a value"));
            return std::nullopt;
        }
        Value v;
        const char c = m_pdf.at(m_at);
        if (c == '/') {
            v.kind = Value::Kind::Name;
            for (++m_at; m_at < m_end && !isDelimiter(m_pdf.at(m_at)); ++m_at) {
                if (m_pdf.at(m_at) == '#' && m_at + 2 < m_end) {
                    bool ok = false;
                    v.text.append(char(m_pdf.mid(m_at + 1, 2).toInt(&ok, 16)));
                    if (!ok)
                        return fail(QStringLiteral("a malformed name")), std::nullopt;
                    m_at += 2;
                } else {
                    v.text.append(m_pdf.at(m_at));
                }
            }
        } else if (c == '(') {
            v.kind = Value::Kind::String;
            if (!literal(v.text))
                return std::nullopt;
        } else if (c == '<' && m_at + 1 < m_end && m_pdf.at(m_at + 1) == '<') {
            v.kind = Value::Kind::Dictionary;
            for (m_at += 2;;) {
                skipSpace();
                if (m_at + 1 < m_end && m_pdf.at(m_at) == '>' && m_pdf.at(m_at + 1) == '>') {
                    m_at += 2;
                    break;
                }
                std::optional<Value> key = value(depth + 1);
                if (!key || !key->is(Value::Kind::Name))
                    return fail(QStringLiteral("a dictionary key that is not a name")), std::nullopt;
                if (v.get(key->text))
                    return fail(QStringLiteral("the key /%1 twice in one dictionary").arg(QString::fromLatin1(key->text))), std::nullopt;
                std::optional<Value> item = value(depth + 1);
                if (!item)
                    return std::nullopt;
                v.keys.push_back(key->text);
                v.items.push_back(std::move(*item));
            }
        } else if (c == '<') {
            v.kind = Value::Kind::String;
            // A signature's /Contents is tens of thousands of digits: one pass, no per-byte appends.
            const qsizetype start = ++m_at;
            int digits = 0;
            for (; m_at < m_end && m_pdf.at(m_at) != '>'; ++m_at) {
                const char d = m_pdf.at(m_at);
                if ((d >= '0' && d <= '9') || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F'))
                    ++digits;
                else if (!isSpace(d))
                    return fail(QStringLiteral("a hexadecimal string with other characters")), std::nullopt;
            }
            if (m_at >= m_end)
                return fail(QStringLiteral("an unterminated hexadecimal string")), std::nullopt;
            v.text = QByteArray::fromHex(digits % 2 ? m_pdf.mid(start, m_at - start) + '0' : m_pdf.mid(start, m_at - start));
            ++m_at;
        } else if (c == '[') {
            v.kind = Value::Kind::Array;
            for (++m_at;;) {
                skipSpace();
                if (m_at < m_end && m_pdf.at(m_at) == ']') {
                    ++m_at;
                    break;
                }
                std::optional<Value> item = value(depth + 1);
                if (!item)
                    return std::nullopt;
                v.items.push_back(std::move(*item));
            }
        } else if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            const qsizetype start = m_at;
            if (const std::optional<qint64> object = integer()) {
                // N G R is a reference; anything else after an integer is left for the caller.
                const qsizetype after = m_at;
                const std::optional<qint64> generation = integer();
                if (generation && keyword("R")) {
                    v.kind = Value::Kind::Reference;
                    v.object = int(*object);
                    v.generation = int(*generation);
                    return v;
                }
                m_at = after;
                v.kind = Value::Kind::Number;
                v.number = double(*object);
                return v;
            }
            qsizetype i = start + 1;
            while (i < m_end && !isDelimiter(m_pdf.at(i)))
                ++i;
            bool ok = false;
            v.kind = Value::Kind::Number;
            v.number = m_pdf.mid(start, i - start).toDouble(&ok);
            if (!ok)
                return fail(QStringLiteral("a malformed number")), std::nullopt;
            m_at = i;
        } else if (keyword("true")) {
            v.kind = Value::Kind::Boolean;
            v.text = "true";
        } else if (keyword("false")) {
            v.kind = Value::Kind::Boolean;
            v.text = "false";
        } else if (keyword("null")) {
            v.kind = Value::Kind::Null;
        } else {
            return fail(QStringLiteral("something that is not a PDF value")), std::nullopt;
        }
        return v;
    }

    // "N G obj" value [stream … endstream] endobj at the cursor. A stream's /Length
    // that is a reference is resolved through `lengthOf` (which may refuse it).
    std::optional<Object> object(const LengthOf& lengthOf)
    {
        Object o;
        skipSpace();
        o.offset = m_at;
        const std::optional<qint64> number = integer();
        const std::optional<qint64> generation = integer();
        if (!number || !generation || !keyword("obj"))
            return fail(QStringLiteral("no object header (N G obj)")), std::nullopt;
        o.number = int(*number);
        o.generation = int(*generation);
        std::optional<Value> v = value();
        if (!v)
            return std::nullopt;
        o.value = std::move(*v);
        if (keyword("stream")) {
            if (!o.value.is(Value::Kind::Dictionary))
                return fail(QStringLiteral("a stream without a dictionary")), std::nullopt;
            if (m_pdf.mid(m_at, 2) == "\r\n")
                m_at += 2;
            else if (m_at < m_end && m_pdf.at(m_at) == '\n')
                ++m_at;
            else
                return fail(QStringLiteral("no end of line after 'stream'")), std::nullopt;
            const Value* length = o.value.get("Length");
            std::optional<qint64> size;
            if (length && length->is(Value::Kind::Number) && length->number >= 0)
                size = qint64(length->number);
            else if (length && length->is(Value::Kind::Reference))
                size = lengthOf(length->object);
            if (!size || *size > m_end - m_at)
                return fail(QStringLiteral("object %1: a stream whose /Length cannot be read").arg(o.number)), std::nullopt;
            o.stream = m_pdf.mid(m_at, *size);
            m_at += *size;
            if (!keyword("endstream"))
                return fail(QStringLiteral("object %1: its stream does not end where its /Length says").arg(o.number)), std::nullopt;
        }
        if (!keyword("endobj"))
            return fail(QStringLiteral("object %1 does not end with endobj").arg(o.number)), std::nullopt;
        o.end = m_at;
        return o;
    }

private:
    bool literal(QByteArray& out)
    {
        int depth = 0;
        for (++m_at; m_at < m_end; ++m_at) {
            char c = m_pdf.at(m_at);
            if (c == '\\' && m_at + 1 < m_end) {
                c = m_pdf.at(++m_at);
                static constexpr std::string_view from("nrtbf"), to("\n\r\t\b\f");
                if (from.find(c) != std::string_view::npos) {
                    out.append(to.at(from.find(c)));
                } else if (c >= '0' && c <= '7') {
                    int code = 0;
                    for (int i = 0; i < 3 && m_at < m_end && m_pdf.at(m_at) >= '0' && m_pdf.at(m_at) <= '7'; ++i, ++m_at)
                        code = code * 8 + (m_pdf.at(m_at) - '0');
                    --m_at;
                    out.append(char(code));
                } else if (c == '\r') {
                    if (m_at + 1 < m_end && m_pdf.at(m_at + 1) == '\n')
                        ++m_at;
                } else if (c != '\n') {
                    out.append(c);
                }
            } else if (c == '(') {
                ++depth;
                out.append(c);
            } else if (c == ')') {
                if (depth-- == 0) {
                    ++m_at;
                    return true;
                }
                out.append(c);
            } else {
                out.append(c);
            }
        }
        return fail(QStringLiteral("an unterminated string"));
    }

    const QByteArray& m_pdf;
    qsizetype m_at;
    qsizetype m_end;
    QString m_error;
};

struct XrefEntry {
    qint64 offset = 0;
    bool inUse = false;
};

struct Section {
    qsizetype at = 0; // where "xref" stands
    qsizetype end = 0; // after the trailer
    QMap<int, XrefEntry> entries;
    Value trailer;
};

// A cross-reference table and its trailer at `at`.
std::optional<Section> section(const QByteArray& pdf, qsizetype at, qsizetype end, QString* error)
{
    Reader reader(pdf, at, end);
    Section s;
    s.at = at;
    if (!reader.keyword("xref")) {
        *error = QStringLiteral("no cross-reference table at byte %1 (StarMark reads plain tables, not cross-reference streams)").arg(at);
        return std::nullopt;
    }
    while (!reader.keyword("trailer")) {
        const std::optional<qint64> first = reader.integer();
        const std::optional<qint64> count = reader.integer();
        if (!first || !count || *count > 1000000) {
            *error = QStringLiteral("a malformed cross-reference table at byte %1").arg(at);
            return std::nullopt;
        }
        for (qint64 i = 0; i < *count; ++i) {
            const std::optional<qint64> offset = reader.integer();
            const std::optional<qint64> generation = reader.integer();
            const bool inUse = reader.keyword("n");
            if (!offset || !generation || (!inUse && !reader.keyword("f"))) {
                *error = QStringLiteral("a malformed cross-reference entry at byte %1").arg(reader.at());
                return std::nullopt;
            }
            s.entries.insert(int(*first + i), {*offset, inUse});
        }
    }
    std::optional<Value> trailer = reader.value();
    if (!trailer || !trailer->is(Value::Kind::Dictionary)) {
        *error = QStringLiteral("a malformed trailer at byte %1").arg(reader.at());
        return std::nullopt;
    }
    s.trailer = std::move(*trailer);
    s.end = reader.at();
    return s;
}

// The author's signed revision: its objects as the author left them, and what each is.
class AuthorState {
public:
    AuthorState(const QByteArray& pdf, qsizetype end)
        : m_pdf(pdf)
        , m_end(end)
    {
    }

    bool read(QString* error)
    {
        const qsizetype startxref = m_pdf.lastIndexOf("startxref", m_end - 9);
        Reader tail(m_pdf, startxref + 9, m_end);
        const std::optional<qint64> first = startxref < 0 ? std::nullopt : tail.integer();
        if (!first || !tail.endOfFile() || !tail.atEnd()) {
            *error = QStringLiteral("the author's signed revision does not end with startxref and %%EOF");
            return false;
        }
        m_lastXref = *first;
        QSet<qint64> seen;
        for (std::optional<qint64> at = first; at;) {
            if (seen.contains(*at) || *at < 0 || *at >= m_end) {
                *error = QStringLiteral("the author's cross-reference chain loops or leaves the signed revision");
                return false;
            }
            seen.insert(*at);
            const std::optional<Section> s = section(m_pdf, *at, m_end, error);
            if (!s)
                return false;
            if (seen.size() == 1) {
                m_trailer = s->trailer;
                const Value* size = m_trailer.get("Size");
                m_size = size && size->is(Value::Kind::Number) ? int(size->number) : 0;
            }
            for (auto it = s->entries.cbegin(); it != s->entries.cend(); ++it)
                if (!m_xref.contains(it.key()))
                    m_xref.insert(it.key(), it.value());
            const Value* prev = s->trailer.get("Prev");
            at = prev && prev->is(Value::Kind::Number) ? std::optional<qint64>(qint64(prev->number)) : std::nullopt;
        }
        m_root = m_trailer.reference("Root");
        if (!object(m_root) || object(m_root)->value.name("Type") != "Catalog") {
            *error = QStringLiteral("the author's signed revision has no readable catalog");
            return false;
        }
        describe();
        return true;
    }

    qint64 lastXref() const { return m_lastXref; }
    int root() const { return m_root; }
    int info() const { return m_trailer.reference("Info"); }
    int size() const { return m_size; } // the author's /Size: object numbers below it were the author's to give
    bool has(int number) const { return m_xref.value(number).inUse; }

    const Object* object(int number)
    {
        if (!m_objects.contains(number)) {
            m_objects.insert(number, std::nullopt); // an object whose /Length is itself is not read twice
            const XrefEntry e = m_xref.value(number);
            std::optional<Object> o;
            if (e.inUse && e.offset > 0 && e.offset < m_end) {
                Reader reader(m_pdf, e.offset, m_end);
                o = reader.object([this](int length) -> std::optional<qint64> {
                    const Object* n = object(length);
                    return n && n->value.is(Value::Kind::Number) ? std::optional<qint64>(qint64(n->value.number)) : std::nullopt;
                });
                if (o && o->number != number)
                    o.reset();
            }
            m_objects.insert(number, o);
        }
        const auto it = m_objects.constFind(number);
        return it->has_value() ? &**it : nullptr;
    }

    QString what(int number)
    {
        if (m_roles.contains(number))
            return m_roles.value(number).what;
        const Object* o = object(number);
        return o ? kind(*o) : QStringLiteral("an object");
    }

    enum class Role { Other, Catalog, Info, Form, Fields, Page, Annotations };
    Role role(int number) const { return m_roles.value(number).role; }

    static QString kind(const Object& o)
    {
        const QByteArray type = o.value.name("Type"), subtype = o.value.name("Subtype");
        const QString noun = o.stream             ? QStringLiteral("stream")
            : o.value.is(Value::Kind::Dictionary) ? QStringLiteral("dictionary")
                                                  : QStringLiteral("value");
        if (!type.isEmpty() || !subtype.isEmpty())
            return QStringLiteral("a %1 %2").arg(QString::fromLatin1("/" + (type.isEmpty() ? subtype : type)), noun);
        return QStringLiteral("a %1").arg(noun);
    }

private:
    struct Described {
        Role role = Role::Other;
        QString what;
    };

    void name(int number, Role role, const QString& what)
    {
        if (number && !m_roles.contains(number))
            m_roles.insert(number, {role, what});
    }

    void describe()
    {
        name(m_root, Role::Catalog, QStringLiteral("the catalog"));
        name(m_trailer.reference("Info"), Role::Info, QStringLiteral("the document information dictionary"));
        const Value& catalog = object(m_root)->value;
        if (const Value* perms = catalog.get("Perms"); perms && perms->is(Value::Kind::Dictionary))
            name(perms->reference("DocMDP"), Role::Other, QStringLiteral("the author's signature"));
        if (const int form = catalog.reference("AcroForm"); form && object(form)) {
            name(form, Role::Form, QStringLiteral("the interactive form (/AcroForm)"));
            const int list = object(form)->value.reference("Fields");
            name(list, Role::Fields, QStringLiteral("the form's field list"));
            const Value* fields = list ? (object(list) ? &object(list)->value : nullptr) : object(form)->value.get("Fields");
            for (size_t i = 0; fields && i < fields->items.size(); ++i) {
                const Object* field = object(fields->items[i].object);
                const Value* title = field ? field->value.get("T") : nullptr;
                name(fields->items[i].object, Role::Other,
                    QStringLiteral("the signature field %1").arg(title ? QString::fromUtf8(title->text) : QString::number(i + 1)));
            }
        }
        int page = 0;
        pages(catalog.reference("Pages"), page, 0);
        if (const int names = catalog.reference("Names"); names && object(names)) {
            name(names, Role::Other, QStringLiteral("the catalog's name dictionary (/Names)"));
            embeddedFiles(object(names)->value.reference("EmbeddedFiles"), 0);
        }
    }

    void pages(int number, int& page, int depth)
    {
        const Object* node = depth < 32 && !m_roles.contains(number) ? object(number) : nullptr;
        if (!node)
            return;
        if (node->value.name("Type") == "Page") {
            const QString which = QStringLiteral("page %1").arg(++page);
            name(number, Role::Page, which);
            name(node->value.reference("Annots"), Role::Annotations, QStringLiteral("the annotation list of %1").arg(which));
            name(node->value.reference("Resources"), Role::Other, QStringLiteral("the resources of %1").arg(which));
            if (const Value* contents = node->value.get("Contents")) {
                name(contents->object, Role::Other, QStringLiteral("the content stream of %1").arg(which));
                for (const Value& c : contents->items)
                    name(c.object, Role::Other, QStringLiteral("a content stream of %1").arg(which));
            }
            return;
        }
        name(number, Role::Other, QStringLiteral("a node of the page tree"));
        if (const Value* kids = node->value.get("Kids"))
            for (const Value& kid : kids->items)
                pages(kid.object, page, depth + 1);
    }

    void embeddedFiles(int number, int depth)
    {
        const Object* node = depth < 32 && !m_roles.contains(number) ? object(number) : nullptr;
        if (!node)
            return;
        name(number, Role::Other, QStringLiteral("a node of the embedded files' name tree"));
        if (const Value* kids = node->value.get("Kids"))
            for (const Value& kid : kids->items)
                embeddedFiles(kid.object, depth + 1);
        const Value* names = node->value.get("Names");
        for (size_t i = 0; names && i + 1 < names->items.size(); i += 2) {
            const QString file = QString::fromUtf8(names->items[i].text);
            const Object* spec = object(names->items[i + 1].object);
            name(names->items[i + 1].object, Role::Other, QStringLiteral("the file specification of %1").arg(file));
            const Value* ef = spec ? spec->value.get("EF") : nullptr;
            if (ef)
                name(ef->reference("F"), Role::Other, QStringLiteral("the embedded file %1").arg(file));
        }
    }

    const QByteArray& m_pdf;
    qsizetype m_end;
    qint64 m_lastXref = 0;
    Value m_trailer;
    int m_root = 0;
    int m_size = 0;
    QMap<int, XrefEntry> m_xref;
    QMap<int, std::optional<Object>> m_objects;
    QMap<int, Described> m_roles;
};

// One incremental update after the author's revision, as read from its bytes.
struct Update {
    QList<Object> objects;
    std::optional<Section> xref;
    std::optional<qint64> startxref;
    qsizetype begin = -1, end = 0; // its first and past its last byte
};

bool zeroArea(const Value& widget)
{
    const Value* rect = widget.get("Rect");
    if (!rect || !rect->is(Value::Kind::Array) || rect->items.size() != 4)
        return false;
    for (const Value& v : rect->items)
        if (!v.is(Value::Kind::Number))
            return false;
    return rect->items[0].number == rect->items[2].number || rect->items[1].number == rect->items[3].number;
}

// The array `now` keeps `before`'s items in order and only appends.
bool onlyAppends(const Value* before, const Value* now, std::vector<int>* added)
{
    if (!now || !now->is(Value::Kind::Array))
        return false;
    const size_t kept = before && before->is(Value::Kind::Array) ? before->items.size() : 0;
    if (now->items.size() < kept || (before && !before->is(Value::Kind::Array)))
        return false;
    for (size_t i = 0; i < kept; ++i)
        if (!(now->items[i] == before->items[i]))
            return false;
    for (size_t i = kept; i < now->items.size(); ++i) {
        if (!now->items[i].is(Value::Kind::Reference))
            return false;
        added->push_back(now->items[i].object);
    }
    return true;
}

// The keys of two dictionaries that differ, but for those in `free`.
QStringList differingKeys(const Value& before, const Value& now, const QSet<QByteArray>& free)
{
    QSet<QByteArray> keys(before.keys.begin(), before.keys.end());
    keys.unite(QSet<QByteArray>(now.keys.begin(), now.keys.end()));
    QStringList out;
    for (const QByteArray& key : keys) {
        if (free.contains(key))
            continue;
        const Value *a = before.get(key), *b = now.get(key);
        if (!a || !b || !(*a == *b))
            out << QLatin1Char('/') + QString::fromLatin1(key);
    }
    out.sort();
    return out;
}

class Checker {
public:
    Checker(AuthorState& author, QList<PdfRevisions::Change>& changes)
        : m_author(author)
        , m_changes(changes)
    {
    }

    // `lastSigned`: where the last signature's byte range ends; after it only validation data may follow.
    void check(const QList<Update>& updates, qint64 lastSigned, PdfRevisions::Validation* embedded)
    {
        for (const Update& u : updates)
            for (const Object& o : u.objects)
                m_later.insert(o.number, &o);
        // Validation data is whatever the DSS (a later catalog's /DSS) reaches.
        for (const Update& u : updates)
            for (const Object& o : u.objects)
                if (o.number == m_author.root())
                    validationData(o.value.get("DSS"), 0);
        for (const Update& u : updates) {
            for (const Object& o : u.objects) {
                checkObject(o);
                if (o.offset >= lastSigned && o.number != m_author.root() && o.number != m_author.info()
                    && !m_validation.contains(o.number))
                    change(o.number,
                        QStringLiteral("object %1 (%2) follows the last signature, after which only validation data (a DSS) may be added")
                            .arg(o.number)
                            .arg(m_author.has(o.number) ? m_author.what(o.number) : AuthorState::kind(o)));
            }
        }
        if (const Object* catalog = m_later.value(m_author.root()))
            readValidation(catalog->value.get("DSS"), embedded);
        for (int added : m_addedFields) {
            const Object* field = m_later.value(added);
            if (!field || m_author.has(added) || !isSignatureField(field->value))
                change(added,
                    QStringLiteral("object %1 was added to the form or a page's annotations and is not a new signature field").arg(added));
        }
    }

private:
    void change(int object, const QString& what)
    {
        for (const PdfRevisions::Change& c : m_changes)
            if (c.what == what)
                return;
        m_changes.append({object, what});
    }

    static bool isSignatureField(const Value& v)
    {
        const QByteArray type = v.name("FT");
        const bool widget = v.name("Subtype") == "Widget";
        return (type == "Sig" || (type.isEmpty() && widget && v.reference("Parent"))) && (!widget || zeroArea(v));
    }

    void validationData(const Value* v, int depth)
    {
        if (!v || depth > 8)
            return;
        if (v->is(Value::Kind::Reference)) {
            if (m_validation.contains(v->object) || m_author.has(v->object))
                return;
            m_validation.insert(v->object);
            if (const Object* o = m_later.value(v->object))
                validationData(&o->value, depth + 1);
            return;
        }
        for (const Value& item : v->items)
            validationData(&item, depth + 1);
    }

    // The streams of the newest DSS's /Certs, /OCSPs and /CRLs, decoded; what cannot be decoded is left out.
    void readValidation(const Value* dss, PdfRevisions::Validation* out) const
    {
        const Object* dictionary = dss && dss->is(Value::Kind::Reference) ? m_later.value(dss->object) : nullptr;
        if (!dictionary)
            return;
        for (auto [key, list] : {std::pair{"Certs", &out->certificates}, {"OCSPs", &out->ocspResponses}, {"CRLs", &out->crls}}) {
            const Value* array = dictionary->value.get(key);
            for (size_t i = 0; array && i < array->items.size() && i < 1000; ++i) {
                const Object* stream = array->items[i].is(Value::Kind::Reference) ? m_later.value(array->items[i].object) : nullptr;
                if (!stream || !stream->stream)
                    continue;
                const Value* filter = stream->value.get("Filter");
                if (!filter)
                    list->append(*stream->stream);
                else if (filter->is(Value::Kind::Name) && filter->text == "FlateDecode" && stream->stream->size() < (1 << 20))
                    // qUncompress takes a 4-byte size hint before the zlib stream, and grows past it.
                    list->append(qUncompress(QByteArray(4, '\0') + *stream->stream));
            }
        }
    }

    void checkObject(const Object& o)
    {
        if (o.value.name("Type") == "XRef" || o.value.name("Type") == "ObjStm") {
            change(o.number,
                QStringLiteral("object %1 is a compressed %2 stream: StarMark accepts updates after the author's signature "
                               "only as plain objects with a cross-reference table")
                    .arg(o.number)
                    .arg(o.value.name("Type") == "XRef" ? QStringLiteral("cross-reference") : QStringLiteral("object")));
            return;
        }
        if (o.generation != 0) {
            change(o.number, QStringLiteral("object %1 was written with generation %2").arg(o.number).arg(o.generation));
            return;
        }
        if (m_author.has(o.number))
            checkRedefinition(o);
        else if (o.number < m_author.size())
            change(o.number, QStringLiteral("object %1 takes a number the author's revision left free").arg(o.number));
        else
            checkNew(o);
    }

    void checkRedefinition(const Object& o)
    {
        const Object* before = m_author.object(o.number);
        if (before && *before == o)
            return; // written again unchanged
        const QString what = QStringLiteral("object %1 (%2)").arg(o.number).arg(m_author.what(o.number));
        if (!before || o.stream || before->stream || !o.value.is(Value::Kind::Dictionary) != !before->value.is(Value::Kind::Dictionary)) {
            change(o.number, QStringLiteral("%1 was replaced").arg(what));
            return;
        }
        std::vector<int> added;
        switch (m_author.role(o.number)) {
        case AuthorState::Role::Catalog: {
            // Only the DSS may be added; nothing the author signed may change.
            const QStringList keys = differingKeys(before->value, o.value, {"DSS"});
            if (!keys.isEmpty())
                change(o.number, QStringLiteral("%1: %2 changed").arg(what, keys.join(QStringLiteral(", "))));
            const Value* dss = o.value.get("DSS");
            if (dss && !dss->is(Value::Kind::Reference))
                change(o.number, QStringLiteral("%1: /DSS is not a reference to a DSS dictionary").arg(what));
            return;
        }
        case AuthorState::Role::Info: {
            // A signing tool records when it last wrote the file; that is not the author's content.
            const QStringList keys = differingKeys(before->value, o.value, {"ModDate"});
            if (!keys.isEmpty())
                change(o.number, QStringLiteral("%1 was changed: %2").arg(what, keys.join(QStringLiteral(", "))));
            return;
        }
        case AuthorState::Role::Form:
        case AuthorState::Role::Page: {
            const QByteArray list = m_author.role(o.number) == AuthorState::Role::Form ? "Fields" : "Annots";
            const QStringList keys = differingKeys(before->value, o.value, {list});
            if (!keys.isEmpty())
                change(o.number, QStringLiteral("%1: %2 changed").arg(what, keys.join(QStringLiteral(", "))));
            const Value *old = before->value.get(list), *now = o.value.get(list);
            if (old && now && *old == *now)
                return;
            if ((old && old->is(Value::Kind::Reference)) || !onlyAppends(old, now, &added))
                change(o.number,
                    QStringLiteral("%1: /%2 changed other than by appending signature fields").arg(what, QString::fromLatin1(list)));
            m_addedFields.insert(m_addedFields.end(), added.begin(), added.end());
            return;
        }
        case AuthorState::Role::Fields:
        case AuthorState::Role::Annotations:
            if (!onlyAppends(&before->value, &o.value, &added))
                change(o.number, QStringLiteral("%1 changed other than by appending signature fields").arg(what));
            m_addedFields.insert(m_addedFields.end(), added.begin(), added.end());
            return;
        case AuthorState::Role::Other:
            break;
        }
        const QStringList keys = differingKeys(before->value, o.value, {});
        change(o.number,
            keys.isEmpty() ? QStringLiteral("%1 was replaced").arg(what)
                           : QStringLiteral("%1 was changed: %2").arg(what, keys.join(QStringLiteral(", "))));
    }

    void checkNew(const Object& o)
    {
        const Value& v = o.value;
        const QByteArray type = v.name("Type");
        const QString what = QStringLiteral("object %1 (%2, new)").arg(o.number).arg(AuthorState::kind(o));
        if (!o.stream && (type == "Sig" || type == "DocTimeStamp")) {
            if (!v.get("ByteRange") || !v.get("Contents"))
                change(o.number, QStringLiteral("%1 is a signature dictionary without /ByteRange and /Contents").arg(what));
            else if (const Value* references = v.get("Reference"); references && !references->items.empty())
                change(o.number,
                    QStringLiteral("%1 is a second certification or a field-locking signature: only the author's signature "
                                   "certifies the report")
                        .arg(what));
            return;
        }
        if (!o.stream && (v.name("FT") == "Sig" || v.name("Subtype") == "Widget")) {
            if (!isSignatureField(v))
                change(o.number,
                    QStringLiteral("%1 is a widget that is not an invisible signature field: it could be painted over the page").arg(what));
            return;
        }
        if (m_validation.contains(o.number) && !v.get("Subtype") && (type.isEmpty() || type == "DSS" || type == "VRI"))
            return; // the DSS, its VRI, and the certificates, OCSP responses and CRLs they hold
        change(o.number, QStringLiteral("%1 was added, and is not a signature, its field or validation data").arg(what));
    }

    AuthorState& m_author;
    QList<PdfRevisions::Change>& m_changes;
    QMap<int, const Object*> m_later; // each object's newest definition after the author's revision
    QSet<int> m_validation;
    std::vector<int> m_addedFields;
};

} // namespace

PdfRevisions PdfRevisions::read(const QByteArray& pdf, const std::array<qint64, 4>& byteRange, qint64 lastSigned)
{
    PdfRevisions out;
    const qint64 end = byteRange[2] + byteRange[3];
    if (byteRange[0] != 0 || end > pdf.size() || byteRange[1] >= byteRange[2]) {
        out.problem = QStringLiteral("the author's byte range does not lie within the file");
        return out;
    }
    AuthorState author(pdf, end);
    if (!author.read(&out.problem))
        return out;

    // The author's signature: the one the catalog's /Perms /DocMDP names, at this byte range.
    const Object* catalog = author.object(author.root());
    const Value* perms = catalog->value.get("Perms");
    const Object* signature = perms && perms->is(Value::Kind::Dictionary) ? author.object(perms->reference("DocMDP")) : nullptr;
    const Value* range = signature ? signature->value.get("ByteRange") : nullptr;
    bool same = range && range->items.size() == 4;
    for (size_t i = 0; same && i < 4; ++i)
        same = range->items[i].is(Value::Kind::Number) && qint64(range->items[i].number) == byteRange[i];
    const Value* references = same ? signature->value.get("Reference") : nullptr;
    for (size_t i = 0; references && i < references->items.size(); ++i) {
        const Value& reference = references->items[i];
        const Value* parameters = reference.get("TransformParams");
        if (reference.name("TransformMethod") == "DocMDP" && parameters) {
            const Value* p = parameters->get("P");
            out.permission = p && p->is(Value::Kind::Number) ? int(p->number) : 2; // ISO 32000-1 Table 254: P defaults to 2
        }
    }

    // The updates after it, read in file order. Every byte must belong to an object, a
    // cross-reference table, a trailer or startxref: nothing is left for another
    // reader to interpret its own way.
    QList<Update> updates;
    Reader reader(pdf, end, pdf.size());
    Update current;
    while (!reader.atEnd()) {
        if (current.begin < 0)
            current.begin = reader.at();
        if (reader.keyword("xref")) {
            QString error;
            current.xref = section(pdf, reader.at() - 4, pdf.size(), &error);
            if (!current.xref) {
                out.changes.append({0, QStringLiteral("an update after the author's signature: %1").arg(error)});
                return out;
            }
            reader.seek(current.xref->end);
        } else if (reader.keyword("startxref")) {
            current.startxref = reader.integer();
            current.end = reader.at();
            updates.append(std::move(current));
            current = Update();
        } else if (const std::optional<Object> o = reader.object([](int) { return std::nullopt; })) {
            current.objects.append(*o);
        } else {
            out.changes.append({0, QStringLiteral("an update after the author's signature cannot be read (%1)").arg(reader.error())});
            return out;
        }
    }
    if (!current.objects.isEmpty() || current.xref) {
        out.changes.append({0, QStringLiteral("the last update after the author's signature is incomplete (no startxref)")});
        return out;
    }
    out.laterRevisions = int(updates.size());

    // Each update's table lists exactly its objects, chains to the one before, and keeps the catalog.
    qint64 previous = author.lastXref();
    for (int i = 0; i < updates.size(); ++i) {
        const Update& u = updates[i];
        const QString which = QStringLiteral("update %1 after the author's signature").arg(i + 1);
        if (!u.xref || u.startxref != u.xref->at) {
            out.changes.append({0,
                QStringLiteral("%1: startxref does not point to a cross-reference table (after the author's signature "
                               "StarMark reads plain tables only, not cross-reference streams)")
                    .arg(which)});
            continue;
        }
        const Value& trailer = u.xref->trailer;
        const Value* prev = trailer.get("Prev");
        if (!prev || !prev->is(Value::Kind::Number) || qint64(prev->number) != previous)
            out.changes.append({0, QStringLiteral("%1: its /Prev does not chain to the revision before it").arg(which)});
        if (trailer.reference("Root") != author.root())
            out.changes.append({0, QStringLiteral("%1 names another catalog (/Root)").arg(which)});
        if (trailer.get("Info") && trailer.reference("Info") != author.info())
            out.changes.append({0, QStringLiteral("%1 names another document information dictionary (/Info)").arg(which)});
        for (const char* key : {"Encrypt", "XRefStm"})
            if (trailer.get(key))
                out.changes.append({0, QStringLiteral("%1 adds /%2 to the trailer").arg(which, QLatin1String(key))});
        previous = u.xref->at;
        QMap<qint64, const Object*> at;
        for (const Object& o : u.objects) {
            at.insert(o.offset, &o);
            const XrefEntry e = u.xref->entries.value(o.number);
            if (!e.inUse || e.offset != o.offset)
                out.changes.append(
                    {o.number, QStringLiteral("object %1 is in %2 but not in its cross-reference table").arg(o.number).arg(which)});
        }
        for (auto it = u.xref->entries.cbegin(); it != u.xref->entries.cend(); ++it) {
            if (!it->inUse && it.key() != 0)
                out.changes.append({it.key(), QStringLiteral("object %1 (%2) was deleted").arg(it.key()).arg(author.what(it.key()))});
            else if (it->inUse && (!at.contains(it->offset) || at.value(it->offset)->number != it.key()))
                out.changes.append({it.key(),
                    QStringLiteral("%1 lists object %2 at byte %3, where it does not stand").arg(which).arg(it.key()).arg(it->offset)});
        }
    }
    lastSigned = std::max(lastSigned, end);
    for (const Update& u : updates)
        if (u.begin < lastSigned && u.end > lastSigned)
            out.changes.append({0, QStringLiteral("the last signature's byte range ends inside an update")});
    if (!updates.isEmpty() && out.changes.isEmpty())
        Checker(author, out.changes).check(updates, lastSigned, &out.validation);
    // Something must follow the last signature for it to be validation data, and after the
    // last update only its %%EOF: a comment there is bytes no signature covers.
    const bool tail = !updates.isEmpty() && updates.last().begin >= lastSigned
        && pdf.mid(updates.last().end).trimmed() == QByteArrayLiteral("%%EOF");
    out.onlyValidationAfterLast = tail && out.changes.isEmpty() && out.problem.isEmpty();
    return out;
}

} // namespace starmark
