"""Drawing certificates with the PDF toolkit.

``layout`` turns a template and one recipient's values into positioned drawing operations
(points, origin bottom-left, printer offset applied); ``draw`` puts them on a ReportLab
canvas. Keeping the two apart lets tests check where every field lands without parsing PDFs,
and lets the template editor's preview use exactly the code that prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from unionoffice.certificates.templates import FieldSpec, Template, placeholders
from unionoffice.foundation import pdf
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.pdf import SANS, MissingGlyphError, fonts

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from unionoffice.foundation.pdf.text import Align

MM = 72.0 / 25.4
INDENT_CHAR = "\u3000"  # wrapped as part of the first line, then drawn as a gap


# Template fields name their alignment as text; templates.py has checked it is one of these.
_ALIGNS: dict[str, Align] = {"left": "left", "center": "center", "right": "right"}


@dataclass(frozen=True)
class RenderOptions:
    preprinted: bool = False  # omit background, border and the fields printed on the paper
    duplicate: bool = False  # a reprint: add the template's duplicate mark
    preview: bool = False  # a "样张" watermark, and an unsigned QR code


@dataclass(frozen=True)
class TextOp:
    x: float
    y: float
    text: str
    font: str
    size: float
    color: str
    align: Align = "left"
    key: str = ""


@dataclass(frozen=True)
class QrOp:
    x: float
    y: float
    size: float
    text: str
    key: str = ""


@dataclass(frozen=True)
class ImageOp:
    x: float
    y: float
    width: float
    height: float
    path: Path
    key: str = ""


@dataclass(frozen=True)
class BorderOp:
    x: float
    y: float
    width: float
    height: float
    color: str
    line: float
    key: str = "border"


@dataclass(frozen=True)
class FillOp:
    color: str
    width: float
    height: float
    key: str = "background"


@dataclass(frozen=True)
class StampOp:
    """The duplicate mark or the preview watermark."""

    x: float
    y: float
    text: str
    size: float
    color: str
    watermark: bool
    key: str = "stamp"


DEFAULT_OPTIONS = RenderOptions()  # frozen, so one shared default is safe

Op = TextOp | QrOp | ImageOp | BorderOp | FillOp | StampOp


@dataclass(frozen=True)
class Page:
    values: dict[str, str]
    qr_text: str


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return ""


def page_size(template: Template) -> tuple[float, float]:
    return template.width_mm * MM, template.height_mm * MM


def font_name(spec: str) -> str:
    """A field's font: "sans" (the bundled Micro Hei) or a TrueType file in resources/fonts or anywhere."""
    if spec in ("", "sans"):
        return SANS
    path = Path(spec)
    if not path.is_absolute():
        path = fonts.resources_dir() / "fonts" / path
    name = "UOTpl" + path.stem.replace(" ", "")
    if not path.is_file():
        raise UserError(translate("Certificates", "找不到模板所用的字体文件：{path}").format(path=path))
    fonts.add_font(fonts.FontFile(name, path))
    return name


def layout(template: Template, page: Page, options: RenderOptions = DEFAULT_OPTIONS) -> list[Op]:
    width, height = page_size(template)
    dx, dy = template.offset_x_mm * MM, -template.offset_y_mm * MM
    values = _Values(page.values)
    ops: list[Op] = []
    blank_paper = not options.preprinted
    if blank_paper and template.background_color:
        ops.append(FillOp(template.background_color, width, height))
    if blank_paper and template.background:
        ops.append(ImageOp(dx, dy, width, height, template.asset(template.background), "background"))
    if blank_paper and template.border is not None:
        b = template.border
        m = b.margin_mm * MM
        ops.append(BorderOp(m + dx, m + dy, width - 2 * m, height - 2 * m, b.color, b.width_pt))
    for f in template.fields:
        if not f.enabled or (f.blank_paper_only and not blank_paper):
            continue
        x = f.x_mm * MM + dx
        y = height - f.y_mm * MM + dy
        if f.kind == "text":
            names = placeholders(f.text)
            if names and not any(values[n] for n in names):
                continue  # "（{unit}）" with no unit given: leave the line out, brackets and all
            text = f.text.format_map(values)
            if not text:
                continue
            size = f.size
            font = font_name(f.font)
            if f.width_mm > 0:
                natural = pdf.string_width(text, font, size)
                if natural > f.width_mm * MM:  # a long name or unit: shrink rather than overflow
                    size = size * f.width_mm * MM / natural
            ops.append(TextOp(x, y, text, font, size, f.color, _ALIGNS[f.align], f.key))
        elif f.kind == "paragraph":
            ops.extend(_paragraph(f, f.text.format_map(values), x, y))
        elif f.kind == "qr":
            text = page.qr_text
            if text:
                size = f.width_mm * MM
                ops.append(QrOp(x, y - size, size, text, f.key))
        elif f.kind == "image":
            w = f.width_mm * MM
            h = (f.height_mm or f.width_mm) * MM
            ops.append(ImageOp(x, y - h, w, h, template.asset(f.image), f.key))
    if options.duplicate and template.duplicate_mark:
        ops.append(
            StampOp(
                width - 30 * MM + dx, height - 22 * MM + dy, template.duplicate_mark, 14, "#C00000", False
            )
        )
    if options.preview:
        ops.append(
            StampOp(width / 2, height / 2, translate("Certificates", "样张  仅供预览"), 56, "#888888", True)
        )
    return ops


