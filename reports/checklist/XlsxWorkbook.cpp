#include "reports/checklist/XlsxWorkbook.h"

#include "reports/checklist/XlsxXmlReader.h"

#include <QLocale>

namespace starmark {
namespace {

using Token = XlsxXmlReader::Token;

Problem unreadable(const XlsxPackage& package, Message why)
{
    return Problem::unusable(QStringLiteral("checklist.not-a-workbook"), std::move(why), {package.path()});
}

// Reads one part, calling `element` at each start element; `element` may read the element to its
// end, and returns false to stop with the problem it has set. The reader bounds depth and refuses
// a DTD, and with it every entity.
template<typename Element>
std::optional<Problem> walk(const XlsxPackage& package, const QString& part, Element&& element)
{
    const QByteArray* bytes = package.part(part);
    if (!bytes)
        return unreadable(package, Message("XlsxWorkbook", "not a workbook: the part %1 is missing").arg(part));
    XlsxXmlReader xml(*bytes, package.path(), part);
    std::optional<Problem> stop;
    for (Token t = xml.next(); t != Token::End; t = xml.next()) {
        if (t == Token::StartElement && !element(xml, stop))
            return stop ? stop : xml.problem();
    }
    return xml.problem();
}

// The text of the element the reader is on, its <t> children joined, leaving out the
// phonetic guides (<rPh>) Japanese Excel adds; read to the element's end.
QString textOf(XlsxXmlReader& xml)
{
    const int depth = xml.depth();
    int phonetic = 0; // the depth of the <rPh> the reader is in, or 0
    int inText = 0; // the depth of the <t> the reader is in, or 0
    QString text;
    for (;;) {
        switch (xml.next()) {
        case Token::StartElement:
            if (!phonetic && xml.name() == u"rPh")
                phonetic = xml.depth();
            else if (!phonetic && !inText && xml.name() == u"t")
                inText = xml.depth();
            break;
        case Token::EndElement:
            if (xml.depth() < depth)
                return text;
            if (xml.depth() < inText)
                inText = 0;
            if (xml.depth() < phonetic)
                phonetic = 0;
            break;
        case Token::Characters:
            if (inText)
                text += xml.text();
            break;
        case Token::End:
            return text;
        }
    }
}

// The text inside the element the reader is on, read to its end.
QString innerText(XlsxXmlReader& xml)
{
    const int depth = xml.depth();
    QString text;
    for (Token t = xml.next(); t != Token::End; t = xml.next()) {
        if (t == Token::Characters)
            text += xml.text();
        else if (t == Token::EndElement && xml.depth() < depth)
            break;
    }
    return text;
}

QString resolve(QStringView target)
{
    // Targets are relative to xl/ unless absolute.
    return target.startsWith(u'/') ? target.mid(1).toString() : QStringLiteral("xl/") + target.toString();
}

} // namespace

Result<XlsxWorkbook> XlsxWorkbook::read(const XlsxPackage& package)
{
    QList<std::pair<QString, QString>> sheetIds; // name, relationship id
    if (auto p = walk(package, QStringLiteral("xl/workbook.xml"), [&](XlsxXmlReader& xml, std::optional<Problem>&) {
            if (xml.name() == u"sheet")
                sheetIds.append({xml.attribute(u"name").toString(), xml.attribute(u"id").toString()});
            return true;
        }))
        return *p;
    QMap<QString, QString> targets;
    if (auto p = walk(package, QStringLiteral("xl/_rels/workbook.xml.rels"), [&](XlsxXmlReader& xml, std::optional<Problem>&) {
            if (xml.name() == u"Relationship")
                targets.insert(xml.attribute(u"Id").toString(), resolve(xml.attribute(u"Target")));
            return true;
        }))
        return *p;
    QStringList shared;
    if (package.part(QStringLiteral("xl/sharedStrings.xml"))) {
        if (auto p = walk(package, QStringLiteral("xl/sharedStrings.xml"), [&](XlsxXmlReader& xml, std::optional<Problem>& stop) {
                if (xml.name() == u"sst") {
                    // Its count, where given and within bounds, saves growing the list string by string.
                    bool ok = false;
                    const int count = xml.attribute(u"uniqueCount").toInt(&ok);
                    if (ok && count > 0)
                        shared.reserve(std::min(count, maxSharedStrings));
                    return true;
                }
                if (xml.name() != u"si")
                    return true;
                if (shared.size() >= maxSharedStrings) {
                    stop = Problem::unusable(QStringLiteral("checklist.too-large"),
                        Message("XlsxWorkbook", "the workbook has more than %1 strings").arg(QLocale(QLocale::English).toString(maxSharedStrings)),
                        {package.path()});
                    return false;
                }
                shared.append(textOf(xml));
                return true;
            }))
            return *p;
    }

    XlsxWorkbook workbook;
    int cellCount = 0;
    for (const auto& [name, rid] : sheetIds) {
        Sheet sheet{name, targets.value(rid), {}};
        int rows = 0;
        QMap<int, QString>* cellsOfRow = nullptr; // the row of the cells last read, found once
        int rowOfCells = 0;
        if (auto p = walk(package, sheet.part, [&](XlsxXmlReader& xml, std::optional<Problem>& stop) {
                if (xml.name() == u"row") {
                    if (++rows > maxRows) {
                        stop = Problem::unusable(QStringLiteral("checklist.too-large"),
                            Message("XlsxWorkbook", "the sheet %1 has more than %2 rows").arg(name).arg(QLocale(QLocale::English).toString(maxRows)),
                            {package.path()});
                        return false;
                    }
                    return true;
                }
                if (xml.name() != u"c")
                    return true;
                if (++cellCount > maxCells) {
                    stop = Problem::unusable(QStringLiteral("checklist.too-large"),
                        Message("XlsxWorkbook", "the workbook has more than %1 cells").arg(QLocale(QLocale::English).toString(maxCells)),
                        {package.path()});
                    return false;
                }
                const QStringView reference = xml.attribute(u"r");
                const QStringView type = xml.attribute(u"t");
                const bool sharedString = type == u"s";
                const bool inlineString = type == u"inlineStr";
                const auto [row, column] = cellPosition(reference);
                if (column == 0) {
                    stop = unreadable(package,
                        Message("XlsxWorkbook", "a cell of the sheet %1 has no valid reference ('%2')").arg(name).arg(reference.toString()));
                    return false;
                }
                QString value;
                QString inlineText;
                const int depth = xml.depth();
                for (Token t = xml.next(); t != Token::End; t = xml.next()) {
                    if (t == Token::StartElement && xml.name() == u"v")
                        value = innerText(xml);
                    else if (t == Token::StartElement && xml.name() == u"is")
                        inlineText = textOf(xml);
                    else if (t == Token::EndElement && xml.depth() < depth)
                        break;
                }
                if (xml.problem())
                    return false;
                QString text;
                if (sharedString) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        stop = unreadable(package,
                            Message("XlsxWorkbook", "the cell %1!%2 names shared string %3, which the workbook does not have")
                                .arg(name)
                                .arg(cellName(row, column))
                                .arg(value));
                        return false;
                    }
                    text = shared.at(index);
                } else if (inlineString) {
                    text = inlineText;
                } else {
                    text = value; // n, str (a formula's cached text), b, e
                }
                if (!text.isEmpty()) {
                    if (!cellsOfRow || rowOfCells != row)
                        cellsOfRow = &sheet.cells[row], rowOfCells = row;
                    cellsOfRow->insert(column, text);
                }
                return true;
            }))
            return *p;
        workbook.m_sheets.append(std::move(sheet));
    }
    return workbook;
}

const XlsxWorkbook::Sheet* XlsxWorkbook::sheet(const QString& name) const
{
    for (const Sheet& s : m_sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString XlsxWorkbook::columnName(int column)
{
    QString name;
    for (; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

QString XlsxWorkbook::cellName(int row, int column)
{
    return columnName(column) + QString::number(row);
}

std::pair<int, int> XlsxWorkbook::cellPosition(QStringView reference)
{
    // By hand, not QStringView::toInt: every cell of a sheet is placed through here.
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i] >= u'A' && reference[i] <= u'Z' && i < 3; ++i)
        column = column * 26 + (reference[i].unicode() - u'A' + 1);
    const qsizetype letters = i;
    int row = 0;
    for (; i < reference.size() && reference[i] >= u'0' && reference[i] <= u'9' && row <= 1'048'576; ++i)
        row = row * 10 + (reference[i].unicode() - u'0');
    if (letters == 0 || i == letters || i != reference.size() || row <= 0 || row > 1'048'576 || column > 16'384)
        return {0, 0};
    return {row, column};
}

} // namespace starmark
