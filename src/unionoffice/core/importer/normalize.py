"""Text clean-up shared by header matching and every parser.

Deliberately not NFKC: that would also fold CJK compatibility ideographs, which appear in
real names, into different characters. Only full-width ASCII forms and odd spaces are mapped.
"""

from __future__ import annotations

import re

_SPACE_LIKE = (0x3000, 0x00A0, 0x1680, 0x202F, 0x205F, *range(0x2000, 0x200B))
_ZERO_WIDTH = (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)

_HALFWIDTH: dict[int, int | str | None] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HALFWIDTH.update({code: " " for code in _SPACE_LIKE})
_HALFWIDTH.update({code: None for code in _ZERO_WIDTH})

# Free text keeps full-width punctuation (，。（）are correct in Chinese) but not ＡＢＣ１２３.
_TEXT = {code: target for code, target in _HALFWIDTH.items() if not (0xFF01 <= code <= 0xFF5E)}
_TEXT.update({code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))})

_SPACES = re.compile(r"\s+")


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms (１２３ＡＢＣ，！) → ASCII; every space → ' '; zero-width → gone."""
    return text.translate(_HALFWIDTH)


def normalize_halfwidth(text: str) -> str:
    """``to_halfwidth``, trimmed, whitespace runs (newlines too) collapsed: for numbers, codes, headers."""
    return _SPACES.sub(" ", text.translate(_HALFWIDTH)).strip()


def normalize_text(text: str) -> str:
    """For free text: full-width letters and digits → ASCII, spaces trimmed and collapsed."""
    return _SPACES.sub(" ", text.translate(_TEXT)).strip()


def remove_spaces(text: str) -> str:
    return _SPACES.sub("", text.translate(_HALFWIDTH))


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value or not remove_spaces(value)
    return False
