"""The register's list: filters, search-as-you-type and sorting, all in SQL on indexed columns.

Prefix matching uses range conditions (``col >= 'zk' AND col < 'zk\\uffff'``) rather than
``LIKE 'zk%'``: SQLite's LIKE is case-insensitive and cannot use an ordinary index, a range
can, and the same SQL runs on PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, or_, select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import Perm
from unionoffice.core.i18n import translate
from unionoffice.core.identity import mask_id_number
from unionoffice.core.importer.normalize import remove_spaces
from unionoffice.core.listing import ColumnDef, QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.members.models import Gender, Member, MemberStatus

_HIGHEST = "\uffff"
_LETTERS = re.compile(r"^[a-z]+$")
_DIGITS = re.compile(r"^\d+$")
_ID_TAIL = re.compile(r"^\d{3}[\dX]$")
_CODE = re.compile(r"^[0-9A-Z-]+$")


def starts_with(column: ColumnElement[Any], prefix: str) -> ColumnElement[bool]:
    """Index-friendly prefix match for SQLite and PostgreSQL alike."""
    return and_(column >= prefix, column < prefix + _HIGHEST)


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    branch_id: int | None = None
    group_id: int | None = None
    base: str | None = None
    status: str | None = None
    join_year: int | None = None


def search_clause(text: str) -> ColumnElement[bool] | None:
    """What a clerk types in the search box → one OR of indexed prefix conditions.

    ``zk`` → pinyin initials, ``zhangk`` → full pinyin, ``张`` → name, ``E1001`` → employee
    number, ``1391`` → phone prefix, ``123X`` (4 characters) → identity-number suffix,
    18 characters → the whole identity number.
    """
    text = remove_spaces(text)
    if not text:
        return None
    lower, upper = text.lower(), text.upper()
    conditions: list[ColumnElement[bool]] = []
    if _LETTERS.match(lower):
        conditions += [starts_with(Member.name_initials, lower), starts_with(Member.name_pinyin, lower)]
    if not text.isascii():
        conditions.append(starts_with(Member.name, text))
    if _CODE.match(upper):
        conditions.append(starts_with(Member.employee_no, upper))
    if _DIGITS.match(text) and len(text) >= 3:
        conditions.append(starts_with(Member.phone, text))
    if _ID_TAIL.match(upper):
        conditions.append(Member.id_suffix == upper)
    if len(upper) == 18:
        conditions.append(Member.id_number == upper)
    return or_(*conditions) if conditions else false()


def filtered_query(actor: Actor, flt: MemberFilter, query: Select) -> Select:
    query = query.where(actor.branch_clause(Member.branch_id))
    if flt.branch_id is not None:
        query = query.where(Member.branch_id == flt.branch_id)
    if flt.group_id is not None:
        query = query.where(Member.group_id == flt.group_id)
    if flt.base:
        query = query.where(Member.base == flt.base)
    if flt.status:
        query = query.where(Member.status == flt.status)
    if flt.join_year is not None:
        query = query.where(Member.join_date >= date(flt.join_year, 1, 1), Member.join_date < date(flt.join_year + 1, 1, 1))
    clause = search_clause(flt.text)
    if clause is not None:
        query = query.where(clause)
    return query


def register_columns() -> tuple[ColumnDef, ...]:
    return (
        # Widths in digits ("0"); a Chinese character is about two.
        ColumnDef("name", translate("Members", "姓名"), width=10),
        ColumnDef("gender", translate("Members", "性别"), align="center", width=6),
        ColumnDef("id_number", translate("Members", "身份证号"), sortable=False, width=21),
        ColumnDef("birth_date", translate("Members", "出生日期"), width=12),
        ColumnDef("employee_no", translate("Members", "工号"), width=10),
        ColumnDef("phone", translate("Members", "手机号"), sortable=False, width=13),
        ColumnDef("branch", translate("Members", "分工会"), width=16),
        ColumnDef("group", translate("Members", "工会小组"), width=14),
        ColumnDef("base", translate("Members", "基地"), width=7),
        ColumnDef("trade", translate("Members", "工种/岗位"), width=12),
        ColumnDef("status", translate("Members", "状态"), align="center", width=7),
        ColumnDef("join_date", translate("Members", "入会日期"), width=12),
    )


def member_source(db: Database, actor: Actor, flt: MemberFilter) -> QuerySource:
    """The register's rows for the lazy table: scoped to the actor's branches, ids always masked."""
    actor.require(Perm.MEMBERS_READ)
    branch = aliased(OrgUnit)
    group = aliased(OrgUnit)
    query = (
        select(Member.id, Member.name, Member.gender, Member.id_number, Member.birth_date, Member.employee_no,
               Member.phone, branch.name, group.name, Member.base, Member.trade, Member.status, Member.join_date)
        .join(branch, branch.id == Member.branch_id)
        .outerjoin(group, group.id == Member.group_id)
    )
    query = filtered_query(actor, flt, query)
    show_phone = actor.can(Perm.MEMBERS_UNMASK)
    # Names sort by their stored pinyin (张 after 王 would be code-point order, not a clerk's).
    sort = {"name": Member.name_pinyin, "gender": Member.gender, "birth_date": Member.birth_date,
            "employee_no": Member.employee_no, "branch": branch.sort_order, "group": group.sort_order,
            "base": Member.base, "trade": Member.trade, "status": Member.status, "join_date": Member.join_date}

    def fmt(row) -> tuple:  # type: ignore[no-untyped-def]
        name, gender, id_number, birth, employee_no, phone, branch_name, group_name, base, trade, status, joined = row
        return (name, Gender(gender).label, mask_id_number(id_number), birth.isoformat(), employee_no or "",
                phone or "" if show_phone else mask_phone(phone), branch_name, group_name or "", base or "", trade or "",
                MemberStatus(status).label, joined.isoformat())

    return QuerySource(db, query, register_columns(), sort, default_order=(Member.id,), formatter=fmt)


def mask_phone(phone: str | None) -> str:
    """``139****1234``: lists show enough to tell people apart."""
    if not phone:
        return ""
    return phone[:3] + "****" + phone[-4:] if len(phone) == 11 and phone.isdigit() else phone
