#!/usr/bin/python3
"""tests/support/mkxlsx.py OUT.xlsx SPEC.json — writes a small .xlsx workbook
for the CLI tests: SPEC is a list of sheets [name, state or null, rows],
each row a list of cells (a string: text, a number: a number). Plain
zipfile and XML, so a test shows what the file holds."""
import json
import sys
from xml.sax.saxutils import escape
import zipfile
def sheet(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        out.append('<row r="%d">' % r)
        for c, v in enumerate(row):
            ref = chr(65 + c) + str(r)
            if isinstance(v, str):
                out.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(v)))
            else:
                out.append('<c r="%s"><v>%s</v></c>' % (ref, v))
        out.append('</row>')
    out.append('</sheetData></worksheet>')
    return ''.join(out)
def book(path, sheets):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    ct = ['<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(len(sheets)):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i+1))
    ct.append('</Types>')
    z.writestr('[Content_Types].xml', ''.join(ct))
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (name, state, rows) in enumerate(sheets, 1):
        st = ' state="%s"' % state if state else ''
        wb.append('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (escape(name, {'"': '&quot;'}), i, st, i))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        z.writestr('xl/worksheets/sheet%d.xml' % i, sheet(rows))
    wb.append('</sheets></workbook>'); rels.append('</Relationships>')
    z.writestr('xl/workbook.xml', ''.join(wb))
    z.writestr('xl/_rels/workbook.xml.rels', ''.join(rels))
    z.close()

if __name__ == '__main__':
    with open(sys.argv[2], encoding='utf-8') as f:
        book(sys.argv[1], json.load(f))
