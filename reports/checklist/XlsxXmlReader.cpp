#include "reports/checklist/XlsxXmlReader.h"

#include <QStringDecoder>

#include <array>

namespace starmark {
namespace {

const char* const notWellFormed = "checklist.not-a-workbook";
const char* const dtdRefused = "checklist.dtd-refused";
const char* const tooLarge = "checklist.too-large";

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

// XML's name characters, ASCII exactly (a table: every tag and attribute goes through here)
// and the rest of Unicode loosely, since a name is only compared.
constexpr std::array<unsigned char, 128> asciiNameChars = [] {
    std::array<unsigned char, 128> table{};
    for (char16_t c = 0; c < 128; ++c) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':')
            table[c] = 2; // may start a name
        else if ((c >= u'0' && c <= u'9') || c == u'-' || c == u'.')
            table[c] = 1;
    }
    return table;
}();

bool isNameStart(char16_t c)
{
    return c < 128 ? asciiNameChars[c] == 2 : c >= 0xC0 && c != 0xD7 && c != 0xF7;
}

bool isNameChar(char16_t c)
{
    return c < 128 ? asciiNameChars[c] != 0 : c == 0xB7 || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
}

QStringView localName(QStringView qualified)
{
    const char16_t* from = qualified.utf16() + qualified.size();
    while (from != qualified.utf16() && from[-1] != u':')
        --from;
    return QStringView(from, qualified.utf16() + qualified.size());
}

