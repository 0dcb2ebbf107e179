"""The organisation tree's view of the register: who is in each branch union and group."""

from __future__ import annotations

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from unionoffice.members.labels import MemberStatus
from unionoffice.members.models import Member


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
