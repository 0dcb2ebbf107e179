"""The bundled icon set (Lucide, ISC licence), stored already tinted in the house colour.

``QIcon(path)`` hands SVG files to Qt's SVG icon engine, which renders each size only when it is
first painted: sharp at any display scaling and nothing rendered at start-up.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from unionoffice.foundation.paths import resources_dir


@lru_cache(maxsize=256)
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
