from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from unionoffice.foundation import pdf
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.pdf import fonts


def test_importing_the_toolkit_loads_neither_reportlab_nor_fonttools():
    code = (
        "import sys, unionoffice.foundation.pdf; print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('reportlab', 'fontTools', 'segno', 'PySide6')))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "[]"


def test_public_names_resolve():
    for name in pdf.__all__:
        assert getattr(pdf, name) is not None


def test_resources_found_in_the_source_tree():
    assert (fonts.resources_dir() / "fonts" / "wqy-microhei.ttc").is_file()


def test_resources_override_by_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("UNIONOFFICE_RESOURCES", str(tmp_path))
    assert fonts.resources_dir() == tmp_path


def test_resources_in_a_frozen_app(monkeypatch, tmp_path):
    monkeypatch.delenv("UNIONOFFICE_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.resources_dir() == Path(tmp_path) / "resources"


def test_missing_font_file_is_a_user_error(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "_known", {})
    monkeypatch.setenv("UNIONOFFICE_RESOURCES", str(tmp_path))
    with pytest.raises(UserError, match="找不到字体文件"):
        fonts.font_file(fonts.SANS)


def test_bundled_fonts_stay_small():
    total = sum(f.path.stat().st_size for f in fonts.bundled_fonts())
    assert total < 12 * 2**20
