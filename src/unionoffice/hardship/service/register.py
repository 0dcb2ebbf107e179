"""The register of files: the list with its filters (in SQL, within the clerk's branch unions)
and its export."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, or_, select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import FEN, Sheet, write_xlsx
from unionoffice.hardship.contract import DUE_FOLLOW_UP, DUE_REVIEW, FileFilter, file_columns
from unionoffice.hardship.labels import Origin, Stage, category_text
from unionoffice.hardship.models import HardshipFile
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.service.common import today
from unionoffice.members.api import Member

_HIGHEST = "\uffff"


def _prefix(column: SQLColumnExpression[Any], text: str) -> ColumnElement[bool]:
    return and_(column >= text, column < text + _HIGHEST)


def text_clause(text: str, *, file_no: bool = True) -> ColumnElement[bool] | None:
    """A name (or part of it), its pinyin or initials, an employee number, a file number."""
    text = text.strip()
    if not text:
        return None
    conditions = [Member.name.contains(text, autoescape=True)]
    if text.isascii():
        lower = text.lower()
        conditions += [_prefix(Member.name_pinyin, lower), _prefix(Member.name_initials, lower)]
        conditions.append(_prefix(Member.employee_no, text.upper()))
        if file_no:
            conditions.append(_prefix(HardshipFile.file_no, text.upper()))
    return or_(*conditions)


def file_criteria(actor: Actor, flt: FileFilter, on: date) -> list[ColumnElement[bool]]:
    criteria = [actor.branch_clause(HardshipFile.branch_id)]
    if flt.branch_id is not None:
        criteria.append(HardshipFile.branch_id == flt.branch_id)
    if flt.base:
        criteria.append(HardshipFile.base == flt.base)
    if flt.category:
        criteria.append(HardshipFile.category == flt.category)
    if flt.stage:
        criteria.append(HardshipFile.stage == flt.stage)
    if flt.due == DUE_REVIEW:
        criteria += [HardshipFile.stage == Stage.APPROVED, HardshipFile.review_due <= on]
    elif flt.due == DUE_FOLLOW_UP:
        criteria += [HardshipFile.stage == Stage.CLOSED, HardshipFile.follow_up_until >= on]
    clause = text_clause(flt.text)
    if clause is not None:
        criteria.append(clause)
    return criteria


def _select() -> tuple[Select, Mapping[str, SQLColumnExpression[Any]]]:
    branch = aliased(OrgUnit)
    query = (
        select(
            HardshipFile.id,
            HardshipFile.file_no,
            Member.name,
            branch.name,
            HardshipFile.base,
            HardshipFile.category,
            HardshipFile.stage,
            HardshipFile.origin,
            HardshipFile.opened_on,
            HardshipFile.notice_until,
            HardshipFile.review_due,
            HardshipFile.follow_up_until,
            HardshipFile.household_size,
        )
        .join(Member, Member.id == HardshipFile.member_id)
        .join(branch, branch.id == HardshipFile.branch_id)
    )
    sort = {
        "file_no": HardshipFile.file_no,
        "name": Member.name_pinyin,
        "branch": branch.sort_order,
        "base": HardshipFile.base,
        "category": HardshipFile.category,
        "stage": HardshipFile.stage,
        "origin": HardshipFile.origin,
        "opened_on": HardshipFile.opened_on,
        "notice_until": HardshipFile.notice_until,
        "review_due": HardshipFile.review_due,
        "follow_up_until": HardshipFile.follow_up_until,
    }
    return query, sort


def stage_text(stage: str, follow_up_until: date | None, on: date) -> str:
    text = Stage(stage).label
    if stage == Stage.CLOSED and follow_up_until is not None and follow_up_until >= on:
        text = translate("Hardship", "{stage}·跟踪中").format(stage=text)
    return text


def _day(value: Any) -> str:
    return "" if value is None else str(value)


def file_source(db: Database, actor: Actor, flt: FileFilter) -> QuerySource:
    actor.require(HardshipPerm.READ)
    on = today()
    query, sort = _select()
    criteria = file_criteria(actor, flt, on)

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        file_no, name, branch, base, category, stage, origin, opened, notice, review, follow, size = row
        return (
            file_no,
            name,
            branch,
            base,
            category_text(category, size is not None),
            stage_text(stage, _as_date(follow), on),
            Origin(origin).label,
            _day(opened),
            _day(notice),
            "" if stage == Stage.CLOSED else _day(review),
            _day(follow),
        )

    return QuerySource(
        db,
        query.where(*criteria),
        file_columns(),
        sort,
        default_order=(HardshipFile.id.desc(),),
        formatter=fmt,
    )


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def export_files(
    db: Database, actor: Actor, flt: FileFilter, path: str | Path, progress: Progress = NO_PROGRESS
) -> int:
    """The register as .xlsx; the household figures only for users who may see them."""
    source = file_source(db, actor, flt)
    ids = source.ids()
    progress.step(0, 2, translate("Hardship", "正在导出困难档案…"))
    rows = [list(values) for _id, values in source.fetch(0, len(ids) or 1)] if ids else []
    headers = [c.title for c in file_columns()]
    formats: dict[int, str] = {}
    if actor.can(HardshipPerm.DETAILS) and ids:
        with db.read(actor) as s:
            files = {
                f.id: f for f in s.execute(select(HardshipFile).where(HardshipFile.id.in_(ids))).scalars()
            }
        headers += [
            translate("Hardship", "家庭人口"),
            translate("Hardship", "人均月收入（元）"),
            translate("Hardship", "低保标准（元）"),
        ]
        for row, file_id in zip(rows, ids, strict=True):
            f = files[file_id]
            per_head = int(f.per_head_fen) if f.per_head_fen not in (None, "") else None
            row += [f.household_size, per_head, f.line_fen]
        formats = {len(headers) - 2: FEN, len(headers) - 1: FEN}
    progress.step(1, 2)
    write_xlsx(path, [Sheet(translate("Hardship", "困难职工档案"), headers, rows, number_formats=formats)])
    return len(rows)
