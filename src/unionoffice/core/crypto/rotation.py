"""Replacing the data key (a laptop with a backup went missing), so that nothing is ever lost.

In one transaction: the new key joins the ring as current and the old one is retired (kept, and
still granted, so whatever is under it stays readable until re-encrypted); every encrypted value
is re-encrypted and bound to its row under the new key, and every keyed hash recomputed with it
(duplicate detection and suffix search keep working); every certified holder gets the new key and
a new certificate. Attachments are written again beside the old files before the commit and put
in place only after it: a commit that fails leaves every file as it was, readable with the keys
the vault still holds. Other processes holding only the old key can no longer write
(``keys.require_current_key``) and are told to sign in again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import delete, event, select
from sqlalchemy.orm import Session

from unionoffice.core import attachments
from unionoffice.core.crypto import keys, vault
from unionoffice.core.crypto.models import FORMAT_HOLDER, KeyGrant, WrappedKey
from unionoffice.core.staging import reseal_staged


@dataclass(frozen=True)
class RotationReport:
    key_id: str
    retired_key_id: str
    values: int
    holders: int
    files: int
    seconds: float


def rotate(s: Session) -> RotationReport:
    """A new current data key; the caller holds the current one and commits the session."""
    started = time.perf_counter()
    keys.require_current_key(s)
    before = vault.ring()
    old_key = vault.data_key()
    old_id = vault.key_id(old_key)
    new_key = vault.new_key()
    new_id = vault.key_id(new_key)
    keys.retire(s, old_id)
    keys._add_entry(s, keys.DATA, new_key)
    # Read with the old keys, write with the new one.
    values = keys.reencrypt_values(s, new_key) + reseal_staged(s, new_key)
    # Holders: only certified ones (the old key vouches for them) keep access; copies in the old
    # layout wrap only the old key and are dropped.
    certified = []
    for holder in s.execute(select(WrappedKey)).scalars():
        if holder.format == FORMAT_HOLDER and keys._certified(holder, old_key):
            certified.append(holder)
        else:
            s.delete(holder)
    s.flush()
    after = vault.KeyRing({**before.data, new_id: new_key}, new_id, before.audit)
    vault.set_ring(after)
    for holder in certified:
        holder.certificate = keys._certificate(holder, new_key)
        keys._grant_held_keys(s, holder)
    s.execute(delete(KeyGrant).where(KeyGrant.holder_id.not_in([h.id for h in certified])))
    s.flush()
    files = attachments.prepare_reseal(new_key)

    def committed(_session: Session) -> None:
        files.commit()

    def rolled_back(*_args: object) -> None:
        files.abandon()
        vault.set_ring(before)  # the database still says the old key is current

    event.listen(s, "after_commit", committed, once=True)
    event.listen(s, "after_soft_rollback", rolled_back, once=True)
    s.info["data_key_checked"] = True  # the new key is current for the rest of this transaction
    return RotationReport(
        new_id, old_id, values, len(certified), len(files.pairs), time.perf_counter() - started
    )
