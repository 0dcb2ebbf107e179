"""Branch union and group names as clerks and HR write them in spreadsheets: 心兴分工会 / 心兴 /
心兴分会, 合成车间小组 / 合成车间. Every members import resolves names here."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import select

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import CellError
from unionoffice.foundation.importer.normalize import remove_spaces

BRANCH_SUFFIXES = ("分工会", "分会", "工会")
GROUP_SUFFIXES = ("小组", "工会小组", "组")


@lru_cache(maxsize=4096)
def variants(name: str, suffixes: tuple[str, ...]) -> tuple[str, ...]:
    key = remove_spaces(name).upper()
    out = [key]
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) > len(suffix):
            out.append(key[: -len(suffix)])
    return tuple(out)


class OrgNames:
    """The active units, looked up by the names people write; answers are remembered per text."""

    def __init__(self, db: Database, actor: Actor) -> None:
        with db.read(actor) as s:
            units = s.execute(
                select(OrgUnit.id, OrgUnit.kind, OrgUnit.name, OrgUnit.parent_id, OrgUnit.base).where(
                    OrgUnit.active.is_(True)
                )
            ).all()
        self.names = {u.id: u.name for u in units}
        self.bases = {u.id: u.base for u in units}
        self.branches: dict[str, int] = {}
        self.groups: dict[tuple[int, str], int] = {}
        for unit in units:
            if unit.kind == UnitKind.BRANCH:
                for key in variants(unit.name, BRANCH_SUFFIXES):
                    self.branches.setdefault(key, unit.id)
            elif unit.kind == UnitKind.GROUP and unit.parent_id is not None:
                for key in variants(unit.name, GROUP_SUFFIXES):
                    self.groups.setdefault((unit.parent_id, key), unit.id)
        self.resolved: dict[tuple[Any, Any], tuple[Any, list[CellError]]] = {}  # (branch, group) → answer
        visible = [b for b in set(self.branches.values()) if actor.can_see_branch(b)]
        self.default_branch = visible[0] if actor.is_branch_scoped and len(visible) == 1 else None

    def resolve(
        self, actor: Actor, branch: str | None, group: str | None
    ) -> tuple[tuple[int, int | None] | None, list[CellError]]:
        """(branch id, group id) of the names, or None, and the problems (each naming its column)."""
        key = (branch, group)
        found = self.resolved.get(key)
        if found is None:
            found = self.resolved[key] = self._resolve(actor, branch, group)
        return found[0], list(found[1])

    def branch_of(self, actor: Actor, branch: str | None) -> int | None:
        place, _ = self.resolve(actor, branch, None)
        return place[0] if place else None

    def branch_errors(self, actor: Actor, branch: str | None) -> list[CellError]:
        return self.resolve(actor, branch, None)[1]

    def _resolve(
        self, actor: Actor, name: str | None, group: str | None
    ) -> tuple[tuple[int, int | None] | None, list[CellError]]:
        errors: list[CellError] = []
        if name:
            branch_id = next(
                (self.branches[k] for k in variants(name, BRANCH_SUFFIXES) if k in self.branches), None
            )
            if branch_id is None:
                return None, [
                    CellError(translate("Members", "没有名为“{name}”的分工会").format(name=name), "branch")
                ]
        elif self.default_branch is not None:
            branch_id = self.default_branch
        else:
            return None, [CellError(translate("Members", "不能为空"), "branch")]
        if not actor.can_see_branch(branch_id):
            return None, [CellError(translate("Members", "无权向该分工会导入"), "branch")]
        group_id = None
        if group:
            group_id = next(
                (
                    self.groups[(branch_id, k)]
                    for k in variants(group, GROUP_SUFFIXES)
                    if (branch_id, k) in self.groups
                ),
                None,
            )
            if group_id is None:
                errors.append(
                    CellError(
                        translate("Members", "“{group}”不是{branch}的工会小组").format(
                            group=group, branch=self.names[branch_id]
                        ),
                        "group",
                    )
                )
        return (branch_id, group_id), errors
