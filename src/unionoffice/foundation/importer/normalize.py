"""Text clean-up shared by header matching and every parser.

Deliberately not NFKC: that would also fold CJK compatibility ideographs, which appear in
real names, into different characters. Only full-width ASCII forms and odd spaces are mapped.
"""

from __future__ import annotations

_SPACE_LIKE = (0x3000, 0x00A0, 0x1680, 0x202F, 0x205F, *range(0x2000, 0x200B))
_ZERO_WIDTH = (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD)

_HALFWIDTH: dict[int, int | str | None] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HALFWIDTH.update({code: " " for code in _SPACE_LIKE})
_HALFWIDTH.update({code: None for code in _ZERO_WIDTH})

# Free text keeps full-width punctuation (，。（）are correct in Chinese) but not ＡＢＣ１２３.
_TEXT = {code: target for code, target in _HALFWIDTH.items() if not (0xFF01 <= code <= 0xFF5E)}
_TEXT.update(
    {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
)


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms (１２３ＡＢＣ，！) → ASCII; every space → ' '; zero-width → gone."""
    return text.translate(_HALFWIDTH)


# str.split() splits on exactly the characters ``\s`` matches, in one C call.
def normalize_halfwidth(text: str) -> str:
    """``to_halfwidth``, trimmed, whitespace runs (newlines too) collapsed: for numbers, codes, headers."""
    return " ".join(text.translate(_HALFWIDTH).split())


def normalize_text(text: str) -> str:
    """For free text: full-width letters and digits → ASCII, spaces trimmed and collapsed."""
    return " ".join(text.translate(_TEXT).split())


def remove_spaces(text: str) -> str:
    return "".join(text.translate(_HALFWIDTH).split())


_BLANK_CHARS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029" + "".join(
    map(chr, (*_SPACE_LIKE, *_ZERO_WIDTH))
)


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if type(value) is str:
        return not value.strip(_BLANK_CHARS)  # one C call: this runs for every cell
    return False
