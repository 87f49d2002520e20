#include "reports/checklist/XlsxXmlReader.h"

#include <gtest/gtest.h>

using namespace starmark;

namespace {

using Token = XlsxXmlReader::Token;

// Every token as a line: "<name a=v …>", "</name>", "text"; the problem's code last, if any.
QStringList tokens(const QByteArray& xml, std::optional<Problem>* problem = nullptr)
{
    XlsxXmlReader reader(xml, QStringLiteral("book.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml"));
    QStringList out;
    for (Token t = reader.next(); t != Token::End; t = reader.next()) {
        if (t == Token::StartElement) {
            QString tag = u'<' + reader.name().toString();
            for (const char16_t* a : {u"r", u"t", u"id", u"v"}) {
                if (!reader.attribute(a).isNull())
                    tag += u' ' + QString::fromUtf16(a) + u'=' + reader.attribute(a).toString();
            }
            out << tag + u'>';
        } else if (t == Token::EndElement) {
            out << QStringLiteral("</%1>").arg(reader.name());
        } else {
            out << reader.text().toString();
        }
    }
    if (problem)
        *problem = reader.problem();
    return out;
}

struct Refusal {
    QString code;
    int line;
    int column;
};

Refusal refusal(const QByteArray& xml)
{
    XlsxXmlReader reader(xml, QStringLiteral("book.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml"));
    while (reader.next() != Token::End) {
    }
    if (!reader.problem())
        return {QStringLiteral("(read whole)"), 0, 0};
    EXPECT_EQ(reader.problem()->severity, Problem::Severity::Unusable);
    EXPECT_EQ(reader.problem()->where.file, QStringLiteral("book.xlsx"));
    return {reader.problem()->code, reader.line(), reader.column()};
}

} // namespace

TEST(XlsxXmlReader, ReadsElementsAttributesAndTextAsSpreadsheetMlWritesThem)
{
    // A byte-order mark, a declaration, prefixes, single quotes, white space around '=', an empty element, a comment
    // and an instruction read past, and a CDATA section.
    const QByteArray xml = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
                           "<?mso-application progid=\"Excel.Sheet\"?><x:worksheet xmlns:x=\"urn:x\" xmlns:r=\"urn:r\">"
                           "<x:c r = 'A1' t=\"s\"><!-- a comment --><x:v>0</x:v></x:c><sheet r:id=\"rId1\"/>"
                           "<x:t><![CDATA[<not a tag> & ]]></x:t></x:worksheet>\n";
    std::optional<Problem> problem;
    EXPECT_EQ(tokens(xml, &problem),
        (QStringList{QStringLiteral("<worksheet>"), QStringLiteral("<c r=A1 t=s>"), QStringLiteral("<v>"), QStringLiteral("0"), QStringLiteral("</v>"),
            QStringLiteral("</c>"), QStringLiteral("<sheet id=rId1>"), QStringLiteral("</sheet>"), QStringLiteral("<t>"), QStringLiteral("<not a tag> & "),
            QStringLiteral("</t>"), QStringLiteral("</worksheet>")}));
    EXPECT_FALSE(problem);
}

TEST(XlsxXmlReader, ResolvesThePredefinedEntitiesCharacterReferencesAndLineEnds)
{
    EXPECT_EQ(tokens("<t v=\"a&amp;b&#9;c\td\r\ne\">&lt;&gt;&amp;&quot;&apos; &#x41;&#66; &#x1F600; x\r\ny\rz</t>"),
        (QStringList{QStringLiteral("<t v=a&b\tc d e>"), QString::fromUtf8("<>&\"' AB \xF0\x9F\x98\x80 x\ny\nz"), QStringLiteral("</t>")}));
    // Japanese text and an ideographic space stay as they are.
    EXPECT_EQ(tokens("<t>\xE9\x81\xA9\xE5\x90\x88\xE3\x80\x80</t>").value(1), QString::fromUtf8("適合\u3000"));
}

// What a hostile or broken part does, refused with the code the shells map to exit 2, at the
// line and column where it starts.
TEST(XlsxXmlReader, RefusesADtdAndEveryEntityButXmlsFiveWithTheirPlace)
{
    EXPECT_EQ(refusal("<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<worksheet>&x;</worksheet>").code,
        QStringLiteral("checklist.dtd-refused"));
    const Refusal dtd = refusal("<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]><sst>&b;</sst>");
    EXPECT_EQ(dtd.code, QStringLiteral("checklist.dtd-refused"));
    EXPECT_EQ(dtd.line, 2);
    EXPECT_EQ(dtd.column, 1);
    // Without a DTD an entity is not declared anywhere: the external one of an XXE, refused where it stands.
    const Refusal entity = refusal("<worksheet>\n  <c>&xxe;</c></worksheet>");
    EXPECT_EQ(entity.code, QStringLiteral("checklist.dtd-refused"));
    EXPECT_EQ(entity.line, 2);
    EXPECT_EQ(entity.column, 6);
    EXPECT_EQ(refusal("<c r=\"&xxe;\"/>").code, QStringLiteral("checklist.dtd-refused"));
}

