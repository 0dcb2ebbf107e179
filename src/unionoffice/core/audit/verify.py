"""Checking the audit chain: ``unionoffice audit verify`` and the admin screen's button."""

from __future__ import annotations

from sqlalchemy import select

from unionoffice.core.audit.chain import AuditHead, ChainReport, verify_rows
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import CorePerm
from unionoffice.db.database import Database

BATCH = 5_000


def verify_audit_log(db: Database, actor: Actor) -> ChainReport:
    actor.require(CorePerm.AUDIT_READ)
    with db.read(actor) as s:
        head = s.execute(select(AuditHead.last_hash).where(AuditHead.id == 1)).scalar_one_or_none()
        rows = s.execute(
            select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=BATCH)
        ).scalars()
        return verify_rows(rows, head)
