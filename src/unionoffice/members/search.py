"""The register's list: filters, search-as-you-type and sorting, all in SQL on indexed columns.

Prefix matching uses range conditions (``col >= 'zk' AND col < 'zk\\uffff'``) rather than
``LIKE 'zk%'``: SQLite's LIKE is case-insensitive and cannot use an ordinary index, a range
can, and the same SQL runs on PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    and_,
    false,
    or_,
    select,
    type_coerce,
)

from unionoffice.core.auth.actor import Actor
from unionoffice.core.crypto import vault
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.identity import HIDDEN_ID, mask_id_number
from unionoffice.foundation.importer.normalize import remove_spaces
from unionoffice.members.contract import MemberFilter, register_columns
from unionoffice.members.labels import Gender, MemberStatus
from unionoffice.members.models import ID_NUMBER_CONTEXT, Member, id_hashes
from unionoffice.members.perms import MembersPerm

_HIGHEST = "\uffff"
# The search builds its conditions on the table's plain columns: a keystroke then skips the
# ORM's attribute layer (a third of the time of a narrow search on 100,000 members).
_m = Member.__table__.c
_LETTERS = re.compile(r"^[a-z]+$")
_DIGITS = re.compile(r"^\d+$")
_ID_TAIL = re.compile(r"^\d{3}[\dX]$")
_CODE = re.compile(r"^[0-9A-Z-]+$")


def starts_with(column: ColumnElement[Any], prefix: str) -> ColumnElement[bool]:
    """Index-friendly prefix match for SQLite and PostgreSQL alike."""
    return and_(column >= prefix, column < prefix + _HIGHEST)


def search_clause_on(
    text: str,
    name: ColumnElement[Any],
    pinyin: ColumnElement[Any],
    initials: ColumnElement[Any],
    employee_no: ColumnElement[Any],
    phone: ColumnElement[Any] | None = None,
) -> ColumnElement[bool] | None:
    """What a clerk types in a search box → one OR of prefix conditions on these columns:
    ``zk`` → pinyin initials, ``zhangk`` → full pinyin, ``张`` → name, ``E1001`` → employee
    number, ``1391`` → phone prefix."""
    text = remove_spaces(text)
    if not text:
        return None
    lower, upper = text.lower(), text.upper()
    conditions: list[ColumnElement[bool]] = []
    if _LETTERS.match(lower):
        conditions.append(starts_with(pinyin, lower))
        if len(lower) > 1:  # one letter: initials and full pinyin start alike, one index range suffices
            conditions.append(starts_with(initials, lower))
    if not text.isascii():
        conditions.append(starts_with(name, text))
    if _CODE.match(upper) and not _LETTERS.match(lower):  # letters alone are pinyin; E1001 is a number
        conditions.append(starts_with(employee_no, upper))
    if phone is not None and _DIGITS.match(text) and len(text) >= 3:
        conditions.append(starts_with(phone, text))
    return or_(*conditions) if conditions else false()


def search_clause(text: str, by_identity: bool = True) -> ColumnElement[bool] | None:
    """The register's search box: names, pinyin, employee numbers, phones and, with the data
    key, ``123X`` (4 characters) → identity-number suffix, 18 characters → the whole number.
    ``by_identity``: only for those who may see numbers in full; for others the search would be
    an oracle that rebuilds them."""
    clause = search_clause_on(text, _m.name, _m.name_pinyin, _m.name_initials, _m.employee_no, _m.phone)
    if clause is None:
        return None
    upper = remove_spaces(text).upper()
    conditions: list[ColumnElement[bool]] = [clause]
    if by_identity and vault.has_data_key():  # identity numbers are only searchable through keyed hashes
        if _ID_TAIL.match(upper):
            conditions.append(_m.id_suffix_hash == id_hashes("0" * 14 + upper)[1])
        if len(upper) == 18:
            conditions.append(_m.id_hash == id_hashes(upper)[0])
    return or_(*conditions) if len(conditions) > 1 else clause


def member_criteria(actor: Actor, flt: MemberFilter) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter, within the actor's branch unions."""
    criteria = [actor.branch_clause(_m.branch_id)]
    if flt.branch_id is not None:
        criteria.append(_m.branch_id == flt.branch_id)
    if flt.group_id is not None:
        criteria.append(_m.group_id == flt.group_id)
    if flt.base:
        criteria.append(_m.base == flt.base)
    if flt.status:
        criteria.append(_m.status == flt.status)
    if flt.join_year is not None:
        criteria += [_m.join_date >= date(flt.join_year, 1, 1), _m.join_date < date(flt.join_year + 1, 1, 1)]
    clause = search_clause(flt.text, by_identity=actor.can(MembersPerm.UNMASK))
    if clause is not None:
        criteria.append(clause)
    return criteria