// Inline, not QStringView's operator==: names are compared at every tag and attribute.
bool same(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

bool startsWith(const char16_t* at, const char16_t* end, QStringView prefix)
{
    if (end - at < prefix.size())
        return false;
    for (const QChar c : prefix) {
        if (*at++ != c.unicode())
            return false;
    }
    return true;
}

// Outside XML's characters below U+FFFE (tab, line ends and from space up) or a non-character:
// surrogates come paired from the decoder, so nothing else is left to refuse.
bool outsideXml(char16_t c)
{
    return c < 0x20 ? c != u'\t' && c != u'\n' && c != u'\r' : c >= 0xFFFE;
}

Message hex(char32_t c)
{
    return Message::plain(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
}

} // namespace

XlsxXmlReader::XlsxXmlReader(const QByteArray& xml, QString file, QString part)
    : m_file(std::move(file))
    , m_part(std::move(part))
{
    // Decoded once, whole: the part is bounded (XlsxPackage::maxEntryBytes), and a UTF-16
    // text is read by views into it. A byte-order mark is skipped.
    QStringDecoder utf8(QStringDecoder::Utf8);
    m_source = utf8(xml);
    m_begin = reinterpret_cast<const char16_t*>(m_source.constData());
    m_at = m_begin;
    m_end = m_begin + m_source.size();
    if (utf8.hasError()) {
        const qsizetype bad = m_source.indexOf(QChar::ReplacementCharacter);
        fail(notWellFormed, Message("XlsxXmlReader", "the text is not UTF-8"), std::max<qsizetype>(0, bad));
        return;
    }
    declaration();
}

XlsxXmlReader::Token XlsxXmlReader::fail(const char* code, Message reason, qsizetype at)
{
    if (m_problem)
        return Token::End;
    const QStringView before(m_begin, std::min(at, qsizetype(m_end - m_begin)));
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    m_line = int(before.count(u'\n')) + 1;
    m_column = int(before.size() - lineStart) + 1;
    m_problem = Problem::unusable(QString::fromLatin1(code),
        Message("XlsxXmlReader", "the part %1, line %2, column %3: %4").arg(m_part).arg(m_line).arg(m_column).arg(reason), {m_file});
    m_done = true;
    return Token::End;
}

QStringView XlsxXmlReader::attribute(QStringView localName) const
{
    for (int i = 0; i < m_attributeCount; ++i) {
        if (!m_attributes[i].local.isNull() && same(m_attributes[i].local, localName))
            return m_attributes[i].value;
    }
    return {};
}

bool XlsxXmlReader::allowed(char16_t c, qsizetype at)
{
    if (!outsideXml(c))
        return true;
    fail(notWellFormed, Message("XlsxXmlReader", "the character U+%1 is not allowed in XML").arg(hex(c)), at);
    return false;
}

bool XlsxXmlReader::skipSpace()
{
    const char16_t* from = m_at;
    while (m_at < m_end && isSpace(*m_at))
        ++m_at;
    return m_at != from;
}

bool XlsxXmlReader::name(QStringView& out)
{
    const char16_t* from = m_at;
    if (m_at == m_end || !isNameStart(*m_at))
        return false;
    while (m_at < m_end && isNameChar(*m_at))
        ++m_at;
    out = QStringView(from, m_at);
    return true;
}

// After an attribute's name: white space, '=', white space, and the opening quote, where the reader stops.
bool XlsxXmlReader::equalsAndQuote()
{
    skipSpace();
    if (m_at == m_end || *m_at != u'=')
        return false;
    ++m_at;
    skipSpace();
    return m_at != m_end && (*m_at == u'"' || *m_at == u'\'');
}

// At the '&' of a reference: one of the five predefined entities or a character by its number.
bool XlsxXmlReader::reference(QString& out)
{
    const char16_t* amp = m_at;
    const char16_t* semicolon = amp + 1;
    while (semicolon < m_end && semicolon - amp <= 32 && *semicolon != u';')
        ++semicolon;
    if (semicolon >= m_end || *semicolon != u';') {
        fail(notWellFormed, Message("XlsxXmlReader", "an '&' that does not start an entity or character reference"), amp - m_begin);
        return false;
    }
    const QStringView body(amp + 1, semicolon);
    m_at = semicolon + 1;
    if (body.startsWith(u'#')) {
        const bool hexadecimal = body.startsWith(u"#x");
        const QStringView digits = body.mid(hexadecimal ? 2 : 1);
        // Digits only (toUInt would take a sign or white space), and never past U+10FFFF.
        char32_t code = 0;
        for (const QChar d : digits.isEmpty() ? QStringView(u"?") : digits) {
            const int value = d.isDigit() && d.unicode() < 0x80 ? d.unicode() - u'0'
                : hexadecimal && d.unicode() >= u'a' && d.unicode() <= u'f' ? d.unicode() - u'a' + 10
                : hexadecimal && d.unicode() >= u'A' && d.unicode() <= u'F' ? d.unicode() - u'A' + 10
                                                                              : -1;
            if (value < 0) {
                fail(notWellFormed, Message("XlsxXmlReader", "the character reference &%1; is malformed").arg(Message::plain(body.toString())),
                    amp - m_begin);
                return false;
            }
            code = std::min<char32_t>(0x110000, code * (hexadecimal ? 16 : 10) + char32_t(value));
        }
        const bool xmlChar = code >= 0x20 ? (code < 0xD800 || (code >= 0xE000 && code < 0xFFFE) || (code >= 0x10000 && code <= 0x10FFFF))
                                          : (code == 0x9 || code == 0xA || code == 0xD);
        if (!xmlChar) {
            fail(notWellFormed, Message("XlsxXmlReader", "the character U+%1 is not allowed in XML").arg(hex(code)), amp - m_begin);
            return false;
        }
        out.append(QStringView(QChar::fromUcs4(code)));
        return true;
    }
    static constexpr std::pair<QStringView, char16_t> predefined[] = {
        {u"lt", u'<'}, {u"gt", u'>'}, {u"amp", u'&'}, {u"quot", u'"'}, {u"apos", u'\''}};
    for (const auto& [entity, c] : predefined) {
        if (body == entity) {
            out.append(QChar(c));
            return true;
        }
    }
    fail(dtdRefused,
        Message("XlsxXmlReader", "the entity &%1; is not one of XML's five predefined ones, and a workbook declares no other")
            .arg(Message::plain(body.toString())),
        amp - m_begin);
    return false;
}

// <?xml version="1.0" encoding="UTF-8" standalone="yes"?>, where it is there: only its encoding matters.
bool XlsxXmlReader::declaration()
{
    if (!startsWith(m_at, m_end, u"<?xml") || m_end - m_at < 6 || !isSpace(m_at[5]))
        return true;
    m_at += 5;
    for (;;) {
        skipSpace();
        if (startsWith(m_at, m_end, u"?>")) {
            m_at += 2;
            return true;
        }
        QStringView key;
        if (!name(key)) {
            failHere(notWellFormed, Message("XlsxXmlReader", "the XML declaration is malformed"));
            return false;
        }
        if (!equalsAndQuote()) {
            failHere(notWellFormed, Message("XlsxXmlReader", "the XML declaration is malformed"));
            return false;
        }
        const char16_t quote = *m_at;
        const char16_t* from = ++m_at;
        while (m_at < m_end && *m_at != quote && *m_at != u'<')
            ++m_at;
        if (m_at == m_end || *m_at != quote) {
            failHere(notWellFormed, Message("XlsxXmlReader", "the XML declaration is malformed"));
            return false;
        }
        const QStringView value(from, m_at++);
        if (key == u"encoding" && value.compare(u"UTF-8", Qt::CaseInsensitive) != 0) {
            fail(notWellFormed, Message("XlsxXmlReader", "it declares the encoding %1; a workbook is UTF-8").arg(Message::plain(value.toString())),
                from - m_begin);
            return false;
        }
    }
}

XlsxXmlReader::Token XlsxXmlReader::next()
{
    if (m_done)
        return Token::End;
    if (m_closeEmpty) {
        m_closeEmpty = false;
        m_name = localName(m_open.back());
        m_open.pop_back();
        return Token::EndElement;
    }
    for (;;) {
        if (m_at == m_end) {
            if (!m_open.isEmpty())
                return failHere(notWellFormed, Message("XlsxXmlReader", "the part ends inside <%1>").arg(Message::plain(m_open.back().toString())));
            if (!m_sawRoot)
                return failHere(notWellFormed, Message("XlsxXmlReader", "the part has no root element"));
            m_done = true;
            return Token::End;
        }
        if (*m_at == u'<') {
            if (const std::optional<Token> t = markup())
                return *t;
            continue; // a comment or an instruction, read past
        }
        if (!m_open.isEmpty())
            return characters();
        // Outside the root element, only white space.
        if (!skipSpace())
            return failHere(notWellFormed,
                m_sawRoot ? Message("XlsxXmlReader", "there is text after the root element") : Message("XlsxXmlReader", "there is text before the root element"));
    }
}

std::optional<XlsxXmlReader::Token> XlsxXmlReader::markup()
{
    const char16_t second = m_at + 1 < m_end ? m_at[1] : u'\0';
    if (second == u'/')
        return endTag();
    if (second != u'?' && second != u'!')
        return startTag();
    if (second == u'?') {
        const char16_t* at = m_at;
        m_at += 2;
        QStringView target;
        if (!name(target) || target.compare(u"xml", Qt::CaseInsensitive) == 0)
            return fail(notWellFormed, Message("XlsxXmlReader", "a processing instruction is malformed, or an XML declaration is not at the start"), at - m_begin);
        if (!skipPast(u"?>", false))
            return Token::End;
        return std::nullopt;
    }
    if (startsWith(m_at, m_end, u"<!--")) {
        m_at += 4;
        if (!skipPast(u"-->", true))
            return Token::End;
        return std::nullopt;
    }
    if (startsWith(m_at, m_end, u"<![CDATA[")) {
        if (m_open.isEmpty())
            return failHere(notWellFormed, Message("XlsxXmlReader", "there is text outside the root element"));
        m_at += 9;
        const char16_t* from = m_at;
        if (!skipPast(u"]]>", false))
            return Token::End;
        const QStringView content(from, m_at - 3);
        if (!content.contains(u'\r')) {
            m_text = content;
        } else {
            m_buffer = content.toString();
            m_buffer.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
            m_text = m_buffer;
        }
        return Token::Characters;
    }
    if (startsWith(m_at, m_end, u"<!DOCTYPE"))
        return failHere(dtdRefused, Message("XlsxXmlReader", "it has a DTD (<!DOCTYPE>), the way to entities, which a workbook never has"));
    return failHere(notWellFormed, Message("XlsxXmlReader", "a '<!' that starts no comment or CDATA section"));
}

// Past the next `end` (?> --> ]]>), checking the characters on the way; in a comment, "--" may only close it.
bool XlsxXmlReader::skipPast(QStringView end, bool comment)
{
    for (; m_at < m_end; ++m_at) {
        if (startsWith(m_at, m_end, end)) {
            m_at += end.size();
            return true;
        }
        if (comment && startsWith(m_at, m_end, u"--")) {
            failHere(notWellFormed, Message("XlsxXmlReader", "a comment holds \"--\""));
            return false;
        }
        if (!allowed(*m_at, m_at - m_begin))
            return false;
    }
    failHere(notWellFormed, Message("XlsxXmlReader", "the part ends inside markup"));
    return false;
}

XlsxXmlReader::Token XlsxXmlReader::startTag()
{
    const char16_t* tag = m_at++;
    QStringView qualified;
    if (!name(qualified))
        return fail(notWellFormed, Message("XlsxXmlReader", "a '<' that does not start a tag"), tag - m_begin);
    if (m_open.isEmpty() && m_sawRoot)
        return fail(notWellFormed, Message("XlsxXmlReader", "there is a second root element"), tag - m_begin);
    if (m_open.size() >= maxDepth)
        return fail(tooLarge, Message("XlsxXmlReader", "elements nest more than %1 deep").arg(maxDepth), tag - m_begin);
    m_attributeCount = 0;
    m_decoded.clear();
    bool empty = false;
    for (;;) {
        const bool spaced = skipSpace();
        if (m_at == m_end)
            return failHere(notWellFormed, Message("XlsxXmlReader", "the part ends inside markup"));
        if (*m_at == u'>') {
            ++m_at;
            break;
        }
        if (*m_at == u'/') {
            if (m_at + 1 == m_end || m_at[1] != u'>')
                return failHere(notWellFormed, Message("XlsxXmlReader", "the tag <%1> is malformed").arg(Message::plain(qualified.toString())));
            m_at += 2;
            empty = true;
            break;
        }
        const char16_t* at = m_at;
        QStringView key;
        if (!spaced || !name(key))
            return fail(notWellFormed, Message("XlsxXmlReader", "the tag <%1> is malformed").arg(Message::plain(qualified.toString())), at - m_begin);
        if (!equalsAndQuote())
            return failHere(notWellFormed, Message("XlsxXmlReader", "the attribute %1 has no quoted value").arg(Message::plain(key.toString())));
        const char16_t quote = *m_at;
        const char16_t* from = ++m_at;
        // Most values are plain: a view into the text. One with a reference or a white space
        // character to normalise is resolved into a string of its own.
        qsizetype decoded = -1;
        for (; m_at < m_end && *m_at != quote; ++m_at) {
            const char16_t c = *m_at;
            if (c == u'<')
                return failHere(notWellFormed, Message("XlsxXmlReader", "the value of the attribute %1 holds a '<'").arg(Message::plain(key.toString())));
            if (outsideXml(c) && !allowed(c, m_at - m_begin))
                return Token::End;
            if (c == u'&' || c < 0x20) {
                if (decoded < 0) {
                    decoded = m_decoded.size();
                    m_decoded.append(QString(reinterpret_cast<const QChar*>(from), m_at - from));
                }
                if (c == u'&') {
                    if (!reference(m_decoded[decoded]))
                        return Token::End;
                    --m_at;
                    continue;
                }
                // Attribute-value normalisation: a line end (CR LF as one) or a tab is a space.
                if (c == u'\r' && m_at + 1 < m_end && m_at[1] == u'\n')
                    ++m_at;
                m_decoded[decoded].append(u' ');
                continue;
            }
            if (decoded >= 0)
                m_decoded[decoded].append(QChar(c));
        }
        if (m_at == m_end)
            return failHere(notWellFormed, Message("XlsxXmlReader", "the part ends inside markup"));
        const QStringView value = decoded < 0 ? QStringView(from, m_at) : QStringView(m_decoded[decoded]);
        ++m_at;
        for (int i = 0; i < m_attributeCount; ++i) {
            if (same(m_attributes[i].name, key))
                return fail(notWellFormed, Message("XlsxXmlReader", "the attribute %1 is given twice").arg(Message::plain(key.toString())), at - m_begin);
        }
        if (m_attributeCount == maxAttributes)
            return fail(tooLarge, Message("XlsxXmlReader", "an element has more than %1 attributes").arg(maxAttributes), at - m_begin);
        // A namespace declaration is no attribute (xmlns:r="…" is not the attribute r), as QXmlStreamReader has it.
        const bool declaresNamespace = key.startsWith(u"xmlns") && (key.size() == 5 || key[5] == u':');
        m_attributes[m_attributeCount++] = {key, declaresNamespace ? QStringView() : localName(key), value};
    }
    m_sawRoot = true;
    m_open.append(qualified);
    m_name = localName(qualified);
    m_closeEmpty = empty;
    return Token::StartElement;
}

XlsxXmlReader::Token XlsxXmlReader::endTag()
{
    const char16_t* tag = m_at;
    m_at += 2;
    QStringView qualified;
    if (!name(qualified))
        return fail(notWellFormed, Message("XlsxXmlReader", "an end tag is malformed"), tag - m_begin);
    skipSpace();
    if (m_at == m_end || *m_at != u'>')
        return fail(notWellFormed, Message("XlsxXmlReader", "an end tag is malformed"), tag - m_begin);
    ++m_at;
    if (m_open.isEmpty() || !same(m_open.back(), qualified)) {
        return fail(notWellFormed,
            Message("XlsxXmlReader", "the end tag </%1> does not close <%2>")
                .arg(Message::plain(qualified.toString()))
                .arg(Message::plain(m_open.isEmpty() ? QString() : m_open.back().toString())),
            tag - m_begin);
    }
    m_open.pop_back();
    m_name = localName(qualified);
    return Token::EndElement;
}

XlsxXmlReader::Token XlsxXmlReader::characters()
{
    const char16_t* from = m_at;
    // The common text is plain: a view into the part.
    for (; m_at < m_end && *m_at != u'<'; ++m_at) {
        const char16_t c = *m_at;
        if (c == u'&' || c == u'\r')
            break;
        if (c == u'>' && m_at - from >= 2 && m_at[-1] == u']' && m_at[-2] == u']')
            return failHere(notWellFormed, Message("XlsxXmlReader", "text holds \"]]>\""));
        if (outsideXml(c) && !allowed(c, m_at - m_begin))
            return Token::End;
    }
    if (m_at == m_end || *m_at == u'<') {
        m_text = QStringView(from, m_at);
        return Token::Characters;
    }
    m_buffer = QString(reinterpret_cast<const QChar*>(from), m_at - from);
    while (m_at < m_end && *m_at != u'<') {
        const char16_t c = *m_at;
        if (c == u'&') {
            if (!reference(m_buffer))
                return Token::End;
            continue;
        }
        if (c == u'\r') { // a line end, CR LF or CR alone, is LF
            m_buffer.append(u'\n');
            if (++m_at < m_end && *m_at == u'\n')
                ++m_at;
            continue;
        }
        if (c == u'>' && m_at[-1] == u']' && m_at[-2] == u']')
            return failHere(notWellFormed, Message("XlsxXmlReader", "text holds \"]]>\""));
        if (outsideXml(c) && !allowed(c, m_at - m_begin))
            return Token::End;
        m_buffer.append(QChar(c));
        ++m_at;
    }
    m_text = m_buffer;
    return Token::Characters;
}

} // namespace starmark
