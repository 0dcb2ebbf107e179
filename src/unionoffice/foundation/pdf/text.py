"""Single-line text with per-character font fallback, for canvas drawing (certificates, forms)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from unionoffice.foundation.pdf import fonts
from unionoffice.foundation.pdf.fallback import split_runs

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

Align = Literal["left", "center", "right"]


def _run_widths(runs: list[tuple[str, str]], size: float) -> list[float]:
    return [fonts.reportlab_font(name).stringWidth(chunk, size) for name, chunk in runs]


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` as ``draw_text`` draws it (fallback fonts included)."""
    return sum(_run_widths(split_runs(text, font), size))


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: Align = "left"
) -> float:
    """Draw one line at baseline ``y``; ``x`` is its left, centre or right end. Returns its width.

    Raises MissingGlyphError before drawing anything if a character has no font.
    """
    runs = split_runs(text, font)
    widths = _run_widths(runs, size)
    total = sum(widths)
    if align == "center":
        x -= total / 2
    elif align == "right":
        x -= total
    elif align != "left":
        raise ValueError(f"align must be left, center or right, not {align!r}")
    # One text object for all runs: textOut advances the cursor by each run's width
    text_object = canvas.beginText(x, y)
    for name, chunk in runs:
        text_object.setFont(name, size)
        text_object.textOut(chunk)
    canvas.drawText(text_object)
    return total
