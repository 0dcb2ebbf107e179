"""Which permissions a role holds: the core grants plus every module's own (``ModuleSpec.grants``)."""

from __future__ import annotations

from functools import lru_cache

from unionoffice.core.auth.roles import CORE_GRANTS, CorePerm, Role
from unionoffice.core.modules import all_modules


@lru_cache(maxsize=8)
def role_permissions(role: Role) -> frozenset[str]:
    if role == Role.ADMIN:
        return all_permissions()
    granted = set(CORE_GRANTS.get(role, ()))
    for spec in all_modules():
        granted |= spec.grants.get(role, frozenset())
    return frozenset(granted)


@lru_cache(maxsize=1)
def all_permissions() -> frozenset[str]:
    known: set[str] = set(CorePerm)
    for spec in all_modules():
        known |= set(spec.permissions)
    return frozenset(known)


@lru_cache(maxsize=8)
def holds_data_key(role: Role) -> bool:
    """Whether accounts of this role get the data key (and the audit key): those whose work reads
    or writes encrypted values. Judges and viewers do not: a copy of the database opened with
    their (perhaps weaker) passwords yields no key at all."""
    sensitive: set[str] = set()
    for spec in all_modules():
        sensitive |= spec.sensitive_permissions
    return role == Role.ADMIN or bool(role_permissions(role) & sensitive)
