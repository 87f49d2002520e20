#include "reports/checklist/XlsxWorkbook.h"

#include <QLocale>
#include <QXmlStreamReader>

#include <functional>

namespace starmark {
namespace {

Problem unreadable(const XlsxPackage& package, Message why)
{
    return Problem::unusable(QStringLiteral("checklist.not-a-workbook"), std::move(why), {package.path()});
}

// Walks one part's XML, refusing what a workbook never holds: a DTD (the way to entities,
// external or billion-laugh), nesting deeper than maxDepth. `element` is called at each start
// element with the depth; it returns false to stop with a problem it has set.
class PartReader {
public:
    PartReader(const XlsxPackage& package, QString part)
        : m_package(package)
        , m_part(std::move(part))
    {
    }

    std::optional<Problem> walk(const std::function<bool(QXmlStreamReader&, std::optional<Problem>&)>& element)
    {
        const QByteArray* bytes = m_package.part(m_part);
        if (!bytes)
            return unreadable(m_package, Message("XlsxWorkbook", "not a workbook: the part %1 is missing").arg(m_part));
        QXmlStreamReader xml(*bytes);
        int depth = 0;
        std::optional<Problem> stop;
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::DTD:
                return Problem::unusable(QStringLiteral("checklist.dtd-refused"),
                    Message("XlsxWorkbook", "the part %1 declares a DTD or entities, which a workbook never does").arg(m_part),
                    {m_package.path()});
            case QXmlStreamReader::EntityReference:
                return Problem::unusable(QStringLiteral("checklist.dtd-refused"),
                    Message("XlsxWorkbook", "the part %1 declares a DTD or entities, which a workbook never does").arg(m_part),
                    {m_package.path()});
            case QXmlStreamReader::StartElement:
                if (++depth > XlsxWorkbook::maxDepth) {
                    return Problem::unusable(QStringLiteral("checklist.too-large"),
                        Message("XlsxWorkbook", "the part %1 nests elements more than %2 deep").arg(m_part).arg(XlsxWorkbook::maxDepth),
                        {m_package.path()});
                }
                if (!element(xml, stop))
                    return stop;
                // An element read to its end by `element` is closed already.
                if (xml.tokenType() == QXmlStreamReader::EndElement)
                    --depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            default:
                break;
            }
        }
        if (xml.hasError()) {
            return unreadable(m_package,
                Message("XlsxWorkbook", "the part %1 is not well-formed XML (line %2): %3")
                    .arg(m_part)
                    .arg(xml.lineNumber())
                    .arg(Message::plain(xml.errorString())));
        }
        return std::nullopt;
    }

private:
    const XlsxPackage& m_package;
    QString m_part;
};

// The text of the element the reader is on, its <t> children joined, leaving out the
// phonetic guides (<rPh>) Japanese Excel adds; depth stays bounded by the caller's walk.
QString textOf(QXmlStreamReader& xml)
{
    QString text;
    int nested = 0;
    bool phonetic = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType t = xml.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (++nested > XlsxWorkbook::maxDepth)
                return text;
            if (xml.name() == QLatin1String("rPh"))
                phonetic = true;
            else if (xml.name() == QLatin1String("t") && !phonetic)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements), --nested;
        } else if (t == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                phonetic = false;
            if (nested-- == 0)
                return text;
        } else if (t == QXmlStreamReader::DTD || t == QXmlStreamReader::EntityReference) {
            return text;
        }
    }
    return text;
}

QString resolve(const QString& target)
{
    // Targets are relative to xl/ unless absolute.
    return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
}

} // namespace

