"""The organisation tree's view of the register: who is in each branch union and group."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CursorResult, Date, DateTime, Integer, func, insert, literal, select, update
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.foundation.i18n import translate
from unionoffice.members.labels import EventKind, MemberStatus
from unionoffice.members.models import Member, MemberEvent


def _actor_id(session: Session) -> int | None:
    actor = session.info.get("actor")
    return getattr(actor, "user_id", None)


class RegisterMembership:
    def active_counts(self, session: Session) -> tuple[dict[int, int], dict[int, int]]:
        active = Member.status == MemberStatus.ACTIVE
        by_group = session.execute(
            select(Member.group_id, func.count()).where(active).group_by(Member.group_id)
        )
        by_branch = session.execute(
            select(Member.branch_id, func.count()).where(active).group_by(Member.branch_id)
        )
        # Members in no group are left out: only units are counted.
        groups = {group_id: n for group_id, n in by_group if group_id is not None}
        return groups, dict(by_branch.all())

    def active_in(self, session: Session, unit_id: int, is_branch: bool) -> int:
        column = Member.branch_id if is_branch else Member.group_id
        query = select(func.count()).where(column == unit_id, Member.status == MemberStatus.ACTIVE)
        return int(session.execute(query).scalar_one())

    def move(
        self, session: Session, source_id: int, target_id: int, target_branch_id: int, is_branch: bool
    ) -> int:
        # The history says where members were on every day (monthly returns, past counts): the
        # merge is a line in it, written for everyone it moves in one statement.
        moving = Member.branch_id == source_id if is_branch else Member.group_id == source_id
        m = Member.__table__.c
        session.execute(
            insert(MemberEvent.__table__).from_select(
                [
                    "member_id",
                    "kind",
                    "event_date",
                    "from_branch_id",
                    "from_group_id",
                    "to_branch_id",
                    "to_group_id",
                    "reason",
                    "recorded_at",
                    "recorded_by_id",
                ],
                select(
                    m.id,
                    literal(EventKind.TRANSFER.value),
                    literal(date.today(), Date),
                    m.branch_id,
                    m.group_id,
                    literal(target_id if is_branch else target_branch_id, Integer),
                    m.group_id if is_branch else literal(target_id, Integer),
                    literal(translate("Members", "单位合并")),
                    literal(utcnow(), DateTime),
                    literal(_actor_id(session), Integer),
                ).where(moving),
            )
        )
        if is_branch:
            statement = update(Member).where(Member.branch_id == source_id).values(branch_id=target_id)
        else:
            statement = (
                update(Member)
                .where(Member.group_id == source_id)
                .values(group_id=target_id, branch_id=target_branch_id)
            )
        result = session.execute(statement)
        assert isinstance(result, CursorResult)  # an UPDATE's result counts its rows
        return int(result.rowcount)


ORG_MEMBERSHIP = RegisterMembership()
