"""Scans attached to a claim, stored by content hash in the data folder."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from unionoffice.core import attachments as store
from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound, UserError
from unionoffice.foundation.i18n import translate
from unionoffice.medical.models import ClaimAttachment, ClaimStatus
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.common import load_claim

# A reviewer may ask for a missing scan after submission; once decided, the file set is closed.
_OPEN = (ClaimStatus.DRAFT, ClaimStatus.SUBMITTED)


def add_attachment(db: Database, actor: Actor, claim_id: int, path: str | os.PathLike[str]) -> int:
    actor.require(MedicalPerm.WRITE)
    with db.read(actor) as s:
        if load_claim(s, actor, claim_id).status not in _OPEN:
            raise UserError(translate("Medical", "申请已复核或已办结，不能再添加附件。"))
    stored = store.store(path)  # outside the transaction: copying a big scan must not hold the write lock
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        if claim.status not in _OPEN:
            raise UserError(translate("Medical", "申请已复核或已办结，不能再添加附件。"))
        row = ClaimAttachment(
            claim_id=claim.id, sha256=stored.sha256, filename=stored.filename, size=stored.size
        )
        s.add(row)
        s.flush()
        return row.id


def remove_attachment(db: Database, actor: Actor, attachment_id: int) -> None:
    """Unlink from the claim (drafts only); the stored file stays, other records may share it."""
    actor.require(MedicalPerm.WRITE)
    with db.transaction(actor) as s:
        row = s.get(ClaimAttachment, attachment_id)
        if row is None:
            raise NotFound(translate("Medical", "找不到该附件。"))
        if load_claim(s, actor, row.claim_id).status != ClaimStatus.DRAFT:
            raise UserError(translate("Medical", "只有草稿可以删除附件。"))
        s.delete(row)


def attachment_file(
    db: Database, actor: Actor, attachment_id: int, target_dir: str | os.PathLike[str]
) -> str:
    """A copy of the scan under its original name in ``target_dir`` (to open it)."""
    actor.require(MedicalPerm.READ)

    with db.read(actor) as s:
        row = s.execute(
            select(ClaimAttachment).where(ClaimAttachment.id == attachment_id)
        ).scalar_one_or_none()
        if row is None:
            raise NotFound(translate("Medical", "找不到该附件。"))
        load_claim(s, actor, row.claim_id)
        sha, name = row.sha256, Path(row.filename).name
    return str(store.export_copy(sha, Path(target_dir) / name))
