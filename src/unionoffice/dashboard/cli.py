"""``unionoffice report --year 2026 --out FILE [--branch NAME]``: the yearly union work report."""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor
    from unionoffice.core.command_line import SubParsers
    from unionoffice.db.database import Database


def register(sub: SubParsers) -> None:
    report = sub.add_parser("report", help="年度工会工作报告（.pdf 或 .xlsx，按文件后缀）")
    report.add_argument("--year", type=int, required=True, help="报告年度，如 2026")
    report.add_argument("--out", type=Path, required=True, help="输出文件（.pdf 或 .xlsx）")
    report.add_argument("--branch", help="只统计一个分工会（名称，如 心兴分工会）；默认全会")
    report.set_defaults(func=_report)


def branch_id_by_name(db: Database, actor: Actor, name: str) -> int:
    from unionoffice.core.org import service as org

    branches = org.branches(db, actor)
    found = [b for b in branches if b.name == name.strip()]
    if not found:
        names = "、".join(b.name for b in branches)
        raise UserError(f"找不到分工会“{name}”。现有分工会：{names}")
    return found[0].id


def _report(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor, open_db
    from unionoffice.dashboard.report import write_report

    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UserError("报告文件名应以 .pdf 或 .xlsx 结尾。")
    if not 2000 <= args.year <= 2100:
        raise UserError("年度应在 2000–2100 之间。")
    db = open_db(args)
    actor = command_actor(args, db)
    branch_id = branch_id_by_name(db, actor, args.branch) if args.branch else None
    figures = write_report(db, actor, args.year, args.out, branch_id)
    print(f"已生成 {figures.scope_name} {args.year} 年度工会工作报告：{args.out}")
    for h in figures.headlines:
        change = f"（{h.change_text}）" if h.change_text else ""
        print(f"  {h.title}：{h.text}{change}")
    return 0
