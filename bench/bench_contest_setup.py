"""What the admin waits for in contest set-up, on the 12,000-member demo database: opening the
editor (scheme + mark count), the judge line-up check shown on every contest switch, and saving an
in-place scheme edit. Baseline in the same process: sqlite3 reading the same contest, event and
item rows bare. Prints medians of 5 runs.

    PYTHONPATH=src python bench/bench_contest_setup.py
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from unionoffice.contests.service import definition, editing, judge_check
from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.database import open_database
from unionoffice.demo.build import build_demo_database


def median_ms(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "demo.sqlite"
    build_demo_database(path)
    db = open_database(f"sqlite:///{path}")
    contest_id = 2  # the instrumentation contest in progress: 40 contestants, 6 judges, marks in

    def bare() -> None:
        with sqlite3.connect(path) as conn:
            conn.execute("SELECT * FROM contests WHERE id = ?", (contest_id,)).fetchall()
            conn.execute(
                "SELECT e.*, i.* FROM contest_events e JOIN contest_items i ON i.event_id = e.id "
                "WHERE e.contest_id = ?",
                (contest_id,),
            ).fetchall()

    state = editing.load_for_edit(db, SYSTEM_ACTOR, contest_id)
    fresh = editing.copy_contest(db, SYSTEM_ACTOR, contest_id, 2027)

    def save() -> None:
        s = editing.load_for_edit(db, SYSTEM_ACTOR, fresh)
        d = s.definition
        first = d.events[1].items[0]
        bumped = replace(first, max_marks=Decimal(40) if first.max_marks != 40 else Decimal(45))
        events = (d.events[0], replace(d.events[1], items=(bumped, *d.events[1].items[1:])))
        definition.update_definition(db, SYSTEM_ACTOR, fresh, replace(d, events=events), s.version)

    base = median_ms(bare)
    figures = {
        "open editor (load_for_edit)": median_ms(lambda: editing.load_for_edit(db, SYSTEM_ACTOR, contest_id)),
        "judge line-up check": median_ms(lambda: judge_check.judge_warnings(db, SYSTEM_ACTOR, contest_id)),
        "save an item edit (load + update)": median_ms(save),
    }
    print(f"marks counted: {state.marks}")
    print(f"baseline sqlite3 read of the scheme rows: {base:.1f} ms")
    for name, ms in figures.items():
        print(f"{name}: {ms:.1f} ms ({ms / base:.1f}x baseline)")


if __name__ == "__main__":
    main()
