from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from tests.foundation.pdf.helpers import needs, run
from unionoffice.foundation.pdf import (
    SANS,
    MissingGlyphError,
    draw_text,
    new_canvas,
    set_system_fallback,
    split_runs,
    system_fonts,
)

PRIVATE = "\U000f0001"  # supplementary private use: no bundled font has it


def make_font(path: Path, char: str, fs_type: int = 0) -> None:
    """A one-glyph TrueType font, standing in for a system font that has ``char``."""
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "box"])
    fb.setupCharacterMap({ord(char): "box"})
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    pen.lineTo((100, 700))
    pen.lineTo((800, 700))
    pen.lineTo((800, 0))
    pen.closePath()
    fb.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "box": pen.glyph()})
    fb.setupHorizontalMetrics({".notdef": (500, 0), "box": (900, 100)})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": "ProbeSys", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, fsType=fs_type)
    fb.setupPost()
    fb.save(str(path))


@pytest.fixture
def fake_system(monkeypatch, tmp_path):
    monkeypatch.setattr(system_fonts, "font_dirs", lambda: [tmp_path])
    system_fonts.system_fonts.cache_clear()
    yield tmp_path
    system_fonts.system_fonts.cache_clear()


def test_system_font_supplies_a_character_the_bundled_fonts_lack(fake_system, tmp_path):
    make_font(fake_system / "probe.ttf", PRIVATE)
    set_system_fallback(False)
    with pytest.raises(MissingGlyphError):
        split_runs(PRIVATE, SANS)
    set_system_fallback(True)
    runs = split_runs(f"王{PRIVATE}", SANS)
    assert runs[0] == (SANS, "王")
    assert runs[1][0].startswith("UOSys-probe") and runs[1][1] == PRIVATE
    pdf = tmp_path / "sys.pdf"
    canvas = new_canvas(pdf)
    draw_text(canvas, 72, 700, f"王{PRIVATE}", SANS, 20)
    canvas.showPage()
    canvas.save()
    assert "ProbeSys" in run(needs("pdffonts"), pdf)


def test_system_font_that_forbids_embedding_is_skipped(fake_system):
    make_font(fake_system / "locked.ttf", PRIVATE, fs_type=0x0002)
    set_system_fallback(True)
    with pytest.raises(MissingGlyphError):
        split_runs(PRIVATE, SANS)
