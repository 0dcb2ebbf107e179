from __future__ import annotations

import pytest

from unionoffice.foundation.pdf import (
    SANS,
    SANS_NOTO_EXTRA,
    SANS_ZEN_EXTRA,
    MissingGlyphError,
    new_canvas,
    set_system_fallback,
    split_runs,
    string_width,
)
from unionoffice.foundation.pdf.fallback import font_for
from unionoffice.foundation.pdf.fonts import reportlab_font


def test_common_and_rare_name_characters_in_micro_hei():
    assert font_for("堃", SANS) == SANS
    assert font_for("喆", SANS) == SANS
    assert font_for("张", SANS) == SANS


def test_ext_a_character_falls_back_to_zen_hei():
    assert font_for("䶮", SANS) == SANS_ZEN_EXTRA


def test_supplementary_plane_character_falls_back_to_noto():
    assert font_for("𠮷", SANS) == SANS_NOTO_EXTRA


def test_split_runs_groups_consecutive_characters_by_font():
    assert split_runs("刘䶮𠮷 李喆", SANS) == [
        (SANS, "刘"),
        (SANS_ZEN_EXTRA, "䶮"),
        (SANS_NOTO_EXTRA, "𠮷"),
        (SANS, " 李喆"),
    ]


@pytest.mark.parametrize("char", ["\U0010fffd", "\u0378", "\ue8ff"])
def test_character_no_font_draws_raises_naming_it(char):
    with pytest.raises(MissingGlyphError) as caught:
        split_runs(f"王{char}", SANS)
    assert caught.value.char == char
    assert char in str(caught.value)
    assert f"U+{ord(char):04X}" in str(caught.value)
    assert "无法打印" in str(caught.value)


def test_missing_glyph_also_raised_with_system_fonts_allowed():
    set_system_fallback(True)
    with pytest.raises(MissingGlyphError):
        split_runs("\U0010fffd", SANS)


def test_cmap_entry_without_outline_is_not_a_glyph(tmp_path):
    """A font that maps a character to an empty glyph (like AR PL UKai's 䶮) must be skipped."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    from unionoffice.foundation.pdf.coverage import coverage

    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "ink", "blank"])
    fb.setupCharacterMap({ord("A"): "ink", ord("䶮"): "blank"})
    pen = TTGlyphPen(None)
    pen.moveTo((0, 0))
    pen.lineTo((0, 500))
    pen.lineTo((500, 0))
    pen.closePath()
    fb.setupGlyf({".notdef": TTGlyphPen(None).glyph(), "ink": pen.glyph(), "blank": TTGlyphPen(None).glyph()})
    fb.setupHorizontalMetrics({n: (600, 0) for n in (".notdef", "ink", "blank")})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Probe", "styleName": "Regular"})
    fb.setupOS2()
    fb.setupPost()
    path = tmp_path / "probe.ttf"
    fb.save(str(path))
    cov = coverage(path, 0)
    assert ord("䶮") in cov.cmap and ord("䶮") not in cov.inked
    assert ord("A") in cov.inked


def test_spaces_stay_in_the_run_font_and_invisible_unmapped_chars_are_dropped():
    assert split_runs("张 三\u200b", SANS) in ([(SANS, "张 三\u200b")], [(SANS, "张 三")])


def test_string_width_adds_the_widths_of_each_run_font():
    size = 20
    expected = (
        reportlab_font(SANS).stringWidth("刘", size)
        + reportlab_font(SANS_ZEN_EXTRA).stringWidth("䶮", size)
        + reportlab_font(SANS_NOTO_EXTRA).stringWidth("𠮷", size)
    )
    assert string_width("刘䶮𠮷", SANS, size) == pytest.approx(expected)
    # a full-width ideograph is about one em; a missing glyph would measure differently
    assert string_width("䶮", SANS, size) == pytest.approx(size, rel=0.1)


def test_draw_text_returns_width_and_rejects_bad_align(tmp_path):
    from unionoffice.foundation.pdf import draw_text

    canvas = new_canvas(tmp_path / "a.pdf")
    width = draw_text(canvas, 100, 100, "王䶮", SANS, 12, align="right")
    assert width == pytest.approx(string_width("王䶮", SANS, 12))
    with pytest.raises(ValueError):
        draw_text(canvas, 100, 100, "王", SANS, 12, align="middle")
