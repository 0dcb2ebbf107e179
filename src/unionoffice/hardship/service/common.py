"""Helpers the hardship services share: today, loading a file in scope, money checks, names."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.foundation.errors import FieldProblem, NotFound
from unionoffice.foundation.i18n import translate
from unionoffice.hardship.models import HardshipFile
from unionoffice.members.api import MemberStatus

# A household's yearly income or a single payout above ten million yuan is a typing slip.
MAX_AMOUNT_FEN = 1_000_000_000


def today() -> date:
    """The services' today (tests move it)."""
    return date.today()


def load_file(s: Session, actor: Actor, file_id: int) -> HardshipFile:
    found = s.get(HardshipFile, file_id)
    # A file outside the clerk's branch unions looks exactly like a missing one.
    if found is None or not actor.can_see_branch(found.branch_id):
        raise NotFound(translate("Hardship", "找不到该困难职工档案。"))
    return found


def money_problem(
    label: str, fen: int | None, *, required: bool = True, positive: bool = False
) -> FieldProblem | None:
    if fen is None:
        return FieldProblem(label, translate("Hardship", "必须填写")) if required else None
    if fen < 0 or (positive and fen == 0):
        return FieldProblem(
            label,
            translate("Hardship", "金额应大于 0") if positive else translate("Hardship", "金额不能为负数"),
        )
    if fen > MAX_AMOUNT_FEN:
        return FieldProblem(label, translate("Hardship", "金额超出合理范围（不超过 1000 万元），请核对"))
    return None


def user_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = sorted(i for i in ids if i is not None)
    if not wanted:
        return {}
    return {i: n for i, n in s.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))}


def in_union_statuses() -> tuple[MemberStatus, ...]:
    """Statuses of the people the union looks after: 在会, plus 保留会籍 (retired or unemployed
    members kept in the register) where the register knows it (``MemberStatus.in_register``),
    never those who left, moved out or were expelled."""
    return tuple(st for st in MemberStatus if st == MemberStatus.ACTIVE or getattr(st, "in_register", False))


def may_have_file(status: str) -> bool:
    """A file is opened for a member in the union, or for the household of a member who died."""
    return status == MemberStatus.DECEASED or status in in_union_statuses()
