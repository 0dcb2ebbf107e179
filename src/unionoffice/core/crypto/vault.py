"""The keys this process holds, and the primitives that use them.

The key ring lives only in memory: the data keys (the current one, and older ones kept readable
until everything encrypted under them is re-encrypted) and the audit key that seals the audit
log. A desktop app fills it at sign-in from the user's wrapped copies (``keys.py``); the union
server fills it at start from its key file with ``set_keys`` (docs/ARCHITECTURE.md). Code that
needs a key that is not there gets ``VaultLocked`` (or ``KeyRotated``) with a plain message.

Stored values name their key and are bound to their place: ``e2:<key id>:<base64>`` where the
AES-GCM additional data is ``<table.column>|<row id>|<key id>``, so a ciphertext moved to another
row or column does not decrypt, and rotation can tell which key a value needs. What a user typed
is always encrypted: nothing is ever taken for a ciphertext because of how its text begins.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

PREFIX = "e2:"  # e2:<key id>:<base64 nonce+ciphertext>, bound to table, column, row and key
LEGACY_PREFIX = "e1:"  # before issue #17: bound to the column only, key not named
KEY_ID_LENGTH = 16


class VaultLocked(UserError):
    def __init__(self) -> None:
        super().__init__(
            translate("Crypto", "敏感数据已加密，需要先登录才能读取或写入（命令行请加 --user 用户名）。")
        )


class KeyRotated(UserError):
    """This process holds a data key the administrator has since replaced."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Crypto",
                "数据密钥已由管理员更换，本窗口持有的是旧密钥，不能再读写加密数据。请退出后重新登录，本次操作没有保存。",
            )
        )


class DecryptionFailed(UserError):
    def __init__(self) -> None:
        super().__init__(translate("Crypto", "加密数据无法解密：数据被篡改，或不属于本数据库的密钥。"))


def key_id(key: bytes) -> str:
    """A key's public name: 16 hex characters of a hash, revealing nothing about the key."""
    return hashlib.sha256(b"key-id" + key).hexdigest()[:KEY_ID_LENGTH]


@dataclass(frozen=True)
class KeyRing:
    """Data keys by id (``current`` encrypts, every one decrypts) and the audit key."""

    data: dict[str, bytes] = field(default_factory=dict)
    current: str | None = None
    audit: bytes | None = None

    @classmethod
    def of(
        cls, data_key: bytes | None = None, audit_key: bytes | None = None, retired: Iterable[bytes] = ()
    ) -> KeyRing:
        keys = {key_id(k): k for k in retired}
        if data_key is not None:
            keys[key_id(data_key)] = data_key
        return cls(keys, key_id(data_key) if data_key is not None else None, audit_key)


_lock = threading.Lock()
_ring = KeyRing()


def set_keys(
    *, data_key: bytes | None = None, audit_key: bytes | None = None, retired_data_keys: Iterable[bytes] = ()
) -> None:
    """Put keys in this process's vault, replacing what it held.

    The union server calls this once at start with the keys from its key file: the current data
    key, the audit key, and any retired data keys still needed to read older values. Nothing is
    written anywhere; ``set_keys()`` with no arguments empties the vault.
    """
    set_ring(KeyRing.of(data_key, audit_key, retired_data_keys))


def set_ring(ring: KeyRing | None) -> None:
    global _ring
    with _lock:
        _ring = ring or KeyRing()
        _aead.cache_clear()  # no copy of a key outlives the sign-out
        _purpose_mac.cache_clear()


def ring() -> KeyRing:
    return _ring


def set_data_key(key: bytes | None) -> None:
    """Only the data key (the audit key stays): tests and single-key tools."""
    current = _ring
    set_ring(KeyRing.of(key, current.audit))


def clear() -> None:
    """Sign-out: every key leaves memory."""
    set_ring(None)


def has_data_key() -> bool:
    return _ring.current is not None


def data_key() -> bytes:
    current = _ring
    if current.current is None:
        raise VaultLocked()
    return current.data[current.current]


def current_key_id() -> str | None:
    return _ring.current


def audit_key() -> bytes | None:
    return _ring.audit


def key_for(kid: str) -> bytes:
    """The data key with this id: a value under a key this process does not hold means the key
    was rotated since this process signed in (or the vault is locked)."""
    current = _ring
    key = current.data.get(kid)
    if key is None:
        raise VaultLocked() if current.current is None else KeyRotated()
    return key


