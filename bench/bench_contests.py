"""Ranking a contest of 500 contestants × 5 judges × 10 items, and importing 5 judge packages.

Baseline in the same process: a bare loop that reads the same marks with sqlite3 and sums them
per contestant (no trimming, weights, ties or awards). Prints medians of 5 runs.

    PYTHONPATH=src python bench/bench_contests.py
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "contests"))
from conftest import build_world

from unionoffice.contests.models import ContestEvent
from unionoffice.contests.service import definition, entrants, packages, results
from unionoffice.contests.service.definition import ContestDef, EventDef, ItemDef
from unionoffice.core.judging.workbook import JudgeWorkbook


def median_ms(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    world = build_world(folder / "bench.sqlite", members_per_branch=125)  # 500 members
    items = tuple(ItemDef(f"P{n}", f"项目{n}", "judged", Decimal(10)) for n in range(1, 11))
    d = ContestDef(
        "基准竞赛",
        2026,
        "电工",
        (EventDef("practical", "实操", "practical", Decimal(100), items),),
        no_own_branch=False,
        tie_break=("event:practical",),
        award_levels=(("一等奖", Decimal(50)), ("二等奖", Decimal(100))),
    )
    cid = definition.create_contest(world.db, world.admin, d)
    entrants.register_members(world.db, world.admin, cid, world.member_ids)
    with world.db.read() as s:
        event = s.execute(select(ContestEvent.id).where(ContestEvent.contest_id == cid)).scalar_one()
    judges = [world.users[f"judge{n}"] for n in range(1, 6)]
    for j in judges:
        entrants.assign_judge(world.db, world.admin, event, j)

    # Packages: export, fill without the GUI, import 5 (then measure ranking on the 25,000 marks).
    exported = packages.export_packages(world.db, world.admin, cid, folder / "pk")
    rng = random.Random(1)
    filled = []
    for e in exported:
        book = JudgeWorkbook(e.path)
        book.unlock(e.key_slip)
        book._save = lambda: None  # type: ignore[method-assign]  # bench the import, not 5,000 fsyncs
        for bib in book.bibs:
            for item in book.items:
                book.texts[(bib, item)] = str(rng.randrange(0, 21) / 2)
        filled.append(book.finish())
    start = time.perf_counter()
    for path in filled:
        packages.import_package(world.db, world.admin, path)
    import_ms = (time.perf_counter() - start) * 1000
    reimport_ms = median_ms(lambda: [packages.import_package(world.db, world.admin, p) for p in filled], 3)

    rank_ms = median_ms(lambda: results.compute_results(world.db, world.admin, cid))
    r = results.compute_results(world.db, world.admin, cid)
    assert len(r.rows) == 500 and r.mark_count == 25_000

    def bare() -> None:
        conn = sqlite3.connect(world.path)
        totals: dict[int, int] = {}
        for contestant, value in conn.execute(
            "SELECT m.contestant_id, m.value_centi FROM contest_marks m JOIN contestants c ON c.id = m.contestant_id "
            "WHERE c.contest_id = ?",
            (cid,),
        ):
            totals[contestant] = totals.get(contestant, 0) + value
        sorted(totals.items(), key=lambda kv: -kv[1])
        conn.close()

    bare_ms = median_ms(bare)
    print("contest: 500 contestants × 5 judges × 10 items = 25,000 marks")
    print(
        f"recompute results (trimmed mean, weights, rounding, ties, awards, judge stats): {rank_ms:7.1f} ms"
    )
    print(f"bare baseline (sqlite3 read + per-contestant sum + sort):                      {bare_ms:7.1f} ms")
    print(
        f"ratio: {rank_ms / bare_ms:.1f}x   goal: recompute under 200 ms -> {'met' if rank_ms < 200 else 'NOT met'}"
    )
    print(f"import 5 packages (5,000 marks each, checks + audit):  {import_ms:7.1f} ms")
    print(f"re-import the same 5 (idempotent, no change):          {reimport_ms:7.1f} ms")


if __name__ == "__main__":
    main()
