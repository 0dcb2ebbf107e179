"""Studio registry speed on the 12,000-member demo (5,789 five-small results, 211 patents).

1. Statistics (all tables, admin scope) vs a bare sqlite3 baseline that runs only the two
   largest GROUP BYs (five-small per quarter and grade, benefit per studio and year).
2. The first page of the achievements list (count + 200 rows, as the lazy table asks) vs a bare
   sqlite3 SELECT of the same 200 rows without the people column.
3. The yearly compilation booklet (2025: ~1,000 pages of entries laid out twice for page
   numbers) vs a bare ReportLab platypus document with the same paragraphs laid out once.
Medians of 5 runs (3 for the booklet).

    PYTHONPATH=src python bench/bench_studios.py [demo.sqlite]
"""

from __future__ import annotations

import sqlite3
import statistics as stats
import sys
import tempfile
import time
from pathlib import Path

from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.database import open_database


def median_ms(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return stats.median(times)


def main() -> None:
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
    else:
        from unionoffice.demo.cache import demo_copy

        path = demo_copy(Path(tempfile.mkdtemp()))
    db = open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)

    from unionoffice.studios.service.achievements import achievement_source
    from unionoffice.studios.service.compilation import write_compilation_pdf
    from unionoffice.studios.service.exports import graded_achievements
    from unionoffice.studios.service.stats import stat_tables, statistics

    ours = median_ms(lambda: stat_tables(statistics(db, SYSTEM_ACTOR)))
    bare = median_ms(
        lambda: (
            raw.execute(
                "SELECT r.year, r.quarter, a.grade, count(*) FROM achievements a JOIN evaluation_rounds r "
                "ON r.id = a.round_id WHERE r.status = 'closed' GROUP BY 1, 2, 3"
            ).fetchall(),
            raw.execute(
                "SELECT s.name, a.benefit_year, sum(a.benefit_fen) FROM achievements a LEFT JOIN studios s "
                "ON s.id = a.studio_id WHERE a.benefit_fen > 0 GROUP BY 1, 2"
            ).fetchall(),
        )
    )
    print(
        f"statistics, all tables:        {ours:8.1f} ms   bare two GROUP BYs: {bare:6.1f} ms"
        f"   ratio {ours / bare:5.1f}x"
    )

    def first_page() -> None:
        source = achievement_source(db, SYSTEM_ACTOR)
        source.count()
        source.fetch(0, 200)

    ours = median_ms(first_page)
    bare = median_ms(
        lambda: raw.execute(
            "SELECT id, title, kind, reg_no, declared_on, status, grade, benefit_fen "
            "FROM achievements ORDER BY declared_on DESC, id DESC LIMIT 200"
        ).fetchall()
    )
    print(
        f"achievements list, first page:  {ours:8.1f} ms   bare SELECT:        {bare:6.1f} ms"
        f"   ratio {ours / bare:5.1f}x"
    )

    entries = graded_achievements(db, SYSTEM_ACTOR, 2025)
    out = Path(tempfile.mkdtemp())
    ours = median_ms(lambda: write_compilation_pdf(db, SYSTEM_ACTOR, 2025, out / "c.pdf"), runs=3)

    def bare_booklet() -> None:
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        from unionoffice.foundation.pdf import paragraph_styles

        styles = paragraph_styles()
        story = []
        for e in entries:
            story += [Paragraph(e.title, styles["heading"]), Paragraph(e.summary, styles["body"])]
        SimpleDocTemplate(str(out / "bare.pdf")).build(story)

    bare = median_ms(bare_booklet, runs=3)
    print(
        f"compilation {len(entries)} entries:  {ours:8.1f} ms   bare platypus once: {bare:6.1f} ms   "
        f"ratio {ours / bare:5.1f}x"
    )


if __name__ == "__main__":
    main()
