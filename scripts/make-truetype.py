#!/usr/bin/python3
"""Writes a TrueType (glyf) copy of one of tujie's own OpenType CFF faces,
for PDF output.

cairo 1.16 embeds a CFF face in a PDF by copying the face's whole CFF table
for every document and parsing each glyph's charstring (FreeType's CFF
loading was 40 % of a page's PDF); a TrueType face it subsets by reading
only the glyphs used. The copy keeps everything but the outlines: the same
glyph order and ids, cmap, advances (hmtx, vmtx) and layout tables (GSUB,
GPOS), so a text measured with the CFF face has the same glyphs at the same
positions in the PDF. Each cubic curve becomes quadratic ones within one
font unit (1/1000 em: 0.02 px at 20 px) of it. PNG and SVG keep the CFF
face: cubic outlines are what an SVG path holds, and half as many curves.

Usage: make-truetype.py IN.otf OUT.ttf
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units a quadratic curve may stray from the cubic one


def glyf_table(font):
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    table = newTable("glyf")
    table.glyphOrder = order
    table.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # TrueType winds outer contours clockwise, CFF counter-clockwise
        glyphs[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        table.glyphs[name] = pen.glyph()
    return table


def maxp_table(n_glyphs):
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = n_glyphs
    for field in ("maxPoints", "maxContours", "maxCompositePoints",
                  "maxCompositeContours", "maxTwilightPoints", "maxStorage",
                  "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements",
                  "maxComponentDepth"):
        setattr(maxp, field, 0)  # the point counts are computed on saving
    maxp.maxZones = 1
    return maxp


def main():
    src, out = sys.argv[1:3]
    font = TTFont(src, lazy=False)
    font["glyf"] = glyf_table(font)
    font["loca"] = newTable("loca")
    font["maxp"] = maxp_table(len(font.getGlyphOrder()))
    for tag in ("CFF ", "VORG"):  # CFF only
        if tag in font:
            del font[tag]
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


if __name__ == "__main__":
    main()
