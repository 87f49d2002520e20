#!/usr/bin/python3
"""What the checklist tests ask of workbooks, done with openpyxl, a reader StarMark does not ship.

  xlsx_tool.py dump FILE                 the workbook as JSON: sheets, cells, layout, print setup
  xlsx_tool.py set FILE OUT SHEET!CELL=VALUE…   edit cells as a user would in a spreadsheet, save as OUT
  xlsx_tool.py hostile KIND FILE OUT     a workbook that is not one, made from FILE: broken, bomb,
                                         entity, million-rows, many-entries, deep
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
            "fills": {c.coordinate: c.fill.fgColor.rgb for row in ws.iter_rows(max_row=2) for c in row if c.fill and c.fill.fill_type},
        })
    print(json.dumps({"sheets": sheets}, ensure_ascii=False))


def edit(path, out, assignments):
    wb = openpyxl.load_workbook(path)
    for a in assignments:
        where, value = a.split("=", 1)
        sheet, cell = where.rsplit("!", 1)
        wb[sheet][cell] = value if value != "" else None
    wb.save(out)


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
    elif command == "hostile":
        hostile(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(__doc__)
