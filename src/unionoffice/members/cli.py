"""``unionoffice members …``: import, export, template, birthday list, membership rates, the monthly
change return, the real-name upload file, card-number patterns, headcount import, the review list.

Import, export, birthdays and rates go through the service contract, so they work on this
office's file (as the machine owner, or ``--user``) and on the union server (``--server URL
--user NAME``) alike. The others (monthly return, real-name file, card patterns, headcount import,
review list, ``export-person``, ``anonymise``) still open the database directly: they run on the
office's file, or on the server host with ``--db``.
"""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError
from unionoffice.members.labels import MemberStatus

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor
    from unionoffice.core.command_line import SubParsers
    from unionoffice.db.database import Database
    from unionoffice.foundation.contract import Services


def register(sub: SubParsers) -> None:
    members = sub.add_parser("members", help="会员名册").add_subparsers(dest="members_command", required=True)

    imp = members.add_parser("import", help="从 Excel/CSV 导入会员（先检查，有问题时不写入）")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出问题，不写入")
    imp.add_argument("--valid-only", action="store_true", help="导入无误的行，跳过有问题的行")
    imp.set_defaults(func=_cmd_import)

    exp = members.add_parser("export", help="导出会员名册到 .xlsx")
    exp.add_argument("file", type=Path)
    exp.add_argument("--branch", help="分工会名称")
    exp.add_argument("--status", choices=[status.value for status in MemberStatus])
    exp.add_argument("--search", default="", help="与名册搜索框相同的搜索文字")
    exp.add_argument("--unmasked", action="store_true", help="导出完整身份证号（仅管理员）")
    exp.set_defaults(func=_cmd_export)

    tpl = members.add_parser("template", help="生成会员导入模板")
    tpl.add_argument("file", type=Path)
    tpl.set_defaults(func=_cmd_template)

    bd = members.add_parser("birthdays", help="导出某月生日会员名单（每个分工会一个工作表）")
    bd.add_argument("file", type=Path)
    bd.add_argument("--month", type=int, required=True, choices=range(1, 13), metavar="1-12")
    bd.set_defaults(func=_cmd_birthdays)

    rates = members.add_parser("rates", help="各分工会入会率（可指定过去某日，按当月职工人数计算）")
    rates.add_argument("--on", type=_day, help="统计日期，如 2024-12-31（默认：当前）")
    rates.add_argument("--out", type=Path, help="同时导出到 .xlsx")
    rates.set_defaults(func=_cmd_rates)

    ret = members.add_parser("monthly-return", help="会员增减情况表（各分工会及合计），导出 PDF 或 .xlsx")
    ret.add_argument("--month", type=_month, required=True, help="月份，如 2026-10")
    ret.add_argument("--out", type=Path, required=True, help="输出文件（.pdf 或 .xlsx）")
    ret.set_defaults(func=_cmd_monthly_return)

    real = members.add_parser("realname-export", help="按全国工会会员实名制模板导出上报文件（.xlsx）")
    real.add_argument("--out", type=Path, required=True)
    real.add_argument("--unmasked", action="store_true", help="导出完整身份证号（须有相应权限）")
    real.set_defaults(func=_cmd_realname_export)

    pattern = members.add_parser("card-pattern", help="查看或设定会员证号规则（自某日起生效）")
    pattern.add_argument("pattern", nargs="?", help="如 HX{year}{seq:05}；不填则列出现有规则")
    pattern.add_argument("--from", dest="effective_from", type=_day, help="生效日期（默认：今天）")
    pattern.add_argument("--next", type=int, help="本规则当年号段的下一个顺序号（接续启用前已发的证号）")
    pattern.set_defaults(func=_cmd_card_pattern)

    heads = members.add_parser("headcount-import", help="从人力资源表格导入各分工会每月职工人数")
    heads.add_argument("file", type=Path)
    heads.add_argument("--valid-only", action="store_true", help="导入无误的行，跳过有问题的行")
    heads.set_defaults(func=_cmd_headcount_import)

    review = members.add_parser(
        "review-refresh", help="按会费记录更新六个月未交会费的审查名单（不会自动退会）"
    )
    review.set_defaults(func=_cmd_review_refresh)

    person = members.add_parser("export-person", help="导出某会员的全部个人信息（个人信息查阅权）")
    person.add_argument("member_id", type=int)
    person.add_argument("--out", type=Path, required=True)
    person.set_defaults(func=_cmd_export_person)
    anon = members.add_parser(
        "anonymise", help="对已退会/除名/转出/去世的会员做匿名化处理（保留统计与资金记录）"
    )
    anon.add_argument("member_id", type=int)
    anon.set_defaults(func=_cmd_anonymise)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应如 2024-12-31：{text}") from None


def _month(text: str) -> date:
    try:
        return date.fromisoformat(f"{text}-01") if len(text) == 7 else date.fromisoformat(text).replace(day=1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"月份应如 2026-10：{text}") from None