Result<XlsxWorkbook> XlsxWorkbook::read(const XlsxPackage& package)
{
    QList<std::pair<QString, QString>> sheetIds; // name, relationship id
    if (auto p = PartReader(package, QStringLiteral("xl/workbook.xml")).walk([&](QXmlStreamReader& xml, std::optional<Problem>&) {
            if (xml.name() == QLatin1String("sheet")) {
                const QXmlStreamAttributes a = xml.attributes();
                QString rid;
                for (const QXmlStreamAttribute& attr : a) {
                    if (attr.name() == QLatin1String("id"))
                        rid = attr.value().toString();
                }
                sheetIds.append({a.value(QLatin1String("name")).toString(), rid});
            }
            return true;
        }))
        return *p;
    QMap<QString, QString> targets;
    if (auto p = PartReader(package, QStringLiteral("xl/_rels/workbook.xml.rels")).walk([&](QXmlStreamReader& xml, std::optional<Problem>&) {
            if (xml.name() == QLatin1String("Relationship"))
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                    resolve(xml.attributes().value(QLatin1String("Target")).toString()));
            return true;
        }))
        return *p;
    QStringList shared;
    if (package.part(QStringLiteral("xl/sharedStrings.xml"))) {
        if (auto p = PartReader(package, QStringLiteral("xl/sharedStrings.xml")).walk([&](QXmlStreamReader& xml, std::optional<Problem>& stop) {
                if (xml.name() != QLatin1String("si"))
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
        if (auto p = PartReader(package, sheet.part).walk([&](QXmlStreamReader& xml, std::optional<Problem>& stop) {
                if (xml.name() == QLatin1String("row")) {
                    if (++rows > maxRows) {
                        stop = Problem::unusable(QStringLiteral("checklist.too-large"),
                            Message("XlsxWorkbook", "the sheet %1 has more than %2 rows").arg(name).arg(QLocale(QLocale::English).toString(maxRows)),
                            {package.path()});
                        return false;
                    }
                    return true;
                }
                if (xml.name() != QLatin1String("c"))
                    return true;
                if (++cellCount > maxCells) {
                    stop = Problem::unusable(QStringLiteral("checklist.too-large"),
                        Message("XlsxWorkbook", "the workbook has more than %1 cells").arg(QLocale(QLocale::English).toString(maxCells)),
                        {package.path()});
                    return false;
                }
                const QXmlStreamAttributes attributes = xml.attributes();
                const QString reference = attributes.value(QLatin1String("r")).toString();
                const QString type = attributes.value(QLatin1String("t")).toString();
                const auto [row, column] = cellPosition(reference);
                if (column == 0) {
                    stop = unreadable(package, Message("XlsxWorkbook", "a cell of the sheet %1 has no valid reference ('%2')").arg(name).arg(reference));
                    return false;
                }
                QString value;
                QString inlineText;
                for (int nested = 0; !xml.atEnd();) {
                    const QXmlStreamReader::TokenType t = xml.readNext();
                    if (t == QXmlStreamReader::StartElement) {
                        ++nested;
                        if (xml.name() == QLatin1String("v"))
                            value = xml.readElementText(), --nested;
                        else if (xml.name() == QLatin1String("is"))
                            inlineText = textOf(xml), --nested;
                        else if (nested > maxDepth)
                            break;
                    } else if (t == QXmlStreamReader::EndElement) {
                        if (nested-- == 0)
                            break;
                    } else if (t == QXmlStreamReader::DTD || t == QXmlStreamReader::EntityReference) {
                        break;
                    }
                }
                QString text;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        stop = unreadable(package,
                            Message("XlsxWorkbook", "the cell %1!%2 names shared string %3, which the workbook does not have").arg(name).arg(reference).arg(value));
                        return false;
                    }
                    text = shared.at(index);
                } else if (type == QLatin1String("inlineStr")) {
                    text = inlineText;
                } else {
                    text = value; // n, str (a formula's cached text), b, e
                }
                if (!text.isEmpty())
                    sheet.cells[row][column] = text;
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
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i] >= u'A' && reference[i] <= u'Z' && i < 3; ++i)
        column = column * 26 + (reference[i].unicode() - u'A' + 1);
    bool ok = false;
    const int row = reference.mid(i).toInt(&ok);
    if (i == 0 || !ok || row <= 0 || row > 1'048'576 || column > 16'384)
        return {0, 0};
    return {row, column};
}

} // namespace starmark
