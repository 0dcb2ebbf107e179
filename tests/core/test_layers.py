"""Qt stops at the view: the plain-Python layers never import PySide6."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "unionoffice"
ROOT = PACKAGE.parents[1]


def is_view_file(path: Path) -> bool:
    rel = path.relative_to(PACKAGE)
    parts = rel.parts
    return (
        parts[0] == "ui"
        or rel.name in ("app.py", "self_test.py")
        or rel.stem == "view"
        or rel.stem.endswith(("_view", "_dialog", "_widget", "_window"))
        or "views" in parts
        or "widgets" in parts
        or "dialogs" in parts
    )


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [
            n for n in names if n.split(".")[0] in ("PySide6", "shiboken6") or n.startswith("unionoffice.ui")
        ]
    return found


def test_no_model_or_service_file_imports_qt():
    offenders = {
        str(path.relative_to(PACKAGE)): qt_imports(path)
        for path in PACKAGE.rglob("*.py")
        if not is_view_file(path) and qt_imports(path)
    }
    assert offenders == {}


def test_the_checker_recognises_a_qt_import(tmp_path):
    sample = tmp_path / "service.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport unionoffice.ui.tasks\n", encoding="utf-8")
    assert qt_imports(sample) == ["PySide6.QtCore", "unionoffice.ui.tasks"]


def test_import_linter_contract_holds():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [lint, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_services_run_without_a_qt_application():
    code = (
        "import sys\n"
        "import unionoffice.cli, unionoffice.core.org.service, unionoffice.members.service, unionoffice.demo.build\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), [m for m in sys.modules if 'PySide6' in m]\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""}
    )
