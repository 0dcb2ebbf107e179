"""The medical tab benchmark runs (its smoke size): a benchmark nothing runs rots."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_tab_benchmark_runs_and_opens_each_page_with_one_call(
    demo_template: Path, tmp_path: Path
) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_medical_tab.py"), str(db), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "calls" in line]
    assert len(lines) == 5 and all("calls 1 " in line for line in lines), result.stdout
