"""Who belongs to a unit is the members module's business; the organisation tree asks it here.

The module that keeps people names an ``OrgMembership`` in ``ModuleSpec.org_membership``. Without
one (a union office that does not keep a register) units simply have no members.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from sqlalchemy.orm import Session

from unionoffice.core.modules import all_modules, load_object


class OrgMembership(Protocol):
    def active_counts(self, session: Session) -> tuple[dict[int, int], dict[int, int]]:
        """Members in the union per group id and per branch id."""
        ...

    def active_in(self, session: Session, unit_id: int, is_branch: bool) -> int:
        """Members in the union in one branch (``is_branch``) or group."""
        ...

    def move(
        self, session: Session, source_id: int, target_id: int, target_branch_id: int, is_branch: bool
    ) -> int:
        """Move every member (of any status) of ``source`` to ``target``; returns how many."""
        ...


class _Nobody:
    def active_counts(self, session: Session) -> tuple[dict[int, int], dict[int, int]]:
        return {}, {}

    def active_in(self, session: Session, unit_id: int, is_branch: bool) -> int:
        return 0

    def move(
        self, session: Session, source_id: int, target_id: int, target_branch_id: int, is_branch: bool
    ) -> int:
        return 0


@lru_cache(maxsize=1)
def membership() -> OrgMembership:
    for spec in all_modules():
        if spec.org_membership:
            found: OrgMembership = load_object(spec.org_membership)
            return found
    return _Nobody()
