"""What the members module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class MembersPerm(StrEnum):
    READ = "members.read"
    WRITE = "members.write"
    UNMASK = "members.unmask"
    # Exports carry identity numbers masked; only an admin may export them in full.
    EXPORT_UNMASKED = "members.export_unmasked"
    # The card-number pattern is the union's rule: only an administrator sets it.
    CONFIGURE = "members.configure"
