"""Checking the audit chain: ``unionoffice audit verify`` and the admin screen's button."""

from __future__ import annotations

from sqlalchemy import select

from unionoffice.core.audit.chain import AuditCheckpoint, AuditHead, ChainReport, verify_rows
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import CorePerm
from unionoffice.core.crypto import vault
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate

BATCH = 5_000


def verify_audit_log(db: Database, actor: Actor) -> ChainReport:
    """The first entry that does not chain, or the whole log checked. Needs the audit key: the
    chain is an HMAC under it, which is what makes it proof against someone who can write the
    database but does not hold the key."""
    actor.require(CorePerm.AUDIT_READ)
    key = vault.audit_key()
    if key is None:
        return ChainReport(
            0,
            None,
            translate("Audit", "校验需要审计密钥：请以持有密钥的管理员登录（命令行加 --user 管理员）。"),
        )
    with db.read(actor) as s:
        head = s.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one_or_none()
        checkpoints = list(s.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.id)).scalars())
        rows = s.execute(
            select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=BATCH)
        ).scalars()
        return verify_rows(rows, head, checkpoints, key)
