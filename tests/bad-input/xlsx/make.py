#!/usr/bin/env python3
"""Writes the bad workbooks of this folder from tests/data/xlsx/indicators.xlsx
(saved by LibreOffice), each spoiled in one way a real file can be: run it
here after changing a case, then review each NAME.expected that
tests/unit/test-xlsx.c compares with (the first line of the error)."""
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, "..", "..", "data", "xlsx", "indicators.xlsx")
SHEET = "xl/worksheets/sheet1.xml"

with zipfile.ZipFile(GOOD) as z:
    PARTS = {n: z.read(n) for n in z.namelist()}


def write(name, parts, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", compress) as z:
        for n, data in parts.items():
            info = zipfile.ZipInfo(n, date_time=(2021, 1, 1, 0, 0, 0))
            info.compress_type = compress
            z.writestr(info, data)


def with_part(name, data):
    parts = dict(PARTS)
    parts[name] = data
    return parts


def sheet_sub(old, new, count=1):
    s = PARTS[SHEET]
    assert old in s, old
    return with_part(SHEET, s.replace(old, new, count))


with open(GOOD, "rb") as f:
    good = f.read()
with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
    f.write(good[:3000])                       # a download cut short
write("no-workbook.xlsx", {"[Content_Types].xml": PARTS["[Content_Types].xml"]})
write("word-document.xlsx", {"[Content_Types].xml": b"<Types/>",
                             "word/document.xml": b"<w:document/>"})
write("unclosed-tag.xlsx", sheet_sub(b"</sheetData>", b"<row r=\"9\"><c r=\"A9\"></sheetData>"))
write("doctype.xlsx", with_part(SHEET, PARTS[SHEET].replace(
    b"?>", b"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", 1)))
write("too-deep.xlsx", sheet_sub(b"<c r=\"A2\"", b"<x>" * 70 + b"</x>" * 70 + b"<c r=\"A2\""))
write("shared-string-index.xlsx", sheet_sub(b"<c r=\"A2\" s=\"1\" t=\"s\"><v>6</v>",
                                            b"<c r=\"A2\" s=\"1\" t=\"s\"><v>99</v>"))
write("bad-cell-reference.xlsx", sheet_sub(b"<c r=\"B2\"", b"<c r=\"XFE2\""))
write("missing-sheet-part.xlsx", {n: d for n, d in PARTS.items() if n != SHEET})
# 8 MiB of blanks inside the sheet: a few KiB zipped, far past the ratio
write("zip-bomb.xlsx", sheet_sub(b"</sheetData>", b" " * (8 << 20) + b"</sheetData>"))
with open(os.path.join(HERE, "damaged.xls"), "wb") as f:
    # an OLE2 header (what .xls files start with), then nothing sensible
    f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(range(256)) * 8)