def new_key() -> bytes:
    return os.urandom(32)


new_data_key = new_key


@lru_cache(maxsize=8)  # building the cipher costs more than encrypting one identity number
def _aead(key: bytes) -> AESGCM:
    return AESGCM(key)


def encrypt_bytes(plain: bytes, context: str, key: bytes | None = None) -> bytes:
    """nonce ‖ ciphertext+tag under ``key`` (default: the current data key); ``context`` is
    authenticated, so the result decrypts only with the same context."""
    nonce = os.urandom(12)
    return nonce + _aead(key or data_key()).encrypt(nonce, plain, context.encode())


def decrypt_bytes(blob: bytes, context: str, key: bytes | None = None) -> bytes:
    try:
        return _aead(key or data_key()).decrypt(blob[:12], blob[12:], context.encode())
    except (InvalidTag, ValueError):
        raise DecryptionFailed() from None


def binding(context: str, row_id: object, kid: str) -> str:
    """The additional data that ties a stored value to its column, its row and its key."""
    return f"{context}|{row_id}|{kid}"


class Sealed(str):
    """A value on its way into (or just read from) an encrypted column: the string is the clear
    text, ``stored`` what the column holds. Made only by ``seal_text`` and ``open_text``."""

    stored: str

    def __new__(cls, plain: str, stored: str) -> Sealed:
        value = super().__new__(cls, plain)
        value.stored = stored
        return value


class Locked(str):
    """A value read without the data key: empty text, the ciphertext kept for an unchanged write."""

    stored: str

    def __new__(cls, stored: str) -> Locked:
        value = super().__new__(cls, "")
        value.stored = stored
        return value


def seal_text(plain: str, context: str, row_id: object, key: bytes | None = None) -> Sealed:
    """Encrypt ``plain`` for ``context`` (``table.column``) of row ``row_id``."""
    key = key or data_key()
    kid = key_id(key)
    blob = encrypt_bytes(plain.encode("utf-8"), binding(context, row_id, kid), key)
    return Sealed(plain, f"{PREFIX}{kid}:{base64.b64encode(blob).decode('ascii')}")


def stored_key_id(stored: str) -> str | None:
    """The key id an ``e2:`` value names (None for older or empty values)."""
    if stored.startswith(PREFIX) and len(stored) > len(PREFIX) + KEY_ID_LENGTH:
        return stored[len(PREFIX) : len(PREFIX) + KEY_ID_LENGTH]
    return None


def open_text(stored: str, context: str, row_id: object) -> str:
    """The clear text of a stored value. Values written before encryption existed (no prefix, or
    the empty text an anonymised record holds) are returned as they are."""
    kid = stored_key_id(stored)
    if kid is not None:
        blob = base64.b64decode(stored[len(PREFIX) + KEY_ID_LENGTH + 1 :])
        return decrypt_bytes(blob, binding(context, row_id, kid), key_for(kid)).decode("utf-8")
    if stored.startswith(LEGACY_PREFIX):
        blob = base64.b64decode(stored[len(LEGACY_PREFIX) :])
        for key in _legacy_candidates():
            try:
                return decrypt_bytes(blob, context, key).decode("utf-8")
            except DecryptionFailed:
                continue
        raise DecryptionFailed()
    return stored


def _legacy_candidates() -> list[bytes]:
    current = _ring
    if current.current is None:
        raise VaultLocked()
    return [current.data[current.current], *(k for i, k in current.data.items() if i != current.current)]


def open_or_lock(stored: str, context: str, row_id: object) -> str:
    """``open_text`` as a ``Sealed`` value, or ``Locked`` when this process holds no data key."""
    if not has_data_key() and (stored.startswith((PREFIX, LEGACY_PREFIX))):
        return Locked(stored)
    return Sealed(open_text(stored, context, row_id), stored)


def keyed_hash(purpose: str, value: str, key: bytes | None = None) -> str:
    """A stable, searchable stand-in (duplicate detection) that reveals nothing without the key."""
    mac = _purpose_mac(key or data_key(), purpose).copy()  # the keyed start state, made once
    mac.update(value.encode("utf-8"))
    return mac.hexdigest()


@lru_cache(maxsize=16)
def _purpose_mac(key: bytes, purpose: str) -> hmac.HMAC:
    """One sub-key per purpose, so a hash made for one column means nothing in another."""
    return hmac.new(hmac.digest(key, b"unionoffice/" + purpose.encode(), "sha256"), digestmod="sha256")
