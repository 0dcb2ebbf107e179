"""``unionoffice bulletin --quarter 2026Q3 [--quarter …] --out FILE.pdf``: the union bulletin."""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; the
# command loads SQLAlchemy and the services only when it runs.

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from unionoffice.core.command_line import SubParsers


def register(sub: SubParsers) -> None:
    bulletin = sub.add_parser("bulletin", help="工会简报：分工会比较，每季度一页（PDF）")
    bulletin.add_argument(
        "--quarter", action="append", required=True, help="季度，如 2026Q3；可重复，每个季度一页"
    )
    bulletin.add_argument("--out", type=Path, required=True, help="输出的 PDF 文件")
    bulletin.set_defaults(func=_bulletin)


def _bulletin(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor, open_db
    from unionoffice.scorecard.bulletin import write_bulletin
    from unionoffice.scorecard.labels import Quarter

    quarters = [Quarter.parse(q) for q in args.quarter]
    db = open_db(args)
    cards = write_bulletin(db, command_actor(args, db), quarters, args.out)
    print(f"已生成工会简报：{args.out}")
    for card in cards:
        ranking = "，".join(f"{b.rank}. {b.name} {b.total:.2f}" for b in card.branches)
        print(f"  {card.title}：{ranking}")
    return 0
