"""Loading contests with the actor's rights: admins see all, judges only what they are assigned."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.contests.labels import EventKind, ItemKind
from unionoffice.contests.models import Contest, ContestEvent, ExamPaper, JudgeAssignment, ScoringItem
from unionoffice.contests.perms import ContestsPerm
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import user_branches
from unionoffice.core.auth.roles import Role
from unionoffice.core.listing import QuerySource
from unionoffice.foundation.contract import ListWindow, Page
from unionoffice.foundation.errors import NotFound, PermissionDenied, UserError
from unionoffice.foundation.i18n import translate


def require_read(actor: Actor) -> None:
    if not (actor.can(ContestsPerm.READ) or actor.can(ContestsPerm.JUDGE)):
        actor.require(ContestsPerm.READ)


def judge_only(actor: Actor) -> bool:
    return actor.role == Role.JUDGE and not actor.can(ContestsPerm.READ)


def assigned_event_ids(s: Session, actor: Actor) -> set[int]:
    return set(
        s.execute(select(JudgeAssignment.event_id).where(JudgeAssignment.user_id == actor.user_id)).scalars()
    )


def load_contest(s: Session, actor: Actor, contest_id: int) -> Contest:
    require_read(actor)
    contest = s.get(Contest, contest_id)
    if contest is None:
        raise NotFound(translate("Contests", "找不到该竞赛。"))
    if judge_only(actor):
        events = set(
            s.execute(select(ContestEvent.id).where(ContestEvent.contest_id == contest_id)).scalars()
        )
        if not events & assigned_event_ids(s, actor):
            # A judge learns nothing about contests they do not mark.
            raise NotFound(translate("Contests", "找不到该竞赛。"))
    return contest


def require_unlocked(contest: Contest) -> None:
    if contest.locked:
        raise UserError(
            translate(
                "Contests", "竞赛“{name}”的成绩已锁定，不能再修改评分。如需更正，请由管理员填写理由后解锁。"
            ).format(name=contest.name)
        )


def require_admin(actor: Actor) -> None:
    if not actor.can(ContestsPerm.ADMIN):
        raise PermissionDenied(translate("Contests", "只有竞赛管理员可以执行此操作。"))


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


def page_in(s: Session, source: QuerySource, window: ListWindow) -> Page:
    """``source.page(window)`` read on the caller's session: a screen's opening call reads its
    list in the same session as everything else it shows (the source's own connection is not used)."""
    if window.count and window.offset == 0:
        rows = s.execute(source.first_page_statement(window.limit)).all()
        total = rows[0][-1] if rows else 0
        return Page([source.display(row[:-1]) for row in rows], 0, total)
    rows = s.execute(source.page_statement(window.offset, window.limit)).all()
    return Page([source.display(row) for row in rows], window.offset)


def exam_item_id(s: Session, contest_id: int) -> int | None:
    """The theory item the exam marks once the contest has a paper: judges' packages and paper
    marking sheets leave it out, and their imports may not touch it."""
    has_paper = s.execute(select(ExamPaper.id).where(ExamPaper.contest_id == contest_id)).first()
    if not has_paper:
        return None
    items = s.execute(
        select(ScoringItem.id)
        .join(ContestEvent, ContestEvent.id == ScoringItem.event_id)
        .where(
            ContestEvent.contest_id == contest_id,
            ContestEvent.kind == EventKind.THEORY,
            ScoringItem.kind == ItemKind.MEASURED,
        )
    ).all()
    return items[0][0] if len(items) == 1 else None
