#pragma once

#include "criteria/Problem.h"

#include <QByteArray>
#include <QString>
#include <QList>
#include <QVarLengthArray>

#include <array>

namespace starmark {

// A pull reader for the XML of a workbook's parts, and for no more XML than they hold:
// elements, attributes, text, CDATA, comments and processing instructions, XML's five
// predefined entities and numeric character references, in UTF-8. Anything else stops it
// with a problem placed at its line and column: a DOCTYPE (so that no entity can be
// declared: no external entity, no billion laughs), any other entity, nesting deeper than
// maxDepth, more than maxAttributes on an element, a character XML does not allow, and XML
// that is not well-formed. Written for the checklist import, where QXmlStreamReader's
// general tokenizer was half the round trip (issue 14's benchmark).
//
// Names are compared without their prefix, as QXmlStreamReader::name() gives them;
// namespaces are not resolved. Views returned stay valid until the next call to next().
class XlsxXmlReader {
public:
    static constexpr int maxDepth = 32;
    static constexpr int maxAttributes = 64; // Excel's richest elements have about 15

    enum class Token { StartElement, EndElement, Characters, End };

    // `file` and `part` name the place in the problems (checklist.xlsx, xl/worksheets/sheet1.xml).
    XlsxXmlReader(const QByteArray& xml, QString file, QString part);

    // The next token; End at the end of the document or at the first problem.
    Token next();
    // The local name of the current start or end element.
    QStringView name() const { return m_name; }
    // An attribute of the current start element by its local name; a null view when absent.
    QStringView attribute(QStringView localName) const;
    // The text of the current Characters token, entities and line ends resolved.
    QStringView text() const { return m_text; }
    // Elements open, the current start element included.
    int depth() const { return int(m_open.size()); }

    // The problem that stopped the reading (checklist.not-a-workbook, checklist.dtd-refused or
    // checklist.too-large, all Unusable), with its line and column (1-based).
    const std::optional<Problem>& problem() const { return m_problem; }
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    struct Attribute {
        QStringView name;
        QStringView local;
        QStringView value;
    };

    Token fail(const char* code, Message reason, qsizetype at);
    Token failHere(const char* code, Message reason) { return fail(code, std::move(reason), m_at - m_begin); }
    bool declaration();
    std::optional<Token> markup();
    Token startTag();
    Token endTag();
    Token characters();
    bool name(QStringView& out);
    bool skipSpace();
    bool equalsAndQuote();
    bool reference(QString& out);
    bool allowed(char16_t c, qsizetype at);
    bool skipPast(QStringView end, bool comment);

    QString m_source;
    QString m_file;
    QString m_part;
    const char16_t* m_begin = nullptr;
    const char16_t* m_at = nullptr;
    const char16_t* m_end = nullptr;
    QVarLengthArray<QStringView, maxDepth> m_open;
    // Not cleared but counted: clearing a QVarLengthArray reallocates, once a tag.
    std::array<Attribute, maxAttributes> m_attributes;
    int m_attributeCount = 0;
    QList<QString> m_decoded; // attribute values with references, resolved
    QString m_buffer; // text with references or line ends to resolve
    QStringView m_name;
    QStringView m_text;
    bool m_closeEmpty = false; // the start element just read was <x/>: its end comes next
    bool m_sawRoot = false;
    bool m_done = false;
    std::optional<Problem> m_problem;
    int m_line = 0;
    int m_column = 0;
};

} // namespace starmark
