#pragma once

#include "criteria/Result.h"
#include "reports/checklist/ChecklistLayout.h"

#include <QMap>

namespace starmark {

// Where an operator's own checklist workbook (IPA's template) wants each field: the sheet,
// the first row of requirements and the column of each field; optionally the cell of each
// product fact. A YAML file (docs/checklist.md), read as strictly as a catalog.
struct ChecklistMap {
    QString sheet;
    int firstRow = 2;
    QMap<int, int> columns; // ChecklistLayout::Column → the template's column (1 = A)
    QString productSheet;
    QMap<QString, std::pair<int, int>> productCells; // manufacturer, product, models, firmware, support_until, contact → row, column

    static constexpr const char* productFields[] = {"manufacturer", "product", "models", "firmware", "support_until", "contact"};

    // Problems name the map file, the line and the key (codes yaml.*, checklist.map-*).
    static Result<ChecklistMap> read(const QString& path);
    static Result<ChecklistMap> parse(const QByteArray& bytes, const QString& path);
};

} // namespace starmark
