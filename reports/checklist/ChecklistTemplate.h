#pragma once

#include "reports/checklist/ChecklistMap.h"
#include "reports/checklist/XlsxPackage.h"

namespace starmark {

// An operator's own checklist workbook (IPA's template) filled with an assessment where its
// map says. Only the values of the mapped cells change: the sheet's XML is edited in place
// (each value written into its existing <c>, keeping the cell's style; a missing cell or row
// inserted in order), every other byte of it and every other part of the package is kept,
// so styles, merged cells, formulas, drawings and print settings stay as the operator made them.
class ChecklistTemplate {
public:
    static Result<QByteArray> fill(const XlsxPackage& workbook, const ChecklistMap& map, const Assessment& assessment,
        const QList<const Catalog*>& chain, Language language);
};

} // namespace starmark
