"""Employees per branch union per month (职工人数), typed or imported from HR's sheet.

The membership rate of a past day divides the members of that day by the headcount recorded for
that month (or the latest month before it); only where nothing is recorded does it fall back to
the figure entered on the branch union in the organisation screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import (
    CellError,
    Column,
    ImportMode,
    ImportPreview,
    parse_int,
    parse_rows,
    read_table,
    rows_to_apply,
    write_template,
)
from unionoffice.foundation.importer.normalize import remove_spaces
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.members.contract import HeadcountFilter, HeadcountInput, field_label, headcount_columns
from unionoffice.members.models import Headcount
from unionoffice.members.org_names import OrgNames
from unionoffice.members.perms import MembersPerm

MAX_HEADCOUNT = 1_000_000
_MONTH = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?(?:份)?$|^(\d{4})(\d{2})$")


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def parse_month(value: object) -> date:
    """2026-10, 2026.10, 2026年10月, 202610, or a date in the month → the month's first day."""
    if isinstance(value, datetime):
        return value.date().replace(day=1)
    if isinstance(value, date):
        return value.replace(day=1)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = remove_spaces(str(value)) if value is not None else ""
    found = _MONTH.match(text)
    if found is None:
        raise CellError(translate("Members", "月份格式不正确，应如 2026-10 或 2026年10月"))
    year = int(found.group(1) or found.group(3))
    month = int(found.group(2) or found.group(4))
    if not 1 <= month <= 12 or year < 1950:
        raise CellError(translate("Members", "月份格式不正确，应如 2026-10 或 2026年10月"))
    return date(year, month, 1)


def headcounts_on(s: Session, on: date) -> dict[int, tuple[int, date]]:
    """Branch union → (headcount, month recorded) for ``on``: the latest month up to ``on``'s."""
    month = first_of_month(on)
    latest = (
        select(Headcount.branch_id, func.max(Headcount.month).label("month"))
        .where(Headcount.month <= month)
        .group_by(Headcount.branch_id)
        .subquery()
    )
    rows = s.execute(
        select(Headcount.branch_id, Headcount.headcount, Headcount.month).join(
            latest, and_(latest.c.branch_id == Headcount.branch_id, latest.c.month == Headcount.month)
        )
    )
    return {branch_id: (headcount, recorded) for branch_id, headcount, recorded in rows}


def _check(s: Session, actor: Actor, data: HeadcountInput) -> list[FieldProblem]:
    problems = []
    branch = s.get(OrgUnit, data.branch_id) if data.branch_id is not None else None
    if branch is None or branch.kind != UnitKind.BRANCH:
        problems.append(FieldProblem(field_label("branch"), translate("Members", "请选择分工会")))
    elif not actor.can_see_branch(branch.id):
        problems.append(FieldProblem(field_label("branch"), translate("Members", "无权录入该分工会的人数")))
    if data.month is None:
        problems.append(FieldProblem(field_label("month"), translate("Members", "不能为空")))
    elif first_of_month(data.month) > first_of_month(date.today()):
        problems.append(FieldProblem(field_label("month"), translate("Members", "不能晚于本月")))
    if data.headcount is None or not 0 < data.headcount <= MAX_HEADCOUNT:
        problems.append(
            FieldProblem(
                field_label("headcount"),
                translate("Members", "应为 1 到 {n} 之间的整数").format(n=MAX_HEADCOUNT),
            )
        )
    return problems


def save_headcount(
    db: Database, actor: Actor, data: HeadcountInput, headcount_id: int | None = None, version: int = 0
) -> int:
    """Record (or correct) a branch union's headcount for a month; one row per branch and month."""
    actor.require(MembersPerm.WRITE)
    with db.transaction(actor) as s:
        problems = _check(s, actor, data)
        if problems:
            raise ValidationError(problems)
        assert data.month is not None and data.branch_id is not None and data.headcount is not None
        month = first_of_month(data.month)
        row: Headcount | None = None
        if headcount_id is not None:
            row = s.get(Headcount, headcount_id)
            if row is None or not actor.can_see_branch(row.branch_id):
                raise ValidationError(
                    FieldProblem(field_label("month"), translate("Members", "找不到该记录"))
                )
            check_version(s, row, version)
        same = s.execute(
            select(Headcount).where(Headcount.branch_id == data.branch_id, Headcount.month == month)
        ).scalar_one_or_none()
        if same is not None and same is not row:
            if row is not None:
                raise ValidationError(
                    FieldProblem(field_label("month"), translate("Members", "该分工会这个月已有记录"))
                )
            row = same  # typing a month again corrects it
        if row is None:
            row = Headcount(branch_id=data.branch_id, month=month, headcount=data.headcount, source="typed")
            s.add(row)
        else:
            row.branch_id, row.month, row.headcount, row.source = (
                data.branch_id,
                month,
                data.headcount,
                "typed",
            )
        s.flush()
        return row.id


