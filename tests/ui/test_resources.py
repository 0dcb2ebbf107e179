"""Shipped resources: icons referenced exist and are tinted, translations are complete and fresh."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def test_every_icon_the_code_names_is_shipped_and_tinted():
    names = set()
    for path in (ROOT / "src").rglob("*.py"):
        names.update(re.findall(r"\bicon\(\s*\"([a-z0-9-]+)\"", path.read_text(encoding="utf-8")))
    for path in (ROOT / "src").rglob("*.py"):
        names.update(re.findall(r"\bicon=\"([a-z0-9-]+)\"", path.read_text(encoding="utf-8")))
    missing = sorted(n for n in names if not (ICONS / f"{n}.svg").exists())
    assert missing == []
    untinted = sorted(p.name for p in ICONS.glob("*.svg") if "currentColor" in p.read_text(encoding="utf-8"))
    assert untinted == []  # Qt's SVG engine draws currentColor black


def test_translations_are_fresh_compiled_and_complete():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_english_is_selectable_and_used(qapp):
    from unionoffice.foundation.i18n import translate
    from unionoffice.ui.i18n import install_language

    try:
        loaded = install_language(qapp, "en")
        assert "core_en.qm" in loaded
        assert translate("Auth", "用户名或密码不正确。") == "Incorrect user name or password."
    finally:
        install_language(qapp, "zh_CN")
    assert translate("Auth", "用户名或密码不正确。") == "用户名或密码不正确。"
