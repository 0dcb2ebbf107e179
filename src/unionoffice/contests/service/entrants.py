"""The contest list, contestants from the member register (with bib numbers) and judges assigned
to events. Functions ending in ``_in`` work inside a session the caller opened, so a screen's
opening call reads everything it shows in one go."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from unionoffice.contests.contract import (
    ContestFilter,
    ContestHead,
    ContestSummary,
    EventChoice,
    JudgeInfo,
    JudgesView,
    JudgeUser,
    contest_columns,
    contestant_columns,
)
from unionoffice.contests.labels import EntryStatus, SkillLevel
from unionoffice.contests.models import Contest, Contestant, ContestEvent, JudgeAssignment, Mark
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.service.common import (
    judge_branches,
    judge_only,
    load_contest,
    require_admin,
    require_read,
    require_unlocked,
)
from unionoffice.contests.service.judge_check import warnings_in
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.auth.roles import Role
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member, MemberStatus


# The contest list -------------------------------------------------------------------------------
def visible_contests(actor: Actor) -> ColumnElement[bool]:
    """Everyone who may read sees every contest; a judge only those with an event assigned to them."""
    if not judge_only(actor):
        return true()
    assigned = select(JudgeAssignment.event_id).where(JudgeAssignment.user_id == actor.user_id)
    return Contest.id.in_(select(ContestEvent.contest_id).where(ContestEvent.id.in_(assigned)))


def _entry_counts() -> Any:
    return (
        select(Contestant.contest_id, func.count().label("n"))
        .where(Contestant.status == EntryStatus.ENTERED)
        .group_by(Contestant.contest_id)
        .subquery()
    )


def contest_source(db: Database, actor: Actor, flt: ContestFilter) -> QuerySource:
    """Newest first; ``year``, ``trade`` and ``base`` narrow the list (the dashboard's drill-down)."""
    require_read(actor)
    counts = _entry_counts()
    query = (
        select(
            Contest.id,
            Contest.year,
            Contest.name,
            Contest.trade,
            Contest.base,
            func.coalesce(counts.c.n, 0),
            Contest.locked,
        )
        .outerjoin(counts, counts.c.contest_id == Contest.id)
        .where(visible_contests(actor))
    )
    for column, wanted in ((Contest.year, flt.year), (Contest.trade, flt.trade), (Contest.base, flt.base)):
        if wanted is not None:
            query = query.where(column == wanted)
    locked, open_ = translate("Contests", "已锁定"), translate("Contests", "未锁定")

    def shown(row: Any) -> tuple[Any, ...]:
        year, name, trade, base, entries, is_locked = row
        return (year, name, trade, base or "", entries, locked if is_locked else open_)

    sort = {
        "year": Contest.year,
        "name": Contest.name,
        "trade": Contest.trade,
        "base": Contest.base,
        "contestants": func.coalesce(counts.c.n, 0),
    }
    return QuerySource(
        db,
        query,
        contest_columns(),
        sort,
        default_order=(Contest.year.desc(), Contest.id.desc()),
        formatter=shown,
    )


def list_contests(
    db: Database, actor: Actor, year: int | None = None, trade: str | None = None, base: str | None = None
) -> list[ContestSummary]:
    """Newest first; a judge sees only contests with an event assigned to them."""
    require_read(actor)
    counts = _entry_counts()
    query = (
        select(Contest, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.contest_id == Contest.id)
        .where(visible_contests(actor))
        .order_by(Contest.year.desc(), Contest.id.desc())
    )
    for column, wanted in ((Contest.year, year), (Contest.trade, trade), (Contest.base, base)):
        if wanted is not None:
            query = query.where(column == wanted)
    with db.read(actor) as s:
        return [
            ContestSummary(c.id, c.name, c.year, c.trade, c.base, c.locked, n, c.version)
            for c, n in s.execute(query).all()
        ]


def contest_choices(s: Session, actor: Actor) -> tuple[list[int], list[str]]:
    """The years and trades the list's filters offer (of the contests this actor sees)."""
    rows = s.execute(select(Contest.year, Contest.trade).where(visible_contests(actor)).distinct()).all()
    return sorted({y for y, _ in rows}, reverse=True), sorted({t for _, t in rows})


def contest_head(s: Session, contest: Contest) -> ContestHead:
    entries = s.execute(
        select(func.count())
        .select_from(Contestant)
        .where(Contestant.contest_id == contest.id, Contestant.status == EntryStatus.ENTERED)
    ).scalar_one()
    return ContestHead(
        id=contest.id,
        name=contest.name,
        year=contest.year,
        trade=contest.trade,
        base=contest.base,
        venue=contest.venue,
        deploy_date=contest.deploy_date,
        bank_date=contest.bank_date,
        practice_date=contest.practice_date,
        contest_date=contest.contest_date,
        locked=contest.locked,
        version=contest.version,
        contestants=entries,
    )


# Contestants ------------------------------------------------------------------------------------
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
        earlier = {
            c.member_id: c
            for c in s.execute(select(Contestant).where(Contestant.contest_id == contest_id)).scalars()
        }
        members = s.execute(
            select(Member.id, Member.name, Member.branch_id, Member.status).where(Member.id.in_(member_ids))
        ).all()
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
            if member_id in earlier:
                back = earlier[member_id]
                if back.status == EntryStatus.WITHDRAWN:  # entered again after withdrawing
                    back.status, back.withdrawn_on, back.withdraw_reason = EntryStatus.ENTERED, None, None
                    added += 1
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


def contestants_of(db: Database, actor: Actor, contest_id: int, text: str = "") -> QuerySource:
    """The contestant list of a contest the caller has loaded (``load_contest``) for this actor.

    A clerk sees the contestants of their own branch unions; a judge sees bibs and names only."""
    query = (
        select(
            Contestant.id,
            Contestant.bib,
            Contestant.name,
            OrgUnit.name,
            Member.employee_no,
            Member.trade,
            Contestant.skill_level,
            Contestant.status,
            Contestant.withdraw_reason,
        )
        .join(OrgUnit, OrgUnit.id == Contestant.branch_id)
        .join(Member, Member.id == Contestant.member_id)
        .where(Contestant.contest_id == contest_id, actor.branch_clause(Contestant.branch_id))
    )
    if text.strip():
        query = query.where((Contestant.bib == text.strip()) | Contestant.name.startswith(text.strip()))
    sort = {
        "bib": Contestant.bib,
        "name": Contestant.name,
        "branch": OrgUnit.name,
        "level": Contestant.skill_level,
        "status": Contestant.status,
    }
    hidden = judge_only(actor)

    def shown(row: Any) -> tuple[Any, ...]:
        bib, name, branch, number, trade, level, status, reason = row
        level_text = SkillLevel(level).label if level else ""
        if hidden:
            number, trade, level_text, reason = "", "", "", ""
        return (bib, name, branch, number, trade, level_text, EntryStatus(status).label, reason or "")

    return QuerySource(
        db, query, contestant_columns(), sort, default_order=(Contestant.bib,), formatter=shown
    )


def contestant_source(db: Database, actor: Actor, contest_id: int, text: str = "") -> QuerySource:
    with db.read(actor) as s:
        load_contest(s, actor, contest_id)
    return contestants_of(db, actor, contest_id, text)


# Judges -----------------------------------------------------------------------------------------
def _branch_names(s: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(s.execute(select(OrgUnit.id, OrgUnit.name).where(OrgUnit.id.in_(sorted(ids)))).all())


def judges_in(s: Session, actor: Actor, contest: Contest) -> list[JudgeInfo]:
    rows = s.execute(
        select(JudgeAssignment, ContestEvent.name, User.display_name)
        .join(ContestEvent, ContestEvent.id == JudgeAssignment.event_id)
        .join(User, User.id == JudgeAssignment.user_id)
        .where(ContestEvent.contest_id == contest.id)
        .order_by(ContestEvent.sort_order, JudgeAssignment.id)
    ).all()
    branches = judge_branches(s, [a.user_id for a, _, _ in rows])
    names = _branch_names(s, {b for own in branches.values() for b in own})
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


def judges_view_in(s: Session, actor: Actor, contest: Contest) -> JudgesView:
    """The judges page: the line-up, and for contest admins its choices and warnings."""
    judges = judges_in(s, actor, contest)
    if not actor.can(ContestsPerm.ADMIN):
        return JudgesView(judges)
    events = [
        EventChoice(event_id, name)
        for event_id, name in s.execute(
            select(ContestEvent.id, ContestEvent.name)
            .where(ContestEvent.contest_id == contest.id)
            .order_by(ContestEvent.sort_order)
        ).all()
    ]
    return JudgesView(judges, events, judge_users_in(s), warnings_in(s, contest))


def list_judges(db: Database, actor: Actor, contest_id: int) -> list[JudgeInfo]:
    with db.read(actor) as s:
        return judges_in(s, actor, load_contest(s, actor, contest_id))


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


def judge_users_in(s: Session) -> list[JudgeUser]:
    users = s.execute(
        select(User.id, User.display_name)
        .where(User.role == Role.JUDGE, User.active.is_(True))
        .order_by(User.username)
    ).all()
    own = judge_branches(s, [u.id for u in users])
    names = _branch_names(s, {b for units in own.values() for b in units})
    return [
        JudgeUser(u.id, u.display_name, "、".join(names[b] for b in sorted(own.get(u.id, ())))) for u in users
    ]


def judge_users(db: Database, actor: Actor) -> list[JudgeUser]:
    require_admin(actor)
    with db.read(actor) as s:
        return judge_users_in(s)
