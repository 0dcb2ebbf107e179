"""QR codes drawn as one vector path of merged rectangles.

ReportLab's QR widget costs about 32 ms a page; encoding with segno and filling one path of
merged rectangles costs about 4 ms (FACTS.md), and stays sharp at any zoom.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import segno

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


@functools.lru_cache(maxsize=64)
def qr_rectangles(text: str, error: str = "m") -> tuple[int, tuple[tuple[int, int, int, int], ...]]:
    """``(modules per side, ((col, row, width, height), ...))`` with row 0 at the top.

    Dark modules are merged into horizontal runs, and identical runs on consecutive rows into
    one rectangle, which cuts the path to roughly a third of the module count.
    """
    # Non-ASCII needs the ECI UTF-8 marker, or readers guess Shift-JIS and print mojibake
    matrix = segno.make(text, error=error, micro=False, eci=not text.isascii()).matrix
    n = len(matrix)
    open_rects: dict[tuple[int, int], list[int]] = {}  # (col, width) -> [row, height]
    done: list[tuple[int, int, int, int]] = []
    for row, line in enumerate(matrix):
        runs: list[tuple[int, int]] = []
        col = 0
        while col < n:
            if line[col]:
                start = col
                while col < n and line[col]:
                    col += 1
                runs.append((start, col - start))
            else:
                col += 1
        still_open: dict[tuple[int, int], list[int]] = {}
        for run in runs:
            rect = open_rects.pop(run, None)
            if rect is not None:
                rect[1] += 1
            else:
                rect = [row, 1]
            still_open[run] = rect
        done.extend((c, r, w, h) for (c, w), (r, h) in open_rects.items())
        open_rects = still_open
    done.extend((c, r, w, h) for (c, w), (r, h) in open_rects.items())
    return n, tuple(sorted(done, key=lambda rect: (rect[1], rect[0])))


def draw_qr(
    canvas: Canvas, text: str, x: float, y: float, size: float, *, border: int = 4, error: str = "m"
) -> None:
    """Draw a QR code for ``text`` in the square with lower-left corner (x, y) and side ``size``.

    ``border`` is the quiet zone in modules, painted white so a coloured background cannot
    stop a phone from reading the code; pass 0 when the layout keeps the margin white anyway.
    """
    n, rects = qr_rectangles(text, error)
    module = size / (n + 2 * border)
    canvas.saveState()
    if border:
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    top = y + size - border * module
    left = x + border * module
    for col, row, width, height in rects:
        path.rect(left + col * module, top - (row + height) * module, width * module, height * module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
