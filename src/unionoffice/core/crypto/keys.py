"""Who holds which key: holders, grants, set-up, sign-in, recovery and the switch from the old layout.

Every user who may read sensitive data (``holds_data_key`` in core/auth) is a *holder*: an X25519
key pair whose private half is wrapped under an Argon2id key from their password. The keys of the
ring (the data keys, the audit key) reach holders as *grants*, each sealed to one holder's public
key, so whoever holds a key can give it to another certified holder without knowing their
password (an administrator changing a role, key rotation). A holder is certified with an HMAC
under the current data key by someone who holds it; grants go only to certified holders, so a
holder row written into the database behind the app's back receives nothing. The recovery code
is one more holder. Unwrapping at sign-in is itself the password check.

Every function takes an open session and runs inside the caller's transaction.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Text, bindparam, delete, select, type_coerce, update
from sqlalchemy.orm import Session

from unionoffice.core.auth.passwords import ARGON2_MEMORY_KIB, ARGON2_PARALLELISM, ARGON2_TIME_COST
from unionoffice.core.crypto import vault
from unionoffice.core.crypto.fields import encrypted_columns
from unionoffice.core.crypto.models import FORMAT_HOLDER, FORMAT_LEGACY, KeyGrant, KeyRingEntry, WrappedKey
from unionoffice.core.modules import all_modules, load_object
from unionoffice.core.schema import load_all_models
from unionoffice.db.base import utcnow
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

RECOVERY = "recovery"
USER = "user"
DATA = "data"
AUDIT = "audit"
CURRENT = "current"
RETIRED = "retired"
_LEGACY_WRAP_CONTEXT = "unionoffice/wrapped-data-key"


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    @property
    def text(self) -> str:
        return f"argon2id:{self.time_cost}:{self.memory_kib}:{self.parallelism}"

    @classmethod
    def parse(cls, text: str | None) -> KdfParams:
        if not text:
            return LEGACY_KDF
        _name, t, m, p = text.split(":")
        return cls(int(t), int(m), int(p))


LEGACY_KDF = KdfParams(2, 65_536, 2)  # what copies made before issue #17 used
KDF = KdfParams(ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM)


@dataclass(frozen=True)
class KeyEncryptionKey:
    salt: bytes
    key: bytes
    params: KdfParams = KDF


def derive(secret: str, salt: bytes | None = None, params: KdfParams = KDF) -> KeyEncryptionKey:
    salt = salt or os.urandom(16)
    key = hash_secret_raw(
        secret.encode("utf-8"), salt, params.time_cost, params.memory_kib, params.parallelism, 32, Type.ID
    )
    return KeyEncryptionKey(salt, key, params)


def key_id(key: bytes) -> str:
    return vault.key_id(key)


# Sealing a key to a holder's public key (X25519 + HKDF-SHA256 + AES-256-GCM) --------------------
def _seal_to(public: bytes, secret: bytes, aad: str) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    kek = HKDF(hashes.SHA256(), 32, ephemeral_public + public, b"unionoffice/grant").derive(shared)
    return ephemeral_public + vault.encrypt_bytes(secret, aad, kek)


def _open_with(private: bytes, public: bytes, sealed: bytes, aad: str) -> bytes:
    ephemeral_public = sealed[:32]
    shared = X25519PrivateKey.from_private_bytes(private).exchange(
        X25519PublicKey.from_public_bytes(ephemeral_public)
    )
    kek = HKDF(hashes.SHA256(), 32, ephemeral_public + public, b"unionoffice/grant").derive(shared)
    return vault.decrypt_bytes(sealed[32:], aad, kek)


def _grant_aad(holder: WrappedKey, kid: str) -> str:
    return f"unionoffice/grant|{holder.id}|{kid}"


def _holder_aad(holder: WrappedKey) -> str:
    return f"unionoffice/holder|{holder.kind}|{holder.user_id}"


def _certificate(holder: WrappedKey, key: bytes) -> str:
    public = (holder.public_key or b"").hex()
    message = f"unionoffice/holder-certificate|{holder.id}|{holder.kind}|{holder.user_id}|{public}"
    return hmac.new(key, message.encode(), hashlib.sha256).hexdigest()


def _certified(holder: WrappedKey, key: bytes) -> bool:
    return bool(holder.certificate) and hmac.compare_digest(
        holder.certificate or "", _certificate(holder, key)
    )


# The ring -------------------------------------------------------------------------------------
def keys_exist(s: Session) -> bool:
    return (
        s.execute(select(KeyRingEntry.id).limit(1)).first() is not None
        or s.execute(select(WrappedKey.id).limit(1)).first() is not None
    )


def _entries(s: Session) -> dict[str, KeyRingEntry]:
    return {e.key_id: e for e in s.execute(select(KeyRingEntry)).scalars()}


def current_data_key_id(s: Session) -> str | None:
    return s.execute(
        select(KeyRingEntry.key_id).where(KeyRingEntry.purpose == DATA, KeyRingEntry.state == CURRENT)
    ).scalar_one_or_none()


def _add_entry(s: Session, purpose: str, key: bytes, state: str = CURRENT) -> None:
    s.add(KeyRingEntry(purpose=purpose, key_id=key_id(key), state=state))
    s.flush()


def require_current_key(s: Session) -> None:
    """Refuse to write under a data key the administrator has replaced (another PC, a window
    signed in before the rotation). Checked once per transaction."""
    if s.info.get("data_key_checked"):
        return
    current = current_data_key_id(s)
    held = vault.current_key_id()
    if held is None:
        raise vault.VaultLocked()
    if current is not None and current != held:
        raise vault.KeyRotated()
    s.info["data_key_checked"] = True


# Holders ---------------------------------------------------------------------------------------
def _holder_of(s: Session, user_id: int) -> WrappedKey | None:
    return s.execute(select(WrappedKey).where(WrappedKey.user_id == user_id)).scalar_one_or_none()


def has_key(s: Session, user_id: int) -> bool:
    return _holder_of(s, user_id) is not None


def new_holder(s: Session, kind: str, user_id: int | None, kek: KeyEncryptionKey) -> WrappedKey:
    """A holder for a user (or the recovery code), certified and given every key this process
    holds. Replaces the user's previous holder, if any."""
    if user_id is not None:
        s.execute(delete(WrappedKey).where(WrappedKey.user_id == user_id))
    else:
        s.execute(delete(WrappedKey).where(WrappedKey.kind == kind))
    private = X25519PrivateKey.generate()
    holder = WrappedKey(
        kind=kind,
        user_id=user_id,
        salt=kek.salt,
        wrapped=b"",
        key_id="",
        format=FORMAT_HOLDER,
        kdf=kek.params.text,
        public_key=private.public_key().public_bytes_raw(),
    )
    s.add(holder)
    s.flush()
    holder.wrapped = vault.encrypt_bytes(private.private_bytes_raw(), _holder_aad(holder), kek.key)
    holder.certificate = _certificate(holder, vault.data_key())
    _grant_held_keys(s, holder)
    s.flush()
    return holder


