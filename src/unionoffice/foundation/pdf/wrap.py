"""Line breaking for Chinese text (禁则): greedy, measured with the fallback-aware width.

Rules: a line never starts with closing punctuation (，。、）」…) and never ends with opening
punctuation (（「《); Latin words, numbers and runs like "——" or "……" are never split unless
a single one is wider than the whole line. Explicit newlines start a new line.
"""

from __future__ import annotations

import re

from unionoffice.foundation.pdf.text import string_width

# Must not begin a line: they stick to the character before.
CLOSING = set("，。、；：？！）」』》〉】〕〗〙〛”’…‥·・％‰℃,.;:?!)]}%>．，：；？！］｝～〜ー々〻ゝゞヽヾ")
# Must not end a line: they stick to the character after.
OPENING = set("（「『《〈【〔〖〘〚“‘([{<［｛＜￥$＄£€")

# An unbreakable token: a Latin/number word (with inner punctuation like 3.14, ISO-9001,
# a@b.cn), a run of dashes or ellipses, a run of spaces, or any single other character.
_TOKEN = re.compile(
    r"[A-Za-z0-9\u00C0-\u024F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+"
    r"(?:[.,:/@'’_\-+&#%][A-Za-z0-9\u00C0-\u024F]+)*%?"
    r"|—+|…+|‥+|[ \t]+|.",
    re.DOTALL,
)


def _atoms(paragraph: str) -> list[str]:
    """Tokens glued by the kinsoku rules: each atom may start a line, and may end one."""
    atoms: list[str] = []
    glue_next = False  # previous atom ends with opening punctuation
    for token in _TOKEN.findall(paragraph):
        is_space = token[0] in " \t"
        if atoms and not is_space and (glue_next or token[0] in CLOSING) and atoms[-1][-1] not in " \t":
            atoms[-1] += token
        else:
            atoms.append(token)
        glue_next = not is_space and token[-1] in OPENING
    return atoms


def _hard_split(atom: str, font: str, size: float, max_width: float) -> list[str]:
    """Split one over-wide atom by characters, as full lines as possible."""
    pieces: list[str] = []
    current = ""
    for char in atom:
        if current and string_width(current + char, font, size) > max_width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap_text(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width`` points (an empty paragraph stays "")."""
    lines: list[str] = []
    width_cache: dict[str, float] = {}

    def width(s: str) -> float:
        w = width_cache.get(s)
        if w is None:
            w = width_cache[s] = string_width(s, font, size)
        return w

    for paragraph in text.split("\n"):
        line = ""
        line_width = 0.0
        for atom in _atoms(paragraph):
            is_space = atom[0] in " \t"
            if not line and is_space:
                continue  # no leading blanks on a wrapped line
            atom_width = width(atom)
            if line_width + atom_width <= max_width or is_space:
                line += atom
                line_width += atom_width
                continue
            if line.strip():
                lines.append(line.rstrip())
            line, line_width = "", 0.0
            if atom_width > max_width:
                *full, atom = _hard_split(atom, font, size, max_width)
                lines.extend(full)
                atom_width = width(atom)
            line, line_width = atom, atom_width
        lines.append(line.rstrip())
    return lines
