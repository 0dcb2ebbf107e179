from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.foundation.importer.normalize import (
    is_blank,
    normalize_halfwidth,
    normalize_text,
    remove_spaces,
    to_halfwidth,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("１，２３４．５０", "1,234.50"),
        ("a\u3000b", "a b"),
        ("a\u00a0b", "a b"),
        ("a\u200bb\u200c\u200d\ufeff", "ab"),
        ("  张\t\n三  ", "张 三"),
        ("a\r\n\r\nb", "a b"),
    ],
)
def test_normalize_halfwidth(raw: str, expected: str) -> None:
    assert normalize_halfwidth(raw) == expected


def test_free_text_keeps_chinese_punctuation_but_not_fullwidth_letters() -> None:
    assert normalize_text("  获奖，一等奖（ＡＢ１）。\u3000") == "获奖，一等奖（AB1）。"


def test_compatibility_ideographs_are_not_folded() -> None:
    # NFKC would turn U+F900 into U+8C48; a name must keep the character it was typed with.
    assert normalize_text("\uf900") == "\uf900"
    assert to_halfwidth("䶮𠮷") == "䶮𠮷"


def test_remove_spaces_and_blank() -> None:
    assert remove_spaces(" 1 3 8\u30001234 5678\u00a0") == "13812345678"
    assert is_blank(None) and is_blank("") and is_blank(" \u3000\u200b\n")
    assert not is_blank(0.0) and not is_blank("0") and not is_blank(False)


@given(st.text())
def test_normalisers_are_idempotent_and_total(text: str) -> None:
    once = normalize_halfwidth(text)
    assert normalize_halfwidth(once) == once
    assert normalize_text(normalize_text(text)) == normalize_text(text)
    assert once == once.strip()
    assert "  " not in once and "\u3000" not in once and "\u200b" not in once
    assert not any(0xFF01 <= ord(ch) <= 0xFF5E for ch in once)


@given(st.text(alphabet=st.sampled_from(" \t\n\r\u3000\u00a0\u200b\u2009\ufeff\u2028\x1fa张")))
def test_fast_blank_check_agrees_with_normalisation(text: str) -> None:
    assert is_blank(text) == (remove_spaces(text) == "")
