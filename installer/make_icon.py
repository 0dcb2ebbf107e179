"""Draws the application icon (Lucide "users-round" in white on the union's red) and writes
``installer/unionoffice.ico`` (Windows: 16–256 px) and ``installer/unionoffice.png`` (256 px).

    QT_QPA_PLATFORM=offscreen python installer/make_icon.py

Run again only when the design changes; the outputs are committed so builds need no Qt drawing.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "users-round.svg"
RED = QColor("#c8102e")
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> Image.Image:
    svg = SVG.read_text(encoding="utf-8").replace('stroke="#1f4e79"', 'stroke="#ffffff"')
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(RED)
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
    margin = size * 0.16
    QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    largest = render(256)
    largest.save(HERE / "unionoffice.png")
    # Pillow scales down from the largest image; small sizes look crisper drawn at their own size.
    images = [render(s) for s in SIZES]
    images[-1].save(HERE / "unionoffice.ico", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    print(f"已生成：{HERE / 'unionoffice.ico'}、{HERE / 'unionoffice.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
