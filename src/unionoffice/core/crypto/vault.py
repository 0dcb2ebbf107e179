"""The unwrapped data key of this process, and the primitives that use it.

The key lives only in memory, set at sign-in. Code that needs it while it is locked gets a
``VaultLocked`` error with a plain message instead of a crash.
"""

from __future__ import annotations

import base64
import hmac
import os
import threading
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

PREFIX = "e1:"
_lock = threading.Lock()
_data_key: bytes | None = None


class VaultLocked(UserError):
    def __init__(self) -> None:
        super().__init__(
            translate("Crypto", "敏感数据已加密，需要先登录才能读取或写入（命令行请加 --user 用户名）。")
        )


class DecryptionFailed(UserError):
    def __init__(self) -> None:
        super().__init__(translate("Crypto", "加密数据无法解密：数据被篡改，或不属于本数据库的密钥。"))


def set_data_key(key: bytes | None) -> None:
    global _data_key
    with _lock:
        _data_key = key
        _aead.cache_clear()  # no copy of a key outlives the sign-out
        _purpose_mac.cache_clear()


def has_data_key() -> bool:
    return _data_key is not None


def data_key() -> bytes:
    key = _data_key
    if key is None:
        raise VaultLocked()
    return key


def new_data_key() -> bytes:
    return os.urandom(32)


@lru_cache(maxsize=4)  # building the cipher costs more than encrypting one identity number
def _aead(key: bytes) -> AESGCM:
    return AESGCM(key)


def encrypt_bytes(plain: bytes, context: str, key: bytes | None = None) -> bytes:
    """nonce ‖ ciphertext+tag; ``context`` (e.g. "members.id_number") is authenticated, so a value
    copied into another column does not decrypt."""
    nonce = os.urandom(12)
    return nonce + _aead(key or data_key()).encrypt(nonce, plain, context.encode())


def decrypt_bytes(blob: bytes, context: str, key: bytes | None = None) -> bytes:
    try:
        return _aead(key or data_key()).decrypt(blob[:12], blob[12:], context.encode())
    except (InvalidTag, ValueError):
        raise DecryptionFailed() from None


def encrypt_text(value: str, context: str, key: bytes | None = None) -> str:
    return PREFIX + base64.b64encode(encrypt_bytes(value.encode("utf-8"), context, key)).decode("ascii")


def decrypt_text(stored: str, context: str, key: bytes | None = None) -> str:
    if not stored.startswith(PREFIX):
        return stored  # written before encryption was switched on; encrypted by the next key set-up
    return decrypt_bytes(base64.b64decode(stored[len(PREFIX) :]), context, key).decode("utf-8")


def keyed_hash(purpose: str, value: str, key: bytes | None = None) -> str:
    """A stable, searchable stand-in (duplicate detection) that reveals nothing without the key."""
    mac = _purpose_mac(key or data_key(), purpose).copy()  # the keyed start state, made once
    mac.update(value.encode("utf-8"))
    return mac.hexdigest()


@lru_cache(maxsize=16)
def _purpose_mac(key: bytes, purpose: str) -> hmac.HMAC:
    """One sub-key per purpose, so a hash made for one column means nothing in another."""
    return hmac.new(hmac.digest(key, b"unionoffice/" + purpose.encode(), "sha256"), digestmod="sha256")
