"""Contestants from the member register (with bib numbers) and judges assigned to events."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.contests.models import Contest, Contestant, ContestEvent, JudgeAssignment, Mark
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.service.common import (
    assigned_event_ids,
    judge_only,
    load_contest,
    require_admin,
    require_read,
    require_unlocked,
)
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User, user_branches
from unionoffice.core.auth.roles import Role
from unionoffice.core.listing import ColumnDef, QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member, MemberStatus


@dataclass(frozen=True)
class ContestSummary:
    id: int
    name: str
    year: int
    trade: str
    base: str | None
    locked: bool
    contestants: int
    version: int


def list_contests(
    db: Database, actor: Actor, year: int | None = None, trade: str | None = None, base: str | None = None
) -> list[ContestSummary]:
    """Newest first; a judge sees only contests with an event assigned to them. ``year``, ``trade``
    and ``base`` narrow the list (the dashboard's drill-down from a bar of entries)."""
    require_read(actor)
    with db.read(actor) as s:
        counts = (
            select(Contestant.contest_id, func.count().label("n")).group_by(Contestant.contest_id).subquery()
        )
        query = (
            select(Contest, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.contest_id == Contest.id)
            .order_by(Contest.year.desc(), Contest.id.desc())
        )
        for column, wanted in ((Contest.year, year), (Contest.trade, trade), (Contest.base, base)):
            if wanted is not None:
                query = query.where(column == wanted)
        if judge_only(actor):
            events = assigned_event_ids(s, actor)
            query = query.where(
                Contest.id.in_(select(ContestEvent.contest_id).where(ContestEvent.id.in_(events)))
            )
        return [
            ContestSummary(c.id, c.name, c.year, c.trade, c.base, c.locked, n, c.version)
            for c, n in s.execute(query).all()
        ]


def _next_bib(s: Session, contest_id: int) -> int:
    bibs = s.execute(select(Contestant.bib).where(Contestant.contest_id == contest_id)).scalars()
    return max((int(b) for b in bibs if b.isdigit()), default=0) + 1


def register_members(db: Database, actor: Actor, contest_id: int, member_ids: list[int]) -> int:
    """Enter members as contestants with the next bib numbers (001, 002, …); returns how many
    were added. Members already entered are skipped; a clerk may enter only their own branches."""
    if not actor.can(ContestsPerm.ENTER):
        require_admin(actor)
    with db.transaction(actor) as s:
        contest = load_contest(s, actor, contest_id)
        require_unlocked(contest)
        already = set(
            s.execute(select(Contestant.member_id).where(Contestant.contest_id == contest_id)).scalars()
        )
        members = s.execute(select(Member).where(Member.id.in_(member_ids))).scalars().all()
        found = {m.id: m for m in members}
        problems = []
        for member_id in member_ids:
            m = found.get(member_id)
            if m is None or not actor.can_see_branch(m.branch_id):
                raise NotFound(translate("Contests", "找不到所选会员。"))
            if m.status != MemberStatus.ACTIVE:
                problems.append(translate("Contests", "{name} 不是在会会员，不能报名。").format(name=m.name))
        if problems:
            raise ValidationError("\n".join(problems))
        bib = _next_bib(s, contest_id)
        added = 0
        for member_id in dict.fromkeys(member_ids):
            if member_id in already:
                continue
            m = found[member_id]
            s.add(
                Contestant(
                    contest_id=contest_id,
                    member_id=m.id,
                    bib=f"{bib:03d}",
                    name=m.name,
                    branch_id=m.branch_id,
                )
            )
            bib += 1
            added += 1
        return added


def remove_contestant(db: Database, actor: Actor, contestant_id: int) -> None:
    require_admin(actor)
    with db.transaction(actor) as s:
        c = s.get(Contestant, contestant_id)
        if c is None:
            raise NotFound(translate("Contests", "找不到该选手。"))
        require_unlocked(load_contest(s, actor, c.contest_id))
        if s.execute(select(Mark.id).where(Mark.contestant_id == c.id).limit(1)).first():
            raise UserError(translate("Contests", "选手 {bib} 号已有评分，不能删除。").format(bib=c.bib))
        s.delete(c)


def contestant_source(db: Database, actor: Actor, contest_id: int, text: str = "") -> QuerySource:
    with db.read(actor) as s:
        load_contest(s, actor, contest_id)
    query = (
        select(Contestant.id, Contestant.bib, Contestant.name, OrgUnit.name, Member.employee_no, Member.trade)
        .join(OrgUnit, OrgUnit.id == Contestant.branch_id)
        .join(Member, Member.id == Contestant.member_id)
        .where(Contestant.contest_id == contest_id)
    )
    if judge_only(actor):  # judges see names and bibs only
        query = query.with_only_columns(
            Contestant.id, Contestant.bib, Contestant.name, OrgUnit.name, Contestant.bib, Contestant.bib
        )
    if text.strip():
        query = query.where((Contestant.bib == text.strip()) | Contestant.name.startswith(text.strip()))
    columns = (
        ColumnDef("bib", translate("Contests", "参赛号"), align="center", width=6),
        ColumnDef("name", translate("Contests", "姓名")),
        ColumnDef("branch", translate("Contests", "分工会")),
        ColumnDef("employee_no", translate("Contests", "工号")),
        ColumnDef("trade", translate("Contests", "工种")),
    )
    sort = {"bib": Contestant.bib, "name": Contestant.name, "branch": OrgUnit.name}
    return QuerySource(db, query, columns, sort, default_order=(Contestant.bib,))


@dataclass(frozen=True)
class JudgeInfo:
    assignment_id: int
    event_id: int
    event_name: str
    user_id: int
    name: str
    branch_names: str
    records_measured: bool
    last_seq: int


def list_judges(db: Database, actor: Actor, contest_id: int) -> list[JudgeInfo]:
    with db.read(actor) as s:
        load_contest(s, actor, contest_id)
        rows = s.execute(
            select(JudgeAssignment, ContestEvent.name, User.display_name)
            .join(ContestEvent, ContestEvent.id == JudgeAssignment.event_id)
            .join(User, User.id == JudgeAssignment.user_id)
            .where(ContestEvent.contest_id == contest_id)
            .order_by(ContestEvent.sort_order, JudgeAssignment.id)
        ).all()
        branches = judge_branches(s, [a.user_id for a, _, _ in rows])
        names = dict(s.execute(select(OrgUnit.id, OrgUnit.name)).all())
        return [
            JudgeInfo(
                a.id,
                a.event_id,
                event,
                a.user_id,
                judge,
                "、".join(names[b] for b in sorted(branches.get(a.user_id, ()))),
                a.records_measured,
                a.last_seq,
            )
            for a, event, judge in rows
        ]


def judge_branches(s: Session, user_ids: list[int]) -> dict[int, set[int]]:
    """The branch unions a judge belongs to (for the conflict-of-interest rule)."""
    result: dict[int, set[int]] = {}
    for user_id, unit in s.execute(
        select(user_branches.c.user_id, user_branches.c.org_unit_id).where(
            user_branches.c.user_id.in_(user_ids)
        )
    ).all():
        result.setdefault(user_id, set()).add(unit)
    return result


def assign_judge(db: Database, actor: Actor, event_id: int, user_id: int) -> int:
    """The first judge of an event also enters its measured items."""
    require_admin(actor)
    with db.transaction(actor) as s:
        event = s.get(ContestEvent, event_id)
        if event is None:
            raise NotFound(translate("Contests", "找不到该科目。"))
        require_unlocked(load_contest(s, actor, event.contest_id))
        user = s.get(User, user_id)
        if user is None or user.role != Role.JUDGE or not user.active:
            raise UserError(translate("Contests", "只能指派角色为“评委”的有效账号。"))
        exists = s.execute(
            select(JudgeAssignment.id).where(
                JudgeAssignment.event_id == event_id, JudgeAssignment.user_id == user_id
            )
        ).first()
        if exists:
            raise UserError(translate("Contests", "{name} 已是该科目的评委。").format(name=user.display_name))
        first = not s.execute(
            select(JudgeAssignment.id).where(JudgeAssignment.event_id == event_id).limit(1)
        ).first()
        assignment = JudgeAssignment(
            event_id=event_id, user_id=user_id, records_measured=first, key=secrets.token_hex(20)
        )
        s.add(assignment)
        s.flush()
        return assignment.id


def unassign_judge(db: Database, actor: Actor, assignment_id: int) -> None:
    require_admin(actor)
    with db.transaction(actor) as s:
        a = s.get(JudgeAssignment, assignment_id)
        if a is None:
            raise NotFound(translate("Contests", "找不到该评委分配。"))
        event = s.get_one(ContestEvent, a.event_id)
        require_unlocked(load_contest(s, actor, event.contest_id))
        if a.last_seq:
            raise UserError(translate("Contests", "该评委已提交评分，不能取消分配。"))
        s.delete(a)  # through the ORM, so the audit log records who removed whom


@dataclass(frozen=True)
class JudgeUser:
    id: int
    name: str
    branches: str = ""  # branch unions the judge belongs to (the conflict-of-interest rule)


def event_choices(db: Database, actor: Actor, contest_id: int) -> list[tuple[int, str]]:
    """(id, name) of the contest's events in their order, for the judge line-up's event picker."""
    require_admin(actor)
    with db.read(actor) as s:
        load_contest(s, actor, contest_id)
        rows = s.execute(
            select(ContestEvent.id, ContestEvent.name)
            .where(ContestEvent.contest_id == contest_id)
            .order_by(ContestEvent.sort_order)
        )
        return [(event_id, name) for event_id, name in rows]


def judge_users(db: Database, actor: Actor) -> list[JudgeUser]:
    require_admin(actor)
    with db.read(actor) as s:
        users = (
            s.execute(
                select(User).where(User.role == Role.JUDGE, User.active.is_(True)).order_by(User.username)
            )
            .scalars()
            .all()
        )
        own = judge_branches(s, [u.id for u in users])
        names = dict(s.execute(select(OrgUnit.id, OrgUnit.name)).all())
        return [
            JudgeUser(u.id, u.display_name, "、".join(names[b] for b in sorted(own.get(u.id, ()))))
            for u in users
        ]
