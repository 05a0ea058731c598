#!/usr/bin/python3
"""Builds tujie's PDF-safe copy of Noto Sans CJK SC.

Debian 12's cairo 1.16 subsets CFF fonts for PDF with a bug: it tracks which
subroutines a glyph uses by parsing each subroutine only the first time it is
reached, so a subroutine first reached in one glyph's hint state is not
followed in another's, its callees are replaced with 'return', and glyphs
come out empty (seen: 如 in "主要预期目标如下" vanished from a PDF; ghostscript
shows a .notdef box). A font without subroutines cannot hit the bug.

This takes the Simplified Chinese face (index 2) of Debian's
NotoSansCJK-{Regular,Bold}.ttc, inlines its subroutines (desubroutinize; the
outlines are unchanged), renames it "Tujie Sans CJK SC" so it never shadows
the system's Noto, and writes OpenType CFF files. Noto Sans CJK is licensed
under the SIL Open Font License 1.1, which allows modified copies; no
Reserved Font Name is declared.

Usage: make-fonts.py SRC.ttc WEIGHT OUT.otf     (WEIGHT: Regular or Bold)
"""
import sys

from fontTools.ttLib import TTFont
import fontTools.subset.cff  # noqa: F401  (adds CFFFontSet.desubroutinize)

FAMILY = "Tujie Sans CJK SC"


def rename(font, weight):
    ps = "TujieSansCJKsc-" + weight
    full = FAMILY + ("" if weight == "Regular" else " " + weight)
    names = {1: FAMILY, 3: "tujie:" + ps, 4: full, 6: ps, 16: FAMILY, 17: weight}
    table = font["name"]
    for rec in list(table.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17):
            table.removeNames(nameID=rec.nameID)
    for nid, text in names.items():
        table.setName(text, nid, 3, 1, 0x409)
        table.setName(text, nid, 1, 0, 0)
    cff = font["CFF "].cff
    top = cff[cff.fontNames[0]]
    cff.fontNames[0] = ps
    top.rawDict["FullName"] = full
    top.FullName = full
    top.FamilyName = FAMILY
    top.rawDict["FamilyName"] = FAMILY


def main():
    src, weight, out = sys.argv[1:4]
    font = TTFont(src, fontNumber=2, lazy=False)
    font["CFF "].cff.desubroutinize()
    rename(font, weight)
    font.save(out)


if __name__ == "__main__":
    main()
