"""Studio registry speed through the service contract, on a demo database (12,000 members by
default: 5,789 five-small results, 211 patents), each beside a bare baseline from the same run.

1. The statistics screen (``studios.statistics``: every table, admin scope) vs a bare sqlite3
   run of only its two largest GROUP BYs (five-small per quarter and grade, benefit per studio
   and year).
2. The first page of the achievements list (``studios.list_achievements``: count + 200 rows, as
   the lazy table asks) vs a bare sqlite3 SELECT of the same 200 rows without the people column.
3. The yearly compilation booklet (``studios.compilation`` for last year: ~1,000 pages of entries
   laid out twice for page numbers, the PDF's bytes as the answer) vs a bare ReportLab platypus
   document with the same paragraphs laid out once.
Medians of 5 runs (3 for the booklet; one of each with ``--smoke``). Run::

    python bench/bench_studios.py             # the 12,000-member demo (built once, cached)
    python bench/bench_studios.py --smoke     # a small demo, to check the bench still runs
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from common import arguments, median_ms, out_dir

from unionoffice.core.auth.actor import SYSTEM_ACTOR


def demo_db(size: int, smoke: bool) -> Path:
    from unionoffice.db.migrate import head_revisions
    from unionoffice.demo.build import build_demo_database

    out = out_dir(smoke)
    path = out / f"studios-{size}-{'-'.join(sorted(head_revisions()))}.sqlite"  # new schema, new file
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
    from unionoffice.core.database import open_database
    from unionoffice.demo.cache import DEMO_PASSWORD
    from unionoffice.foundation.contract import Empty, ListQuery, ListWindow
    from unionoffice.studios import contract as studios
    from unionoffice.studios.service.exports import graded_achievements

    db = open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    services = LocalServices(db)
    services.call(SIGN_IN, Credentials("admin", DEMO_PASSWORD))

    ours = median_ms(lambda: services.call(studios.STATISTICS, Empty()), runs)
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
        ),
        runs,
    )
    print(
        f"statistics screen (one call):   {ours:8.1f} ms   bare two GROUP BYs: {bare:6.1f} ms"
        f"   ratio {ours / bare:5.1f}x"
    )

    first_page = ListQuery(studios.AchievementFilter(), ListWindow(0, 200))
    ours = median_ms(lambda: services.call(studios.LIST_ACHIEVEMENTS, first_page), runs)
    bare = median_ms(
        lambda: raw.execute(
            "SELECT id, title, kind, reg_no, declared_on, status, grade, benefit_fen "
            "FROM achievements ORDER BY declared_on DESC, id DESC LIMIT 200"
        ).fetchall(),
        runs,
    )
    print(
        f"achievements list, first page:  {ours:8.1f} ms   bare SELECT:        {bare:6.1f} ms"
        f"   ratio {ours / bare:5.1f}x"
    )

    year = date.today().year - 1
    entries = graded_achievements(db, SYSTEM_ACTOR, year)
    out = Path(tempfile.mkdtemp())
    booklet = studios.CompilationRequest(year)
    ours = median_ms(lambda: services.call(studios.COMPILATION, booklet), 1 if args.smoke else 3)

    def bare_booklet() -> None:
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        from unionoffice.foundation.pdf import paragraph_styles

        styles = paragraph_styles()
        story = []
        for e in entries:
            story += [Paragraph(e.title, styles["heading"]), Paragraph(e.summary, styles["body"])]
        SimpleDocTemplate(str(out / "bare.pdf")).build(story)

    bare = median_ms(bare_booklet, 1 if args.smoke else 3)
    print(
        f"compilation {len(entries)} entries:  {ours:8.1f} ms   bare platypus once: {bare:6.1f} ms   "
        f"ratio {ours / bare:5.1f}x"
    )
    db.dispose()


if __name__ == "__main__":
    main()