def rewrap(s: Session, user_id: int, old_password: str | None, kek: KeyEncryptionKey) -> bool:
    """A user's own password change: the same key pair, wrapped under the new password.
    Without the old password (a reset), False: the caller makes a new holder instead."""
    holder = _holder_of(s, user_id)
    if holder is None or holder.format != FORMAT_HOLDER or old_password is None:
        return False
    old = derive(old_password, holder.salt, KdfParams.parse(holder.kdf))
    private = vault.decrypt_bytes(holder.wrapped, _holder_aad(holder), old.key)
    holder.salt, holder.kdf = kek.salt, kek.params.text
    holder.wrapped = vault.encrypt_bytes(private, _holder_aad(holder), kek.key)
    return True


def _grant_held_keys(s: Session, holder: WrappedKey) -> int:
    """Give ``holder`` every key of the ring this process holds that it lacks."""
    assert holder.public_key is not None
    ring = vault.ring()
    entries = _entries(s)
    wanted = dict(ring.data)
    if ring.audit is not None:
        wanted[key_id(ring.audit)] = ring.audit
    have = set(s.execute(select(KeyGrant.key_id).where(KeyGrant.holder_id == holder.id)).scalars())
    added = 0
    for kid, key in wanted.items():
        if kid in entries and kid not in have:
            s.add(
                KeyGrant(
                    holder_id=holder.id,
                    key_id=kid,
                    sealed=_seal_to(holder.public_key, key, _grant_aad(holder, kid)),
                )
            )
            added += 1
    return added


