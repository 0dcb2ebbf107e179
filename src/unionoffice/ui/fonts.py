"""Registers the bundled CJK font so Chinese renders where the system has none."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from unionoffice.foundation.paths import resources_dir

# The primary face, then the fallbacks that carry rare name characters (䶮, 𠮷).
UI_FONT_FILES = ("wqy-microhei.ttc", "wqy-zenhei-extra.ttf", "noto-cjk-extra.ttf")


def register_bundled_fonts() -> list[str]:
    families: list[str] = []
    for name in UI_FONT_FILES:
        path = resources_dir() / "fonts" / name
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
