"""Creates the root of the organisation tree on first start."""

from __future__ import annotations

from sqlalchemy import select

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import CorePerm
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.i18n import translate


def ensure_company_union(db: Database, actor: Actor, name: str) -> int:
    actor.require(CorePerm.ORG_ADMIN)
    name = " ".join(name.split())
    if not name:
        raise ValidationError(translate("Org", "公司工会名称不能为空。"))
    with db.transaction(actor) as s:
        existing = s.execute(select(OrgUnit).where(OrgUnit.kind == UnitKind.COMPANY)).scalar_one_or_none()
        if existing is not None:
            return existing.id
        unit = OrgUnit(kind=UnitKind.COMPANY, name=name)
        s.add(unit)
        s.flush()
        return unit.id
