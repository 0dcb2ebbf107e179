"""Congress sessions and their representatives' roster, with its composition check."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from unionoffice.congress.contract import (
    Choice,
    CompositionCheck,
    RosterFilter,
    SessionInput,
    field_label,
    roster_columns,
)
from unionoffice.congress.labels import PostCategory
from unionoffice.congress.models import CongressSession, Proposal, Representative
from unionoffice.congress.perms import CongressPerm
from unionoffice.congress.rules import composition, percent, rules_on
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member, MemberStatus

_SEPARATORS = re.compile(r"[\s,，;；、]+")


def session_choices(s: Session) -> list[Choice]:
    """Every session, the latest first."""
    rows = s.execute(
        select(CongressSession.id, CongressSession.name).order_by(
            CongressSession.held_on.desc(), CongressSession.id.desc()
        )
    )
    return [Choice(i, name) for i, name in rows]


def load_session(s: Session, session_id: int | None) -> CongressSession:
    found = s.get(CongressSession, session_id) if session_id else None
    if found is None:
        raise NotFound(translate("Congress", "找不到该次职代会。"))
    return found


def save_session(db: Database, actor: Actor, data: SessionInput) -> tuple[int, int]:
    actor.require(CongressPerm.MANAGE)
    problems = []
    name = data.name.strip()
    if not name:
        problems.append(FieldProblem(field_label("name"), translate("Congress", "不能为空")))
    if data.held_on is None:
        problems.append(FieldProblem(field_label("held_on"), translate("Congress", "不能为空")))
    if problems:
        raise ValidationError(problems)
    assert data.held_on is not None
    with db.transaction(actor) as s:
        same = s.execute(select(CongressSession.id).where(CongressSession.name == name)).scalar()
        if same is not None and same != data.session_id:
            raise ValidationError(
                [FieldProblem(field_label("name"), translate("Congress", "已有同名的职代会"))]
            )
        if data.session_id is None:
            row = CongressSession(name=name, held_on=data.held_on)
            s.add(row)
        else:
            row = load_session(s, data.session_id)
            check_version(s, row, data.version)
            row.name, row.held_on = name, data.held_on
        s.flush()
        return row.id, row.version


def workforce_women(s: Session) -> Decimal:
    """Women's share of the members at work (在会), in percent."""
    total, women = s.execute(
        select(func.count(), func.coalesce(func.sum(case((Member.gender == "F", 1), else_=0)), 0)).where(
            Member.status == MemberStatus.ACTIVE
        )
    ).one()
    return percent(int(women), int(total))


def check_composition(s: Session, session_id: int, on: date | None = None) -> CompositionCheck:
    """The roster's shares against the rules in force on the session's day."""
    held_on = load_session(s, session_id).held_on
    pairs: Sequence[tuple[str, str]] = [
        (category, gender)
        for category, gender in s.execute(
            select(Representative.category, Member.gender)
            .join(Member, Member.id == Representative.member_id)
            .where(Representative.session_id == session_id)
        )
    ]
    found = composition(pairs, workforce_women(s), rules_on(s, on or held_on))
    return CompositionCheck(
        found.total,
        str(found.front_line),
        str(found.management),
        str(found.women),
        str(found.workforce_women),
        list(found.warnings),
    )


def add_representatives(
    db: Database, actor: Actor, session_id: int, employee_nos: str, category: str
) -> tuple[int, CompositionCheck]:
    """Put members of the register on the roster by employee number; all or nothing."""
    actor.require(CongressPerm.MANAGE)
    wanted = [n.upper() for n in _SEPARATORS.split(employee_nos.strip()) if n]
    problems = []
    if not wanted:
        problems.append(FieldProblem(field_label("employee_nos"), translate("Congress", "请填写代表的工号")))
    if category not in PostCategory.__members__.values():
        problems.append(FieldProblem(field_label("post_category"), translate("Congress", "请选择岗位类别")))
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        load_session(s, session_id)
        found = {
            no: (member_id, branch_id, status)
            for member_id, no, branch_id, status in s.execute(
                select(Member.id, Member.employee_no, Member.branch_id, Member.status).where(
                    Member.employee_no.in_(wanted)
                )
            )
        }
        already = set(
            s.execute(
                select(Representative.member_id).where(Representative.session_id == session_id)
            ).scalars()
        )
        for no in wanted:
            if no not in found:
                message = translate("Congress", "名册中没有工号 {no}").format(no=no)
            elif found[no][2] != MemberStatus.ACTIVE:
                message = translate("Congress", "工号 {no} 不是在会会员").format(no=no)
            elif found[no][0] in already:
                message = translate("Congress", "工号 {no} 已是本次职代会的代表").format(no=no)
            else:
                continue
            problems.append(FieldProblem(field_label("employee_nos"), message))
        if problems:
            raise ValidationError(problems)
        for no in dict.fromkeys(wanted):
            member_id, branch_id, _ = found[no]
            s.add(
                Representative(
                    session_id=session_id, member_id=member_id, branch_id=branch_id, category=category
                )
            )
        s.flush()
        return len(set(wanted)), check_composition(s, session_id)


def remove_representatives(
    db: Database, actor: Actor, session_id: int, ids: list[int]
) -> tuple[int, CompositionCheck]:
    actor.require(CongressPerm.MANAGE)
    with db.transaction(actor) as s:
        load_session(s, session_id)
        used = s.execute(
            select(func.count()).select_from(Proposal).where(Proposal.proposer_id.in_(ids))
        ).scalar_one()
        if used:
            raise UserError(translate("Congress", "所选代表中有人提交了提案，不能从名册中移除。"))
        for row in s.execute(
            select(Representative).where(Representative.session_id == session_id, Representative.id.in_(ids))
        ).scalars():
            s.delete(row)
        s.flush()
        return len(ids), check_composition(s, session_id)


def roster_source(db: Database, actor: Actor, flt: RosterFilter) -> QuerySource:
    actor.require(CongressPerm.READ)
    query = (
        select(
            Representative.id,
            Member.name,
            Member.gender,
            Member.employee_no,
            OrgUnit.name,
            Member.post,
            Representative.category,
        )
        .join(Member, Member.id == Representative.member_id)
        .join(OrgUnit, OrgUnit.id == Representative.branch_id)
        .where(Representative.session_id == (flt.session_id or 0))
    )
    if flt.text.strip():
        text = flt.text.strip()
        query = query.where(Member.name.contains(text) | Member.employee_no.contains(text.upper()))
    if flt.branch_id:
        query = query.where(Representative.branch_id == flt.branch_id)
    if flt.category:
        query = query.where(Representative.category == flt.category)
    sort = {
        "name": Member.name_pinyin,
        "gender": Member.gender,
        "employee_no": Member.employee_no,
        "branch": OrgUnit.sort_order,
        "post": Member.post,
        "category": Representative.category,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        name, gender, no, branch, post, category = row
        shown_gender = translate("Congress", "女") if gender == "F" else translate("Congress", "男")
        return (name, shown_gender, no or "", branch, post or "", PostCategory(category).label)

    return QuerySource(
        db,
        query,
        roster_columns(),
        sort,
        default_order=(OrgUnit.sort_order, Member.name_pinyin),
        formatter=fmt,
    )
