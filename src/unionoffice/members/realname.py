"""The real-name upload file (工会会员实名制) for the higher union: one row per member in the
register, in the national template's column order, coded columns as their standard codes.

The layout is data (``resources/codes/realname_layout.json``): the columns' order, headers and
the codes written for values that are not already codes (性别, 会籍状态, 是否农民工). Identity
numbers are written in full only for users allowed to export them unmasked.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from unionoffice.core.audit.recorder import record_view
from unionoffice.core.auth.actor import Actor
from unionoffice.core.crypto import vault
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.identity import HIDDEN_ID, mask_id_number
from unionoffice.foundation.paths import resources_dir
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import TEXT, Sheet, write_xlsx
from unionoffice.members.labels import IN_REGISTER
from unionoffice.members.models import ID_NUMBER_CONTEXT, Member
from unionoffice.members.perms import MembersPerm

STREAM_ROWS = 2000
MIGRANT_WORKER = "03"  # 用工形式 code of 农民工 (resources/codes/employment_form.json)


@dataclass(frozen=True)
class LayoutColumn:
    header: str
    field: str
    codes: dict[str, str]


@dataclass(frozen=True)
class Layout:
    title: str
    columns: tuple[LayoutColumn, ...]


@lru_cache(maxsize=1)
def layout() -> Layout:
    data = json.loads((resources_dir() / "codes" / "realname_layout.json").read_text(encoding="utf-8"))
    columns = tuple(
        LayoutColumn(
            str(c["header"]), str(c["field"]), {str(k): str(v) for k, v in c.get("codes", {}).items()}
        )
        for c in data["columns"]
    )
    return Layout(str(data["title"]), columns)


_COLUMNS = {
    "name": Member.name,
    "gender": Member.gender,
    "ethnicity": Member.ethnicity,
    "id_number": Member.id_number,
    "birth_date": Member.birth_date,
    "political_status": Member.political_status,
    "education": Member.education,
    "hukou_type": Member.hukou_type,
    "native_place": Member.native_place,
    "phone": Member.phone,
    "branch": OrgUnit.name,
    "post": Member.post,
    "title": Member.title,
    "employment_form": Member.employment_form,
    "migrant_worker": Member.employment_form,
    "join_date": Member.join_date,
    "card_no": Member.card_no,
    "status": Member.status,
}


def _cell(column: LayoutColumn, unmasked: bool, show_id: bool) -> Callable[[Any], Any]:
    if column.field == "id_number":  # already opened for its row (``rows`` below)
        return (lambda v: v) if unmasked else (mask_id_number if show_id else lambda _v: HIDDEN_ID)
    if column.field == "migrant_worker":
        return lambda v: column.codes.get("yes" if v == MIGRANT_WORKER else "no", "")
    if column.codes:
        return lambda v: column.codes.get(v, v) if v is not None else ""
    return lambda v: "" if v is None else v


def export_realname(
    db: Database, actor: Actor, path: str | Path, unmasked: bool = False, progress: Progress = NO_PROGRESS
) -> int:
    """Write the upload workbook; returns the number of members in it."""
    actor.require(MembersPerm.READ)
    if unmasked:
        actor.require(MembersPerm.EXPORT_UNMASKED)
    shape = layout()
    unknown = [c.field for c in shape.columns if c.field not in _COLUMNS]
    if unknown:
        raise ValueError(f"realname_layout.json names unknown fields: {unknown}")
    where = (Member.status.in_([s.value for s in IN_REGISTER]), actor.branch_clause(Member.branch_id))
    query = (
        select(Member.id, *(_COLUMNS[c.field] for c in shape.columns))
        .join(OrgUnit, OrgUnit.id == Member.branch_id)
        .where(*where)
        .order_by(OrgUnit.sort_order, Member.card_no, Member.name_pinyin, Member.id)
    )
    show_id = actor.can(MembersPerm.UNMASK)  # others get no character of the number
    cells = [_cell(c, unmasked, show_id) for c in shape.columns]
    id_at = {i for i, c in enumerate(shape.columns) if c.field == "id_number"}
    with db.read(actor) as s:
        total = s.execute(select(func.count()).select_from(Member).where(*where)).scalar_one()

    def rows() -> Iterator[list[Any]]:
        with db.read(actor) as s:
            for done, (row_id, *row) in enumerate(s.execute(query.execution_options(yield_per=STREAM_ROWS))):
                if done % STREAM_ROWS == 0:
                    progress.step(done, total, translate("Members", "正在导出第 {n} 行…").format(n=done))
                for i in id_at:  # stored sealed for its row; opened only for those who see some of it
                    row[i] = vault.open_text(row[i], ID_NUMBER_CONTEXT, row_id) if show_id else ""
                yield [convert(value) for convert, value in zip(cells, row, strict=True)]

    text_columns = {
        i: TEXT
        for i, c in enumerate(shape.columns)
        if c.field in ("id_number", "phone", "card_no", "ethnicity", "political_status", "hukou_type")
        or c.field in ("employment_form", "gender", "status", "migrant_worker")
    }
    dates = {i: "yyyy-mm-dd" for i, c in enumerate(shape.columns) if c.field in ("birth_date", "join_date")}
    write_xlsx(
        path,
        [
            Sheet(
                shape.title,
                [c.header for c in shape.columns],
                rows(),
                number_formats={**text_columns, **dates},
            )
        ],
    )
    if unmasked:  # full identity numbers left the database: on record, with how many
        record_view(
            db,
            actor,
            Member.__tablename__,
            None,
            translate("Members", "实名制上报导出完整身份证号 {n} 条").format(n=total),
        )
    progress.step(total, total)
    return int(total)


def file_name(today: date | None = None) -> str:
    day = today or date.today()
    return translate("Members", "工会会员实名制上报_{day}.xlsx").format(day=day.strftime("%Y%m%d"))
