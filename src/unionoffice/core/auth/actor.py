"""The signed-in user as services see it, and the checks they make with it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from unionoffice.core.auth.grants import role_permissions
from unionoffice.core.auth.roles import BRANCH_SCOPED_ROLES, Role
from unionoffice.foundation.errors import PermissionDenied
from unionoffice.foundation.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement, SQLColumnExpression


@dataclass(frozen=True)
class Actor:
    """Who is asking. Plain data, safe to hand between threads."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    branch_ids: frozenset[int] = field(default_factory=frozenset)
    # Nobody signed in (the sign-in call itself): holds no permission whatever the role says.
    anonymous: bool = False

    @property
    def is_branch_scoped(self) -> bool:
        return self.anonymous or self.role in BRANCH_SCOPED_ROLES

    def can(self, perm: str) -> bool:
        return not self.anonymous and perm in role_permissions(self.role)

    def require(self, perm: str) -> None:
        if not self.can(perm):
            raise PermissionDenied(
                translate("Auth", "当前账号（{role}）无权执行此操作。").format(role=self.role.label)
            )

    def can_see_branch(self, branch_id: int | None) -> bool:
        return not self.is_branch_scoped or (branch_id is not None and branch_id in self.branch_ids)

    def require_branch(self, branch_id: int | None) -> None:
        if not self.can_see_branch(branch_id):
            raise PermissionDenied(translate("Auth", "当前账号无权访问该分工会的数据。"))

    def branch_clause(self, column: SQLColumnExpression[Any]) -> ColumnElement[bool]:
        """SQL condition limiting rows to the branch unions this actor may see."""
        from sqlalchemy import false, true  # imported here: the login screen needs no SQLAlchemy

        if not self.is_branch_scoped:
            return true()
        if not self.branch_ids:
            return false()
        return column.in_(sorted(self.branch_ids))

    def visible_branches(self, all_ids: Iterable[int]) -> list[int]:
        return [b for b in all_ids if self.can_see_branch(b)]


# Used by command-line maintenance and migrations, which run with the machine owner's rights.
SYSTEM_ACTOR = Actor(user_id=None, username="system", display_name="系统", role=Role.ADMIN)
# Public operations (signing in, first-start set-up) run as nobody.
ANONYMOUS = Actor(user_id=None, username="", display_name="", role=Role.VIEWER, anonymous=True)
