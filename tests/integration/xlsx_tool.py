#!/usr/bin/python3
"""What the checklist tests ask of workbooks, done with openpyxl, a reader StarMark does not ship.

  xlsx_tool.py dump FILE                 the workbook as JSON: sheets, cells, layout, print setup
  xlsx_tool.py set FILE OUT SHEET!CELL=VALUE…   edit cells as a user would in a spreadsheet, save as OUT
  xlsx_tool.py hostile KIND FILE OUT     a workbook that is not one, made from FILE: broken, bomb,
                                         entity, million-rows, many-entries, deep
  xlsx_tool.py template OUT              an operator's own checklist: a merged title, styles, a formula
  xlsx_tool.py parts FILE                each part of the package with its SHA-256, as JSON
Run with Debian's /usr/bin/python3 (python3-openpyxl)."""
import json
import sys
import zipfile

import openpyxl


def dump(path):
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    cells[c.coordinate] = c.value if isinstance(c.value, str) else str(c.value)
        sheets.append({
            "name": ws.title,
            "cells": cells,
            "max_row": ws.max_row,
            "freeze": ws.freeze_panes,
            "print_area": ws.print_area,
            "paper": ws.page_setup.paperSize,
            "orientation": ws.page_setup.orientation,
            "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "fit_width": ws.page_setup.fitToWidth if ws.page_setup.fitToWidth is not None else 1,  # 1 is the default
            "fit_height": ws.page_setup.fitToHeight,
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "wrap": {c.coordinate: bool(c.alignment.wrap_text) for row in ws.iter_rows(max_row=3) for c in row},
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "fills": {c.coordinate: c.fill.fgColor.rgb for row in ws.iter_rows(max_row=4) for c in row if c.fill and c.fill.fill_type},
        })
    print(json.dumps({"sheets": sheets}, ensure_ascii=False))


def edit(path, out, assignments):
    wb = openpyxl.load_workbook(path)
    for a in assignments:
        where, value = a.split("=", 1)
        sheet, cell = where.rsplit("!", 1)
        wb[sheet][cell] = value if value != "" else None
    wb.save(out)


def template(out):
    from openpyxl.styles import Font, PatternFill, Border, Side
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "様式チェックリスト"
    ws["A1"] = "JC-STAR ★1 チェックリスト（様式）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "適合の数"
    ws["H2"] = '=COUNTIF(F4:F200,"適合")'
    for col, title in zip("ABCDEFGH", ["No.", "適合基準番号", "評価項目", "備考", "", "適合判定", "判断根拠", "確認者"]):
        ws[col + "3"] = title
        ws[col + "3"].fill = PatternFill("solid", fgColor="FFCC00")
        ws[col + "3"].font = Font(bold=True)
    thin = Side(style="thin")
    for row in range(4, 12):
        ws["A%d" % row] = row - 3
        for col in "BCFG":
            ws["%s%d" % (col, row)].border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["H4"] = "山田"
    ws.column_dimensions["C"].width = 50
    applicant = wb.create_sheet("申請者")
    for row, label in enumerate(["製造業者", "製品名", "型番", "ファームウェア", "サポート期限", "窓口"], start=1):
        applicant["A%d" % row] = label
    wb.save(out)


def parts(path):
    import hashlib
    with zipfile.ZipFile(path) as z:
        print(json.dumps({n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}))


def hostile(kind, path, out):
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    if kind == "broken":
        data = open(path, "rb").read()
        open(out, "wb").write(data[: len(data) // 2])
        return
    if kind == "bomb":  # one entry inflating to 200 MiB of spaces, about 200 KB deflated
        parts["xl/media/padding.bin"] = b" " * (200 * 1024 * 1024)
    elif kind == "entity":  # an external entity in the sheet, the XXE way to read the evaluator's files
        xml = parts[sheet].decode()
        head, body = xml.split("?>", 1)
        parts[sheet] = (head + '?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + body.replace("<v>0</v>", "<v>&x;</v>", 1)).encode()
    elif kind == "million-rows":
        rows = "<row/>" * 1_000_000  # 6 MB inflated: within the size limits, so the row limit is what refuses it
        parts[sheet] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                        + rows + "</sheetData></worksheet>").encode()
    elif kind == "many-entries":
        for i in range(5000):
            parts["xl/extra/%d.xml" % i] = b"<x/>"
    elif kind == "deep":
        xml = parts[sheet].decode()
        parts[sheet] = xml.replace("<sheetData>", "<sheetData>" + "<x>" * 100 + "</x>" * 100, 1).encode()
    else:
        raise SystemExit("unknown kind " + kind)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "dump":
        dump(sys.argv[2])
    elif command == "set":
        edit(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif command == "template":
        template(sys.argv[2])
    elif command == "parts":
        parts(sys.argv[2])
    elif command == "hostile":
        hostile(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(__doc__)
