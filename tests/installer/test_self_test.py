"""``unionoffice --self-test`` from the source tree: the same checks the frozen build runs."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OLD_FIXTURE = ROOT / "tests" / "fixtures" / "db_rev0001.sqlite"


def _self_test(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("UNIONOFFICE_")}
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT / "src"),
        UNIONOFFICE_DATA_DIR=str(tmp_path / "data"),
        UNIONOFFICE_CACHE_DIR=str(tmp_path / "cache"),
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "unionoffice", "--self-test", *args],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_self_test_passes_and_migrates_only_a_copy_of_the_database(tmp_path):
    database = tmp_path / "old.sqlite"
    shutil.copyfile(OLD_FIXTURE, database)
    digest = _sha256(database)
    result = _self_test(tmp_path, "--db", str(database))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("通过") for line in lines) == 9
    assert not any(line.startswith("失败") for line in lines)
    assert "old.sqlite 的副本已迁移到" in result.stdout
    assert _sha256(database) == digest  # the clerk's file is untouched
    assert not (tmp_path / "data" / "backups").exists() or not list((tmp_path / "data" / "backups").iterdir())


def test_the_self_test_fails_when_resources_are_missing(tmp_path):
    """A build that forgot resources/ (fonts, icons, translations) must not pass."""
    empty = tmp_path / "no-resources"
    empty.mkdir()
    result = _self_test(tmp_path, UNIONOFFICE_RESOURCES=str(empty))
    assert result.returncode == 1
    failed = [line for line in result.stdout.splitlines() if line.startswith("失败")]
    names = " ".join(failed)
    assert "证书 PDF" in names and "Qt 内置字体" in names and "界面翻译" in names and "SVG 图标" in names
    assert "自检失败" in result.stdout
    report = (tmp_path / "data" / "logs" / "self-test.txt").read_text(encoding="utf-8")
    assert report.count("失败") >= 4
