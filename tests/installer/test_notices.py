"""Every third-party component the build bundles is named in the notices the about dialog shows."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

from bundled_licences import licence_files, runtime_distributions  # noqa: E402 - needs the path set above

NOTICES = ROOT / "resources" / "THIRD_PARTY_NOTICES.md"


def _normalised(text: str) -> str:
    return text.lower().replace("_", "-")


def test_every_bundled_python_package_is_in_the_notices():
    notices = _normalised(NOTICES.read_text(encoding="utf-8"))
    names = list(runtime_distributions())
    assert {"pyside6-essentials", "sqlalchemy", "reportlab", "psycopg"} <= set(names)
    missing = [
        name
        for name in names
        if f"| {name} |" not in notices
        and f"{name}," not in notices
        and f"{name}\n" not in notices
        and f", {name}" not in notices
    ]
    assert missing == []


def test_the_notices_cover_qt_fonts_icons_and_the_lgpl_texts():
    notices = NOTICES.read_text(encoding="utf-8")
    for needle in (
        "LGPL-3.0",
        "Qt 6",
        "WenQuanYi Micro Hei",
        "Noto Sans CJK",
        "Lucide",
        "PyInstaller bootloader",
        "Python 3",
        "replace",
    ):
        assert needle in notices, needle
    for path in (
        "resources/licenses/LGPL-3.0.txt",
        "resources/licenses/GPL-3.0.txt",
        "resources/fonts/LICENSES.md",
        "resources/icons/LICENSE-lucide.txt",
    ):
        assert (ROOT / path).is_file(), path
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (ROOT / "resources/licenses/LGPL-3.0.txt").read_text()


def test_the_build_copies_each_package_licence_file():
    destinations = {dest for _, dest in licence_files()}
    # Qt's wheels carry no licence file; the LGPL text comes from resources/licenses/ instead.
    without = {"pyside6-essentials", "pyside6-addons", "pyside6-pdf", "shiboken6"}
    assert {f"licenses/{name}" for name in runtime_distributions() if name not in without} <= destinations


def test_the_about_dialog_shows_the_notices(qtbot):
    from unionoffice.ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QTextBrowser

    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "LGPL-3.0" in text and "psycopg" in text and "WenQuanYi" in text
