#include "evaluators/tools/StrictXmlReader.h"

#include "criteria/InputLimits.h"
#include "evaluators/tools/ToolLimits.h"

namespace starmark {

StrictXmlReader::StrictXmlReader(QIODevice& device, QString file)
    : m_xml(&device)
    , m_file(std::move(file))
{
    // A second guard behind refuseDtd: no entity may expand to more than this.
    m_xml.setEntityExpansionLimit(0);
}

bool StrictXmlReader::next()
{
    while (m_problems.isEmpty()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            if (!refuseDtd())
                return false;
            break;
        case QXmlStreamReader::StartElement:
            m_sawRoot = true;
            if (++m_depth > ToolLimits::depth) {
                fail(QStringLiteral("tool.too-deep"),
                    Message("StrictXmlReader", "elements are nested %1 deep; the limit is %2 (docs/limits.md)")
                        .arg(m_depth)
                        .arg(ToolLimits::depth));
                return false;
            }
            return true;
        case QXmlStreamReader::EndElement:
            --m_depth;
            return true;
        case QXmlStreamReader::Characters:
            if (!checkText(m_xml.text()))
                return false;
            break;
        case QXmlStreamReader::EntityReference:
            fail(QStringLiteral("tool.xml-entity"),
                Message("StrictXmlReader", "the entity \"%1\" is not one of XML's own; tool outputs use none")
                    .arg(Message::plain(m_xml.name().toString())));
            return false;
        case QXmlStreamReader::EndDocument:
            return false;
        case QXmlStreamReader::Invalid: {
            const bool truncated = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
            if (truncated)
                fail(QStringLiteral("tool.xml-truncated"),
                    m_sawRoot ? Message("StrictXmlReader", "the file ends inside the document: the tool stopped before it finished writing")
                              : Message("StrictXmlReader", "the file holds no XML element"));
            else
                fail(QStringLiteral("tool.xml-malformed"),
                    Message("StrictXmlReader", "not well-formed XML (%1)").arg(Message::plain(m_xml.errorString())));
            return false;
        }
        default:
            break;
        }
    }
    return false;
}

QString StrictXmlReader::attribute(const char* name)
{
    const QStringView value = m_xml.attributes().value(QLatin1String(name));
    if (!checkText(value))
        return {};
    return value.toString();
}

int StrictXmlReader::attributeNumber(const char* name)
{
    bool ok = false;
    const int number = m_xml.attributes().value(QLatin1String(name)).toInt(&ok);
    return ok ? number : 0;
}

QString StrictXmlReader::readText()
{
    QString text;
    while (m_problems.isEmpty()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += m_xml.text();
            if (!checkText(text))
                return {};
        } else if (token == QXmlStreamReader::EndElement) {
            --m_depth;
            return text;
        } else if (token == QXmlStreamReader::StartElement) {
            fail(QStringLiteral("tool.xml-unexpected"),
                Message("StrictXmlReader", "<%1> is not expected inside a text").arg(Message::plain(m_xml.name().toString())));
        } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EntityReference) {
            --m_depth; // next() counts the element again when it reports the error
            next();
            return {};
        }
    }
    return {};
}

bool StrictXmlReader::isRoot(QStringView root, const Message& notIt)
{
    if (m_depth != 1)
        return false;
    if (name() != root)
        fail(QStringLiteral("tool.wrong-format"), notIt.arg(Message::plain(name().toString())));
    return m_problems.isEmpty();
}

void StrictXmlReader::fail(QString code, Message message)
{
    if (!m_problems.isEmpty())
        return;
    m_problems.append(Problem::unusable(std::move(code), std::move(message),
        {m_file, int(qMax<qint64>(1, m_xml.lineNumber())), int(qMax<qint64>(1, m_xml.columnNumber()))}));
}

bool StrictXmlReader::countFinding()
{
    if (++m_findings <= ToolLimits::findings)
        return true;
    fail(QStringLiteral("tool.too-many-findings"),
        Message("StrictXmlReader", "the file holds more than %1 findings (docs/limits.md)")
            .arg(Message::plain(InputLimits::figure(ToolLimits::findings))));
    return false;
}

bool StrictXmlReader::refuseDtd()
{
    // nmap writes <!DOCTYPE nmaprun>: a name alone declares nothing and loads nothing.
    const bool bare = m_xml.dtdSystemId().isEmpty() && m_xml.dtdPublicId().isEmpty() && m_xml.entityDeclarations().isEmpty()
        && !m_xml.text().contains(u'[');
    if (bare)
        return true;
    fail(QStringLiteral("tool.xml-dtd"),
        Message("StrictXmlReader",
            "the document type declares entities or loads an external definition; tool outputs need neither, and it was not read"));
    return false;
}

bool StrictXmlReader::checkText(QStringView text)
{
    if (text.size() <= ToolLimits::textBytes)
        return true;
    fail(QStringLiteral("tool.text-too-long"),
        Message("StrictXmlReader", "a text of %1 characters; the limit is %2 (docs/limits.md)")
            .arg(Message::plain(InputLimits::figure(text.size())))
            .arg(Message::plain(InputLimits::figure(ToolLimits::textBytes))));
    return false;
}

} // namespace starmark