TEST(XlsxXmlReader, RefusesNestingAndAttributesPastItsBounds)
{
    const QByteArray deep = QByteArray("<x>").repeated(XlsxXmlReader::maxDepth + 1) + QByteArray("</x>").repeated(XlsxXmlReader::maxDepth + 1);
    const Refusal tooDeep = refusal(deep);
    EXPECT_EQ(tooDeep.code, QStringLiteral("checklist.too-large"));
    EXPECT_EQ(tooDeep.column, 3 * XlsxXmlReader::maxDepth + 1); // the opening tag one level too deep
    const QByteArray justDeepEnough = QByteArray("<x>").repeated(XlsxXmlReader::maxDepth) + QByteArray("</x>").repeated(XlsxXmlReader::maxDepth);
    EXPECT_EQ(refusal(justDeepEnough).code, QStringLiteral("(read whole)"));

    QByteArray many = "<c";
    for (int i = 0; i <= XlsxXmlReader::maxAttributes; ++i)
        many += " a" + QByteArray::number(i) + "=\"1\"";
    EXPECT_EQ(refusal(many + "/>").code, QStringLiteral("checklist.too-large"));
}

TEST(XlsxXmlReader, RefusesWhatIsNotWellFormedXmlAtItsLineAndColumn)
{
    const struct {
        QByteArray xml;
        int line;
        int column;
    } cases[] = {
        {"<a>\n  <b></a>", 2, 6}, // an end tag that closes another element
        {"<a>\n<b>", 2, 4}, // the part ends inside <b>
        {"", 1, 1}, // no root element
        {"<a/>\ntext", 2, 1}, // text after the root
        {"<a/><b/>", 1, 5}, // a second root
        {"<a x=\"1\" x=\"2\"/>", 1, 10}, // an attribute twice
        {"<a x=1/>", 1, 6}, // an unquoted value
        {"<a x=\"<\"/>", 1, 7}, // '<' in a value
        {"<a>]]></a>", 1, 6}, // "]]>" in text
        {"<a><!-- x -- y --></a>", 1, 11}, // "--" in a comment
        {"<a>AT&T</a>", 1, 6}, // a bare '&'
        {"<a>&#0;</a>", 1, 4}, // a character XML does not allow, by reference
        {"<a>&#xD800;</a>", 1, 4},
        {"<a>&#x110000;</a>", 1, 4},
        {"<a>&#x-41;</a>", 1, 4},
        {"<a>\x01</a>", 1, 4}, // the same, written raw
        {"<a>\n\xFF\xFE</a>", 2, 1}, // not UTF-8
        {"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", 1, 31}, // another encoding
        {"<a/><?xml version=\"1.0\"?>", 1, 5}, // a declaration not at the start
        {"<a><!ELEMENT a ANY></a>", 1, 4}, // markup a workbook never has
        {"<a>< b/></a>", 1, 4}, // a '<' that starts no tag
    };
    for (const auto& c : cases) {
        const Refusal r = refusal(c.xml);
        EXPECT_EQ(r.code, QStringLiteral("checklist.not-a-workbook")) << c.xml.toStdString();
        EXPECT_EQ(r.line, c.line) << c.xml.toStdString();
        EXPECT_EQ(r.column, c.column) << c.xml.toStdString();
    }
}

// The message names the part and the place, in both languages.
TEST(XlsxXmlReader, TheMessageNamesThePartAndThePlace)
{
    XlsxXmlReader reader("<a>\n  <b></a>", QStringLiteral("book.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml"));
    while (reader.next() != Token::End) {
    }
    ASSERT_TRUE(reader.problem());
    const Message& message = reader.problem()->message;
    EXPECT_TRUE(message.text(Language::English).contains(QStringLiteral("xl/worksheets/sheet1.xml, line 2, column 6"))) << message.text(Language::English).toStdString();
    EXPECT_TRUE(message.text(Language::Japanese).contains(QStringLiteral("xl/worksheets/sheet1.xml の 2 行 6 列"))) << message.text(Language::Japanese).toStdString();
    EXPECT_NE(message.text(Language::Japanese), message.text(Language::English));
}

// A part cut short anywhere — inside a tag, a reference, a CDATA section, a UTF-8 character — is
// refused as not well-formed, never read as a shorter part and never a crash.
TEST(XlsxXmlReader, APartCutAtAnyByteIsRefused)
{
    const QByteArray whole = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"2\"><si><t xml:space=\"preserve\">適合 &amp; &#x41;</t></si>"
                             "<!-- c --><si><r><t><![CDATA[x]]></t></r><rPh sb=\"0\"><t>テキ</t></rPh></si></sst>";
    ASSERT_EQ(refusal(whole).code, QStringLiteral("(read whole)"));
    for (qsizetype size = 0; size < whole.size(); ++size)
        EXPECT_EQ(refusal(whole.left(size)).code, QStringLiteral("checklist.not-a-workbook")) << size;
}

// Bytes changed at random: read or refused with a code, never a crash or a hang (the seed is fixed).
TEST(XlsxXmlReader, RandomDamageIsReadOrRefusedNeverACrash)
{
    const QByteArray whole = "<worksheet xmlns=\"urn:x\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                             "<c r=\"B1\" t=\"inlineStr\"><is><t>a&lt;b&#10;</t></is></c></row></sheetData></worksheet>";
    quint32 state = 20261122;
    const auto random = [&state] { return state = state * 1664525u + 1013904223u; };
    const char noise[] = "<>&;#x\"'/!?-[]\r\n\x01\xC3\xFF a";
    for (int round = 0; round < 2000; ++round) {
        QByteArray damaged = whole;
        for (int flips = 1 + int(random() % 3); flips > 0; --flips)
            damaged[qsizetype(random() % quint32(damaged.size()))] = noise[random() % (sizeof noise - 1)];
        const QString code = refusal(damaged).code;
        EXPECT_TRUE(code == QLatin1String("(read whole)") || code.startsWith(QLatin1String("checklist."))) << damaged.toStdString();
    }
}