def share_held_keys(s: Session) -> int:
    """Give every certified holder the keys this process holds and they lack (a key made or
    rotated by someone else reaches everyone at the next sign-in of anyone who has it)."""
    if not vault.has_data_key():
        return 0
    key = vault.data_key()
    added = 0
    for holder in s.execute(select(WrappedKey).where(WrappedKey.format == FORMAT_HOLDER)).scalars():
        if _certified(holder, key):
            added += _grant_held_keys(s, holder)
    s.flush()
    return added


def revoke(s: Session, user_id: int) -> None:
    """The user no longer holds any key (deactivated, or a role that reads no sensitive data)."""
    s.execute(delete(WrappedKey).where(WrappedKey.user_id == user_id))


# Sign-in -----------------------------------------------------------------------------------------
def unlock(s: Session, user_id: int, password: str, entitled: bool = True) -> bool:
    """Open this user's keys into the vault; False if they hold none. A wrong password raises
    ``vault.DecryptionFailed``. ``entitled``: whether the user's role may hold the data key (a
    legacy copy of someone who may not is removed once the password is proven)."""
    holder = _holder_of(s, user_id)
    if holder is None:
        return False
    if holder.format == FORMAT_LEGACY:
        return _unlock_legacy(s, holder, password, entitled)
    kek = derive(password, holder.salt, KdfParams.parse(holder.kdf))
    private = vault.decrypt_bytes(holder.wrapped, _holder_aad(holder), kek.key)
    vault.set_ring(_ring_of(s, holder, private))
    return True


def _ring_of(s: Session, holder: WrappedKey, private: bytes) -> vault.KeyRing:
    assert holder.public_key is not None
    data: dict[str, bytes] = {}
    current = audit = None
    rows = s.execute(
        select(KeyGrant.key_id, KeyGrant.sealed, KeyRingEntry.purpose, KeyRingEntry.state)
        .join(KeyRingEntry, KeyRingEntry.key_id == KeyGrant.key_id)
        .where(KeyGrant.holder_id == holder.id)
    ).all()
    for kid, sealed, purpose, state in rows:
        key = _open_with(private, holder.public_key, sealed, _grant_aad(holder, kid))
        if key_id(key) != kid:
            raise vault.DecryptionFailed()
        if purpose == AUDIT:
            audit = key
        else:
            data[kid] = key
            if state == CURRENT:
                current = kid
    return vault.KeyRing(data, current, audit)


def _unlock_legacy(s: Session, row: WrappedKey, password: str, entitled: bool) -> bool:
    """A copy made before issue #17 (the data key under the password): proven, then replaced by a
    holder; the first such sign-in also starts the key ring and makes the audit key."""
    kek = derive(password, row.salt, LEGACY_KDF)
    data_key = vault.decrypt_bytes(row.wrapped, _LEGACY_WRAP_CONTEXT, kek.key)
    user_id = row.user_id
    s.delete(row)
    s.flush()
    if not entitled or user_id is None:
        return False
    _adopt_legacy_key(s, data_key)
    new_holder(s, USER, user_id, derive(password))
    share_held_keys(s)
    return True


