#include "reports/checklist/ChecklistTemplate.h"

#include "reports/checklist/XlsxWorkbook.h"

#include <QXmlStreamReader>

#include <map>
#include <numeric>

namespace starmark {
namespace {

// Where a sheet's rows and cells are in its XML text (offsets in characters).
struct Layout {
    struct Cell {
        qsizetype start = 0;
        qsizetype end = 0; // past the element
        QString style; // its s attribute
        bool formula = false;
    };
    struct Row {
        qsizetype start = 0;
        qsizetype tagEnd = 0; // past the start tag
        qsizetype end = 0; // past the element
        bool empty = false; // <row …/>
        std::map<int, Cell> cells;
    };
    qsizetype dataTagEnd = -1; // past <sheetData>
    qsizetype dataEnd = -1; // at </sheetData>, or the start of <sheetData/>
    bool dataEmpty = false;
    std::map<int, Row> rows;
};

std::optional<Layout> layoutOf(const QString& xml)
{
    Layout layout;
    QXmlStreamReader reader(xml);
    qsizetype before = 0;
    Layout::Row* row = nullptr;
    Layout::Cell* cell = nullptr;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType t = reader.readNext();
        const qsizetype after = reader.characterOffset();
        if (t == QXmlStreamReader::DTD || t == QXmlStreamReader::EntityReference)
            return std::nullopt;
        const bool selfClosing = t == QXmlStreamReader::StartElement && after >= 2 && xml.at(after - 2) == QLatin1Char('/');
        if (t == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            if (name == QLatin1String("sheetData")) {
                layout.dataTagEnd = after;
                layout.dataEmpty = selfClosing;
                if (selfClosing)
                    layout.dataEnd = before;
            } else if (name == QLatin1String("row")) {
                const int r = reader.attributes().value(QLatin1String("r")).toInt();
                if (r <= 0)
                    return std::nullopt; // rows without numbers: not a layout to edit in place
                row = &layout.rows[r];
                *row = {before, after, after, selfClosing, {}};
            } else if (name == QLatin1String("c") && row) {
                const auto [r, column] = XlsxWorkbook::cellPosition(reader.attributes().value(QLatin1String("r")));
                if (column == 0)
                    return std::nullopt;
                cell = &row->cells[column];
                *cell = {before, after, reader.attributes().value(QLatin1String("s")).toString(), false};
            } else if (name == QLatin1String("f") && cell) {
                cell->formula = true;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView name = reader.name();
            if (name == QLatin1String("sheetData") && !layout.dataEmpty)
                layout.dataEnd = before;
            else if (name == QLatin1String("row") && row)
                row->end = after, row = nullptr;
            else if (name == QLatin1String("c") && cell)
                cell->end = after, cell = nullptr;
        }
        before = after;
    }
    if (reader.hasError() || layout.dataTagEnd < 0)
        return std::nullopt;
    return layout;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cellXml(int row, int column, const QString& style, const QString& text)
{
    const QString s = style.isEmpty() ? QString() : QStringLiteral(" s=\"%1\"").arg(style);
    const QString r = XlsxWorkbook::cellName(row, column);
    if (text.isEmpty())
        return QStringLiteral("<c r=\"%1\"%2/>").arg(r, s);
    return QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t xml:space=\"preserve\">%3</t></is></c>").arg(r, s, escaped(text));
}

struct Splice {
    qsizetype at;
    qsizetype length;
    QString text;
};

// The edits that write `values` (row → column → text) into the sheet.
QList<Splice> splices(const Layout& layout, const std::map<int, std::map<int, QString>>& values)
{
    QList<Splice> edits;
    for (const auto& [r, columns] : values) {
        const auto row = layout.rows.find(r);
        if (row == layout.rows.end()) {
            QString cells;
            for (const auto& [c, text] : columns) {
                if (!text.isEmpty())
                    cells += cellXml(r, c, {}, text);
            }
            if (cells.isEmpty())
                continue;
            const auto next = layout.rows.upper_bound(r);
            const qsizetype at = next != layout.rows.end() ? next->second.start : layout.dataEnd;
            edits.append({at, 0, QStringLiteral("<row r=\"%1\">%2</row>").arg(r).arg(cells)});
            continue;
        }
        const Layout::Row& existing = row->second;
        QString appended;
        for (const auto& [c, text] : columns) {
            const auto cell = existing.cells.find(c);
            if (cell != existing.cells.end()) {
                edits.append({cell->second.start, cell->second.end - cell->second.start, cellXml(r, c, cell->second.style, text)});
                continue;
            }
            if (text.isEmpty())
                continue;
            const auto next = existing.cells.upper_bound(c);
            if (next != existing.cells.end())
                edits.append({next->second.start, 0, cellXml(r, c, {}, text)});
            else
                appended += cellXml(r, c, {}, text);
        }
        if (appended.isEmpty())
            continue;
        if (existing.empty) // <row r="5" …/> becomes <row r="5" …>cells</row>
            edits.append({existing.tagEnd - 2, 2, QStringLiteral(">") + appended + QStringLiteral("</row>")});
        else
            edits.append({existing.end - qsizetype(QStringLiteral("</row>").size()), 0, appended});
    }
    return edits;
}

} // namespace

Result<QByteArray> ChecklistTemplate::fill(const XlsxPackage& workbook, const ChecklistMap& map, const Assessment& assessment,
    const QList<const Catalog*>& chain, Language language)
{
    const Result<XlsxWorkbook> cells = XlsxWorkbook::read(workbook);
    if (!cells)
        return cells.problems();
    const auto templateProblem = [&](const char* code, Message message) {
        return Problem::invalid(QString::fromLatin1(code), std::move(message), {workbook.path()});
    };

    // Every sheet's values, by part.
    QMap<QString, std::map<int, std::map<int, QString>>> values;
    QMap<QString, QString> sheetOfPart;
    const auto partOf = [&](const QString& name) -> QString {
        const XlsxWorkbook::Sheet* s = cells->sheet(name);
        if (s)
            sheetOfPart.insert(s->part, name);
        return s ? s->part : QString();
    };
    const QString part = partOf(map.sheet);
    if (part.isEmpty())
        return templateProblem("checklist.template-missing-sheet", Message("ChecklistTemplate", "the template has no sheet %1, which the map names").arg(map.sheet));
    int r = map.firstRow;
    for (const ChecklistLayout::Row& row : ChecklistLayout::rows(assessment, chain, language)) {
        for (auto it = map.columns.cbegin(); it != map.columns.cend(); ++it)
            values[part][r][*it] = row.cells.value(it.key() - 1);
        ++r;
    }
    if (!map.productSheet.isEmpty()) {
        const QString productPart = partOf(map.productSheet);
        if (productPart.isEmpty()) {
            return templateProblem(
                "checklist.template-missing-sheet", Message("ChecklistTemplate", "the template has no sheet %1, which the map names").arg(map.productSheet));
        }
        const Product& p = assessment.product;
        const QMap<QString, QString> facts{{QStringLiteral("manufacturer"), p.manufacturer.in(language)},
            {QStringLiteral("product"), p.name.in(language)}, {QStringLiteral("models"), p.models().join(QLatin1Char('\n'))},
            {QStringLiteral("firmware"), p.firmware}, {QStringLiteral("support_until"), p.supportUntil.toString(Qt::ISODate)},
            {QStringLiteral("contact"), p.vulnerabilityContact}};
        for (auto it = map.productCells.cbegin(); it != map.productCells.cend(); ++it)
            values[productPart][it->first][it->second] = facts.value(it.key());
    }

    XlsxPackage filled = workbook;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString xml = QString::fromUtf8(*workbook.part(it.key()));
        std::optional<Layout> layout = layoutOf(xml);
        if (layout && layout->dataEmpty) { // <sheetData/> becomes <sheetData></sheetData>, to write rows into
            xml.replace(layout->dataEnd, layout->dataTagEnd - layout->dataEnd, QStringLiteral("<sheetData></sheetData>"));
            layout = layoutOf(xml);
        }
        if (!layout) {
            return templateProblem("checklist.template-not-editable",
                Message("ChecklistTemplate", "the sheet %1 cannot be edited in place (rows or cells without numbers)").arg(sheetOfPart.value(it.key())));
        }
        // A formula the operator put where the map writes would be lost: refuse, naming the cell.
        for (const auto& [row, columns] : *it) {
            const auto existing = layout->rows.find(row);
            for (const auto& [column, text] : columns) {
                if (existing == layout->rows.end())
                    continue;
                const auto cell = existing->second.cells.find(column);
                if (cell != existing->second.cells.end() && cell->second.formula) {
                    return Problem::invalid(QStringLiteral("checklist.template-formula-cell"),
                        Message("ChecklistTemplate", "the cell holds a formula, and the map writes a field there"),
                        {QStringLiteral("%1:%2!%3").arg(workbook.path(), sheetOfPart.value(it.key()), XlsxWorkbook::cellName(row, column))});
                }
            }
        }
        const QList<Splice> edits = splices(*layout, *it);
        // From the end, so that each offset still points where it did; of several inserts at one
        // place the last first, so that they end up in their order.
        QList<qsizetype> order(edits.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return edits[a].at != edits[b].at ? edits[a].at > edits[b].at : a > b; });
        for (const qsizetype i : order)
            xml.replace(edits[i].at, edits[i].length, edits[i].text);
        filled.replace(it.key(), xml.toUtf8());
    }
    const QByteArray zip = filled.zip();
    if (zip.isEmpty())
        return Problem::unusable(QStringLiteral("checklist.cannot-write"), Message("ChecklistWriter", "the workbook cannot be written: %1").arg(QStringLiteral("zip")));
    return zip;
}

} // namespace starmark
