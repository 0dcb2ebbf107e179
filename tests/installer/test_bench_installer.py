"""bench/bench_installer.py --smoke on the session's frozen build: the size by part adds up and the
frozen app starts (the figures themselves are the bench's to print, not the tests' to judge)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.frozen, pytest.mark.slow]


def test_every_file_of_the_build_is_in_exactly_one_part(frozen_app):
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_installer

    sizes = bench_installer.part_sizes(frozen_app)
    assert sum(sizes.values()) == bench_installer.size_of(frozen_app)
    assert sizes[bench_installer.QT] > 50 * 1048576 and sizes[bench_installer.FONTS] > 1048576
    assert sizes[bench_installer.APP] > 0 and sizes[bench_installer.BOOT] > 0
    grouped = bench_installer.parts(frozen_app)
    listed = [p for value in grouped.values() if isinstance(value, list) for p in value]
    assert len(listed) == len(set(listed))


def test_the_smoke_run_prints_the_parts_and_a_start_up(frozen_app):
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNIONOFFICE_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_installer.py"), "--smoke", "--dist", str(frozen_app)],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "fonts (resources/fonts)" in result.stdout and "frozen build" in result.stdout