def _db_and_actor(args: argparse.Namespace) -> tuple[Database, Actor]:
    """The database, and the user signed in with --user: the job acts, and is logged, as them.
    Commands no operation answers yet open the database itself: refused when a union server is in
    use, so they never write to this PC's file instead (run them on the server host with ``--db``)."""
    from unionoffice.client.command_line import union_server_of
    from unionoffice.core.command_line import command_actor, open_db

    if union_server_of(args) is not None:
        raise UserError("此命令只能直接打开数据库运行：连接工会服务器时，请在服务器主机上用 --db 运行。")
    db = open_db(args)
    return db, command_actor(args, db)


def _cmd_monthly_return(args: argparse.Namespace) -> int:
    from unionoffice.client.command_line import services_for
    from unionoffice.foundation.progress import Progress
    from unionoffice.members.contract import EXPORT_MONTHLY_RETURN, MONTHLY_RETURN, ReturnFile, ReturnRequest

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError("输出文件须为 .pdf 或 .xlsx。")
    services = services_for(args)
    t = services.call(MONTHLY_RETURN, ReturnRequest(args.month)).total
    exported = services.run_job(EXPORT_MONTHLY_RETURN, ReturnFile(args.month, suffix[1:]), Progress())
    args.out.write_bytes(exported.file.content)
    print(
        f"{args.month.year} 年 {args.month.month} 月：月初 {t.opening}，新入会 {t.joins}，转入 {t.transfers_in}，"
        f"转出 {t.transfers_out}，退会 {t.withdrawals}（其中除名 {t.expelled}），去世 {t.deaths}，月末 {t.closing}"
        f"（其中保留会籍 {t.retained}）"
    )
    print(f"已导出到 {args.out}")
    return 0


def _cmd_realname_export(args: argparse.Namespace) -> int:
    from unionoffice.client.command_line import services_for
    from unionoffice.foundation.progress import Progress
    from unionoffice.members.contract import EXPORT_REALNAME, RealNameExport

    exported = services_for(args).run_job(EXPORT_REALNAME, RealNameExport(args.unmasked), Progress())
    args.out.write_bytes(exported.file.content)
    note = "（身份证号完整）" if args.unmasked else "（身份证号已脱敏）"
    print(f"已导出 {exported.rows} 名在册会员到 {args.out}{note}")
    return 0


def _cmd_card_pattern(args: argparse.Namespace) -> int:
    from unionoffice.members.cards import list_patterns, set_pattern

    db, actor = _db_and_actor(args)
    if args.pattern:
        set_pattern(db, actor, args.pattern, args.effective_from or date.today(), args.next)
    for line in list_patterns(db, actor):
        print(line)
    return 0


def _cmd_headcount_import(args: argparse.Namespace) -> int:
    from unionoffice.foundation.importer import ImportMode, format_report
    from unionoffice.members.headcounts import apply_import, plan_import

    db, actor = _db_and_actor(args)
    plan = plan_import(db, actor, args.file)
    print(format_report(plan.preview))
    print(f"新增 {len(plan.new_rows)} 条，更正 {len(plan.updates)} 条，无变化 {plan.unchanged} 条。")
    if plan.preview.problems and not args.valid_only:
        print(
            "文件中有问题，没有写入任何数据。修正后重新导入，或用 --valid-only 只导入无误的行。",
            file=sys.stderr,
        )
        return 1
    mode = ImportMode.VALID_ROWS_ONLY if args.valid_only else ImportMode.ALL_OR_NOTHING
    result = apply_import(db, actor, plan, mode)
    print(f"导入完成：新增 {result.inserted} 条，更正 {result.updated} 条。")
    return 0


def _cmd_review_refresh(args: argparse.Namespace) -> int:
    from unionoffice.members.reviews import lapse_sources, refresh

    db, actor = _db_and_actor(args)
    if not lapse_sources():
        print("尚未安装会费模块：没有可用的会费记录。可在“会籍审查”中人工列入。")
        return 0
    print(f"审查名单新增 {refresh(db, actor)} 人，等待会员委员会决定。")
    return 0


def _cmd_export_person(args: argparse.Namespace) -> int:
    from unionoffice.members.privacy import export_person

    db, actor = _db_and_actor(args)
    rows = export_person(db, actor, args.member_id, args.out)
    print(f"已导出 {rows} 条记录到 {args.out}")
    return 0


def _cmd_anonymise(args: argparse.Namespace) -> int:
    from unionoffice.members.privacy import anonymise

    db, actor = _db_and_actor(args)
    anonymise(db, actor, args.member_id)
    print(f"会员 {args.member_id} 的个人信息已匿名化；统计数据和资金记录保留。")
    return 0