def _paragraph(f: FieldSpec, text: str, x: float, y: float) -> list[Op]:
    font = font_name(f.font)
    indent = INDENT_CHAR * f.indent
    source = "\n".join(indent + p.strip() for p in text.split("\n")) if indent else text
    ops: list[Op] = []
    pitch = f.size * f.line_height
    for line in pdf.wrap_text(source, font, f.size, f.width_mm * MM):
        stripped = line.lstrip(INDENT_CHAR)
        gap = pdf.string_width(line[: len(line) - len(stripped)], font, f.size) if stripped != line else 0.0
        if stripped:
            ops.append(TextOp(x + gap, y, stripped, font, f.size, f.color, "left", f.key))
        y -= pitch
    return ops


def _rgb(color: str) -> tuple[float, float, float]:
    return int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255


def draw(canvas: Canvas, ops: Sequence[Op]) -> None:
    color = ""
    for op in ops:
        if isinstance(op, TextOp):
            if op.color != color:
                canvas.setFillColorRGB(*_rgb(op.color))
                color = op.color
            pdf.draw_text(canvas, op.x, op.y, op.text, op.font, op.size, align=op.align)
        elif isinstance(op, QrOp):
            pdf.draw_qr(canvas, op.text, op.x, op.y, op.size, border=2)
            color = ""
        elif isinstance(op, ImageOp):
            # ReportLab stores each image file once per document however many pages use it.
            canvas.drawImage(
                str(op.path), op.x, op.y, op.width, op.height, mask="auto", preserveAspectRatio=False
            )
        elif isinstance(op, FillOp):
            canvas.setFillColorRGB(*_rgb(op.color))
            canvas.rect(0, 0, op.width, op.height, stroke=0, fill=1)
            color = ""
        elif isinstance(op, BorderOp):
            _border(canvas, op)
        elif isinstance(op, StampOp):
            _stamp(canvas, op)
            color = ""


def _border(canvas: Canvas, op: BorderOp) -> None:
    """A double frame with diamond corner ornaments, drawn as vectors (sharp at any size)."""
    canvas.saveState()
    canvas.setStrokeColorRGB(*_rgb(op.color))
    canvas.setFillColorRGB(*_rgb(op.color))
    canvas.setLineWidth(op.line)
    canvas.rect(op.x, op.y, op.width, op.height, stroke=1, fill=0)
    gap = 2.6 * MM
    canvas.setLineWidth(max(op.line / 4, 0.5))
    canvas.rect(op.x + gap, op.y + gap, op.width - 2 * gap, op.height - 2 * gap, stroke=1, fill=0)
    inner = 5.2 * MM
    canvas.setLineWidth(max(op.line / 3, 0.6))
    canvas.rect(op.x + inner, op.y + inner, op.width - 2 * inner, op.height - 2 * inner, stroke=1, fill=0)
    r = 3.2 * MM
    for cx, cy in (
        (op.x, op.y),
        (op.x + op.width, op.y),
        (op.x, op.y + op.height),
        (op.x + op.width, op.y + op.height),
    ):
        path = canvas.beginPath()
        path.moveTo(cx, cy - r)
        path.lineTo(cx + r, cy)
        path.lineTo(cx, cy + r)
        path.lineTo(cx - r, cy)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _stamp(canvas: Canvas, op: StampOp) -> None:
    canvas.saveState()
    canvas.setFillColorRGB(*_rgb(op.color))
    canvas.setStrokeColorRGB(*_rgb(op.color))
    if op.watermark:
        canvas.setFillAlpha(0.18)
        canvas.translate(op.x, op.y)
        canvas.rotate(28)
        pdf.draw_text(canvas, 0, -op.size / 3, op.text, SANS, op.size, align="center")
    else:
        w = pdf.string_width(op.text, SANS, op.size)
        canvas.setLineWidth(1.5)
        canvas.rect(op.x - w / 2 - 6, op.y - op.size * 0.45, w + 12, op.size * 1.6, stroke=1, fill=0)
        pdf.draw_text(canvas, op.x, op.y, op.text, SANS, op.size, align="center")
    canvas.restoreState()


def render(
    target: str | Path | IO[bytes],
    template: Template,
    pages: Iterable[Page],
    options: RenderOptions = DEFAULT_OPTIONS,
    *,
    total: int = 0,
    step: Callable[[int, int], None] | None = None,
    title: str = "",
) -> int:
    """Write one PDF with a page per recipient; returns the page count.

    Every character is checked while laying out a page, before anything of that page is drawn;
    a character no font has stops the job with the recipient's name in the message.
    """
    canvas = pdf.new_canvas(target, pagesize=page_size(template))
    canvas.setTitle(title or template.name)
    canvas.setCreator("UnionOffice")
    count = 0
    for count, page in enumerate(pages, start=1):
        try:
            ops = layout(template, page, options)
        except MissingGlyphError as exc:
            raise UserError(
                translate("Certificates", "第 {n} 份（{name}）：{problem}").format(
                    n=count, name=page.values.get("name", ""), problem=exc
                )
            ) from exc
        draw(canvas, ops)
        canvas.showPage()
        if step is not None:
            step(count, total)
    canvas.save()
    return count
