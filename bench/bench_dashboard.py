"""Dashboard speed on a demo database: figures computed + first paint, against bare SQL.

    python -m unionoffice demo --out /tmp/d100k.sqlite --size 100000
    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/bench_dashboard.py /tmp/d100k.sqlite

Baseline: the same GROUP BY counts issued through plain sqlite3 in the same process (members per
branch, paid claims per year, contestants per trade and base, five-small per quarter and grade,
patents per year), which is the least any dashboard must do.
"""

from __future__ import annotations

import sqlite3
import statistics as stats
import sys
import time
from datetime import date

BASELINE_SQL = (
    "SELECT branch_id, count(*) FROM members WHERE status = 'active' GROUP BY branch_id",
    "SELECT y.year, sum(c.payable_fen), count(DISTINCT c.member_id), count(*) FROM medical_claims c "
    "JOIN medical_scheme_years y ON y.id = c.scheme_year_id WHERE c.status = 'paid' AND y.fund = 'union' GROUP BY y.year",
    "SELECT benefit_type, sum(payable_fen) FROM medical_claims WHERE status = 'paid' GROUP BY benefit_type",
    "SELECT k.trade, k.base, count(*) FROM contestants x JOIN contests k ON k.id = x.contest_id "
    "WHERE k.year = 2026 GROUP BY k.trade, k.base",
    "SELECT r.year, r.quarter, a.grade, count(*) FROM achievements a JOIN evaluation_rounds r ON r.id = a.round_id "
    "WHERE r.status = 'closed' GROUP BY r.year, r.quarter, a.grade",
    "SELECT kind, strftime('%Y', granted_on), count(*) FROM achievements WHERE granted_on IS NOT NULL GROUP BY 1, 2",
)


def median_ms(work, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return stats.median(times)


def main(path: str) -> None:
    sys.path.insert(0, "tests")
    from factories import actor_of
    from unionoffice.dashboard.service import dashboard_figures
    from unionoffice.db.database import Database

    conn = sqlite3.connect(path)
    baseline = median_ms(lambda: [conn.execute(sql).fetchall() for sql in BASELINE_SQL])
    db = Database(f"sqlite:///{path}")
    viewer = actor_of(db, "viewer")
    year = date.today().year
    figures = median_ms(lambda: dashboard_figures(db, viewer, year))

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from unionoffice.core.settings import Settings
    from unionoffice.dashboard.view import DashboardTab
    from unionoffice.ui.context import AppContext
    from unionoffice.ui.tasks import TaskRunner

    def open_and_paint() -> tuple[float, float]:
        """Tab shown (loading state) and then figures arrived and painted, from the click."""
        ctx = AppContext(db, viewer, TaskRunner(), Settings())
        start = time.perf_counter()
        tab = DashboardTab(ctx)
        tab.resize(1280, 760)
        tab.show()
        app.processEvents()
        shown = time.perf_counter()
        while tab.figures is None:
            app.processEvents()
        tab.grab()  # forces the paint of every chart
        done = time.perf_counter()
        ctx.tasks.wait()
        tab.deleteLater()
        return (shown - start) * 1000, (done - start) * 1000

    open_and_paint()  # warm-up: imports, fonts, QtCharts plugin
    runs = [open_and_paint() for _ in range(5)]
    shown = stats.median(r[0] for r in runs)
    painted = stats.median(r[1] for r in runs)
    members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    print(f"database: {path} ({members:,} members)")
    print(f"baseline, bare sqlite3 GROUP BY counts: {baseline:8.1f} ms")
    print(f"dashboard_figures (all modules' services): {figures:8.1f} ms  ({figures / baseline:.1f}x baseline)")
    print(f"tab on screen, loading state:            {shown:8.1f} ms")
    print(f"tab with figures and charts painted:     {painted:8.1f} ms  (goal < 1000 ms)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/d100k.sqlite")