def _branch_id(services: Services, name: str) -> int:
    from unionoffice.core.org.contract import REFERENCE
    from unionoffice.foundation.contract import Empty

    found = next((b.id for b in services.call(REFERENCE, Empty()).branches if b.name == name), None)
    if found is None:
        raise UserError(f"找不到分工会“{name}”。")
    return found


def _cmd_import(args: argparse.Namespace) -> int:
    from unionoffice.client.command_line import services_for
    from unionoffice.foundation.contract import FileData
    from unionoffice.foundation.importer import ImportMode
    from unionoffice.foundation.importer.preview import ImportApply
    from unionoffice.foundation.progress import Progress
    from unionoffice.members.contract import APPLY_IMPORT, PLAN_IMPORT

    services = services_for(args)
    upload = FileData(args.file.name, args.file.read_bytes())
    preview = services.run_job(PLAN_IMPORT, upload, Progress())
    print(f"共 {preview.total_rows} 行，有问题 {preview.rejected_rows} 行。")
    for problem in preview.problems[:500]:
        where = f"第 {problem.row} 行「{problem.field}」" if problem.field else f"第 {problem.row} 行"
        print(f"{where}：{problem.message}")
    if preview.ignored_columns:
        print("以下列未识别，已忽略：" + "、".join(preview.ignored_columns))
    for note in preview.notes:
        print(note)
    counts = (preview.new_count, preview.update_count, preview.unchanged)
    print("新会员 {} 名，信息有变化的已有会员 {} 名，无变化 {} 名。".format(*counts))
    for update in preview.updates[:200]:
        changes = "；".join(f"{c.field}：{c.before or '（空）'} → {c.after}" for c in update.changes)
        print(f"  第 {update.row_number} 行 {update.name}：{changes}")
    if args.dry_run:
        print("检查完毕（--dry-run），没有写入任何数据。")
        return 1 if preview.problems else 0
    if preview.problems and not args.valid_only:
        print(
            "文件中有问题，没有写入任何数据。修正后重新导入，或用 --valid-only 只导入无误的行。",
            file=sys.stderr,
        )
        return 1
    mode = ImportMode.VALID_ROWS_ONLY if args.valid_only else ImportMode.ALL_OR_NOTHING
    result = services.run_job(APPLY_IMPORT, ImportApply(preview.upload, mode.value), Progress())
    print(
        f"导入完成：新增 {result.inserted} 名，更新 {result.updated} 名，跳过有问题的 {result.rejected} 行。"
    )
    return 1 if result.rejected else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from unionoffice.client.command_line import services_for
    from unionoffice.foundation.progress import Progress
    from unionoffice.members.contract import EXPORT_REGISTER, MemberFilter, RegisterExport

    services = services_for(args)
    flt = MemberFilter(
        text=args.search,
        branch_id=_branch_id(services, args.branch) if args.branch else None,
        status=args.status,
    )
    exported = services.run_job(EXPORT_REGISTER, RegisterExport(flt, args.unmasked), Progress())
    args.file.write_bytes(exported.file.content)
    note = "（身份证号完整）" if args.unmasked else "（身份证号已脱敏）"
    print(f"已导出 {exported.rows} 名会员到 {args.file}{note}")
    return 0


def _cmd_template(args: argparse.Namespace) -> int:
    from unionoffice.members.importing import write_member_template

    write_member_template(args.file)
    print(f"已生成导入模板：{args.file}")
    return 0


def _cmd_birthdays(args: argparse.Namespace) -> int:
    from unionoffice.client.command_line import services_for
    from unionoffice.foundation.progress import Progress
    from unionoffice.members.contract import EXPORT_BIRTHDAYS, BirthdayRequest

    exported = services_for(args).run_job(EXPORT_BIRTHDAYS, BirthdayRequest(args.month), Progress())
    args.file.write_bytes(exported.file.content)
    print(f"{args.month} 月生日的在会会员 {exported.rows} 名，已导出到 {args.file}")
    return 0


def _cmd_rates(args: argparse.Namespace) -> int:
    from unionoffice.client.command_line import services_for
    from unionoffice.foundation.progress import Progress
    from unionoffice.members.contract import EXPORT_RATES, RATES, RatesRequest

    services = services_for(args)
    rates = services.call(RATES, RatesRequest(args.on)).rates
    print(f"{'分工会':<12}{'职工人数':>8}{'在会会员':>8}{'入会率':>8}{'保留会籍':>8}")
    for r in rates:
        print(
            f"{r.branch:<12}{r.headcount if r.headcount is not None else '未填':>10}{r.members:>10}"
            f"{r.rate_text:>10}{r.retained:>10}"
        )
    if args.out:
        exported = services.run_job(EXPORT_RATES, RatesRequest(args.on), Progress())
        args.out.write_bytes(exported.file.content)
        print(f"已导出到 {args.out}")
    return 0
