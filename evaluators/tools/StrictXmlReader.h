#pragma once

#include "criteria/Problem.h"

#include <QXmlStreamReader>

class QIODevice;

namespace starmark {

// QXmlStreamReader held to what a tool's output needs and no more: a bare
// <!DOCTYPE name> is read past (nmap writes one), but a DTD with declarations or an
// external identifier is refused before any entity could be expanded (external
// entities, a billion laughs), and depth, text sizes and the element count are bounded.
// Any problem stops the reading and is placed at its line and column.
class StrictXmlReader {
public:
    StrictXmlReader(QIODevice& device, QString file);

    // The next start or end element (characters, comments and the like are skipped);
    // false at the end of the document or at the first problem.
    bool next();
    bool isStart() const { return m_xml.isStartElement(); }
    QStringView name() const { return m_xml.name(); }
    // An attribute of the current start element; bounded like any text.
    QString attribute(const char* name);
    int attributeNumber(const char* name);
    // The text inside the current start element, which it reads to its end.
    QString readText();
    int depth() const { return m_depth; }

    // Whether the current start element is the document's root and named `root`; when it is the
    // root but named otherwise, the reading stops with tool.wrong-format and `notIt` (its %1: the name found).
    bool isRoot(QStringView root, const Message& notIt);
    // Stops the reading with a problem placed where the reader is.
    void fail(QString code, Message message);
    // Counts one finding against ToolLimits::findings; false (and a problem) past it.
    bool countFinding();
    const Problems& problems() const { return m_problems; }

private:
    bool refuseDtd();
    bool checkText(QStringView text);

    QXmlStreamReader m_xml;
    QString m_file;
    int m_depth = 0;
    int m_findings = 0;
    bool m_sawRoot = false;
    Problems m_problems;
};

} // namespace starmark
