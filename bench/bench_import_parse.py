"""Reading + parsing a member list through the importer vs a bare calamine read.

    python bench/bench_import_parse.py             # 12,000 and 100,000 rows
    python bench/bench_import_parse.py --size N    # N rows only
    python bench/bench_import_parse.py --smoke     # 200 rows, to check the bench still runs

Workbooks are built once into bench/out/ (gitignored) by make_members.py; a smoke run builds its
own in a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable

import make_members
import python_calamine
from common import arguments, median_ms, out_dir

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


ARGS = arguments(__doc__ or "", size=0, smoke_size=200)
make_members.OUT = out_dir(ARGS.smoke)


def median_seconds(job: Callable[[], object], runs: int) -> float:
    return median_ms(job, runs) / 1000


def bare(path: object) -> list[list[object]]:
    return python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def main() -> None:
    for count in (ARGS.size,) if ARGS.size else (12_000, 100_000):
        path = make_members.build(count)
        runs = 1 if ARGS.smoke else 5 if count < 50_000 else 3
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
