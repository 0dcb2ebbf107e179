"""Dashboard speed on a demo database: figures computed and first paint, against bare SQL.

    QT_QPA_PLATFORM=offscreen python bench/bench_dashboard.py               # 12,000 members
    QT_QPA_PLATFORM=offscreen python bench/bench_dashboard.py --size 100000
    QT_QPA_PLATFORM=offscreen python bench/bench_dashboard.py --smoke       # a few hundred

Opening the tab is one call to the services (``dashboard.open``: years, every figure and chart,
the branch unions), counted below; over a link with 30 ms each way that is one 60 ms round trip
beside the services' own time, whatever the number of statistics.

Baseline: the same GROUP BY counts issued through plain sqlite3 in the same process (members per
branch, paid claims per year and type, contestants per trade and base, five-small per quarter
and grade, patents per year): the least any dashboard has to do.
"""

from __future__ import annotations

import sqlite3
import statistics as stats
import sys
import time
from datetime import date
from pathlib import Path

from common import arguments, median_ms, out_dir

BASELINE_SQL = (
    "SELECT branch_id, count(*) FROM members WHERE status = 'active' GROUP BY branch_id",
    (
        "SELECT y.year, sum(c.payable_fen), count(DISTINCT c.member_id), count(*) FROM medical_claims c "
        "JOIN medical_scheme_years y ON y.id = c.scheme_year_id WHERE c.status = 'paid' AND y.fund = 'union' "
        "GROUP BY y.year"
    ),
    "SELECT benefit_type, sum(payable_fen) FROM medical_claims WHERE status = 'paid' GROUP BY benefit_type",
    (
        "SELECT k.trade, k.base, count(*) FROM contestants x JOIN contests k ON k.id = x.contest_id "
        "WHERE k.year = 2026 GROUP BY k.trade, k.base"
    ),
    (
        "SELECT r.year, r.quarter, a.grade, count(*) FROM achievements a JOIN evaluation_rounds r ON r.id = a.round_id "
        "WHERE r.status = 'closed' GROUP BY r.year, r.quarter, a.grade"
    ),
    "SELECT kind, strftime('%Y', granted_on), count(*) FROM achievements WHERE granted_on IS NOT NULL GROUP BY 1, 2",
)


def pin_none() -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to None on every call of a void Qt method
    (``sys.getrefcount(None)`` falls by one per ``QWidget.setEnabled``), so a process dies with
    "none_dealloc" after a few thousand calls. Until the pinned PySide6 is fixed, the benchmark
    gives None enough references to survive its runs. CPython 3.12+ makes None immortal."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 30


def demo_db(size: int, smoke: bool) -> Path:
    from unionoffice.db.migrate import head_revisions
    from unionoffice.demo.build import build_demo_database

    out = out_dir(smoke)
    path = out / f"dashboard-{size}-{'-'.join(sorted(head_revisions()))}.sqlite"  # new schema, new file
    if not path.exists():
        build_demo_database(out / "building.sqlite", size=size).dispose()
        (out / "building.sqlite").replace(path)
    return path


def main() -> None:
    args = arguments(__doc__ or "", size=12_000, smoke_size=300)
    runs = 1 if args.smoke else 5
    pin_none()
    path = demo_db(args.size, args.smoke)
    from unionoffice.core.auth.contract import SIGN_IN, Credentials
    from unionoffice.core.database import open_database
    from unionoffice.dashboard.service import dashboard_figures
    from unionoffice.demo.cache import DEMO_PASSWORD

    conn = sqlite3.connect(path)
    baseline = median_ms(lambda: [conn.execute(sql).fetchall() for sql in BASELINE_SQL], runs)
    db = open_database(f"sqlite:///{path}")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from unionoffice.client.local import LocalServices
    from unionoffice.dashboard.views.tab import DashboardTab
    from unionoffice.foundation.settings import Settings
    from unionoffice.ui.calls import Calls
    from unionoffice.ui.context import AppContext
    from unionoffice.ui.fonts import register_bundled_fonts
    from unionoffice.ui.tasks import TaskRunner
    from unionoffice.ui.worker import Worker

    register_bundled_fonts()
    services = LocalServices(db)
    services.call(SIGN_IN, Credentials("viewer", DEMO_PASSWORD))
    from unionoffice.core.auth.operations import actor_of

    viewer = actor_of(services.session)
    year = date.today().year
    figures = median_ms(lambda: dashboard_figures(db, viewer, year), runs)
    calls: list[str] = []
    call = services.run_job

    def counted(op, request, progress):  # type: ignore[no-untyped-def]
        calls.append(op.name)
        return call(op, request, progress)

    services.run_job = counted  # type: ignore[method-assign]
    worker = Worker()

    def open_and_paint() -> tuple[float, float, float]:
        """From the tab's creation: on screen in its loading state; figures painted; longest
        stretch the GUI thread did not come back to its event loop (a freeze)."""
        ctx = AppContext(services, Calls(worker, services), TaskRunner(worker, services), Settings())
        start = time.perf_counter()
        tab = DashboardTab(ctx)
        tab.resize(1280, 760)
        tab.show()
        app.processEvents()
        shown = time.perf_counter()
        longest, last = shown - start, time.perf_counter()
        while tab.board is None:
            app.processEvents()
            now = time.perf_counter()
            longest, last = max(longest, now - last), now
        tab.grab()  # paints every chart
        done = time.perf_counter()
        worker.wait()
        tab.deleteLater()
        app.processEvents()
        return (shown - start) * 1000, (done - start) * 1000, max(longest, done - last) * 1000

    open_and_paint()  # warm-up: imports, fonts, the QtCharts plugin
    calls.clear()
    timings = [open_and_paint() for _ in range(runs)]
    shown, painted, freeze = (stats.median(r[i] for r in timings) for i in range(3))
    members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    print(f"database: {path} ({members:,} members), medians of {runs} runs")
    print(f"baseline, bare sqlite3 GROUP BY counts:     {baseline:8.1f} ms")
    print(
        f"dashboard_figures (the modules' services):  {figures:8.1f} ms  ({figures / baseline:.1f}x baseline)"
    )
    print(f"tab on screen in its loading state:         {shown:8.1f} ms")
    print(
        f"calls to the services to open the tab:      {len(calls) / runs:8.1f}     ({', '.join(sorted(set(calls)))})"
    )
    print(f"tab with figures and charts painted:        {painted:8.1f} ms  (goal < 1000 ms)")
    print(f"longest time the GUI thread was busy:       {freeze:8.1f} ms")


if __name__ == "__main__":
    main()
