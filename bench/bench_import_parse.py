"""Reading + parsing a member list through the importer vs a bare calamine read.

    PYTHONPATH=src:bench python bench/bench_import_parse.py

Workbooks are built once into bench/out/ (gitignored) by make_members.py.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import python_calamine
from make_members import build

from unionoffice.foundation.importer import (
    Column,
    parse_date,
    parse_gender,
    parse_id_number,
    parse_money_fen,
    parse_name,
    parse_phone,
    parse_rows,
    parse_text,
    read_table,
)

COLUMNS = [
    Column("name", "姓名", parser=parse_name),
    Column("gender", "性别", parser=parse_gender),
    Column("id_number", "身份证号", parser=parse_id_number, unique=True, text=True),
    Column("phone", "手机号", parser=parse_phone, text=True),
    Column("born", "出生日期", parser=parse_date),
    Column("joined", "入会日期", parser=parse_date),
    Column("branch", "部门", parser=parse_text),
    Column("fee", "会费（元）", parser=parse_money_fen),
]


def median_seconds(job: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bare(path: object) -> list[list[object]]:
    return python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def main() -> None:
    for count in (12_000, 100_000):
        path = build(count)
        runs = 5 if count < 50_000 else 3
        preview = parse_rows(read_table(path), COLUMNS)
        assert len(preview.valid_rows) == count, preview.problems[:3]
        t_bare = median_seconds(lambda p=path: bare(p), runs)
        t_read = median_seconds(lambda p=path: read_table(p), runs)
        table = read_table(path)
        t_parse = median_seconds(lambda t=table: parse_rows(t, COLUMNS), runs)
        print(
            f"{count:>7} rows: bare calamine {t_bare:.3f} s | read_table {t_read:.3f} s "
            f"(x{t_read / t_bare:.2f}) | parse_rows {t_parse:.3f} s | read+parse {t_read + t_parse:.3f} s "
            f"(x{(t_read + t_parse) / t_bare:.1f} of bare)"
        )


if __name__ == "__main__":
    main()
