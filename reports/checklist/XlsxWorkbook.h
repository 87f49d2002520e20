#pragma once

#include "reports/checklist/XlsxPackage.h"

#include <QMap>

namespace starmark {

// The cell values of a workbook's sheets as text: shared strings, inline strings, numbers
// and booleans as written; formulas by their cached value. Read with XlsxXmlReader, which
// bounds nesting and refuses a DTD and with it every entity, within bounds of rows and cells.
class XlsxWorkbook {
public:
    static constexpr int maxRows = 10'000; // a checklist is a few hundred rows
    static constexpr int maxCells = 200'000;
    static constexpr int maxSharedStrings = 200'000;

    struct Sheet {
        QString name;
        QString part; // e.g. xl/worksheets/sheet1.xml
        QMap<int, QMap<int, QString>> cells; // row → column → text, both 1-based
        QString cell(int row, int column) const { return cells.value(row).value(column); }
    };

    // Problems name the workbook and the part; all are Unusable (the file is not a workbook
    // StarMark can read), so a caller changes nothing.
    static Result<XlsxWorkbook> read(const XlsxPackage& package);

    const QList<Sheet>& sheets() const { return m_sheets; }
    const Sheet* sheet(const QString& name) const;

    // "F12" for row 12, column 6; and back (column 0 when `reference` is not one).
    static QString cellName(int row, int column);
    static QString columnName(int column);
    static std::pair<int, int> cellPosition(QStringView reference);

private:
    QList<Sheet> m_sheets;
};

} // namespace starmark
