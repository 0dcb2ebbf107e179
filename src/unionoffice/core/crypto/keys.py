"""Wrapping the data key for users and the recovery code; set-up, unlock, recovery, rotation.

Every function takes an open session and runs inside the caller's transaction, so a password
change and the re-wrapped key are committed together or not at all.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from sqlalchemy import Text, delete, select, type_coerce, update
from sqlalchemy.orm import Session

from unionoffice.core import attachments
from unionoffice.core.crypto import vault
from unionoffice.core.crypto.fields import encrypted_columns
from unionoffice.core.crypto.models import WrappedKey
from unionoffice.core.modules import all_modules, load_object
from unionoffice.core.schema import load_all_models
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

# Argon2id for key derivation: ~0.1 s per sign-in on an office PC, costly for an attacker.
KDF_TIME_COST = 2
KDF_MEMORY_KIB = 65_536
KDF_PARALLELISM = 2
RECOVERY = "recovery"
USER = "user"
_WRAP_CONTEXT = "unionoffice/wrapped-data-key"


@dataclass(frozen=True)
class KeyEncryptionKey:
    salt: bytes
    key: bytes


def derive(secret: str, salt: bytes | None = None) -> KeyEncryptionKey:
    salt = salt or os.urandom(16)
    key = hash_secret_raw(
        secret.encode("utf-8"), salt, KDF_TIME_COST, KDF_MEMORY_KIB, KDF_PARALLELISM, 32, Type.ID
    )
    return KeyEncryptionKey(salt, key)


def key_id(data_key: bytes) -> str:
    return hashlib.sha256(b"key-id" + data_key).hexdigest()[:16]


def _store(s: Session, kind: str, user_id: int | None, kek: KeyEncryptionKey, data_key: bytes) -> None:
    if user_id is not None:
        s.execute(delete(WrappedKey).where(WrappedKey.user_id == user_id))
    else:
        s.execute(delete(WrappedKey).where(WrappedKey.kind == kind))
    s.add(
        WrappedKey(
            kind=kind,
            user_id=user_id,
            salt=kek.salt,
            wrapped=vault.encrypt_bytes(data_key, _WRAP_CONTEXT, key=kek.key),
            key_id=key_id(data_key),
        )
    )
    s.flush()


def keys_exist(s: Session) -> bool:
    return s.execute(select(WrappedKey.id).limit(1)).first() is not None


def new_recovery_code() -> str:
    """30 characters in six groups, easy to print and to type back (no 0/O or 1/I confusion)."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")[:30]
    return "-".join(raw[i : i + 5] for i in range(0, 30, 5))


def _normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def setup_keys(
    s: Session, user_id: int, password: str, kek: KeyEncryptionKey | None = None, reseal_files: bool = True
) -> str:
    """First administrator: create the data key, wrap it for them and for a new recovery code.

    Values written before encryption existed are encrypted now. Returns the recovery code.
    """
    if keys_exist(s):
        raise UserError(translate("Crypto", "数据密钥已经存在。"))
    data_key = vault.new_data_key()
    _store(s, USER, user_id, kek or derive(password), data_key)
    code = new_recovery_code()
    _store(s, RECOVERY, None, derive(_normalise_code(code)), data_key)
    vault.set_data_key(data_key)
    encrypt_plaintext_values(s)

    if reseal_files:  # a demo database being built must not touch the real data folder
        attachments.reseal_all(None, data_key)
    for spec in all_modules():
        if spec.on_keys_ready:
            load_object(spec.on_keys_ready)(s)
    return code


def unlock(s: Session, user_id: int, password: str) -> bool:
    """Unwrap this user's copy of the data key into the vault; False if they have none."""
    row = s.execute(select(WrappedKey).where(WrappedKey.user_id == user_id)).scalar_one_or_none()
    if row is None:
        return False
    kek = derive(password, row.salt)
    vault.set_data_key(vault.decrypt_bytes(row.wrapped, _WRAP_CONTEXT, key=kek.key))
    return True


def grant(s: Session, user_id: int, password: str, kek: KeyEncryptionKey | None = None) -> None:
    """Give a user (new, or with a new password) their own wrapped copy of the unlocked key."""
    if not keys_exist(s):
        return  # nothing is encrypted yet: the first administrator's sign-in sets keys up
    _store(s, USER, user_id, kek or derive(password), vault.data_key())


def revoke(s: Session, user_id: int) -> None:
    s.execute(delete(WrappedKey).where(WrappedKey.user_id == user_id))


def has_key(s: Session, user_id: int) -> bool:
    return s.execute(select(WrappedKey.id).where(WrappedKey.user_id == user_id)).first() is not None


def recover(s: Session, code: str) -> None:
    """Unlock the vault with the printed recovery code (the administrator lost their password)."""
    row = s.execute(select(WrappedKey).where(WrappedKey.kind == RECOVERY)).scalar_one_or_none()
    if row is None:
        raise UserError(translate("Crypto", "本数据库没有恢复码。"))
    kek = derive(_normalise_code(code), row.salt)
    try:
        vault.set_data_key(vault.decrypt_bytes(row.wrapped, _WRAP_CONTEXT, key=kek.key))
    except vault.DecryptionFailed:
        raise UserError(translate("Crypto", "恢复码不正确。")) from None


def encrypt_plaintext_values(s: Session) -> int:
    """Encrypt values stored before encryption was on (an upgraded database). Returns how many."""
    changed = 0
    for table, column, _type in encrypted_columns(load_all_models()):
        pk = list(table.primary_key.columns)[0]
        raw = type_coerce(column, Text)  # bypass the decrypting type: read what is stored
        rows = s.execute(select(pk, raw).where(raw.is_not(None), ~raw.startswith(vault.PREFIX))).all()
        for ident, plain in rows:
            s.execute(update(table).where(pk == ident).values({column.name: plain}))
            changed += 1
    return changed


def rotate(s: Session, user_id: int, password: str) -> str:
    """A new data key: every encrypted value is re-encrypted, the rotating administrator and a new
    recovery code get copies; other users get theirs back when an administrator resets their
    password. Returns the new recovery code."""
    old_key = vault.data_key()
    new_key = vault.new_data_key()
    for table, column, column_type in encrypted_columns(load_all_models()):
        context = column_type.context
        pk = list(table.primary_key.columns)[0]
        raw = type_coerce(column, Text)
        for ident, stored in s.execute(select(pk, raw).where(raw.is_not(None))).all():
            plain = vault.decrypt_text(stored, context, key=old_key)
            s.execute(
                update(table)
                .where(pk == ident)
                .values({column.name: type_coerce(vault.encrypt_text(plain, context, key=new_key), Text)})
            )

    attachments.reseal_all(old_key, new_key)
    s.execute(delete(WrappedKey))
    vault.set_data_key(new_key)
    _store(s, USER, user_id, derive(password), new_key)
    code = new_recovery_code()
    _store(s, RECOVERY, None, derive(_normalise_code(code)), new_key)
    return code
