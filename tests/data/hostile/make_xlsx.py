#!/usr/bin/env python3
"""Writes the hostile XLSX workbooks (Python's standard library only: zipfile).

    python3 make_xlsx.py FOLDER [NAME...]

zip-bomb.xlsx, billion-laughs.xlsx, truncated.xlsx, too-many-cells.xlsx and huge-merge.xlsx
are small and
committed beside this script; empty-cells.xlsx (10^6 empty cells, 2.7 MB) is written by its e2e
case into a scratch folder.
"""
import io
import os
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def column(n):
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def workbook(sheet_xml, shared_xml=None):
    """A minimal workbook of one sheet, as the format requires it (ECMA-376 part 1)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("xl/workbook.xml",
                   f'<?xml version="1.0"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                   '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        rels = ('<Relationship Id="rId1" Type="' + REL + '/worksheet" Target="worksheets/sheet1.xml"/>')
        if shared_xml is not None:
            rels += '<Relationship Id="rId2" Type="' + REL + '/sharedStrings" Target="sharedStrings.xml"/>'
            z.writestr("xl/sharedStrings.xml", shared_xml)
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships">' + rels + '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return out.getvalue()


def sheet(rows):
    return f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>{"".join(rows)}</sheetData></worksheet>'


def zip_bomb():
    # 64 MiB of spaces inside the sheet's root: packs about 1000:1 into some 64 KB.
    return workbook(f'<worksheet xmlns="{MAIN}">' + " " * (64 << 20) + "</worksheet>")


def billion_laughs():
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    shared = (f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]><sst xmlns="{MAIN}" count="1" uniqueCount="1">'
              "<si><t>&lol9;</t></si></sst>")
    return workbook(sheet(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>']), shared)


def truncated():
    whole = workbook(sheet([f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 200)]))
    return whole[: len(whole) // 2]


def too_many_cells():
    # One value in the last column (XFD) of each of 1300 rows: 21 million cells of grid, nearly
    # all empty, from a 10 KB file.
    return workbook(sheet([f'<row r="{r}"><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>'
                           for r in range(1, 1301)]))


def huge_merge():
    # One merged range over the whole sheet, A1:XFD1048576: 17 billion cells once spread.
    return workbook(f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" '
                    't="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="1">'
                    '<mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>')


def empty_cells():
    # 10^6 styled empty cells (A1:ALL1000), as Excel writes a formatted range: nothing to read.
    return workbook(sheet(['<row r="%d">' % r + "".join('<c r="%s%d" s="1"/>' % (column(c), r)
                                                        for c in range(1, 1001)) + "</row>"
                           for r in range(1, 1001)]))


MAKERS = {"zip-bomb.xlsx": zip_bomb, "billion-laughs.xlsx": billion_laughs, "truncated.xlsx": truncated,
          "too-many-cells.xlsx": too_many_cells, "huge-merge.xlsx": huge_merge,
          "empty-cells.xlsx": empty_cells}

if __name__ == "__main__":
    folder = sys.argv[1]
    for name in sys.argv[2:] or ["zip-bomb.xlsx", "billion-laughs.xlsx", "truncated.xlsx", "too-many-cells.xlsx",
                                    "huge-merge.xlsx"]:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(MAKERS[name]())
