"""``unionoffice certificates templates | issue | verify``."""

# Imports inside functions: `unionoffice --help` and the GUI's start-up build the parser; a command
# loads SQLAlchemy and its services only when it runs.

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

if TYPE_CHECKING:
    from unionoffice.core.command_line import SubParsers


KIND_LABELS = {"text": "文字", "paragraph": "段落", "qr": "二维码", "image": "图片"}


def register(sub: SubParsers) -> None:
    certs = sub.add_parser("certificates", help="证书：模板、批量发证、验证").add_subparsers(
        dest="certificates_command", required=True
    )
    certs.add_parser("templates", help="列出证书模板及其字段").set_defaults(func=_cmd_templates)

    issue = certs.add_parser("issue", help="按 Excel 名单批量发证，输出一个 PDF")
    issue.add_argument("--template", required=True, help="模板名称或标识（见 templates 命令）")
    issue.add_argument("--source", required=True, type=Path, help="名单文件 .xlsx/.xls/.csv，按表头对应字段")
    issue.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    issue.add_argument(
        "--date", type=date.fromisoformat, default=None, help="颁发日期 YYYY-MM-DD（默认今天）"
    )
    issue.add_argument("--issuer", default="", help="颁发单位（默认用模板中的）")
    issue.add_argument("--label", default="", help="来源说明，记入登记簿（默认为文件名）")
    issue.add_argument(
        "--preprinted", action="store_true", help="套打：在已印好的证书纸上打印，不印背景和边框"
    )
    issue.add_argument(
        "--per-person", type=Path, default=None, metavar="DIR", help="另外每人输出一个 PDF 到此文件夹"
    )
    issue.set_defaults(func=_cmd_issue)

    verify = certs.add_parser("verify", help="验证扫描到的二维码文字或证书编号")
    verify.add_argument("text")
    verify.set_defaults(func=_cmd_verify)


def _cmd_templates(args: argparse.Namespace) -> int:
    from unionoffice.certificates.templates import list_templates

    for t in list_templates():
        print(
            f"{t.name}（{t.key}）  {t.width_mm:g}×{t.height_mm:g} mm  编号 {t.number(date.today().year, 1)}"
        )
        print(
            "  名单列："
            + "、".join(i.label + ("" if i.required and not i.default else "（可选）") for i in t.inputs)
        )
        for f in t.fields:
            where = f"({f.x_mm:g}, {f.y_mm:g}) mm"
            extra = f"{f.size:g} pt {f.align}" if f.kind in ("text", "paragraph") else f"{f.width_mm:g} mm"
            text = f"  {f.text}" if f.text else ""
            print(
                f"    {f.key:<16} {f.label:<10} {KIND_LABELS.get(f.kind, f.kind):<4} {where:<18} {extra}{text}"
            )
    return 0


def _cmd_issue(args: argparse.Namespace) -> int:
    from unionoffice.certificates.render import RenderOptions
    from unionoffice.certificates.service import IssueRequest, issue_batch
    from unionoffice.certificates.sources import get_source
    from unionoffice.certificates.templates import get_template
    from unionoffice.core.command_line import command_actor, open_db
    from unionoffice.foundation.progress import Progress

    template = get_template(args.template)
    db = open_db(args)
    actor = command_actor(args, db)
    recipients = get_source("xlsx").recipients(db, actor, str(args.source), template)
    shown = [-1]

    def report(done: int, total: int, _text: str | None) -> None:
        percent = done * 100 // max(total, 1)
        if percent // 10 != shown[0]:
            shown[0] = percent // 10
            print(
                f"\r{translate('Certificates', '正在生成')} {percent}%", end="", file=sys.stderr, flush=True
            )

    request = IssueRequest(
        template=template,
        recipients=recipients,
        source_key="xlsx",
        source_label=args.label or args.source.stem,
        target=args.out,
        issued_on=args.date or date.today(),
        options=RenderOptions(preprinted=args.preprinted),
        per_person_dir=args.per_person,
        issuer=args.issuer,
    )
    result = issue_batch(db, actor, request, Progress(report))
    print(file=sys.stderr)
    print(
        translate("Certificates", "已发放 {n} 份证书，编号 {first} 至 {last}，文件：{path}").format(
            n=result.count, first=result.first_number, last=result.last_number, path=result.path
        )
    )
    if result.per_person:
        print(
            translate("Certificates", "另存每人一份：{n} 个文件在 {dir}").format(
                n=len(result.per_person), dir=args.per_person
            )
        )
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from unionoffice.certificates.service import Verdict, verify
    from unionoffice.core.command_line import command_actor, open_db

    if not args.text.strip():
        raise UserError(translate("Certificates", "请提供二维码文字或证书编号。"))
    db = open_db(args)
    actor = command_actor(args, db)
    result = verify(db, actor, args.text)
    print(f"{result.verdict.label}：{result.number}")
    print(result.message)
    return 0 if result.verdict is Verdict.VALID else 1
