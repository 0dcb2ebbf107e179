"""What the admin waits for in contest set-up, on the 12,000-member demo database: opening the
editor (scheme + mark count), the judge line-up check shown on every contest switch, and saving an
in-place scheme edit. Baseline in the same process: sqlite3 reading the same contest, event and
item rows bare. The editor's opening is also timed as the screen gets it: one OPEN_SCHEME call
through the service contract. Prints medians of 5 runs.

    PYTHONPATH=src python bench/bench_contest_setup.py [--smoke] [--size N]   # demo members (12,000)
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal

from common import arguments, median_ms, out_dir

from unionoffice.client.local import LocalServices
from unionoffice.contests import contract as c
from unionoffice.contests.service import definition, editing, judge_check
from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.database import open_database
from unionoffice.demo.build import build_demo_database
from unionoffice.foundation.contract import ById


def main() -> None:
    args = arguments(__doc__ or "", size=12_000, smoke_size=300)
    runs = 1 if args.smoke else 5
    path = out_dir(args.smoke) / "contest-setup.sqlite"
    build_demo_database(path, size=args.size).dispose()
    db = open_database(f"sqlite:///{path}")
    services = LocalServices.signed_in_as(db, SYSTEM_ACTOR)
    services.call(c.OPEN_SCHEME, ById(contest_id := 2))  # the first call loads the operations' modules
    # contest 2: the instrumentation contest in progress (40 contestants, 6 judges, marks in)

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

    base = median_ms(bare, runs)
    figures = {
        "open editor (load_for_edit)": median_ms(
            lambda: editing.load_for_edit(db, SYSTEM_ACTOR, contest_id), runs
        ),
        "open editor through the contract (OPEN_SCHEME)": median_ms(
            lambda: services.call(c.OPEN_SCHEME, ById(contest_id)), runs
        ),
        "judge line-up check": median_ms(
            lambda: judge_check.judge_warnings(db, SYSTEM_ACTOR, contest_id), runs
        ),
        "save an item edit (load + update)": median_ms(save, runs),
    }
    print(f"marks counted: {state.marks}")
    print(f"baseline sqlite3 read of the scheme rows: {base:.1f} ms")
    for name, ms in figures.items():
        print(f"{name}: {ms:.1f} ms ({ms / base:.1f}x baseline)")


if __name__ == "__main__":
    main()
