"""The in-app PDF preview draws the bytes it was given itself, on the GUI thread, only the pages in view."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from unionoffice.certificates.views.pdf_preview import PdfPreview
from unionoffice.foundation.contract import FileData


def _pdf(path: Path, pages: int) -> FileData:
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    for i in range(pages):
        c.drawString(100, 300, f"page {i + 1}")
        c.showPage()
    c.save()
    return FileData(path.name, path.read_bytes())


def test_pages_fit_the_view_zoom_and_jump_and_reload_safely(qtbot, tmp_path):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(900, 700)
    preview.show()
    qtbot.waitExposed(preview)
    preview.show_pdf(_pdf(tmp_path / "a.pdf", 5))
    view = preview.view
    page = view.pages.page_rect(0)
    assert page.width() <= view.viewport().width() and page.height() <= view.viewport().height()  # whole page
    preview.show_page(3)
    assert view.verticalScrollBar().value() > 0
    top = view.pages.page_rect(3).top() - view.verticalScrollBar().value()
    assert 0 <= top <= view.viewport().height()  # the fourth page is in view
    preview._zoom(2.0)
    assert view.pages.page_rect(0).width() > page.width() * 1.9
    preview.grab()  # paints the pages in view
    for _ in range(5):  # reloading while pages were just drawn: nothing runs on another thread
        preview.show_pdf(_pdf(tmp_path / "b.pdf", 2))
        preview.grab()
    assert preview.document.pageCount() == 2 and view.pages.height() < 2000
    preview.clear()
    preview.grab()
    assert not preview.print_button.isEnabled()
