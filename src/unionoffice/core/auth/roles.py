"""Roles and what each may do. Checked in services; the UI only hides what would be refused."""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class Role(StrEnum):
    ADMIN = "admin"
    CLERK = "clerk"
    JUDGE = "judge"
    VIEWER = "viewer"

    @property
    def label(self) -> str:
        return {
            Role.ADMIN: translate("Roles", "管理员"),
            Role.CLERK: translate("Roles", "工会干事"),
            Role.JUDGE: translate("Roles", "评委"),
            Role.VIEWER: translate("Roles", "只读用户"),
        }[self]


class CorePerm(StrEnum):
    """What the shell itself guards; each feature module declares its own in ``<module>/perms.py``
    and grants them to roles in its ``module.py``, so a new module never edits this file."""

    ORG_READ = "org.read"
    ORG_ADMIN = "org.admin"
    USERS_ADMIN = "users.admin"
    AUDIT_READ = "audit.read"
    BACKUP = "db.backup"


# The administrator holds every permission of every module; these are the others' core grants.
CORE_GRANTS: dict[Role, frozenset[str]] = {
    Role.CLERK: frozenset({CorePerm.ORG_READ}),
    Role.JUDGE: frozenset(),
    Role.VIEWER: frozenset({CorePerm.ORG_READ}),
}

# Roles whose data is limited to the branch unions assigned to the user.
BRANCH_SCOPED_ROLES = frozenset({Role.CLERK})
