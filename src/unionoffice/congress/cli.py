"""``unionoffice congress ...``: the proposals report for a session from a shell."""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from unionoffice.core.command_line import SubParsers


def register(subparsers: SubParsers) -> None:
    congress = subparsers.add_parser("congress", help="职代会提案与评先推荐").add_subparsers(
        dest="congress_command", required=True
    )
    report = congress.add_parser("report", help="导出某次职代会的提案工作报告（.pdf 或 .xlsx）")
    report.add_argument("--session", type=int, required=True, help="职代会编号（见 congress sessions）")
    report.add_argument("--out", type=Path, required=True, help="输出文件，扩展名 .pdf 或 .xlsx")
    report.add_argument("--today", type=date.fromisoformat, default=None, help="统计截至日期（默认今天）")
    report.set_defaults(func=_cmd_report)
    congress.add_parser("sessions", help="列出各次职代会及其提案办结率").set_defaults(func=_cmd_sessions)


def _cmd_report(args: argparse.Namespace) -> int:
    from unionoffice.congress.report import report_data, write_pdf, write_xlsx
    from unionoffice.core.command_line import command_actor, open_db

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError("输出文件的扩展名应为 .pdf 或 .xlsx。")
    db = open_db(args)
    data = report_data(db, command_actor(args, db), args.session, args.today or date.today())
    (write_pdf if suffix == ".pdf" else write_xlsx)(data, args.out)
    stats = data.stats
    rate = f"{stats.rate}%" if stats.rate else "—"
    print(
        f"已生成“{data.session}”提案工作报告：{args.out}"
        f"（立案 {stats.accepted} 件，办结 {stats.closed} 件，办结率 {rate}）"
    )
    return 0


def _cmd_sessions(args: argparse.Namespace) -> int:
    from unionoffice.congress.proposals import session_stats
    from unionoffice.congress.sessions import session_choices
    from unionoffice.core.command_line import command_actor, open_db

    db = open_db(args)
    actor = command_actor(args, db)
    with db.read(actor) as s:
        for choice in session_choices(s):
            stats = session_stats(s, actor, choice.id, date.today())
            rate = f"{stats.rate}%" if stats.rate else "—"
            print(
                f"{choice.id}\t{choice.label}\t提案 {stats.total}\t立案 {stats.accepted}\t办结 {stats.closed}\t{rate}"
            )
    return 0
