"""Loading one record within the signed-in user's branch unions.

A record outside the user's scope looks exactly like a missing one: a clerk of one branch union
learns nothing about another's members, claims or studios, not even that they exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.foundation.errors import NotFound


class InBranch(Protocol):
    @property
    def branch_id(self) -> int | None: ...


T = TypeVar("T", bound=InBranch)


def get_in_scope(
    session: Session,
    actor: Actor,
    model: type[T],
    record_id: int,
    missing: Callable[[], str],
    branch_of: Callable[[T], int | None] | None = None,
) -> T:
    """``model`` row ``record_id`` if the actor may see its branch union, else ``NotFound(missing())``.
    ``branch_of`` finds the branch union of records that do not carry ``branch_id`` themselves."""
    record = session.get(model, record_id)
    if record is None or not actor.can_see_branch(branch_of(record) if branch_of else record.branch_id):
        raise NotFound(missing())
    return record
