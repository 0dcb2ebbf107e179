"""Where the bundled fonts live, and registering them with ReportLab on first use.

Importing this module does not import ReportLab: only ``register`` does, when a PDF is drawn.
"""

# Imports inside functions: ReportLab loads on first use, so importing the toolkit stays cheap.

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.paths import resources_dir

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

# ReportLab names of the bundled fonts. SANS is the primary font of every PDF.
SANS = "UOSans"
SANS_ZEN_EXTRA = "UOSansZenExtra"
SANS_NOTO_EXTRA = "UOSansNotoExtra"


@dataclass(frozen=True)
class FontFile:
    """One TrueType face: a .ttf, or one font of a .ttc collection."""

    name: str
    path: Path
    subfont_index: int = 0


def bundled_fonts() -> tuple[FontFile, ...]:
    """The bundled chain, primary first, then fallbacks in the order they are tried."""
    folder = resources_dir() / "fonts"
    return (
        FontFile(SANS, folder / "wqy-microhei.ttc", 0),
        FontFile(SANS_ZEN_EXTRA, folder / "wqy-zenhei-extra.ttf"),
        FontFile(SANS_NOTO_EXTRA, folder / "noto-cjk-extra.ttf"),
    )


# Every face the toolkit knows by name: the bundled ones and system fonts found on demand.
_known: dict[str, FontFile] = {}
_registered: set[str] = set()


def add_font(font: FontFile) -> None:
    _known[font.name] = font


def font_file(name: str) -> FontFile:
    """The file behind a toolkit font name; raises a user error when it is not installed."""
    if not _known:
        for font in bundled_fonts():
            _known.setdefault(font.name, font)
    try:
        font = _known[name]
    except KeyError:
        raise UserError(translate("Pdf", "未知字体：{name}").format(name=name)) from None
    if not font.path.is_file():
        raise UserError(translate("Pdf", "找不到字体文件：{path}").format(path=font.path))
    return font


def register(name: str) -> None:
    """Register a known font with ReportLab once per process (parsing a CJK font takes ~0.2 s)."""
    if name in _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from unionoffice.foundation.pdf.tounicode import UnicodeTTFont

    font = font_file(name)
    pdfmetrics.registerFont(UnicodeTTFont(font.name, str(font.path), subfontIndex=font.subfont_index))
    # No bold or italic faces exist: map them to the regular one so <b> in paragraphs still prints
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(font.name, bold, italic, font.name)
    _registered.add(name)


def reportlab_font(name: str) -> TTFont:
    register(name)
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name)
