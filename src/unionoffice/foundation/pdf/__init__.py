"""The one PDF toolkit of UnionOffice: bundled CJK fonts with per-character fallback, Chinese
line breaking and dates, QR codes, and A4 document helpers.

Importing this package is cheap: ReportLab and fontTools load on first use of a function
that needs them (names are resolved lazily below).

Canvas drawing::

    from unionoffice.foundation.pdf import SANS, draw_text, draw_qr, wrap_text
    draw_text(canvas, x, y, "王䶮", SANS, 36, align="center")

Platypus documents: see ``unionoffice.foundation.pdf.document`` and ``charts``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from unionoffice.foundation.paths import resources_dir
from unionoffice.foundation.pdf.dates import chinese_date
from unionoffice.foundation.pdf.errors import MissingGlyphError
from unionoffice.foundation.pdf.fonts import SANS, SANS_NOTO_EXTRA, SANS_ZEN_EXTRA

_LAZY = {
    "new_canvas": "canvas",
    "draw_text": "text",
    "string_width": "text",
    "split_runs": "fallback",
    "set_system_fallback": "fallback",
    "wrap_text": "wrap",
    "draw_qr": "qr",
    "markup_with_fallback": "markup",
    "register_font": ("fonts", "register"),
    "paragraph_styles": "document",
    "paragraph": "document",
    "make_table": "document",
    "build_document": "document",
    "bar_chart": "charts",
}

__all__ = [
    "SANS",
    "SANS_NOTO_EXTRA",
    "SANS_ZEN_EXTRA",
    "MissingGlyphError",
    "bar_chart",
    "build_document",
    "chinese_date",
    "draw_qr",
    "draw_text",
    "make_table",
    "markup_with_fallback",
    "new_canvas",
    "paragraph",
    "paragraph_styles",
    "register_font",
    "resources_dir",
    "set_system_fallback",
    "split_runs",
    "string_width",
    "wrap_text",
]

if TYPE_CHECKING:
    from unionoffice.foundation.pdf.canvas import new_canvas
    from unionoffice.foundation.pdf.charts import bar_chart
    from unionoffice.foundation.pdf.document import build_document, make_table, paragraph, paragraph_styles
    from unionoffice.foundation.pdf.fallback import set_system_fallback, split_runs
    from unionoffice.foundation.pdf.fonts import register as register_font
    from unionoffice.foundation.pdf.markup import markup_with_fallback
    from unionoffice.foundation.pdf.qr import draw_qr
    from unionoffice.foundation.pdf.text import draw_text, string_width
    from unionoffice.foundation.pdf.wrap import wrap_text


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module_name, attr = target if isinstance(target, tuple) else (target, name)
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), attr)
    globals()[name] = value
    return value
