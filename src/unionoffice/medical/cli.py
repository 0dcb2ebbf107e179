"""``unionoffice medical …``: yearly report, aid totals, claims export, approval forms, hardship list."""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from unionoffice.core.command_line import SubParsers
    from unionoffice.db.database import Database


def register(sub: SubParsers) -> None:
    medical = sub.add_parser("medical", help="医疗互助：报告、统计、导出").add_subparsers(
        dest="medical_command", required=True
    )
    report = medical.add_parser("report", help="年度运行报告（.pdf 或 .xlsx，按文件后缀）")
    report.add_argument("--year", type=int, required=True)
    report.add_argument(
        "--fund", choices=("union", "province"), default="union", help="基金（默认：本会互助基金）"
    )
    report.add_argument("--out", type=Path, required=True)
    report.set_defaults(func=_report)

    totals = medical.add_parser("totals", help="某几年累计支付金额和受助人数")
    totals.add_argument("--fund", choices=("union", "province"), default="union")
    totals.add_argument("--from", dest="year_from", type=int, required=True)
    totals.add_argument("--to", dest="year_to", type=int, required=True)
    totals.set_defaults(func=_totals)

    claims = medical.add_parser("claims", help="导出互助金申请清单（.xlsx）")
    claims.add_argument("--year", type=int, required=True)
    claims.add_argument(
        "--status", choices=("draft", "submitted", "reviewed", "approved", "rejected", "paid")
    )
    claims.add_argument("--out", type=Path, required=True)
    claims.set_defaults(func=_claims)

    form = medical.add_parser("form", help="打印一件申请的审批表（PDF）")
    form.add_argument("--claim", required=True, help="申请编号，如 YL2026-00001")
    form.add_argument("--out", type=Path, required=True)
    form.set_defaults(func=_form)

    needy = medical.add_parser("hardship", help="列出自付医疗费用超过预警线的会员")
    needy.add_argument("--year", type=int, required=True)
    needy.add_argument("--threshold", help="预警线（元，默认用方案中设置的值）")
    needy.set_defaults(func=_hardship)


def _db(args: argparse.Namespace) -> Database:
    from unionoffice.core.command_line import open_db

    return open_db(args)


def _report(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor
    from unionoffice.medical import report_files
    from unionoffice.medical.service import reports

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError("报告文件名应以 .pdf 或 .xlsx 结尾。")
    db = _db(args)
    actor = command_actor(args, db)
    scheme_id = reports.scheme_by_year(db, actor, args.year, args.fund)
    data = reports.year_report(db, actor, scheme_id)
    if suffix == ".pdf":
        report_files.write_pdf(data, args.out)
    else:
        report_files.write_xlsx(data, args.out, reports.paid_claim_rows(db, actor, scheme_id))
    t = data.total
    print(f"已生成 {args.year} 年度报告：{args.out}")
    print(
        f"  参保 {data.enrolled} 人；收入 {t.income_fen / 100:,.2f} 元；支付 {t.payout_fen / 100:,.2f} 元，"
        f"{t.members_helped} 人受助；结余 {t.balance_fen / 100:,.2f} 元"
    )
    return 0


def _totals(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor
    from unionoffice.medical.models import Fund
    from unionoffice.medical.service.ledger import aid_totals

    if args.year_from > args.year_to:
        raise UserError("起始年度不能晚于结束年度。")
    db = _db(args)
    actor = command_actor(args, db)
    totals = aid_totals(db, actor, args.fund, args.year_from, args.year_to)
    for year, fen, members, claims in totals.by_year:
        print(f"{year}  {fen / 100:>14,.2f} 元  {members:>5} 人  {claims:>5} 人次")
    print(
        f"{args.year_from}–{args.year_to} 年{Fund(args.fund).label}共支付 {totals.paid_fen / 100:,.2f} 元，"
        f"受助 {totals.members_helped} 人（{totals.claims} 人次）"
    )
    return 0


def _claims(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor
    from unionoffice.medical.service.listing import ClaimFilter, export_claims

    db = _db(args)
    actor = command_actor(args, db)
    n = export_claims(db, actor, ClaimFilter(year=args.year, status=args.status), str(args.out))
    print(f"已导出 {n} 件申请：{args.out}")
    return 0


def _form(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from unionoffice.core.command_line import command_actor
    from unionoffice.medical.approval_form import write_form
    from unionoffice.medical.models import Claim
    from unionoffice.medical.service.claims import get_claim

    db = _db(args)
    actor = command_actor(args, db)
    with db.read() as s:
        claim_id = s.execute(select(Claim.id).where(Claim.claim_no == args.claim.strip().upper())).scalar()
    if claim_id is None:
        raise UserError(f"找不到申请“{args.claim}”。")
    write_form(get_claim(db, actor, claim_id), args.out)
    print(f"已生成审批表：{args.out}")
    return 0


def _hardship(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor
    from unionoffice.foundation.money import Money
    from unionoffice.medical.service.hardship import hardship_list
    from unionoffice.medical.service.reports import scheme_by_year

    db = _db(args)
    actor = command_actor(args, db)
    threshold = Money.from_yuan(args.threshold).fen if args.threshold else None
    used, rows = hardship_list(db, actor, scheme_by_year(db, actor, args.year), threshold)
    print(f"{args.year} 年度个人自付超过 {used / 100:,.2f} 元的会员：{len(rows)} 人")
    for r in rows:
        print(
            f"  {r.name:<6} {r.employee_no:<8} {r.branch_name:<8} 自付 {r.self_paid_fen / 100:>12,.2f}  "
            f"已获互助 {r.aid_fen / 100:>11,.2f}  仍负担 {r.burden_fen / 100:>12,.2f}"
        )
    return 0
