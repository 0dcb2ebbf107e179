"""Translation hook usable from plain Python code.

Source strings are Chinese (the default UI). Services call ``translate("Context", "中文")`` —
the name ``translate`` matters: ``pyside6-lupdate`` only collects calls spelled that way.
Without a GUI the text is returned unchanged; the Qt application installs
``QCoreApplication.translate`` as the backend so the same strings follow the chosen language.
"""

from __future__ import annotations

from collections.abc import Callable

_Backend = Callable[[str, str], str]
_backend: _Backend | None = None


def set_backend(backend: _Backend | None) -> None:
    """Install the function that translates (context, source) pairs; ``None`` restores Chinese."""
    global _backend
    _backend = backend


def translate(context: str, text: str) -> str:
    if _backend is None:
        return text
    return _backend(context, text)
