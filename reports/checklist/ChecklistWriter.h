#pragma once

#include "criteria/Result.h"
#include "reports/checklist/ChecklistLayout.h"

namespace starmark {

// StarMark's own checklist layout as an .xlsx (libxlsxwriter): frozen header, print area,
// A4 landscape one page wide, column widths and wrapped text, so that it prints as is.
class ChecklistWriter {
public:
    // The workbook's bytes; nothing is left on disk (libxlsxwriter writes a private temporary file).
    static Result<QByteArray> write(const Assessment& assessment, const QList<const Catalog*>& chain, Language language);
    // The workbook written to `path` atomically (QSaveFile): the whole file or, with the problem, none.
    static Result<void> writeFile(const QString& path, const Assessment& assessment, const QList<const Catalog*>& chain, Language language);
};

} // namespace starmark
