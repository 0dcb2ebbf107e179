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
    from unionoffice.contests.service.packages import KEY_SLIP, export_packages, key_folder_for

    db, actor = _db_and_actor(args)
    c = _find(db, actor, args.contest)
    keys_out = args.keys_out or key_folder_for(args.out)
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
