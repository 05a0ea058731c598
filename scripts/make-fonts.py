#!/usr/bin/python3
"""Builds tujie's PDF-safe, report-sized copy of Noto Sans CJK SC.

Debian 12's cairo 1.16 subsets CFF fonts for PDF with a bug: it tracks which
subroutines a glyph uses by parsing each subroutine only the first time it is
reached, so a subroutine first reached in one glyph's hint state is not
followed in another's, its callees are replaced with 'return', and glyphs
come out empty (seen: 如 in "主要预期目标如下" vanished from a PDF; ghostscript
shows a .notdef box). A font without subroutines cannot hit the bug.

This takes the Simplified Chinese face (index 2) of Debian's
NotoSansCJK-{Regular,Bold}.ttc, keeps the characters Chinese reports use
(below), inlines its subroutines (desubroutinize; the outlines are
unchanged), renames it "Tujie Sans CJK SC" so it never shadows the system's
Noto, and writes OpenType CFF files. Noto Sans CJK is licensed under the SIL
Open Font License 1.1, which allows modified copies; no Reserved Font Name
is declared.

Why a subset: cairo 1.16 copies a face's whole CFF table into new memory
for every PDF document it writes, and fontconfig/FreeType read the cmap of
every glyph: the full face (65,535 glyphs, an 18 MB CFF without
subroutines) made a one-chart PDF cost 90 MiB and most of its time. The
subset keeps every character of GB 2312 (its 6,763 hanzi and all its
symbols, kana, Greek and Cyrillic), Latin-1 and Latin Extended-A, and the punctuation, symbol, number, arrow, enclosed,
CJK-punctuation, CJK-compatibility and full-width blocks; every OpenType
layout feature is kept (vertical forms, proportional punctuation, zh-Hans
locl), and with them the glyphs they reach. Anything else (rare hanzi of
the extension blocks, Korean, emoji) is drawn by tujie's fallback chain
(the system's Noto Sans CJK SC first), and a character no font has is
still reported as missing.

Usage: make-fonts.py SRC.ttc WEIGHT OUT.otf     (WEIGHT: Regular or Bold)
"""
import sys

from fontTools.ttLib import TTFont
from fontTools import subset

FAMILY = "Tujie Sans CJK SC"

# Blocks kept whole (inclusive code point ranges).
BLOCKS = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x017F),  # Latin-1 Supplement, Latin Extended-A
    (0x02C6, 0x02DD),  # spacing modifiers (ˇ ˉ ˊ ˋ ˙)
    (0x2000, 0x206F),  # General Punctuation
    (0x2070, 0x209F),  # superscripts and subscripts
    (0x20A0, 0x20CF),  # currency
    (0x2100, 0x218F),  # letterlike (℃ №), number forms (Ⅻ ⅓)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2460, 0x24FF),  # enclosed alphanumerics (① ⑴ ⒈)
    (0x2500, 0x27BF),  # box drawing, blocks, geometric shapes, symbols, dingbats
    (0x3000, 0x30FF),  # CJK symbols and punctuation, kana
    (0x3200, 0x33FF),  # enclosed CJK (㈠), CJK compatibility (㎡ ㎞)
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
    (0xFFFD, 0xFFFD),
]


def double_byte(codec, lead, trail):
    """Every character a double-byte codec maps from the given byte ranges."""
    out = set()
    for a in lead:
        for b in trail:
            try:
                out.update(ord(c) for c in bytes((a, b)).decode(codec))
            except UnicodeDecodeError:
                pass
    return out


def report_chars():
    chars = set()
    for lo, hi in BLOCKS:
        chars.update(range(lo, hi + 1))
    chars |= double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    return chars


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
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.layout_scripts = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.legacy_kern = True
    opts.desubroutinize = True
    opts.hinting = True
    opts.recalc_bounds = False
    opts.recalc_timestamp = False
    opts.prune_unicode_ranges = False
    opts.drop_tables = []
    opts.passthrough_tables = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=report_chars())
    sub.subset(font)
    rename(font, weight)
    font.save(out)


if __name__ == "__main__":
    main()
