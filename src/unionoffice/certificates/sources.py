"""Where recipients come from: a spreadsheet, typed lines, or a list another module offers.

Other modules name their lists (``core.recipients.RecipientSource``) in their ``module.py``
(``recipient_sources``); they are added here on first use. ``fields`` keys are the template's
input keys; values a template lacks are ignored.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from unionoffice.certificates.templates import Template
from unionoffice.core.auth.actor import Actor
from unionoffice.core.modules import all_modules, load_object
from unionoffice.core.recipients import Recipient, RecipientSource
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import (
    Column,
    SheetRow,
    Table,
    parse_name,
    parse_rows,
    read_table,
    text_parser,
)
from unionoffice.foundation.importer.headers import header_key
from unionoffice.members.api import Member, MembersPerm

MAX_RECIPIENTS = 5000


_registry: dict[str, RecipientSource] = {}
_linked: list[bool] = []


def register_source(source: RecipientSource) -> None:
    _registry[source.key] = source


def _ensure_linked() -> None:
    """The lists other modules offer (``ModuleSpec.recipient_sources``), added on first use."""
    if _linked:
        return
    for spec in all_modules():
        for dotted in spec.recipient_sources:
            register_source(load_object(dotted))
    _linked.append(True)


def all_sources() -> list[RecipientSource]:
    _ensure_linked()
    return list(_registry.values())


def get_source(key: str) -> RecipientSource:
    _ensure_linked()
    try:
        return _registry[key]
    except KeyError:
        raise UserError(translate("Certificates", "未知的名单来源：{key}").format(key=key)) from None


# Spreadsheet ------------------------------------------------------------------------------------
def _columns(template: Template) -> list[Column]:
    columns = []
    for spec in template.inputs:
        parser = parse_name if spec.key == "name" else text_parser(500)
        required = spec.required and not spec.default
        columns.append(Column(spec.key, spec.label, tuple(spec.aliases) + (spec.key,), required, parser))
    columns.append(
        Column(
            "employee_no",
            translate("Certificates", "工号"),
            ("职工号", "员工编号", "employee_no"),
            False,
            text_parser(32),
        )
    )
    return columns


def _link_members(db: Database, actor: Actor, rows: list[tuple[int, dict]]) -> dict[int, int]:
    """Row number → member id for rows that give a 工号; unknown numbers are reported by row."""
    wanted = {row: values["employee_no"] for row, values in rows if values.get("employee_no")}
    if not wanted or not actor.can(MembersPerm.READ):
        return {}

    with db.read(actor) as s:
        found = dict(
            s.execute(
                select(Member.employee_no, Member.id).where(
                    Member.employee_no.in_(set(wanted.values())), actor.branch_clause(Member.branch_id)
                )
            ).all()
        )
    problems = [
        FieldProblem(
            translate("Certificates", "工号"),
            translate("Certificates", "找不到工号为 {no} 的会员").format(no=no),
            row,
        )
        for row, no in wanted.items()
        if no not in found
    ]
    if problems:
        raise ValidationError(problems)
    return {row: found[no] for row, no in wanted.items()}


def _recipients_from_table(db: Database, actor: Actor, table: Table, template: Template) -> list[Recipient]:
    preview = parse_rows(table, _columns(template))
    if preview.problems:
        raise ValidationError(preview.problems)
    if not preview.rows:
        raise UserError(translate("Certificates", "名单中没有数据行。"))
    if len(preview.rows) > MAX_RECIPIENTS:
        raise UserError(translate("Certificates", "一次最多发 {n} 份证书，请分批。").format(n=MAX_RECIPIENTS))
    rows = [(r.row_number, r.values) for r in preview.rows]
    members = _link_members(db, actor, rows)
    defaults = {i.key: i.default for i in template.inputs}
    result = []
    for number, values in rows:
        fields = {
            k: (v if v is not None else defaults.get(k, "")) for k, v in values.items() if k in defaults
        }
        result.append(Recipient(fields.pop("name"), members.get(number), fields))
    return result


def xlsx_recipients(db: Database, actor: Actor, path: str, template: Template) -> list[Recipient]:
    """Columns are found by header: the template's Chinese labels, their aliases or the field keys."""
    return _recipients_from_table(db, actor, read_table(Path(path)), template)


_SPLIT = re.compile(r"\t|,")


def text_recipients(db: Database, actor: Actor, text: str, template: Template) -> list[Recipient]:
    """One recipient per line, values separated by tabs (pasted from Excel) or commas.

    A first line naming the columns (姓名, 奖项 …) maps them by header; without one the values
    follow the template's inputs in order.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise UserError(translate("Certificates", "请至少输入一行名单。"))
    rows = [[cell.strip() for cell in _SPLIT.split(line)] for line in lines]
    name_spec = next(i for i in template.inputs if i.key == "name")
    header_names = {header_key(n) for n in (name_spec.label, name_spec.key, *name_spec.aliases)}
    table = Table.from_lists(rows, "text")
    if not any(header_key(c) in header_names for c in rows[0]):
        # No header typed: add one as row 0 so problems still name the line the clerk typed.
        table.rows.insert(0, SheetRow(0, [i.label for i in template.inputs]))
    return _recipients_from_table(db, actor, table, template)


register_source(
    RecipientSource("xlsx", lambda: translate("Certificates", "Excel 名单文件"), "file", xlsx_recipients)
)
register_source(
    RecipientSource("text", lambda: translate("Certificates", "手工输入名单"), "text", text_recipients)
)
