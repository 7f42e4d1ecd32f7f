#!/usr/bin/python3
"""Rewrites an OpenType font's CFF outlines (cubic curves, drawn by a small program per glyph)
as TrueType outlines (quadratic curves, plain points), for Frise's font atlas: stb_truetype
rasterizes those several times faster, and the atlas is most of the work before a reader sees the
first panel (issue 13). The curves stay within a thousandth of an em of the originals; hinting
is left out (the atlas never uses it).

    font_to_truetype.py IN.otf OUT.otf

Uses Debian's fonttools (python3-fonttools), as the subsetting before it does.
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def convert(source, target):
    font = TTFont(source)
    if "CFF " not in font:  # already TrueType
        font.save(target)
        return
    order = font.getGlyphOrder()
    outlines = font.getGlyphSet()
    max_error = font["head"].unitsPerEm / 1000
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(outlines)
        # CFF draws outer contours counter-clockwise, TrueType clockwise.
        outlines[name].draw(Cu2QuPen(pen, max_error, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    for table in ("VORG",):
        if table in font:
            del font[table]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]  # version 0.5 (CFF) lacks TrueType's fields; 1.0 with no hinting
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: nothing reads them
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    convert(sys.argv[1], sys.argv[2])
