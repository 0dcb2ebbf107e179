"""The bundled icon set (Lucide, ISC licence), tinted in the house colour and sharp at any scale."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from unionoffice.core.paths import resources_dir

HOUSE_COLOUR = "#1f4e79"
_SIZES = (16, 20, 24, 32, 48, 64)


@lru_cache(maxsize=256)
def icon(name: str, colour: str = HOUSE_COLOUR) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    renderer = QSvgRenderer(QByteArray(path.read_bytes().replace(b"currentColor", colour.encode())))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
