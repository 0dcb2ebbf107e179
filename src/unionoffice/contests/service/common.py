"""Loading contests with the actor's rights: admins see all, judges only what they are assigned."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.contests.models import Contest, ContestEvent, JudgeAssignment
from unionoffice.contests.perms import ContestsPerm
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import Role
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