def _adopt_legacy_key(s: Session, data_key: bytes) -> None:
    """Put a data key from the old layout in the vault; the first time, start the ring with it and
    a new audit key and move every value to the new format."""
    if not _entries(s):
        audit_key = vault.new_key()
        _add_entry(s, DATA, data_key)
        _add_entry(s, AUDIT, audit_key)
        vault.set_keys(data_key=data_key, audit_key=audit_key)
        reencrypt_values(s, data_key)  # e1 values become e2, bound to their rows
        return
    vault.set_keys(data_key=data_key)
    if current_data_key_id(s) != key_id(data_key):
        raise vault.KeyRotated()


# Set-up and recovery ------------------------------------------------------------------------------
def new_recovery_code() -> str:
    """30 characters in six groups, easy to print and to type back (no 0/O or 1/I confusion)."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")[:30]
    return "-".join(raw[i : i + 5] for i in range(0, 30, 5))


def _normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def setup_keys(
    s: Session, user_id: int, password: str, kek: KeyEncryptionKey | None = None, reseal_files: bool = True
) -> str:
    """First administrator: create the data and audit keys, a holder for them and one for a new
    recovery code. Values written before encryption existed are encrypted now. Returns the code."""
    from unionoffice.core import attachments  # imported here: attachments imports this package

    if keys_exist(s):
        raise UserError(translate("Crypto", "数据密钥已经存在。"))
    data_key, audit_key = vault.new_key(), vault.new_key()
    _add_entry(s, DATA, data_key)
    _add_entry(s, AUDIT, audit_key)
    vault.set_keys(data_key=data_key, audit_key=audit_key)
    new_holder(s, USER, user_id, kek or derive(password))
    code = new_recovery_code()
    new_holder(s, RECOVERY, None, derive(_normalise_code(code)))
    reencrypt_values(s, data_key)
    if reseal_files:  # a demo database being built must not touch the real data folder
        attachments.reseal_all(data_key)
    for spec in all_modules():
        if spec.on_keys_ready:
            load_object(spec.on_keys_ready)(s)
    return code


def start_ring(s: Session, ring: vault.KeyRing) -> int:
    """The union server's first start on a database without keys: the ring of its key file becomes
    the database's. No holder is made (the server keeps the keys, accounts get none); values written
    before encryption existed are encrypted now. Returns how many values were encrypted."""
    if keys_exist(s):
        raise UserError(translate("Crypto", "数据密钥已经存在。"))
    if ring.current is None or ring.audit is None:
        raise vault.VaultLocked()
    for kid, key in ring.data.items():
        _add_entry(s, DATA, key, CURRENT if kid == ring.current else RETIRED)
    _add_entry(s, AUDIT, ring.audit)
    vault.set_ring(ring)
    changed = reencrypt_values(s, ring.data[ring.current])
    for spec in all_modules():
        if spec.on_keys_ready:
            load_object(spec.on_keys_ready)(s)
    return changed


def ring_problem(s: Session, ring: vault.KeyRing) -> str | None:
    """Why ``ring`` (a union server's key file) is not this database's key ring, or None when it
    is: the current data key, every retired one still listed, and the audit key must all match."""
    entries = _entries(s)
    current = next((e.key_id for e in entries.values() if e.purpose == DATA and e.state == CURRENT), None)
    audit = next((e.key_id for e in entries.values() if e.purpose == AUDIT), None)
    if current != ring.current:
        return translate("Crypto", "当前数据密钥与该数据库不符")
    missing = [e.key_id for e in entries.values() if e.purpose == DATA and e.key_id not in ring.data]
    if missing:
        return translate("Crypto", "缺少该数据库仍在使用的旧数据密钥 {ids}").format(ids="、".join(missing))
    if ring.audit is None or audit != key_id(ring.audit):
        return translate("Crypto", "审计密钥与该数据库不符")
    return None


def recovery_is_current(s: Session) -> bool:
    row = s.execute(select(WrappedKey).where(WrappedKey.kind == RECOVERY)).scalar_one_or_none()
    return (
        row is not None
        and row.format == FORMAT_HOLDER
        and vault.has_data_key()
        and _certified(row, vault.data_key())
    )


def renew_recovery(s: Session) -> str:
    """A new recovery code holding every key this process holds (the old code stops working)."""
    code = new_recovery_code()
    new_holder(s, RECOVERY, None, derive(_normalise_code(code)))
    return code


def recover(s: Session, code: str) -> None:
    """Unlock the vault with the printed recovery code (the administrator lost their password)."""
    row = s.execute(select(WrappedKey).where(WrappedKey.kind == RECOVERY)).scalar_one_or_none()
    if row is None:
        raise UserError(translate("Crypto", "本数据库没有恢复码。"))
    try:
        if row.format == FORMAT_LEGACY:
            kek = derive(_normalise_code(code), row.salt, LEGACY_KDF)
            _adopt_legacy_key(s, vault.decrypt_bytes(row.wrapped, _LEGACY_WRAP_CONTEXT, kek.key))
            return
        kek = derive(_normalise_code(code), row.salt, KdfParams.parse(row.kdf))
        private = vault.decrypt_bytes(row.wrapped, _holder_aad(row), kek.key)
    except vault.DecryptionFailed:
        raise UserError(translate("Crypto", "恢复码不正确。")) from None
    vault.set_ring(_ring_of(s, row, private))


# Values ----------------------------------------------------------------------------------------------
def reencrypt_values(s: Session, key: bytes, clear_only: bool = False) -> int:
    """Every encrypted value under ``key``, bound to its row, with its keyed hashes recomputed
    under ``key``: values from before encryption, ``e1`` values, values under an older key
    (``clear_only``: only the values from before encryption). The keys to read them must be in
    the vault. Returns how many values were rewritten."""
    kid = key_id(key)
    changed = 0
    for table, column, kind in encrypted_columns(load_all_models()):
        pk = list(table.primary_key.columns)[0]
        raw = type_coerce(column, Text)  # bypass the sealing type: read what is stored
        wanted = [raw.is_not(None), raw != ""]
        if clear_only:
            wanted += [~raw.startswith(vault.PREFIX), ~raw.startswith(vault.LEGACY_PREFIX)]
        rows = s.execute(select(pk, raw).where(*wanted)).all()
        updates = []
        for ident, stored in rows:
            if vault.stored_key_id(stored) == kid:
                continue
            plain = vault.open_text(stored, kind.context, ident)
            values = {"_pk": ident, "_value": vault.seal_text(plain, kind.context, ident, key).stored}
            values.update({f"_{h.column}": h.of(plain, key) for h in kind.hashes})
            updates.append(values)
        if updates:
            statement = (
                update(table)
                .where(pk == bindparam("_pk"))
                .values(
                    {
                        column.name: bindparam("_value", type_=Text),
                        **{h.column: bindparam(f"_{h.column}") for h in kind.hashes},
                    }
                )
            )
            s.connection().execute(statement, updates)
            changed += len(updates)
    return changed


def seal_clear_values(s: Session) -> int:
    """Seal the values a migration left in clear when it made their column encrypted (a migration
    holds no key): done by the first holder of the current key to sign in, or by the union
    server at start. Returns how many were sealed; costs one query per encrypted column."""
    kid = vault.current_key_id()
    if kid is None or kid != current_data_key_id(s):
        return 0  # only the current key may write
    return reencrypt_values(s, vault.key_for(kid), clear_only=True)


def retire(s: Session, kid: str) -> None:
    s.execute(
        update(KeyRingEntry).where(KeyRingEntry.key_id == kid).values(state=RETIRED, retired_at=utcnow())
    )
