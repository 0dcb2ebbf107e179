"""``unionoffice hardship …``: the 免申即享 candidate list and the yearly report.

Runs as the machine owner (system actor, admin rights) like the other module commands, or as the
user named by ``--user``. The candidate list compares relatives' identity numbers through keyed
hashes: without ``--user`` (no data key) that one reason is left out, and the command says so.
"""

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
    hardship = sub.add_parser("hardship", help="困难职工帮扶：免申即享候选名单、年度报告").add_subparsers(
        dest="hardship_command", required=True
    )
    found = hardship.add_parser("candidates", help="导出本年免申即享候选名单（.xlsx），每人附线索和依据")
    found.add_argument("--out", type=Path, required=True)
    found.set_defaults(func=_candidates)

    report = hardship.add_parser("report", help="年度帮扶工作报告（.pdf 或 .xlsx，按文件后缀）")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--out", type=Path, required=True)
    report.set_defaults(func=_report)


def _session(args: argparse.Namespace) -> tuple[Database, Actor]:
    from unionoffice.core.command_line import command_actor, open_db

    db = open_db(args)
    return db, command_actor(args, db)  # a named user, checked and in the audit log


def _candidates(args: argparse.Namespace) -> int:
    from unionoffice.core.crypto import vault
    from unionoffice.hardship.contract import CandidateFilter
    from unionoffice.hardship.service import candidates

    if args.out.suffix.lower() != ".xlsx":
        raise UserError("候选名单文件名应以 .xlsx 结尾。")
    db, actor = _session(args)
    rows = candidates.export(db, actor, CandidateFilter(), args.out)
    print(f"免申即享候选名单：{rows} 人，已导出到 {args.out}")
    if not vault.has_data_key():
        print("提示：未用 --user 登录，没有比对家庭成员（亲属去世或重病）线索。")
    return 0


def _report(args: argparse.Namespace) -> int:
    from unionoffice.foundation.money import format_fen
    from unionoffice.hardship.service import documents

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError("报告文件名应以 .pdf 或 .xlsx 结尾。")
    db, actor = _session(args)
    data = documents.year_report(db, actor, args.year)
    if suffix == ".pdf":
        documents.write_report_pdf(data, args.out)
    else:
        documents.write_report_xlsx(data, args.out)
    record = data.stats.on_record()
    total = sum(p.total_fen for p in data.stats.payouts)
    print(f"已生成 {args.year} 年度困难职工帮扶报告：{args.out}")
    print(
        f"  在档 {sum(record.values())} 户（"
        + "、".join(f"{c.label} {n}" for c, n in record.items())
        + "）；"
        f"发放 {sum(p.payouts for p in data.stats.payouts)} 笔，{format_fen(total)} 元"
    )
    return 0
