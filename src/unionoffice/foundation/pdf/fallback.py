"""Per-character font fallback: split text into runs, each drawn by a font that has the glyph.

The chain is the requested font, then the bundled fallbacks, then system fonts (scanned only
for characters the bundled fonts lack). Each character's choice is memoised per primary font,
so a batch of 1,000 certificates looks every character up once.
"""

from __future__ import annotations

import os
import unicodedata

from unionoffice.foundation.pdf import fonts
from unionoffice.foundation.pdf.coverage import Coverage, UnusableFont, coverage
from unionoffice.foundation.pdf.errors import MissingGlyphError
from unionoffice.foundation.pdf.system_fonts import find_system_font

# Characters with no ink by design: a cmap entry is all they need.
_BLANK_CATEGORIES = {"Zs", "Zl", "Zp", "Cc", "Cf"}
_DROP = ""  # memo value for an invisible character no font maps: leave it out

_memo: dict[str, dict[str, str]] = {}
_system_fallback = os.environ.get("UNIONOFFICE_NO_SYSTEM_FONTS", "") != "1"


def set_system_fallback(enabled: bool) -> None:
    """Allow or forbid system fonts as last resort (tests forbid them to stay reproducible)."""
    global _system_fallback
    _system_fallback = enabled
    _memo.clear()


def font_coverage(name: str) -> Coverage:
    font = fonts.font_file(name)
    return coverage(font.path, font.subfont_index)


def _chain(primary: str) -> list[str]:
    return [primary] + [f.name for f in fonts.bundled_fonts() if f.name != primary]


def _resolve(char: str, primary: str) -> str:
    code = ord(char)
    blank = unicodedata.category(char) in _BLANK_CATEGORIES
    for name in _chain(primary):
        try:
            cov = font_coverage(name)
        except UnusableFont:
            continue
        if code in (cov.cmap if blank else cov.inked):
            return name
    if _system_fallback:
        found = find_system_font(code, blank_ok=blank)
        if found is not None:
            fonts.add_font(found)
            return found.name
    if blank:
        # A tab or zero-width space nobody maps: a space prints the same, a format char nothing
        return primary if char.isspace() else _DROP
    raise MissingGlyphError(char)


def font_for(char: str, primary: str) -> str:
    """The font that draws ``char`` when ``primary`` is asked for ("" for a dropped char)."""
    memo = _memo.setdefault(primary, {})
    try:
        return memo[char]
    except KeyError:
        name = memo[char] = _resolve(char, primary)
        return name


def split_runs(text: str, primary: str) -> list[tuple[str, str]]:
    """``[(font_name, substring), ...]`` covering ``text``; raises MissingGlyphError."""
    memo = _memo.setdefault(primary, {})
    runs: list[tuple[str, str]] = []
    current = ""
    pieces: list[str] = []
    for char in text:
        name = memo.get(char)
        if name is None:
            name = font_for(char, primary)
        if name == _DROP:
            continue
        if name != current:
            if pieces:
                runs.append((current, "".join(pieces)))
            current, pieces = name, []
        pieces.append(char)
    if pieces:
        runs.append((current, "".join(pieces)))
    return runs
