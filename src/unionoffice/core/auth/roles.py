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


class Perm(StrEnum):
    ORG_READ = "org.read"
    ORG_ADMIN = "org.admin"
    USERS_ADMIN = "users.admin"
    AUDIT_READ = "audit.read"
    BACKUP = "db.backup"
    MEMBERS_READ = "members.read"
    MEMBERS_WRITE = "members.write"
    MEMBERS_UNMASK = "members.unmask"
    # Exports carry identity numbers masked; only an admin may export them in full.
    MEMBERS_EXPORT_UNMASKED = "members.export_unmasked"
    MEDICAL_READ = "medical.read"
    MEDICAL_WRITE = "medical.write"
    MEDICAL_REVIEW = "medical.review"
    MEDICAL_ADMIN = "medical.admin"
    CONTESTS_READ = "contests.read"
    CONTESTS_ADMIN = "contests.admin"
    CONTESTS_JUDGE = "contests.judge"
    CONTESTS_ENTER = "contests.enter"  # enter members of one's own branches as contestants
    STUDIOS_READ = "studios.read"
    STUDIOS_WRITE = "studios.write"
    # Company-wide: opening, grading and closing the quarterly evaluation rounds.
    STUDIOS_EVALUATE = "studios.evaluate"
    CERTIFICATES_READ = "certificates.read"
    CERTIFICATES_ISSUE = "certificates.issue"
    DASHBOARD_READ = "dashboard.read"


_READ_ALL = {
    Perm.ORG_READ,
    Perm.MEMBERS_READ,
    Perm.MEDICAL_READ,
    Perm.CONTESTS_READ,
    Perm.STUDIOS_READ,
    Perm.CERTIFICATES_READ,
    Perm.DASHBOARD_READ,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset(Perm),
    # A clerk works on the members, claims and innovation records of their own branch unions.
    Role.CLERK: frozenset(
        {
            Perm.ORG_READ,
            Perm.MEMBERS_READ,
            Perm.MEMBERS_WRITE,
            Perm.MEMBERS_UNMASK,
            Perm.MEDICAL_READ,
            Perm.MEDICAL_WRITE,
            Perm.MEDICAL_REVIEW,
            Perm.STUDIOS_READ,
            Perm.STUDIOS_WRITE,
            Perm.CONTESTS_READ,
            Perm.CONTESTS_ENTER,
        }
    ),
    Role.JUDGE: frozenset({Perm.CONTESTS_JUDGE}),
    Role.VIEWER: frozenset(_READ_ALL),
}

# Roles whose data is limited to the branch unions assigned to the user.
BRANCH_SCOPED_ROLES = frozenset({Role.CLERK})
