from __future__ import annotations

import pytest

from unionoffice.foundation.pdf import SANS, string_width, wrap_text
from unionoffice.foundation.pdf.wrap import CLOSING, OPENING

SIZE = 10  # Micro Hei ideographs are exactly 1 em: 10 pt each


def width_of(chars: int) -> float:
    return chars * SIZE + 0.01


def test_short_text_is_one_line():
    assert wrap_text("工会办公", SANS, SIZE, width_of(10)) == ["工会办公"]


def test_breaks_between_ideographs_filling_each_line():
    assert wrap_text("一二三四五六七八九十", SANS, SIZE, width_of(4)) == ["一二三四", "五六七八", "九十"]


def test_line_never_starts_with_closing_punctuation():
    # naive break would put "，" first on line 2: the character before moves down with it
    lines = wrap_text("一二三四，五六七八", SANS, SIZE, width_of(4))
    assert lines == ["一二三", "四，五六", "七八"]
    assert all(line[0] not in CLOSING for line in lines)
    assert "".join(lines) == "一二三四，五六七八"


@pytest.mark.parametrize("closing", list("。、；：？！）」』》…"))
def test_each_closing_mark_is_kept_off_line_starts(closing):
    lines = wrap_text(f"一二三四{closing}五六", SANS, SIZE, width_of(4))
    assert all(line[0] not in CLOSING for line in lines), lines
    assert lines[0] == "一二三"


def test_line_never_ends_with_opening_punctuation():
    lines = wrap_text("一二三（四五六七", SANS, SIZE, width_of(4))
    assert lines[0] == "一二三"
    assert lines[1].startswith("（四")
    assert all(line[-1] not in OPENING for line in lines)


def test_closing_quote_and_full_stop_together():
    lines = wrap_text("他说好的。”然后", SANS, SIZE, width_of(4))
    assert all(line[0] not in CLOSING for line in lines), lines
    assert "".join(lines) == "他说好的。”然后"


def test_latin_words_and_numbers_are_not_split():
    text = "获得ISO9001认证和2026年度第3.5名"
    limit = string_width("获得ISO90", SANS, SIZE)
    lines = wrap_text(text, SANS, SIZE, limit)
    assert "".join(lines) == text
    assert any("ISO9001" in line for line in lines)
    assert any("3.5" in line for line in lines)
    for line in lines:
        assert string_width(line, SANS, SIZE) <= limit + 1e-6


def test_spaces_between_latin_words_are_break_points_and_are_trimmed():
    lines = wrap_text("hello world again", SANS, SIZE, string_width("hello world", SANS, SIZE))
    assert lines == ["hello world", "again"]


def test_word_wider_than_the_line_is_split_by_characters():
    lines = wrap_text("abcdefghijklmnopqrstuvwxyz", SANS, SIZE, string_width("abcdefgh", SANS, SIZE))
    assert "".join(lines) == "abcdefghijklmnopqrstuvwxyz"
    assert len(lines) >= 3
    assert all(string_width(line, SANS, SIZE) <= string_width("abcdefgh", SANS, SIZE) for line in lines)


def test_newlines_start_new_lines_and_empty_paragraphs_stay():
    assert wrap_text("一二\n\n三", SANS, SIZE, width_of(10)) == ["一二", "", "三"]


def test_width_uses_fallback_fonts():
    # 䶮 and 𠮷 measure about one em each in their fallback fonts, so four fit in 4 em
    lines = wrap_text("王䶮𠮷喆张", SANS, SIZE, string_width("王䶮𠮷喆", SANS, SIZE) + 0.01)
    assert lines == ["王䶮𠮷喆", "张"]
