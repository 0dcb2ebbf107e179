"""System TrueType fonts as a last resort for characters the bundled fonts lack.

Scanned only when the bundled chain misses a character, once per process. On Windows this is
how SimSun-ExtB (simsunb.ttf) can supply Ext-B names; a font ReportLab cannot embed is skipped.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from unionoffice.foundation.pdf.coverage import UnusableFont, coverage, font_count
from unionoffice.foundation.pdf.fonts import FontFile
from unionoffice.foundation.platform_windows import font_folders


def font_dirs() -> list[Path]:
    return [Path(folder) for folder in font_folders(sys.platform, os.environ, Path.home())]


@functools.cache
def system_fonts() -> tuple[FontFile, ...]:
    """Every TrueType face in the system font folders, sorted for a stable choice."""
    found: list[FontFile] = []
    for folder in font_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() not in (".ttf", ".ttc") or not path.is_file():
                continue
            try:
                count = font_count(path)
            except OSError:
                continue
            for index in range(count):
                found.append(FontFile(f"UOSys-{path.stem}-{index}", path, index))
    return tuple(found)


def find_system_font(code_point: int, *, blank_ok: bool = False) -> FontFile | None:
    """The first system face that draws ``code_point`` (or maps it, for blank characters)."""
    for font in system_fonts():
        try:
            cov = coverage(font.path, font.subfont_index)
        except UnusableFont:
            continue
        if code_point in (cov.cmap if blank_ok else cov.inked):
            return font
    return None
