"""What opening the medical tab costs: service calls, SQL statements, sessions and time, for the
tab and each sub-page, beside a bare baseline (the claims page's first page in one raw query).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python bench/bench_medical_tab.py [demo.sqlite] [--latency MS]
    ... --smoke DB      a quick run on a small database (the test suite runs this)

``--latency MS`` adds MS milliseconds before every statement, as a database across a slow link
would (the issue measured a 30 ms link). Figures are medians of three runs after a warm-up.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import threading
import time
from pathlib import Path
from statistics import median
from typing import Any

from sqlalchemy import event

PAGES = ("enrolment", "ledger", "hardship", "rules")


class Counter:
    def __init__(self, engine: Any, latency_s: float) -> None:
        self.statements = 0
        self.sessions = 0
        self.calls: list[str] = []
        self.gui_thread_calls = 0
        self.latency_s = latency_s
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", self._begin)

    def _statement(self, *_args: Any) -> None:
        self.statements += 1
        if self.latency_s:
            time.sleep(self.latency_s)

    def _begin(self, *_args: Any) -> None:
        self.sessions += 1

    def reset(self) -> None:
        self.statements = self.sessions = self.gui_thread_calls = 0
        self.calls.clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", help="a demo database (default: the cached 12,000-member demo)")
    parser.add_argument("--latency", type=float, default=0.0, help="milliseconds added to every statement")
    parser.add_argument("--smoke", action="store_true", help="one run, no warm-up (the test suite)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from unionoffice.client.local import LocalServices
    from unionoffice.core.auth.actor import SYSTEM_ACTOR
    from unionoffice.core.database import open_database
    from unionoffice.foundation.settings import Settings
    from unionoffice.medical.service.reports import scheme_by_year
    from unionoffice.medical.views.tab import MedicalTab
    from unionoffice.ui.calls import Calls
    from unionoffice.ui.context import AppContext
    from unionoffice.ui.tasks import TaskRunner
    from unionoffice.ui.worker import Worker

    app = QApplication.instance() or QApplication([])
    if args.db:
        path = Path(args.db)
    else:
        from unionoffice.demo.cache import demo_copy

        path = demo_copy(Path(tempfile.mkdtemp()))
    db = open_database(f"sqlite:///{path}")
    actor = _admin(db)
    services = LocalServices.signed_in_as(db, actor)
    counter = Counter(db.engine, args.latency / 1000)
    original = LocalServices.call

    def watched(self: LocalServices, op: Any, request: Any) -> Any:
        counter.calls.append(op.name.split(".", 1)[1])
        counter.gui_thread_calls += threading.current_thread() is threading.main_thread()
        return original(self, op, request)

    LocalServices.call = watched  # type: ignore[method-assign]
    worker = Worker()
    ctx = AppContext(services, Calls(worker, services), TaskRunner(worker, services), Settings())

    def settle() -> None:
        while True:
            app.processEvents()
            worker.wait()
            app.processEvents()
            if worker.pending == 0:
                return

    def open_tab() -> tuple[float, dict[str, tuple[float, int, int, list[str]]]]:
        counter.reset()
        start = time.perf_counter()
        tab = MedicalTab(ctx)
        tab.resize(1400, 800)
        tab.show()
        settle()
        figures = {
            "tab": (time.perf_counter() - start, counter.statements, counter.sessions, list(counter.calls))
        }
        for key in PAGES:
            counter.reset()
            start = time.perf_counter()
            tab.pages.page(key)
            settle()
            figures[key] = (
                time.perf_counter() - start,
                counter.statements,
                counter.sessions,
                list(counter.calls),
            )
        assert counter.gui_thread_calls == 0, "a call ran on the GUI thread"
        tab.close()
        tab.deleteLater()
        return figures["tab"][0], figures

    runs = 1 if args.smoke else 3
    if not args.smoke:
        open_tab()  # warm-up: imports, caches
    results = [open_tab() for _ in range(runs)]
    figures = results[len(results) // 2][1]
    times = {key: median(r[1][key][0] for r in results) for key in figures}

    scheme = scheme_by_year(db, SYSTEM_ACTOR, _newest_union_year(path))
    raw = sqlite3.connect(path)

    def bare() -> None:
        raw.execute(
            "SELECT c.id, c.claim_no, m.name, o.name, (SELECT count(*) FROM medical_claims "
            "WHERE scheme_year_id = ?) FROM medical_claims c JOIN members m ON m.id = c.member_id "
            "JOIN org_units o ON o.id = c.branch_id WHERE c.scheme_year_id = ? ORDER BY c.id DESC LIMIT 200",
            (scheme, scheme),
        ).fetchall()

    bare_times = []
    for _ in range(runs):
        start = time.perf_counter()
        bare()
        # One statement and its session's BEGIN, each across the link.
        bare_times.append(time.perf_counter() - start + 2 * args.latency / 1000)

    latency = f" (+{args.latency:g} ms a statement)" if args.latency else ""
    print(f"medical tab on {path.name}{latency}, median of {runs}:")
    for key, (_t, statements, sessions, calls) in figures.items():
        print(
            f"  {key:<9} {times[key] * 1000:7.0f} ms  calls {len(calls)} {calls}  "
            f"statements {statements} in {sessions} sessions"
        )
    print(f"  bare first page of claims, one raw query: {median(bare_times) * 1000:.1f} ms")
    db.dispose()


def _admin(db: Any) -> Any:
    from sqlalchemy import select

    from unionoffice.core.auth.models import User
    from unionoffice.core.auth.roles import Role
    from unionoffice.core.auth.service import actor_for

    with db.read() as s:
        return actor_for(
            s.execute(select(User).where(User.role == Role.ADMIN).order_by(User.id)).scalars().first()
        )


def _newest_union_year(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(
            conn.execute("SELECT max(year) FROM medical_scheme_years WHERE fund = 'union'").fetchone()[0]
        )


if __name__ == "__main__":
    main()
