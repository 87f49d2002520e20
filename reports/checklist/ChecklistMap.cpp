#include "reports/checklist/ChecklistMap.h"

#include "criteria/InputFile.h"
#include "criteria/YamlReader.h"
#include "criteria/YamlSchema.h"
#include "reports/checklist/XlsxWorkbook.h"

namespace starmark {
namespace {

constexpr std::pair<ChecklistLayout::Column, std::string_view> columnKeys[] = {{ChecklistLayout::Requirement, "requirement"},
    {ChecklistLayout::Text, "text"}, {ChecklistLayout::Item, "item"}, {ChecklistLayout::Method, "method"},
    {ChecklistLayout::Verdict, "verdict"}, {ChecklistLayout::Rationale, "rationale"}, {ChecklistLayout::Evidence, "evidence"}};

class Reader : private YamlSchema {
public:
    Reader(const QByteArray& bytes, const QString& path)
        : YamlSchema(bytes, path)
    {
    }

    Result<ChecklistMap> run()
    {
        const YamlReader::Result yaml = YamlReader::read(m_bytes, m_path);
        if (yaml.error)
            return *yaml.error;
        ChecklistMap map;
        const KeyPath top;
        const YamlNode& root = yaml.root;
        if (!expect(root, YamlNode::Kind::Map, top, Message("ChecklistMap", "a checklist map (a map with sheet, first_row, columns)")))
            return m_problems;
        checkKeys(root, top, {"sheet", "first_row", "columns", "product"});
        if (const YamlNode* n = required(root, "sheet", top))
            map.sheet = text(*n, top.key("sheet"), 31).value_or(QString());
        if (const YamlNode* n = required(root, "first_row", top))
            map.firstRow = integer(*n, top.key("first_row"), 1, XlsxWorkbook::maxRows).value_or(2);
        if (const YamlNode* n = required(root, "columns", top)) {
            const KeyPath path = top.key("columns");
            if (expect(*n, YamlNode::Kind::Map, path, Message("ChecklistMap", "a map from field to column letter"))) {
                checkKeys(*n, path, {"requirement", "text", "item", "method", "verdict", "rationale", "evidence"});
                for (const auto& [column, key] : columnKeys) {
                    if (const YamlNode* letter = key == "requirement" || key == "verdict" ? required(*n, key, path) : optional(*n, key)) {
                        if (const std::optional<int> c = columnLetter(*letter, path.key(key)))
                            map.columns.insert(column, *c);
                    }
                }
            }
        }
        if (const YamlNode* n = optional(root, "product")) {
            const KeyPath path = top.key("product");
            if (expect(*n, YamlNode::Kind::Map, path, Message("ChecklistMap", "a map with sheet and cells"))) {
                checkKeys(*n, path, {"sheet", "cells"});
                if (const YamlNode* s = required(*n, "sheet", path))
                    map.productSheet = text(*s, path.key("sheet"), 31).value_or(QString());
                if (const YamlNode* cells = required(*n, "cells", path)) {
                    const KeyPath cellsPath = path.key("cells");
                    if (expect(*cells, YamlNode::Kind::Map, cellsPath, Message("ChecklistMap", "a map from product fact to cell (B3)"))) {
                        checkKeys(*cells, cellsPath, {"manufacturer", "product", "models", "firmware", "support_until", "contact"});
                        for (const char* field : ChecklistMap::productFields) {
                            if (const YamlNode* cell = optional(*cells, field)) {
                                if (const std::optional<std::pair<int, int>> at = cellReference(*cell, cellsPath.key(field)))
                                    map.productCells.insert(QString::fromLatin1(field), *at);
                            }
                        }
                    }
                }
            }
        }
        if (!m_problems.isEmpty())
            return m_problems;
        return map;
    }

private:
    std::optional<int> columnLetter(const YamlNode& node, const KeyPath& path)
    {
        const std::optional<QString> letters = text(node, path, 3);
        if (!letters)
            return std::nullopt;
        const bool lettersOnly = std::all_of(letters->cbegin(), letters->cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
        const int column = lettersOnly ? XlsxWorkbook::cellPosition(QString(*letters + QStringLiteral("1"))).second : 0;
        if (column == 0) {
            error(node.mark(), path, "checklist.map-bad-column",
                Message("ChecklistMap", "%1 is not a column; write its letters, A to XFD").arg(quoted(node.scalar())));
            return std::nullopt;
        }
        return column;
    }
    std::optional<std::pair<int, int>> cellReference(const YamlNode& node, const KeyPath& path)
    {
        const std::optional<QString> reference = text(node, path, 10);
        if (!reference)
            return std::nullopt;
        const std::pair<int, int> at = XlsxWorkbook::cellPosition(*reference);
        if (at.second == 0) {
            error(node.mark(), path, "checklist.map-bad-cell", Message("ChecklistMap", "%1 is not a cell; write it as B3").arg(quoted(node.scalar())));
            return std::nullopt;
        }
        return at;
    }
};

} // namespace

Result<ChecklistMap> ChecklistMap::read(const QString& path)
{
    const Result<QByteArray> bytes = InputFile::read(path, InputLimits::fileBytes);
    if (!bytes)
        return bytes.problems();
    return parse(*bytes, path);
}

Result<ChecklistMap> ChecklistMap::parse(const QByteArray& bytes, const QString& path)
{
    return Reader(bytes, path).run();
}

} // namespace starmark
