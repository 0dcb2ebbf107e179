"""``unionoffice dues …`` and ``unionoffice welfare …``: the payroll import, the arrears list, the
sign-off sheets of a batch and the year's welfare report.

Runs as the machine owner (system actor, admin rights) unless ``--user`` names a user.
"""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.dues.labels import WelfareItem
from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor
    from unionoffice.core.command_line import SubParsers
    from unionoffice.db.database import Database

ITEMS = {
    "birthday": WelfareItem.BIRTHDAY,
    "spring-festival": WelfareItem.SPRING_FESTIVAL,
    "mid-autumn": WelfareItem.MID_AUTUMN,
}


def register(sub: SubParsers) -> None:
    dues = sub.add_parser("dues", help="会费：工资表导入、欠缴名单").add_subparsers(
        dest="dues_command", required=True
    )
    imp = dues.add_parser("import-payroll", help="导入某月工资表，按标准计算会费（先检查，有问题时不写入）")
    imp.add_argument("file", type=Path)
    imp.add_argument("--month", type=_month, required=True, help="工资所属月份，如 2026-10")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出问题和变化，不写入")
    imp.add_argument("--valid-only", action="store_true", help="导入无误的行，跳过有问题的行")
    imp.set_defaults(func=_cmd_import_payroll)

    arrears = dues.add_parser("arrears", help="会费欠缴名单（连续未交月数），导出 .xlsx")
    arrears.add_argument("--out", type=Path, required=True)
    arrears.add_argument("--month", type=_month, help="截至月份（默认：最近一个有会费记录的月份）")
    arrears.add_argument("--min-months", type=int, default=1, help="至少连续未交几个月（默认 1）")
    arrears.set_defaults(func=_cmd_arrears)

    welfare = sub.add_parser("welfare", help="慰问福利：批量发放与签字表、年度报表").add_subparsers(
        dest="welfare_command", required=True
    )
    issue = welfare.add_parser("issue", help="批量发放（本月生日、节日慰问品）并生成领取签字表 PDF")
    issue.add_argument("--item", choices=sorted(ITEMS), required=True)
    issue.add_argument("--month", type=_month, required=True, help="发放月份，如 2026-11")
    issue.add_argument("--amount", help="每人金额（元）；不填则按该项目每次的标准")
    issue.add_argument("--out", type=Path, required=True, help="签字表 PDF")
    issue.set_defaults(func=_cmd_issue)

    report = welfare.add_parser("report", help="年度慰问福利发放情况（各分工会、各项目、预算执行）")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--out", type=Path, required=True, help="输出文件（.pdf 或 .xlsx）")
    report.set_defaults(func=_cmd_report)


def _month(text: str) -> date:
    try:
        return date.fromisoformat(f"{text}-01") if len(text) == 7 else date.fromisoformat(text).replace(day=1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"月份应如 2026-10：{text}") from None


def _db_and_actor(args: argparse.Namespace) -> tuple[Database, Actor]:
    from unionoffice.core.command_line import command_actor, open_db

    db = open_db(args)
    return db, command_actor(args, db)  # a named user, checked and in the audit log


def _cmd_import_payroll(args: argparse.Namespace) -> int:
    from unionoffice.dues.payroll import apply_payroll, plan_payroll
    from unionoffice.foundation.importer import ImportMode, format_report

    db, actor = _db_and_actor(args)
    plan = plan_payroll(db, actor, args.file, args.month)
    print(format_report(plan.preview))
    print(f"会费标准：{plan.rate.text()}")
    print(
        f"新增 {len(plan.new)} 条（其中不在工资表中的在会会员 {plan.absent} 名，记为未交），"
        f"有变化的已有记录 {len(plan.changes)} 条，无变化 {plan.unchanged} 条。"
    )
    if plan.existing:
        print(f"该月已有会费记录 {plan.existing} 条（{plan.last_import or '来源不详'}），导入将按本表替换：")
        for change in plan.changes[:200]:
            text = "；".join(
                f"{c.field}：{c.before or '（空）'} → {c.after or '（空）'}" for c in change.changes
            )
            row = f"第 {change.row_number} 行 " if change.row_number else ""
            print(f"  {row}{change.shown}：{text}")
    if args.dry_run:
        print("检查完毕（--dry-run），没有写入任何数据。")
        return 1 if plan.problems else 0
    if plan.problems and not args.valid_only:
        print(
            "文件中有问题，没有写入任何数据。修正后重新导入，或用 --valid-only 只导入无误的行。",
            file=sys.stderr,
        )
        return 1
    mode = ImportMode.VALID_ROWS_ONLY if args.valid_only else ImportMode.ALL_OR_NOTHING
    result = apply_payroll(db, actor, plan, mode)
    print(
        f"导入完成：新增 {result.inserted} 条，替换 {result.updated} 条，跳过有问题的 {result.rejected} 行。"
    )
    return 0


def _cmd_arrears(args: argparse.Namespace) -> int:
    from unionoffice.dues.arrears import export_arrears
    from unionoffice.dues.contract import ArrearsFilter

    db, actor = _db_and_actor(args)
    count = export_arrears(db, actor, ArrearsFilter(month=args.month, min_months=args.min_months), args.out)
    print(f"欠缴会费的会员 {count} 名，已导出到 {args.out}")
    return 0


def _cmd_issue(args: argparse.Namespace) -> int:
    from unionoffice.dues.contract import BatchRequest, SignoffRequest
    from unionoffice.dues.rulebook import cap_on, caps
    from unionoffice.dues.signoff import export_signoff
    from unionoffice.dues.welfare import issue_batch, plan_batch
    from unionoffice.foundation.money import Money

    if args.out.suffix.lower() != ".pdf":
        raise UserError("签字表须输出为 .pdf 文件。")
    db, actor = _db_and_actor(args)
    item = ITEMS[args.item]
    if args.amount:
        amount = Money.from_yuan(args.amount).fen
    else:
        with db.read(actor) as s:
            cap = cap_on(caps(s), item.cap_key, args.month)
        if cap is None or cap.cap_per != "payment":
            raise UserError(f"请用 --amount 指定每人金额（{item.label}没有每次的标准可用作默认值）。")
        amount = cap.cap_fen
    request = BatchRequest(item=item.value, event_date=args.month, amount_fen=amount)
    plan = plan_batch(db, actor, request)
    print(
        f"{plan.title}：可发放 {plan.eligible} 人，每人 {Money(amount)} 元，合计 {Money(plan.total_fen)} 元。"
    )
    print(f"标准：{plan.cap}")
    for skipped in plan.skipped[:20]:
        print(f"  未发：{skipped.branch} {skipped.name}：{skipped.reason}")
    if plan.skipped_count > 20:
        print(f"  ……另有 {plan.skipped_count - 20} 人未发")
    if plan.eligible:
        batch_id, count, total, _skipped = issue_batch(db, actor, request)
        print(f"已登记发放 {count} 人，合计 {Money(total)} 元（批次 {batch_id}）。")
    people = export_signoff(db, actor, SignoffRequest(item=item.value, month=args.month), args.out)
    print(f"领取签字表（每个工会小组一节）共 {people} 人，已导出到 {args.out}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from unionoffice.dues.reports import export_report

    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UserError("输出文件须为 .pdf 或 .xlsx。")
    db, actor = _db_and_actor(args)
    count = export_report(db, actor, args.year, args.out)
    print(f"{args.year} 年慰问福利发放 {count} 人次，已导出到 {args.out}")
    return 0
