"""Spreadsheets out of the register: the filtered list and the monthly birthday list.

Membership rates are in ``rates.py``, the monthly change return in ``returns.py``, the real-name
upload file in ``realname.py``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import extract, func, select
from sqlalchemy.orm import aliased

from unionoffice.core.audit.recorder import record_view
from unionoffice.core.auth.actor import Actor
from unionoffice.core.crypto import vault
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.identity import HIDDEN_ID, mask_id_number
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import DATE, TEXT, Sheet, write_xlsx
from unionoffice.members.codes import code_list
from unionoffice.members.labels import Gender, MemberStatus, StatusCause
from unionoffice.members.models import ID_NUMBER_CONTEXT, Member
from unionoffice.members.perms import MembersPerm
from unionoffice.members.rates import export_rates, membership_rates
from unionoffice.members.search import MemberFilter, filtered_query
from unionoffice.members.service import CODED, REALNAME_FIELDS, label

STREAM_ROWS = 2000
# The rates moved to ``rates.py``; callers written before (the dashboard's tests) still find them here.
__all__ = ["export_birthdays", "export_members", "export_rates", "membership_rates"]


def export_members(
    db: Database,
    actor: Actor,
    flt: MemberFilter,
    path: str | Path,
    unmasked: bool = False,
    progress: Progress = NO_PROGRESS,
) -> int:
    """The register as filtered on screen, to .xlsx. Identity numbers are masked unless an
    admin asks for them in full. Returns the number of rows written."""
    actor.require(MembersPerm.READ)
    if unmasked:
        actor.require(MembersPerm.EXPORT_UNMASKED)
    show_id = actor.can(MembersPerm.UNMASK)  # others get no character of the number
    branch, group = aliased(OrgUnit), aliased(OrgUnit)
    query = filtered_query(
        actor,
        flt,
        (
            select(
                Member.id,
                Member.name,
                Member.gender,
                Member.id_number,
                Member.birth_date,
                Member.employee_no,
                Member.phone,
                branch.name,
                group.name,
                Member.base,
                Member.trade,
                Member.education,
                Member.hire_date,
                Member.join_date,
                Member.status,
                Member.status_date,
                Member.status_reason,
                Member.notes,
                Member.card_no,
                Member.status_cause,
                *(getattr(Member, key) for key in REALNAME_FIELDS),
            )
            .join(branch, branch.id == Member.branch_id)
            .outerjoin(group, group.id == Member.group_id)
        ),
    ).order_by(branch.sort_order, group.sort_order, Member.name_pinyin, Member.id)
    with db.read(actor) as s:
        total = s.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()
    headers = [
        label("name"),
        label("gender"),
        label("id_number"),
        translate("Members", "出生日期"),
        label("employee_no"),
        label("phone"),
        label("branch"),
        label("group"),
        label("base"),
        label("trade"),
        label("education"),
        label("hire_date"),
        label("join_date"),
        translate("Members", "状态"),
        translate("Members", "状态变更日期"),
        translate("Members", "变更原因"),
        label("notes"),
        label("card_no"),
        label("cause"),
        *(label(key) for key in REALNAME_FIELDS),  # the import reads these names back
    ]
    coded = [code_list(CODED[key]) if key in CODED else None for key in REALNAME_FIELDS]

    def rows() -> Iterator[list]:
        done = 0
        with db.read(actor) as s:
            result = s.execute(query.execution_options(yield_per=STREAM_ROWS))
            for r in result:
                if done % STREAM_ROWS == 0:
                    progress.step(done, total, translate("Members", "正在导出第 {n} 行…").format(n=done))
                done += 1
                number = vault.open_text(r[3], ID_NUMBER_CONTEXT, r[0]) if show_id else ""
                yield [
                    r[1],
                    Gender(r[2]).label,
                    number if unmasked else (mask_id_number(number) if show_id else HIDDEN_ID),
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    r[8],
                    r[9],
                    r[10],
                    r[11],
                    r[12],
                    r[13],
                    MemberStatus(r[14]).label,
                    r[15],
                    r[16],
                    r[17],
                    r[18],
                    StatusCause(r[19]).label if r[19] else "",
                    *(
                        codes.name(value) if codes is not None else value
                        for codes, value in zip(coded, r[20:], strict=True)
                    ),
                ]

    formats = {2: TEXT, 5: TEXT, 3: DATE, 11: DATE, 12: DATE, 14: DATE, 17: TEXT}
    write_xlsx(path, [Sheet(translate("Members", "会员名册"), headers, rows(), number_formats=formats)])
    if unmasked:  # full identity numbers left the database: on record, with how many
        record_view(
            db,
            actor,
            Member.__tablename__,
            None,
            translate("Members", "导出完整身份证号 {n} 条").format(n=total),
        )
    return total


@dataclass(frozen=True)
class BirthdayRow:
    branch: str
    group: str
    name: str
    gender: str
    birth_date: date
    age: int
    phone: str


def birthday_list(
    db: Database, actor: Actor, month: int, year: int | None = None, branch_id: int | None = None
) -> list[BirthdayRow]:
    """Active members born in ``month``, per branch and group, by day: the birthday-cake card list."""
    actor.require(MembersPerm.READ)
    year = year or date.today().year
    branch, group = aliased(OrgUnit), aliased(OrgUnit)
    query = (
        select(branch.name, group.name, Member.name, Member.gender, Member.birth_date, Member.phone)
        .join(branch, branch.id == Member.branch_id)
        .outerjoin(group, group.id == Member.group_id)
        .where(
            actor.branch_clause(Member.branch_id),
            Member.status == MemberStatus.ACTIVE,
            extract("month", Member.birth_date) == month,
        )
        .order_by(branch.sort_order, group.sort_order, extract("day", Member.birth_date), Member.name_pinyin)
    )
    if branch_id is not None:
        actor.require_branch(branch_id)
        query = query.where(Member.branch_id == branch_id)
    with db.read(actor) as s:
        return [
            BirthdayRow(b, g or "", n, Gender(gd).label, born, year - born.year, phone or "")
            for b, g, n, gd, born, phone in s.execute(query)
        ]


def export_birthdays(
    db: Database, actor: Actor, month: int, path: str | Path, year: int | None = None
) -> int:
    """One sheet per branch union, so each branch prints its own list."""
    rows = birthday_list(db, actor, month, year)
    headers = [
        label("group"),
        label("name"),
        label("gender"),
        translate("Members", "生日"),
        translate("Members", "年满"),
        label("phone"),
        translate("Members", "领取签字"),
    ]
    by_branch: dict[str, list[list]] = {}
    for r in rows:
        by_branch.setdefault(r.branch, []).append(
            [r.group, r.name, r.gender, f"{r.birth_date.month}月{r.birth_date.day}日", r.age, r.phone, ""]
        )
    title = translate("Members", "{month}月生日")
    sheets = [
        Sheet(f"{branch} {title.format(month=month)}", headers, data, number_formats={5: TEXT})
        for branch, data in by_branch.items()
    ]
    if not sheets:
        sheets = [Sheet(title.format(month=month), headers, [])]
    write_xlsx(path, sheets)
    return len(rows)
