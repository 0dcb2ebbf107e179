"""``unionoffice contest …``: the contest jobs a script or a scheduled task can run."""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from unionoffice.contests.service.entrants import ContestSummary
    from unionoffice.core.auth.actor import Actor
    from unionoffice.core.command_line import SubParsers
    from unionoffice.db.database import Database


def register(sub: SubParsers) -> None:
    contest = sub.add_parser("contest", help="技能竞赛").add_subparsers(dest="contest_command", required=True)
    p = contest.add_parser("list", help="列出竞赛")
    p.set_defaults(func=_list)
    p = contest.add_parser("import-definition", help="从方案文件新建竞赛")
    p.add_argument("file", type=Path)
    p.add_argument("--year", type=int, help="改为该年度（沿用往年方案时）")
    p.set_defaults(func=_import_definition)
    p = contest.add_parser("export-definition", help="导出竞赛方案")
    p.add_argument("contest", help="竞赛编号或名称")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=_export_definition)
    p = contest.add_parser("copy", help="复制为新竞赛（沿用方案，不含选手、评委和评分）")
    p.add_argument("contest", help="竞赛编号或名称")
    p.add_argument("--year", type=int, required=True, help="新竞赛的年度")
    p.add_argument("--name", help="新竞赛名称（默认把名称中的年份换成新年度）")
    p.set_defaults(func=_copy)
    p = contest.add_parser("export-packages", help="为每位评委导出评分包和密钥单")
    p.add_argument("contest")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--keys-out", type=Path, help="密钥单文件夹（默认：评分包文件夹旁的“…-密钥单”）")
    p.set_defaults(func=_export_packages)
    p = contest.add_parser("export-sheets", help="为每位评委导出纸质评分录入表（.xlsx）")
    p.add_argument("contest")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=_export_sheets)
    p = contest.add_parser("import-package", help="导入评委交回的评分包")
    p.add_argument("file", type=Path, nargs="+")
    p.set_defaults(func=_import_package)
    p = contest.add_parser("import-marks", help="导入纸质评分录入表（.xlsx）")
    p.add_argument("file", type=Path)
    p.set_defaults(func=_import_marks)
    p = contest.add_parser("results", help="导出成绩")
    p.add_argument("contest")
    p.add_argument("--format", choices=("csv", "xlsx", "pdf"), default="csv")
    p.add_argument("--out", type=Path, help="输出文件（默认：当前文件夹）")
    p.set_defaults(func=_results)
    p = contest.add_parser("import-entries", help="导入分工会报名表（逐行检查会籍和报名条件）")
    p.add_argument("contest", help="竞赛编号或名称")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.add_argument("--valid-only", action="store_true", help="跳过有问题的行，只导入无误的行")
    p.set_defaults(func=_import_entries)
    p = contest.add_parser("withdraw", help="退赛（须写明理由）")
    p.add_argument("contest")
    p.add_argument("bib", help="参赛号")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=_withdraw)
    p = contest.add_parser("outcomes", help="导出晋级与推荐名单（.xlsx）")
    p.add_argument("contest")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=_outcomes)
    p = contest.add_parser("import-bank", help="导入题库（成为该工种题库的新版本）")
    p.add_argument("file", type=Path)
    p.add_argument("--trade", required=True, help="工种")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.set_defaults(func=_import_bank)
    p = contest.add_parser("make-paper", help="按组卷要求从题库最新版本组卷（A、B 卷）")
    p.add_argument("contest")
    p.set_defaults(func=_make_paper)
    p = contest.add_parser("export-exam", help="导出各考场的考场包和考场密钥单")
    p.add_argument("contest")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--room-size", type=int, default=30)
    p.set_defaults(func=_export_exam)
    p = contest.add_parser("import-answers", help="导入考场交回的答卷文件并自动评分")
    p.add_argument("contest")
    p.add_argument("file", type=Path, nargs="+")
    p.set_defaults(func=_import_answers)
    p = contest.add_parser("lock", help="锁定成绩")
    p.add_argument("contest")
    p.set_defaults(func=_lock)
    p = contest.add_parser("unlock", help="解锁成绩（须写明理由）")
    p.add_argument("contest")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=_unlock)


