"""Regenerate the bundled fonts in ``resources/fonts/`` from Debian's font packages.

Needs the Debian packages fonts-wqy-microhei, fonts-wqy-zenhei and fonts-noto-cjk, and
fontTools (a runtime dependency already). Run from the repository root::

    python tools/build_fonts.py

It writes three files:

* ``wqy-microhei.ttc`` — WenQuanYi Micro Hei, copied whole (the Qt UI loads it too).
* ``wqy-zenhei-extra.ttf`` — WenQuanYi Zen Hei, subset to the characters that Micro Hei
  has no outline for (CJK Ext-A above all, e.g. 䶮). Embedded bitmaps are dropped.
* ``noto-cjk-extra.ttf`` — Noto Sans CJK SC, subset to the CJK ideographs neither WenQuanYi
  font draws (the supplementary planes, e.g. 𠮷, and newer BMP additions), with its CFF
  outlines converted to TrueType quadratics, because ReportLab embeds only ``glyf`` fonts.

The result is deterministic for given inputs, so a rerun gives the same files.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MICRO_HEI = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ZEN_HEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
NOTO_SC_INDEX = 2  # the collection holds JP, KR, SC, TC, HK: SC has the mainland glyph shapes
OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts"

# Ideograph blocks Noto may fill in; everything else (symbols, Hangul) stays out to keep size down.
IDEOGRAPH_RANGES = [
    (0x3400, 0x4DBF),  # Ext-A
    (0x4E00, 0x9FFF),  # URO, including late additions WenQuanYi predates
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x3FFFF),  # planes 2 and 3: Ext-B onwards and compatibility supplement
]


def inked_chars(font: TTFont) -> set[int]:
    """Code points whose glyph has an outline (a cmap entry alone may draw nothing)."""
    cmap = font.getBestCmap()
    if "glyf" in font:
        loca = font["loca"]
        gid = {name: i for i, name in enumerate(font.getGlyphOrder())}
        return {cp for cp, name in cmap.items() if loca[gid[name] + 1] > loca[gid[name]]}
    glyphs = font.getGlyphSet()
    inked = set()
    for cp, name in cmap.items():
        pen = _CountingPen()
        glyphs[name].draw(pen)
        if pen.drawn:
            inked.add(cp)
    return inked


class _CountingPen:
    def __init__(self) -> None:
        self.drawn = False

    def __getattr__(self, name: str):  # moveTo, lineTo, curveTo, ... all mean "has ink"
        def mark(*args, **kwargs) -> None:
            self.drawn = True

        return mark


def subset_font(font: TTFont, chars: set[int]) -> None:
    options = subset.Options()
    options.layout_features = ["vert", "vrt2"]  # no shaping needed for Han; keep vertical forms
    options.drop_tables += ["BDF ", "EBDT", "EBLC", "EBSC", "FFTM", "VORG"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.hinting = False  # PDF viewers do not use TrueType hinting; saves a lot of bytes
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(chars))
    subsetter.subset(font)


def rename(font: TTFont, family: str, postscript: str) -> None:
    """A modified font gets its own name so nobody mistakes it for the upstream one."""
    name = font["name"]
    for rec in list(name.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            name.removeNames(nameID=rec.nameID)
    for name_id, value in ((1, family), (2, "Regular"), (3, postscript), (4, family), (6, postscript)):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)


def cff_to_glyf(font: TTFont, max_err: float = 1.0) -> None:
    """Replace CFF cubic outlines by TrueType quadratic ones (after fontTools' otf2ttf snippet)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt_pen = TTGlyphPen(glyph_set)
        # CFF winds counter-clockwise, TrueType clockwise: reverse while converting
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: CID names are meaningless and cost bytes
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def in_ranges(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in IDEOGRAPH_RANGES)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MICRO_HEI, OUT / "wqy-microhei.ttc")
    micro = inked_chars(TTFont(MICRO_HEI, fontNumber=0, lazy=True))

    zen = TTFont(ZEN_HEI, fontNumber=0, recalcTimestamp=False)
    zen_extra = inked_chars(zen) - micro
    subset_font(zen, zen_extra)
    rename(zen, "UnionOffice Zen Hei Extra", "UnionOfficeZenHeiExtra")
    zen.save(OUT / "wqy-zenhei-extra.ttf")

    noto = TTFont(NOTO_CJK, fontNumber=NOTO_SC_INDEX, recalcTimestamp=False)
    have = micro | zen_extra
    noto_extra = {cp for cp in inked_chars(noto) if in_ranges(cp) and cp not in have}
    subset_font(noto, noto_extra)
    cff_to_glyf(noto)
    rename(noto, "UnionOffice Noto CJK Extra", "UnionOfficeNotoCJKExtra")
    noto.save(OUT / "noto-cjk-extra.ttf")

    for path in sorted(OUT.glob("*.tt?")):
        print(f"{path.name}: {path.stat().st_size / 2**20:.2f} MiB")
    print(f"Zen Hei extra: {len(zen_extra)} chars; Noto extra: {len(noto_extra)} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