def filtered_query(actor: Actor, flt: MemberFilter, query: Select) -> Select:
    return query.where(*member_criteria(actor, flt))


@lru_cache(maxsize=1)
def _register_select() -> tuple[Select, Mapping[str, SQLColumnExpression[Any]]]:
    """The register's joined select and its sort columns, built once: building the aliases and
    the select costs more than running a narrow search on 100,000 members."""
    units = OrgUnit.__table__
    branch, group = units.alias("branch"), units.alias("grp")
    query = (
        # The identity number comes back encrypted and is opened only for rows on screen; dates
        # come back as the database spells them (ISO on SQLite, a date from PostgreSQL's driver)
        # and are written out only for rows on screen.
        select(
            _m.id,
            _m.id.label("row_id"),  # the formatter opens the identity number bound to its row
            _m.name,
            _m.gender,
            type_coerce(_m.id_number, String),
            type_coerce(_m.birth_date, String),
            _m.employee_no,
            _m.card_no,
            _m.phone,
            branch.c.name,
            group.c.name,
            _m.base,
            _m.trade,
            _m.status,
            type_coerce(_m.join_date, String),
        )
        .select_from(Member.__table__)
        .join(branch, branch.c.id == _m.branch_id)
        .outerjoin(group, group.c.id == _m.group_id)
    )
    # Names sort by their stored pinyin (张 after 王 would be code-point order, not a clerk's).
    sort = {
        "name": _m.name_pinyin,
        "gender": _m.gender,
        "birth_date": _m.birth_date,
        "employee_no": _m.employee_no,
        "card_no": _m.card_no,
        "branch": branch.c.sort_order,
        "group": group.c.sort_order,
        "base": _m.base,
        "trade": _m.trade,
        "status": _m.status,
        "join_date": _m.join_date,
    }
    return query, sort


def member_source(db: Database, actor: Actor, flt: MemberFilter) -> QuerySource:
    """The register's rows for the lazy table: scoped to the actor's branches, identity numbers
    always masked (``HIDDEN_ID`` for those who may not see any part of them)."""
    actor.require(MembersPerm.READ)
    query, sort = _register_select()
    show_phone = actor.can(MembersPerm.UNMASK)
    show_id_tail = actor.can(MembersPerm.UNMASK)
    genders = {g.value: g.label for g in Gender}
    statuses = {st.value: st.label for st in MemberStatus}

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        (
            row_id,
            name,
            gender,
            id_number,
            birth,
            employee_no,
            card_no,
            phone,
            branch_name,
            group_name,
            base,
            trade,
            status,
            joined,
        ) = row
        return (
            name,
            genders[gender],
            mask_id_number(vault.open_text(id_number, ID_NUMBER_CONTEXT, row_id))
            if show_id_tail
            else HIDDEN_ID,
            str(birth),
            employee_no or "",
            card_no or "",
            phone or "" if show_phone else mask_phone(phone),
            branch_name,
            group_name or "",
            base or "",
            trade or "",
            statuses[status],
            str(joined),
        )

    criteria = member_criteria(actor, flt)
    return QuerySource(
        db,
        query.where(*criteria),
        register_columns(),
        sort,
        default_order=(_m.id,),
        formatter=fmt,
        matches=select(_m.id).where(*criteria),
    )


def mask_phone(phone: str | None) -> str:
    """``139****1234``: lists show enough to tell people apart."""
    if not phone:
        return ""
    return phone[:3] + "****" + phone[-4:] if len(phone) == 11 and phone.isdigit() else phone