def _db_and_actor(args: argparse.Namespace) -> tuple[Database, Actor]:
    from unionoffice.core.command_line import command_actor, open_db

    db = open_db(args)
    actor = command_actor(args, db)
    return db, actor


def _find(db: Database, actor: Actor, text: str) -> ContestSummary:
    from unionoffice.contests.service.entrants import list_contests

    contests = list_contests(db, actor)
    matches = [c for c in contests if str(c.id) == text] or [c for c in contests if c.name == text]
    if not matches:
        matches = [c for c in contests if text in c.name]
    if len(matches) != 1:
        raise UserError(f"找不到唯一的竞赛“{text}”（按编号或名称）。可用 `unionoffice contest list` 查看。")
    return matches[0]


def _list(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.entrants import list_contests

    db, actor = _db_and_actor(args)
    for c in list_contests(db, actor):
        print(
            f"{c.id:>4}  {c.year}  {c.name:<24} {c.trade:<8} {c.contestants:>5} 人  {'已锁定' if c.locked else ''}"
        )
    return 0


def _import_definition(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.definition import import_definition

    db, actor = _db_and_actor(args)
    contest_id = import_definition(db, actor, args.file, args.year)
    print(f"已新建竞赛（编号 {contest_id}）。")
    return 0


def _export_definition(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.definition import export_definition

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    export_definition(db, actor, c.id, args.out)
    print(f"已导出竞赛方案：{args.out}")
    return 0


def _copy(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.editing import copy_contest

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    new_id = copy_contest(db, actor, c.id, args.year, args.name)
    print(f"已复制“{c.name}”为新竞赛（编号 {new_id}）。")
    return 0


def _export_packages(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.packages import export_packages
    from unionoffice.core.judging.folders import KEY_SLIP, key_folder

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    keys_out = args.keys_out or key_folder(Path(args.out))
    for e in export_packages(db, actor, c.id, args.out, keys_folder=keys_out):
        print(f"{e.judge_name}  {e.event_name}  {e.contestants} 人  {e.path.name}")
    print(f"评分包已导出到 {args.out}；密钥单在另一个文件夹：{keys_out / KEY_SLIP}（请与评分包分开交给评委）")
    return 0


def _export_sheets(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.entrants import list_judges
    from unionoffice.contests.service.sheets import export_marking_sheet

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    args.out.mkdir(parents=True, exist_ok=True)
    for j in list_judges(db, actor, c.id):
        target = args.out / f"{c.year}_{c.trade}_{j.event_name}_{j.name}_评分表.xlsx"
        export_marking_sheet(db, actor, j.assignment_id, target)
        print(target)
    return 0


def _import_package(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.packages import import_package

    db, actor = _db_and_actor(args)
    failed = 0
    for path in args.file:
        try:
            print(f"{path.name}：{import_package(db, actor, path).describe()}")
        except UserError as error:
            print(f"{path.name}：未导入。{error}")
            failed += 1
    return 2 if failed else 0


def _import_marks(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.sheets import import_marking_sheet

    db, actor = _db_and_actor(args)
    print(import_marking_sheet(db, actor, args.file).describe())
    return 0


def _results(args: argparse.Namespace) -> int:
    from unionoffice.contests.service import export
    from unionoffice.contests.service.results import compute_results

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    r = compute_results(db, actor, c.id)
    out = args.out or Path(f"{r.name}成绩.{args.format}")
    {"csv": export.write_csv, "xlsx": export.write_results_xlsx, "pdf": export.write_results_pdf}[
        args.format
    ](r, out)
    print(f"已导出 {len(r.rows)} 名选手的成绩：{out}")
    return 0


def _lock(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.results import lock_results

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    lock_results(db, actor, c.id, c.version)
    print(f"已锁定“{c.name}”的成绩。")
    return 0


def _unlock(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.results import unlock_results

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    unlock_results(db, actor, c.id, args.reason, c.version)
    print(f"已解锁“{c.name}”的成绩，理由已记入审计日志。")
    return 0


def _import_entries(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.entries import apply_entries, plan_entries
    from unionoffice.foundation.importer import ImportMode, ImportPreview, format_report

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    plan = plan_entries(db, actor, c.id, args.file)
    print(format_report(ImportPreview(plan.preview.rows, plan.problems, 0, plan.preview.ignored_columns)))
    if plan.problems and not args.valid_only:
        print("文件中有问题，未写入任何报名。修正后重新导入，或加 --valid-only 只导入无误的行。")
        return 2
    if args.dry_run:
        print(f"检查完毕：可报名 {len(plan.entries)} 人（--dry-run，未写入）。")
        return 0
    mode = ImportMode.VALID_ROWS_ONLY if args.valid_only else ImportMode.ALL_OR_NOTHING
    outcome = apply_entries(db, actor, plan, mode)
    print(f"已报名 {outcome.inserted} 人（{c.name}）。")
    return 0


def _withdraw(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from unionoffice.contests.models import Contestant
    from unionoffice.contests.service.entries import withdraw

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    with db.read(actor) as s:
        found = s.execute(
            select(Contestant.id).where(Contestant.contest_id == c.id, Contestant.bib == args.bib)
        ).scalar_one_or_none()
    if found is None:
        raise UserError(f"竞赛“{c.name}”中没有参赛号 {args.bib}。")
    withdraw(db, actor, found, args.reason)
    print(f"参赛号 {args.bib} 已退赛。")
    return 0


def _outcomes(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.export import write_outcomes_xlsx
    from unionoffice.contests.service.results import compute_results

    db, actor = _db_and_actor(args)
    r = compute_results(db, actor, _find(db, actor, args.contest).id)
    write_outcomes_xlsx(r, args.out)
    print(f"已导出 {len(r.outcomes)} 人的晋级与推荐名单：{args.out}")
    return 0


def _import_bank(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.bank import apply_bank, plan_bank
    from unionoffice.foundation.importer import ImportMode, format_report

    db, actor = _db_and_actor(args)
    plan = plan_bank(db, actor, args.trade, args.file)
    print(format_report(plan.preview))
    if plan.problems:
        print("文件中有问题，未导入任何试题。")
        return 2
    if args.dry_run:
        print(f"检查完毕：将成为“{args.trade}”题库第 {plan.next_version} 版（--dry-run，未写入）。")
        return 0
    outcome = apply_bank(db, actor, plan, ImportMode.ALL_OR_NOTHING)
    print(f"已导入 {outcome.inserted} 道题：“{args.trade}”题库第 {plan.next_version} 版。")
    return 0


def _make_paper(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.exam import generate_paper

    db, actor = _db_and_actor(args)
    info = generate_paper(db, actor, _find(db, actor, args.contest).id)
    print(f"已从题库第 {info.bank_version} 版组卷：{info.questions} 道题，满分 {info.total} 分，A/B 两种卷。")
    return 0


def _export_exam(args: argparse.Namespace) -> int:
    from unionoffice.contests.exam_package import SUFFIX
    from unionoffice.contests.service.exam import exam_packages, key_slip

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    made = exam_packages(db, actor, c.id, args.room_size)
    args.out.mkdir(parents=True, exist_ok=True)
    names = [f"{c.year}_{c.trade}_{p.name.replace(' ', '')}{SUFFIX}" for p in made]
    for name, package in zip(names, made, strict=True):
        (args.out / name).write_bytes(package.data)
        print(f"{package.name}  {package.seats} 人  {name}")
    (args.out / "考场密钥单.txt").write_text(key_slip(c.name, made, names), encoding="utf-8")
    print(f"考场包已导出到 {args.out}；密钥单：{args.out / '考场密钥单.txt'}（请与考场包分开交给监考老师）")
    return 0


def _import_answers(args: argparse.Namespace) -> int:
    from unionoffice.contests.service.exam import import_answers_bytes

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    failed = 0
    for path in args.file:
        try:
            print(f"{path.name}：{import_answers_bytes(db, actor, c.id, path.read_bytes())}")
        except UserError as error:
            print(f"{path.name}：未导入。{error}")
            failed += 1
    return 2 if failed else 0
