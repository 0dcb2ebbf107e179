"""The database server password, kept out of the settings file.

First choice is the operating system's credential store through ``keyring`` (Windows Credential
Manager, macOS Keychain, Secret Service): the secret is tied to the Windows account and never
lands in our folder. Where no usable store exists (``keyring`` missing, or only its "fail" or
plaintext backends, as on a headless Linux), the password is encrypted with Fernet
(AES-128-CBC + HMAC) under a random key kept in ``credentials.key`` in the user's data folder.

Trade-off of the fallback, written down in docs/postgres.md: it keeps the password out of
settings.json, out of backups of that file and away from a glance over the shoulder, but anyone
who can read the whole data folder as that user can decrypt it. It is obfuscation against
casual disclosure, not protection against a compromised account.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Protocol

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy.engine import URL

from unionoffice.foundation.paths import data_dir

SERVICE = "UnionOffice database"
KEY_FILE = "credentials.key"
STORE_FILE = "credentials.json"


def credential_key(url: URL) -> str:
    """One password per server account and database: ``user@host:port/db``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


class _Keyring(Protocol):
    """The part of the ``keyring`` module used here."""

    def get_password(self, service_name: str, username: str) -> str | None: ...
    def set_password(self, service_name: str, username: str, password: str) -> None: ...
    def delete_password(self, service_name: str, username: str) -> None: ...


def _keyring() -> _Keyring | None:
    if os.environ.get("UNIONOFFICE_NO_KEYRING"):
        return None
    try:
        # Imported here: keyring is optional (installed on Windows only) and slow to import.
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up means "no keyring"
        return None
    if isinstance(backend, fail.Keyring) or "plaintext" in type(backend).__name__.lower():
        return None
    return keyring


def storage_kind() -> str:
    """``"keyring"`` or ``"file"``: where a saved password goes (the settings dialog says so)."""
    return "keyring" if _keyring() is not None else "file"


def save_password(url: URL, password: str) -> None:
    ring = _keyring()
    if ring is not None:
        ring.set_password(SERVICE, credential_key(url), password)
        return
    store = _read_store()
    store[credential_key(url)] = Fernet(_key()).encrypt(password.encode("utf-8")).decode("ascii")
    _write_store(store)


def load_password(url: URL) -> str | None:
    ring = _keyring()
    if ring is not None:
        try:
            return ring.get_password(SERVICE, credential_key(url))
        except Exception:  # noqa: BLE001 - a locked or broken keyring: connect without a password
            return None
    token = _read_store().get(credential_key(url))
    if not token:
        return None
    try:
        return Fernet(_key()).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError):
        return None  # the key file was replaced: the clerk types the password again


def forget_password(url: URL) -> None:
    ring = _keyring()
    if ring is not None:
        with contextlib.suppress(Exception):  # nothing saved is fine
            ring.delete_password(SERVICE, credential_key(url))
        return
    store = _read_store()
    if store.pop(credential_key(url), None) is not None:
        _write_store(store)


def _key() -> bytes:
    path = data_dir() / KEY_FILE
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    key = Fernet.generate_key()
    # Created readable by this user only (on Windows the profile folder already is).
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def _store_path() -> Path:
    return data_dir() / STORE_FILE


def _read_store() -> dict[str, str]:
    try:
        raw = json.loads(_store_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def _write_store(store: dict[str, str]) -> None:
    target = _store_path()
    partial = target.with_suffix(".json.part")
    partial.write_text(json.dumps(store, indent=2), encoding="utf-8")
    os.chmod(partial, 0o600)
    partial.replace(target)