def headcount_source(db: Database, actor: Actor, flt: HeadcountFilter) -> QuerySource:
    actor.require(MembersPerm.READ)
    query: Select = (
        select(
            Headcount.id,
            Headcount.month,
            OrgUnit.name,
            Headcount.headcount,
            Headcount.source,
            Headcount.updated_at,
        )
        .join(OrgUnit, OrgUnit.id == Headcount.branch_id)
        .where(actor.branch_clause(Headcount.branch_id))
    )
    if flt.branch_id is not None:
        query = query.where(Headcount.branch_id == flt.branch_id)
    if flt.year is not None:
        query = query.where(
            Headcount.month >= date(flt.year, 1, 1), Headcount.month < date(flt.year + 1, 1, 1)
        )
    sources = {
        "typed": translate("Members", "录入"),
        "import": translate("Members", "导入"),
        "demo": translate("Members", "演示数据"),
    }

    def fmt(row: Any) -> tuple[Any, ...]:
        month, branch, headcount, source, updated = row
        month = month if isinstance(month, date) else date.fromisoformat(str(month))
        return (
            f"{month.year}-{month.month:02d}",
            branch,
            headcount,
            sources.get(source, source),
            str(updated)[:16],
        )

    return QuerySource(
        db,
        query,
        headcount_columns(),
        {"month": Headcount.month, "branch": OrgUnit.sort_order, "headcount": Headcount.headcount},
        default_order=(Headcount.month.desc(), OrgUnit.sort_order),
        formatter=fmt,
    )


# Import from HR's sheet ------------------------------------------------------------------------
def import_columns() -> list[Column]:
    return [
        Column(
            "branch",
            field_label("branch"),
            ("分会", "所属分工会", "基层工会", "单位", "部门"),
            required=False,
        ),
        Column("month", field_label("month"), ("统计月份", "年月", "月度", "日期"), parser=parse_month),
        Column(
            "headcount",
            field_label("headcount"),
            ("在岗职工人数", "职工总数", "员工人数", "在职人数", "人数", "在岗人数"),
            parser=parse_int,
        ),
    ]


def write_headcount_template(path: str | Path) -> None:
    write_template(path, import_columns(), [["心兴分工会", "2026-10", 3450]])


@dataclass(frozen=True)
class HeadcountChange:
    row_number: int
    record_id: int
    shown: str  # "心兴分工会 2026-10"
    before: int
    after: int


@dataclass
class HeadcountPlan:
    source: str
    preview: ImportPreview
    new_rows: list[tuple[int, int, date, int]] = field(default_factory=list)  # row, branch, month, count
    updates: list[HeadcountChange] = field(default_factory=list)
    unchanged: int = 0
    names: dict[int, str] = field(default_factory=dict)
    actor_id: int | None = None


def plan_import(
    db: Database, actor: Actor, path: str | Path, progress: Progress = NO_PROGRESS
) -> HeadcountPlan:
    """Read and check HR's headcount sheet against the recorded months; writes nothing."""
    actor.require(MembersPerm.WRITE)
    progress.step(0, 0, translate("Members", "正在读取文件…"))
    org = OrgNames(db, actor)
    today = first_of_month(date.today())

    def check(values: dict[str, Any]) -> list[CellError]:
        errors = org.branch_errors(actor, values.get("branch"))
        month = values.get("month")
        if month is not None and month > today:
            errors.append(CellError(translate("Members", "不能晚于本月"), "month"))
        count = values.get("headcount")
        if count is not None and not 0 < count <= MAX_HEADCOUNT:
            errors.append(
                CellError(
                    translate("Members", "应为 1 到 {n} 之间的整数").format(n=MAX_HEADCOUNT), "headcount"
                )
            )
        return errors

    preview = parse_rows(read_table(path), import_columns(), check, cancelled=lambda: progress.cancelled)
    plan = HeadcountPlan(Path(path).name, preview, names=dict(org.names), actor_id=actor.user_id)
    seen: dict[tuple[int, date], int] = {}
    with db.read(actor) as s:
        stored = {
            (b, m): (i, n)
            for i, b, m, n in s.execute(
                select(Headcount.id, Headcount.branch_id, Headcount.month, Headcount.headcount)
            )
        }
    for row in preview.valid_rows:
        branch_id = org.branch_of(actor, row.values.get("branch"))
        assert branch_id is not None
        key = (branch_id, row.values["month"])
        if key in seen:
            preview.problems.append(
                FieldProblem(
                    field_label("month"),
                    translate("Members", "与第 {row} 行重复（同一分工会同一月份）").format(row=seen[key]),
                    row.row_number,
                )
            )
            continue
        seen[key] = row.row_number
        count = row.values["headcount"]
        if key in stored:
            record_id, before = stored[key]
            if before == count:
                plan.unchanged += 1
            else:
                shown = f"{plan.names.get(branch_id, '')} {key[1].year}-{key[1].month:02d}"
                plan.updates.append(HeadcountChange(row.row_number, record_id, shown, before, count))
        else:
            plan.new_rows.append((row.row_number, branch_id, key[1], count))
    rejected = preview.rejected_row_numbers
    plan.new_rows = [r for r in plan.new_rows if r[0] not in rejected]
    plan.updates = [u for u in plan.updates if u.row_number not in rejected]
    preview.problems.sort(key=lambda p: p.row or 0)
    return plan


def apply_import(db: Database, actor: Actor, plan: HeadcountPlan, mode: ImportMode) -> ImportOutcome:
    actor.require(MembersPerm.WRITE)
    rows_to_apply(plan.preview, mode)
    with db.transaction(actor) as s:
        for _row, branch_id, month, count in plan.new_rows:
            s.add(Headcount(branch_id=branch_id, month=month, headcount=count, source="import"))
        for change in plan.updates:
            found = s.get(Headcount, change.record_id)
            if found is not None:
                found.headcount, found.source = change.after, "import"
        record(
            s,
            "import",
            Headcount.__tablename__,
            None,
            translate("Members", "从 {file} 导入职工人数 {n} 条").format(
                file=plan.source, n=len(plan.new_rows) + len(plan.updates)
            ),
        )
    return ImportOutcome(len(plan.new_rows), len(plan.updates), len(plan.preview.rejected_row_numbers))
