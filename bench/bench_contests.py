"""Ranking a contest of 500 contestants × 5 judges × 10 items, and importing 5 judge packages.

Baseline in the same process: a bare loop that reads the same marks with sqlite3 and sums them
per contestant (no trimming, weights, ties or awards). The results page is also timed as the
clerk gets it: one DETAIL call through the service contract. Prints medians of 5 runs.

    PYTHONPATH=src python bench/bench_contests.py [--smoke] [--size N]   # N contestants (500)
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from decimal import Decimal
from pathlib import Path

from common import arguments, median_ms, out_dir
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "contests"))
from conftest import build_world

from unionoffice.client.local import LocalServices
from unionoffice.contests import contract as c
from unionoffice.contests.labels import ContestPage
from unionoffice.contests.models import ContestEvent
from unionoffice.contests.service import definition, entrants, packages, results
from unionoffice.contests.service.definition import ContestDef, EventDef, ItemDef
from unionoffice.core.crypto import vault
from unionoffice.core.judging.workbook import JudgeWorkbook


def main() -> None:
    args = arguments(__doc__ or "", size=500, smoke_size=20)
    runs = 1 if args.smoke else 5
    folder = out_dir(args.smoke) / "contests"
    folder.mkdir(exist_ok=True)
    size = args.size - args.size % 4  # four branches of equal size
    vault.set_data_key(b"\x07" * 32)  # the register's identity numbers are encrypted at rest
    for leftover in folder.glob("bench.sqlite*"):  # bench/out is kept between runs
        leftover.unlink()
    world = build_world(folder / "bench.sqlite", members_per_branch=size // 4)
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
    reimport_ms = median_ms(
        lambda: [packages.import_package(world.db, world.admin, p) for p in filled], min(runs, 3)
    )

    rank_ms = median_ms(lambda: results.compute_results(world.db, world.admin, cid), runs)
    r = results.compute_results(world.db, world.admin, cid)
    assert len(r.rows) == size and r.mark_count == size * 50
    services = LocalServices.signed_in_as(world.db, world.admin)
    request = c.DetailRequest(cid, ContestPage.RESULTS)
    services.call(c.DETAIL, request)  # the first call loads the operations' modules
    page_ms = median_ms(lambda: services.call(c.DETAIL, request), runs)

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

    bare_ms = median_ms(bare, runs)
    print(f"contest: {size:,} contestants × 5 judges × 10 items = {size * 50:,} marks")
    print(
        f"recompute results (trimmed mean, weights, rounding, ties, awards, judge stats): {rank_ms:7.1f} ms"
    )
    print(f"bare baseline (sqlite3 read + per-contestant sum + sort):                      {bare_ms:7.1f} ms")
    print(
        f"ratio: {rank_ms / bare_ms:.1f}x   goal: recompute under 200 ms -> {'met' if rank_ms < 200 else 'NOT met'}"
    )
    print(f"results page through the contract (one DETAIL call):   {page_ms:7.1f} ms")
    print(f"import 5 packages ({size * 10:,} marks each, checks + audit):  {import_ms:7.1f} ms")
    print(f"re-import the same 5 (idempotent, no change):          {reimport_ms:7.1f} ms")


if __name__ == "__main__":
    main()
