"""A ReportLab canvas set up for the toolkit's fonts."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from unionoffice.foundation.pdf import fonts


def new_canvas(
    target: str | Path | IO[bytes], pagesize: tuple[float, float] | None = None, **kwargs: Any
) -> Canvas:
    """A ``reportlab.pdfgen.canvas.Canvas`` whose initial font is the bundled SANS font.

    A plain Canvas starts every page with Helvetica, which is not embedded: ``pdffonts`` then
    shows ``emb no`` and a strict print shop may refuse the file.
    """
    fonts.register(fonts.SANS)
    kwargs.setdefault("initialFontName", fonts.SANS)
    return Canvas(str(target) if isinstance(target, Path) else target, pagesize=pagesize or A4, **kwargs)
