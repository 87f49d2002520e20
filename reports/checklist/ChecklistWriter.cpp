#include "reports/checklist/ChecklistWriter.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>

namespace starmark {
namespace {

Problem cannotWrite(const QString& why)
{
    return Problem::unusable(QStringLiteral("checklist.cannot-write"), Message("ChecklistWriter", "the workbook cannot be written: %1").arg(why));
}

constexpr double widths[ChecklistLayout::columnCount] = {12, 42, 42, 14, 10, 36, 22};
constexpr double lineHeight = 12.5; // points, a line of the default 11 pt font as LibreOffice prints it

// The lines a text wraps to in a column `width` characters wide, counting a full-width
// character as nearly two: a spreadsheet does not grow rows written by a program, and LibreOffice
// prints a wrapped cell cut off at the row's default height.
int lines(const QString& text, double width)
{
    int total = 0;
    double used = 0; // by the paragraph so far
    for (const QChar c : text) {
        if (c == u'\n') {
            total += std::max(1, int(std::ceil(used / (width - 1))));
            used = 0;
        } else {
            used += c.unicode() >= 0x1100 ? 1.8 : 1;
        }
    }
    return total + std::max(1, int(std::ceil(used / (width - 1))));
}

} // namespace

Result<QByteArray> ChecklistWriter::write(const Assessment& assessment, const QList<const Catalog*>& chain, Language language)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return cannotWrite(folder.errorString());
    const QByteArray path = QFile::encodeName(folder.filePath(QStringLiteral("checklist.xlsx")));
    const QByteArray tmp = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(tmp.constData());
    lxw_workbook* book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return cannotWrite(QStringLiteral("libxlsxwriter could not start"));

    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_bg_color(head, 0xD9E1F2);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* body = workbook_add_format(book);
    format_set_border(body, LXW_BORDER_THIN);
    format_set_text_wrap(body);
    format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* centred = workbook_add_format(book);
    format_set_border(centred, LXW_BORDER_THIN);
    format_set_align(centred, LXW_ALIGN_CENTER);
    format_set_align(centred, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(centred);

    const QByteArray sheetName = ChecklistLayout::sheetName().text(language).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.constData());
    for (int c = 1; c <= ChecklistLayout::columnCount; ++c) {
        const QByteArray text = ChecklistLayout::header(ChecklistLayout::Column(c)).text(language).toUtf8();
        worksheet_write_string(sheet, ChecklistLayout::headerRow - 1, lxw_col_t(c - 1), text.constData(), head);
        worksheet_set_column(sheet, lxw_col_t(c - 1), lxw_col_t(c - 1), widths[c - 1], nullptr);
    }
    worksheet_set_row(sheet, ChecklistLayout::headerRow - 1, 2 * lineHeight + 2, nullptr);
    const QList<ChecklistLayout::Row> rows = ChecklistLayout::rows(assessment, chain, language);
    lxw_row_t r = ChecklistLayout::headerRow;
    for (const ChecklistLayout::Row& row : rows) {
        int height = 1;
        for (int c = 1; c <= ChecklistLayout::columnCount; ++c)
            height = std::max(height, lines(row.cells[c - 1], widths[c - 1]));
        worksheet_set_row(sheet, r, height * lineHeight + 2, nullptr);
        for (int c = 1; c <= ChecklistLayout::columnCount; ++c) {
            const QByteArray text = row.cells[c - 1].toUtf8();
            lxw_format* f = c == ChecklistLayout::Verdict || c == ChecklistLayout::Method || c == ChecklistLayout::Requirement ? centred : body;
            // Empty cells too, so that every row is bordered.
            worksheet_write_string(sheet, r, lxw_col_t(c - 1), text.constData(), f);
        }
        ++r;
    }
    worksheet_freeze_panes(sheet, ChecklistLayout::headerRow, 0);
    worksheet_repeat_rows(sheet, 0, ChecklistLayout::headerRow - 1);
    worksheet_print_area(sheet, 0, 0, r > 0 ? r - 1 : 0, ChecklistLayout::columnCount - 1);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_margins(sheet, 0.4, 0.4, 0.5, 0.5);

    const QByteArray productName = ChecklistLayout::productSheetName().text(language).toUtf8();
    lxw_worksheet* product = workbook_add_worksheet(book, productName.constData());
    worksheet_set_column(product, 0, 0, 24, nullptr);
    worksheet_set_column(product, 1, 1, 60, nullptr);
    lxw_row_t p = 0;
    for (const auto& [label, value] : ChecklistLayout::productRows(assessment, language)) {
        worksheet_write_string(product, p, 0, label.toUtf8().constData(), head);
        worksheet_write_string(product, p, 1, value.toUtf8().constData(), body);
        ++p;
    }
    worksheet_print_area(product, 0, 0, p > 0 ? p - 1 : 0, 1);
    worksheet_set_paper(product, 9);

    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return cannotWrite(QString::fromUtf8(lxw_strerror(e)));
    QFile written(QFile::decodeName(path));
    if (!written.open(QIODevice::ReadOnly))
        return cannotWrite(written.errorString());
    return written.readAll();
}

Result<void> ChecklistWriter::writeFile(const QString& path, const Assessment& assessment, const QList<const Catalog*>& chain, Language language)
{
    const Result<QByteArray> bytes = write(assessment, chain, language);
    if (!bytes)
        return bytes.problems();
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.write(*bytes) == bytes->size() && out.commit())
        return {};
    return Problem::unusable(
        QStringLiteral("checklist.cannot-write"), Message("ChecklistWriter", "the workbook cannot be written: %1").arg(out.errorString()), {path});
}

} // namespace starmark
