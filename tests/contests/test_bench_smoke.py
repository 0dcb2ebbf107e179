"""The entry-list bench runs at its smoke size (figures are printed, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_contest_entries.py"


def test_the_entry_bench_runs_and_prints_its_figures() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--smoke"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "calamine bare read (baseline)" in done.stdout and "end to end" in done.stdout
