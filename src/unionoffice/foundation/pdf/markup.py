"""Paragraph markup with per-character fallback, for platypus (which knows one font per tag)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from unionoffice.foundation.pdf import fonts
from unionoffice.foundation.pdf.fallback import split_runs


def markup_with_fallback(text: str, font: str = fonts.SANS) -> str:
    """Escape ``text`` for a Paragraph and wrap runs the primary font lacks in <font name=...>.

    Plain text in, markup out: pass user data through this, never straight into Paragraph.
    Newlines become <br/>.
    """
    parts: list[str] = []
    for name, chunk in split_runs(text, font):
        fonts.register(name)
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(body if name == font else f'<font name="{name}">{body}</font>')
    return "".join(parts)
