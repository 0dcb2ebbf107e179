"""Start-up time on demo data, against a bare PySide6 window with four tabs.

Everything is measured the same way in the same run: from spawning a fresh process until it
prints a milestone, each printed once the events before it (the paint) are processed. The app
reports three (UNIONOFFICE_EXIT_AFTER_SHOW=1):

- shown   — the main window is on screen and responsive: title, menus, a line saying what
            start-up is doing (opening, checking, signing in);
- ready   — signed in: the tabs, menus and status bar of the demo admin, the dashboard tab
            laid out (its figures are being counted in the background);
- figures — the dashboard has painted this year's figures and charts.

    python bench/bench_startup.py [--runs 7] [--size 12000]
    python bench/bench_startup.py --smoke    # a 60-member demo started once, beside one bare window
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIME_OUT = 120  # a start-up error waits in a modal message box: the time-out ends it and the run

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


def timed(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the process to each milestone line it prints.

    Interpreter shut-down after the last one is not start-up, so it is not counted (for either side).
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    # A hung process keeps its output open: the watchdog kills it, which ends the reading below.
    watchdog = threading.Timer(TIME_OUT, proc.kill)
    watchdog.start()
    try:
        seen = {line.strip(): time.perf_counter() - start for line in proc.stdout}
        proc.wait()
    finally:
        watchdog.cancel()
    if "shown" not in seen:
        raise RuntimeError(f"{cmd} never showed its window")
    return seen


def main() -> None:
    from common import arguments

    args = arguments(__doc__ or "", size=12_000, smoke_size=60, runs=7)
    if args.smoke:
        args.runs = 1
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "UNIONOFFICE_DATA_DIR": tmp,
            "UNIONOFFICE_CACHE_DIR": str(Path(tmp) / "cache"),
            "UNIONOFFICE_EXIT_AFTER_SHOW": "1",
            "PYTHONPATH": str(ROOT / "src"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as an installed program is
        app = [sys.executable, "-m", "unionoffice", "--demo", "--demo-size", str(args.size)]
        if not args.smoke:  # a smoke run starts the app once: that start builds the demo too
            first = timed(app, env)
            print(
                f"building the cached {args.size}-member demo database and the bytecode once: "
                f"{first['shown']:.2f} s"
            )
        bare_runs: list[float] = []
        app_runs: dict[str, list[float]] = {"shown": [], "ready": [], "figures": []}
        for _ in range(args.runs):  # interleaved so both see the same machine load
            bare_runs.append(timed([sys.executable, "-c", BARE], env)["shown"])
            for milestone, seconds in timed(app, env).items():
                app_runs[milestone].append(seconds)
    bare = statistics.median(bare_runs)
    print(f"bare PySide6 window, 4 tabs          : {bare * 1000:5.0f} ms (median of {args.runs})")
    labels = {
        "shown": "window on screen, responsive",
        "ready": "signed in, tabs and dashboard laid out",
        "figures": "dashboard figures painted",
    }
    for milestone, label in labels.items():
        if not app_runs[milestone]:
            print(f"UnionOffice --demo: {label:38}: not reached")
            continue
        ours = statistics.median(app_runs[milestone])
        print(f"UnionOffice --demo: {label:38}: {ours * 1000:5.0f} ms, {ours / bare:4.1f}x the bare window")
    print("goal: under 0.8 s and under 3x the bare window")


if __name__ == "__main__":
    main()
