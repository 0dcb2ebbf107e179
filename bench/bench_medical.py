"""Medical mutual aid speed, against bare baselines measured in the same process.

    PYTHONPATH=src python bench/bench_medical.py [demo.sqlite]
    ... --smoke          2,000 claims, one run, a 300-member demo (the test suite runs this)

1. The calculation engine with its explanation for 100,000 claims, vs the same banded arithmetic
   written inline with ints (no Money, no explanation text).
2. Claims list: count + first page through QuerySource (permission filter, joins, formatting) on
   the demo database, vs one raw sqlite3 query of the same page.
3. Ledger summary for a year vs a raw GROUP BY over the ledger.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from statistics import median

from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.medical.calculation import Rule, calculate
from unionoffice.medical.service.schemes import standard_bands

RULE = Rule(
    100_000, standard_bands((1_000_000, "0.5"), (3_000_000, "0.6"), (None, "0.7")), 5_000_000, 8_000_000
)


def timed(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def bare(x: int, used: int) -> int:
    total, lower = 0, 0
    for upper, num in ((1_000_000, 5), (3_000_000, 6), (None, 7)):
        end = x if upper is None else min(x, upper)
        part = max(0, end - max(lower, 100_000))
        total += (part * num + 5) // 10
        if upper is None or x <= upper:
            break
        lower = upper
    return min(min(total, 5_000_000), max(0, 8_000_000 - used))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", help="a demo database (default: the cached 12,000-member demo)")
    parser.add_argument(
        "--smoke", action="store_true", help="tiny run for the test suite (figures meaningless)"
    )
    args = parser.parse_args()
    claims, runs = (2_000, 1) if args.smoke else (100_000, 5)
    rng = random.Random(1)
    amounts = [rng.randrange(0, 9_000_000) for _ in range(claims)]
    assert all(calculate(RULE, x).payable_fen == bare(x, 0) for x in amounts[:2000])
    engine = timed(lambda: [calculate(RULE, x) for x in amounts], min(runs, 3))
    baseline = timed(lambda: [bare(x, 0) for x in amounts], min(runs, 3))
    print(
        f"calculate {claims:,} claims with explanations: {engine * 1000:.0f} ms; bare ints: "
        f"{baseline * 1000:.0f} ms; ratio {engine / baseline:.1f}x; {engine / claims * 1e6:.1f} µs per claim"
    )

    if args.db:
        path = Path(args.db)
    else:
        from unionoffice.demo.cache import demo_copy

        path = demo_copy(Path(tempfile.mkdtemp()), *((300,) if args.smoke else ()))
    from unionoffice.core.database import open_database
    from unionoffice.medical.service.ledger import ledger_summary
    from unionoffice.medical.service.listing import ClaimFilter, claim_source
    from unionoffice.medical.service.reports import scheme_by_year

    db = open_database(f"sqlite:///{path}")
    scheme = scheme_by_year(db, SYSTEM_ACTOR, 2026)

    def page() -> None:
        source = claim_source(db, SYSTEM_ACTOR, ClaimFilter(scheme_year_id=scheme)).sorted_by("member")
        source.count()
        source.fetch(0, 200)

    raw = sqlite3.connect(path)

    def raw_page() -> None:
        raw.execute("SELECT count(*) FROM medical_claims WHERE scheme_year_id=?", (scheme,)).fetchone()
        raw.execute(
            "SELECT c.id, c.claim_no, m.name, o.name FROM medical_claims c JOIN members m ON m.id=c.member_id "
            "JOIN org_units o ON o.id=c.branch_id WHERE c.scheme_year_id=? ORDER BY m.name LIMIT 200",
            (scheme,),
        ).fetchall()

    page()
    a, b = timed(page, runs), timed(raw_page, runs)
    print(
        f"claims list count + first page: {a * 1000:.1f} ms; raw sqlite3: {b * 1000:.1f} ms; ratio {a / b:.1f}x"
    )
    summary = timed(lambda: ledger_summary(db, SYSTEM_ACTOR, scheme), runs)
    bare_sum = timed(
        lambda: raw.execute(
            "SELECT branch_id, kind, sum(amount_fen) FROM medical_ledger "
            "WHERE scheme_year_id=? GROUP BY branch_id, kind",
            (scheme,),
        ).fetchall(),
        runs,
    )
    print(
        f"ledger summary (all branches, helped counts): {summary * 1000:.1f} ms; raw GROUP BY: "
        f"{bare_sum * 1000:.1f} ms; ratio {summary / bare_sum:.1f}x"
    )


if __name__ == "__main__":
    main()
