from __future__ import annotations

import shutil
import subprocess

import pytest
import segno

from tests.foundation.pdf.helpers import needs, run
from unionoffice.foundation.pdf import draw_qr, new_canvas
from unionoffice.foundation.pdf.qr import qr_rectangles


def test_rectangles_cover_exactly_the_dark_modules():
    text = "https://union.example/verify/2026-000123"
    n, rects = qr_rectangles(text)
    painted = [[False] * n for _ in range(n)]
    for col, row, width, height in rects:
        for r in range(row, row + height):
            for c in range(col, col + width):
                assert not painted[r][c], "rectangles overlap"
                painted[r][c] = True
    matrix = segno.make(text, error="m", micro=False, eci=False).matrix
    assert painted == [[bool(v) for v in line] for line in matrix]
    dark = sum(map(sum, painted))
    assert len(rects) < dark / 2  # merging is what makes one path cheap


def test_qr_is_drawn_as_a_single_path(tmp_path):
    pdf = tmp_path / "qr.pdf"
    canvas = new_canvas(pdf, pageCompression=0)
    draw_qr(canvas, "UO", 100, 100, 60, border=0)
    canvas.showPage()
    canvas.save()
    data = pdf.read_bytes()
    _, rects = qr_rectangles("UO")
    assert data.count(b" re ") + data.count(b" re\n") == len(rects)
    assert data.count(b"f*") + data.count(b" f\n") + data.count(b" f ") >= 1


def test_qr_decodes_from_a_rendered_page(tmp_path):
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg is not installed")
    needs("pdftoppm")
    text = "https://union.example/verify/2026-000123?n=王䶮"
    pdf = tmp_path / "qr.pdf"
    canvas = new_canvas(pdf)
    draw_qr(canvas, text, 200, 400, 90)
    canvas.showPage()
    canvas.save()
    run("pdftoppm", "-r", "150", "-png", "-singlefile", pdf, tmp_path / "page")
    result = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page.png")], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == text
