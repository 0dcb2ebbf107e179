"""Branch scorecard speed on a demo database: one quarter's scorecard and the bulletin, against bare SQL.

    python bench/bench_scorecard.py               # 12,000 members
    python bench/bench_scorecard.py --size 100000
    python bench/bench_scorecard.py --smoke       # a few hundred

A scorecard is two quarters of every indicator (the quarter and the one before, for the moves),
normalised and ranked; opening the tab is the one call ``scorecard.open`` that returns it.

Baseline: the same figures by plain GROUP BY counts through sqlite3 in the same process, for both
quarters (在会 members per branch as the register stands now, enrolments of the year, five-small
results of the quarter's round, contestants of contests held in the quarter): the least a
scorecard has to read. The services do more: membership counts the register of the quarter's last
day from the members' history, as the monthly return and the rates screen do.
"""

from __future__ import annotations

import sqlite3
import time

from common import arguments, median_ms, out_dir

BASELINE_SQL = (
    "SELECT branch_id, count(*) FROM members WHERE status = 'active' GROUP BY branch_id",
    (
        "SELECT m.branch_id, count(e.id) FROM members m LEFT JOIN medical_enrolments e ON e.member_id = m.id "
        "AND e.scheme_year_id IN (SELECT id FROM medical_scheme_years WHERE fund = 'union' AND year = {year}) "
        "WHERE m.status = 'active' GROUP BY m.branch_id"
    ),
    (
        "SELECT a.branch_id, count(*) FROM achievements a JOIN evaluation_rounds r ON r.id = a.round_id "
        "WHERE r.year = {year} AND r.quarter = {quarter} AND r.status = 'closed' GROUP BY a.branch_id"
    ),
    (
        "SELECT x.branch_id, count(*) FROM contestants x JOIN contests k ON k.id = x.contest_id "
        "WHERE k.contest_date BETWEEN '{start}' AND '{end}' GROUP BY x.branch_id"
    ),
)


def demo_db(size: int, smoke: bool):  # type: ignore[no-untyped-def]
    from unionoffice.db.migrate import head_revisions
    from unionoffice.demo.build import build_demo_database

    out = out_dir(smoke)
    path = out / f"scorecard-{size}-{'-'.join(sorted(head_revisions()))}.sqlite"  # new schema, new file
    if not path.exists():
        build_demo_database(out / "building.sqlite", size=size).dispose()
        (out / "building.sqlite").replace(path)
    return path


def main() -> None:
    args = arguments(__doc__ or "", size=12_000, smoke_size=300)
    runs = 1 if args.smoke else 5
    path = demo_db(args.size, args.smoke)
    from unionoffice.client.local import LocalServices
    from unionoffice.core.auth.contract import SIGN_IN, Credentials
    from unionoffice.core.auth.operations import actor_of
    from unionoffice.core.database import open_database
    from unionoffice.demo.cache import DEMO_PASSWORD
    from unionoffice.scorecard import contract as scorecard
    from unionoffice.scorecard.bulletin import write_bulletin
    from unionoffice.scorecard.compute import scorecard as compute
    from unionoffice.scorecard.contract import ScorecardOpen
    from unionoffice.scorecard.labels import Quarter

    quarter = Quarter(2026, 3)
    conn = sqlite3.connect(path)
    statements = [
        sql.format(year=q.year, quarter=q.number, start=q.start, end=q.end)
        for q in (quarter, quarter.previous)
        for sql in BASELINE_SQL
    ]
    baseline = median_ms(lambda: [conn.execute(sql).fetchall() for sql in statements], runs)
    db = open_database(f"sqlite:///{path}")
    services = LocalServices(db)
    services.call(SIGN_IN, Credentials("viewer", DEMO_PASSWORD))
    viewer = actor_of(services.session)
    card = median_ms(lambda: compute(db, viewer, quarter), runs)
    opened = median_ms(lambda: services.call(scorecard.OPEN, ScorecardOpen(quarter.code)), runs)
    target = out_dir(args.smoke) / "bulletin.pdf"
    start = time.perf_counter()
    write_bulletin(db, viewer, [Quarter(2026, n) for n in range(1, 4)], target)
    bulletin = (time.perf_counter() - start) * 1000
    members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    print(f"database: {path} ({members:,} members), {quarter.code}, medians of {runs} runs")
    print(f"baseline, bare sqlite3 GROUP BY counts (2 quarters): {baseline:8.1f} ms")
    print(
        f"scorecard (indicators, weights, ranking):            {card:8.1f} ms  ({card / baseline:.1f}x baseline)"
    )
    print(f"scorecard.open through the contract (one call):      {opened:8.1f} ms")
    print(f"bulletin of three quarters (three pages):            {bulletin:8.1f} ms")


if __name__ == "__main__":
    main()
