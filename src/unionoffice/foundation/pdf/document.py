"""A4 reports and forms with platypus: Chinese paragraph styles, house tables, page numbers.

Imports ReportLab at module level: import this module only when building a document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from unionoffice.foundation.i18n import translate
from unionoffice.foundation.pdf import fonts
from unionoffice.foundation.pdf.markup import markup_with_fallback
from unionoffice.foundation.pdf.text import draw_text

HEADER_GREY = colors.HexColor("#E8ECF2")
RULE_GREY = colors.HexColor("#8A94A6")


def paragraph_styles(font: str = fonts.SANS, size: float = 10.5) -> dict[str, ParagraphStyle]:
    """The house styles; all use ``wordWrap='CJK'`` so Chinese breaks between any characters."""
    fonts.register(font)
    base = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.6, wordWrap="CJK")
    return {
        "body": base,
        "indented": ParagraphStyle("indented", parent=base, firstLineIndent=size * 2),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontSize=size * 1.8,
            leading=size * 2.6,
            alignment=TA_CENTER,
            spaceAfter=size,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontSize=size * 1.3,
            leading=size * 2,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=size * 0.85, leading=size * 1.3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size * 0.9, leading=size * 1.3),
        "cell_header": ParagraphStyle(
            "cell_header", parent=base, fontSize=size * 0.9, leading=size * 1.3, alignment=TA_CENTER
        ),
    }


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from plain text (escaped, with fallback fonts for rare characters)."""
    return Paragraph(markup_with_fallback(text, style.fontName), style)


def make_table(
    rows: Sequence[Sequence[Any]],
    col_widths: Sequence[float] | None,
    header: bool = True,
    styles: dict[str, ParagraphStyle] | None = None,
    repeat_header: bool = True,
) -> Table:
    """A table in house style: grey header row, thin rules, text wrapped inside cells.

    Cells that are strings (or numbers, Decimals, dates: anything but a Flowable) become
    Paragraphs, so long text wraps and rare characters fall back; flowables pass through.
    """
    styles = styles or paragraph_styles()
    body = []
    for r, row in enumerate(rows):
        style = styles["cell_header"] if header and r == 0 else styles["cell"]
        body.append(
            [c if isinstance(c, Flowable) else paragraph("" if c is None else str(c), style) for c in row]
        )
    table = Table(body, colWidths=col_widths, repeatRows=1 if header and repeat_header else 0)
    commands: list[tuple] = [
        # cells are Paragraphs, but the table still sets its own font: keep it off Helvetica
        ("FONT", (0, 0), (-1, -1), styles["cell"].fontName, styles["cell"].fontSize),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY))
    table.setStyle(TableStyle(commands))
    return table


def _numbered_canvas(header_text: str, font: str) -> type[Canvas]:
    """A canvas class that waits for the last page to write "第 N 页 / 共 M 页" on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # else every page names Helvetica, which is not embedded (platypus passes None)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's method name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(RULE_GREY)
            self.setStrokeColor(RULE_GREY)
            self.setLineWidth(0.5)
            if header_text:
                draw_text(self, width / 2, height - 12 * mm, header_text, font, 9, align="center")
                self.line(18 * mm, height - 14 * mm, width - 18 * mm, height - 14 * mm)
            footer = translate("Pdf", "第 {page} 页 / 共 {pages} 页").format(page=number, pages=total)
            draw_text(self, width / 2, 10 * mm, footer, font, 9, align="center")
            self.restoreState()

    return NumberedCanvas


def build_document(
    target: str | Path | IO[bytes],
    story: list[Flowable],
    *,
    title: str = "",
    header_text: str = "",
    landscape_pages: bool = False,
    font: str = fonts.SANS,
    on_page: Callable[[Canvas, Any], None] | None = None,
) -> None:
    """Lay ``story`` out on A4 with the house margins, header and page numbers; write the PDF."""
    fonts.register(font)
    pagesize = landscape(A4) if landscape_pages else A4
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        creator="UnionOffice",
    )
    noop = on_page or (lambda canvas, doc: None)
    doc.build(story, onFirstPage=noop, onLaterPages=noop, canvasmaker=_numbered_canvas(header_text, font))
