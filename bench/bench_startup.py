"""Start-up time to a usable main window on demo data, against a bare PySide6 window.

Both are measured the same way in the same run: from spawning a fresh process until it reports
its window shown with the first events processed (median of N runs).

    python bench/bench_startup.py [--runs 5] [--size 12000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
for name in ("a", "b", "c", "d"):
    tabs.addTab(QTableView(), name)
window.setCentralWidget(tabs)
window.show()
app.processEvents()
print("shown", flush=True)
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    """From spawning the process to its "shown" line: the window is on screen and painted.

    Interpreter shut-down after that is not start-up, so it is not counted (for either side).
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd} never showed its window")
    proc.wait()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=12_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "UNIONOFFICE_DATA_DIR": tmp,
            "UNIONOFFICE_CACHE_DIR": str(Path(tmp) / "cache"),
            "UNIONOFFICE_EXIT_AFTER_SHOW": "1",
            "PYTHONPATH": str(ROOT / "src"),
        }
        app = [sys.executable, "-m", "unionoffice", "--demo", "--demo-size", str(args.size)]
        print(f"building the cached {args.size}-member demo database once: {timed(app, env):.2f} s")
        bare_runs, app_runs = [], []
        for _ in range(args.runs):  # interleaved so both see the same machine load
            bare_runs.append(timed([sys.executable, "-c", BARE], env))
            app_runs.append(timed(app, env))
    bare, ours = statistics.median(bare_runs), statistics.median(app_runs)
    print(f"bare PySide6 window, 4 tabs : {bare * 1000:7.0f} ms (median of {args.runs})")
    print(f"UnionOffice --demo ({args.size}) : {ours * 1000:7.0f} ms (median of {args.runs})")
    print(f"ratio                       : {ours / bare:7.2f}x  (goal: < 0.8 s and < 3x)")


if __name__ == "__main__":
    main()
