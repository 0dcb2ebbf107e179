from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape

from tests.foundation.pdf.helpers import needs, pdffonts_rows, run
from unionoffice.foundation.pdf import SANS, draw_qr, draw_text, new_canvas


def test_every_font_is_embedded_as_a_subset(tmp_path):
    pdf = tmp_path / "cert.pdf"
    canvas = new_canvas(pdf, pagesize=landscape(A4))
    draw_text(canvas, 421, 300, "荣誉证书 王䶮 吉𠮷 ABC 123", SANS, 30, align="center")
    draw_qr(canvas, "UO-2026-0001", 40, 40, 80)
    canvas.showPage()
    canvas.save()
    rows = pdffonts_rows(pdf)
    names = [r["name"] for r in rows]
    assert len(rows) == 3, names  # Micro Hei, Zen Hei extra, Noto extra; no stray Helvetica
    for row in rows:
        assert row["emb"] == "yes", row
        assert row["sub"] == "yes", row
        assert row["uni"] == "yes", row
    assert any("WenQuanYiMicroHei" in n for n in names)
    assert any("ZenHeiExtra" in n for n in names)
    assert any("NotoCJKExtra" in n for n in names)


def test_rendered_page_has_ink_for_every_fallback_character(tmp_path):
    """Each glyph drawn alone must darken pixels: a blank glyph would leave the page white."""
    needs("pdftoppm")
    from PIL import Image

    for char in "王䶮𠮷":
        pdf = tmp_path / f"{ord(char):X}.pdf"
        canvas = new_canvas(pdf, pagesize=(100, 100))
        draw_text(canvas, 50, 30, char, SANS, 60, align="center")
        canvas.showPage()
        canvas.save()
        run("pdftoppm", "-r", "72", "-gray", "-png", "-singlefile", pdf, tmp_path / "page")
        dark = sum(Image.open(tmp_path / "page.png").convert("L").histogram()[:128])
        assert dark > 200, (char, dark)
