"""``unionoffice studios ...``: the compilation, statistics and spreadsheet imports from a shell."""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from unionoffice.core.command_line import SubParsers


def register(subparsers: SubParsers) -> None:
    studios = subparsers.add_parser("studios", help="创新工作室、成果与荣誉").add_subparsers(
        dest="studios_command", required=True
    )
    comp = studios.add_parser("compilation", help="导出某年评级成果汇编（.pdf 小册子或 .xlsx 表格）")
    comp.add_argument("--year", type=int, required=True)
    comp.add_argument("--out", type=Path, required=True, help="输出文件，扩展名 .pdf 或 .xlsx")
    comp.set_defaults(func=_cmd_compilation)
    studios.add_parser("stats", help="打印统计数字").set_defaults(func=_cmd_stats)
    for name, what in (("import-achievements", "成果"), ("import-honours", "荣誉")):
        cmd = studios.add_parser(name, help=f"从 Excel/CSV 导入{what}")
        cmd.add_argument("file", type=Path)
        cmd.add_argument(
            "--valid-only", action="store_true", help="只导入没有问题的行（默认：有任何问题则全部不导入）"
        )
        cmd.add_argument("--dry-run", action="store_true", help="只检查，不写入")
        cmd.set_defaults(func=_cmd_import, kind=name.removeprefix("import-"))
    template = studios.add_parser("template", help="生成导入模板 .xlsx")
    template.add_argument("kind", choices=("achievements", "honours"))
    template.add_argument("--out", type=Path, required=True)
    template.set_defaults(func=_cmd_template)


def _cmd_compilation(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor, open_db
    from unionoffice.studios.service.compilation import write_compilation_pdf, write_compilation_xlsx

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError("输出文件的扩展名应为 .pdf 或 .xlsx。")
    db = open_db(args)
    actor = command_actor(args, db)
    write = write_compilation_pdf if suffix == ".pdf" else write_compilation_xlsx
    count = write(db, actor, args.year, args.out)
    print(f"已生成 {args.year} 年成果汇编：{args.out}（{count} 项成果）")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor, open_db
    from unionoffice.studios.service.stats import stat_tables, statistics

    db = open_db(args)
    actor = command_actor(args, db)
    for table in stat_tables(statistics(db, actor)):
        print(f"\n【{table.title}】")
        print("\t".join(table.headers))
        for row in table.rows:
            print("\t".join(str(v) for v in row))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from unionoffice.core.command_line import command_actor, open_db
    from unionoffice.foundation.importer import ImportMode, format_report
    from unionoffice.studios.service import importing

    db = open_db(args)
    actor = command_actor(args, db)
    preview = importing.preview_achievements if args.kind == "achievements" else importing.preview_honours
    result = preview(db, actor, args.file)
    print(format_report(result.preview))
    if args.dry_run:
        return 0 if result.preview.ok else 1
    mode = ImportMode.VALID_ROWS_ONLY if args.valid_only else ImportMode.ALL_OR_NOTHING
    count = importing.apply_import(db, actor, result, mode)
    print(f"已导入 {count} 行。")
    return 0


def _cmd_template(args: argparse.Namespace) -> int:
    from unionoffice.foundation.importer import write_template
    from unionoffice.studios.service.importing import ACHIEVEMENT_COLUMNS, HONOUR_COLUMNS

    columns = ACHIEVEMENT_COLUMNS if args.kind == "achievements" else HONOUR_COLUMNS
    write_template(args.out, columns)
    print(f"已生成导入模板：{args.out}")
    return 0
