from __future__ import annotations

import zlib

from reportlab.lib.pagesizes import A4

from tests.foundation.pdf.helpers import needs, run
from unionoffice.foundation.pdf import SANS, draw_text, new_canvas
from unionoffice.foundation.pdf.tounicode import to_unicode_cmap


def test_cmap_writes_surrogate_pairs_beyond_the_bmp():
    cmap = to_unicode_cmap("X", [0, 0x4E00, 0x20BB7])
    assert "<01> <4E00>" in cmap
    assert "<02> <D842DFB7>" in cmap


def test_cmap_blocks_hold_at_most_100_entries():
    cmap = to_unicode_cmap("X", list(range(0x4E00, 0x4E00 + 256)))
    assert cmap.count("beginbfchar") == 3
    assert "100 beginbfchar" in cmap and "56 beginbfchar" in cmap


def test_supplementary_character_round_trips_through_pdftotext(tmp_path):
    pdf = tmp_path / "ji.pdf"
    canvas = new_canvas(pdf, pagesize=A4, pageCompression=0)
    text = "吉𠮷 䶮 王𠮷祥"
    draw_text(canvas, 72, 700, text, SANS, 24)
    canvas.showPage()
    canvas.save()
    assert b"D842DFB7" in _uncompressed_streams(pdf.read_bytes())
    extracted = run(needs("pdftotext"), pdf, "-").strip()
    assert extracted == text


def _uncompressed_streams(data: bytes) -> bytes:
    """All stream contents, inflated where they were compressed (the CMap stream is)."""
    out = []
    for chunk in data.split(b"stream\r\n" if b"stream\r\n" in data else b"stream\n")[1:]:
        body = chunk.split(b"endstream")[0]
        try:
            out.append(zlib.decompress(body.strip()))
        except zlib.error:
            out.append(body)
    return b"".join(out)
