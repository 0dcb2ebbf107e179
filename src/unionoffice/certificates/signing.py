"""QR payloads signed with a per-database HMAC key, checked offline.

The key is 32 random bytes made the first time a certificate is issued and kept in
``certificate_settings``; it never leaves the database (not in the audit log, not in exports).
Anyone can read the number off a certificate, but only this installation can make a code
that says valid for it. A backup restored elsewhere carries the key along.

Payload: ``UOC1:<number>:<16 base32 characters>`` (HMAC-SHA256 truncated to 80 bits). Only
upper-case letters, digits, ":" and "-": the QR code stays in alphanumeric mode, small and
quick to scan, and a scanner acting as a keyboard types it back unchanged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from unionoffice.certificates.models import CertificateSetting

KEY_NAME = "qr_hmac_key"
PREFIX = "UOC1"
_PAYLOAD = re.compile(r"UOC1:([A-Z0-9\-]+):([A-Z2-7]{16})")


def load_key(session: Session) -> bytes | None:
    value = session.execute(
        select(CertificateSetting.value).where(CertificateSetting.key == KEY_NAME)
    ).scalar()
    return bytes.fromhex(value) if value else None


def ensure_key(session: Session) -> bytes:
    """The database's key, made on first use (a concurrent first use keeps the winner's key)."""
    key = load_key(session)
    if key is not None:
        return key
    try:
        with session.begin_nested():
            session.add(CertificateSetting(key=KEY_NAME, value=secrets.token_hex(32)))
            session.flush()
    except IntegrityError:
        pass
    key = load_key(session)
    assert key is not None
    return key


def signature(key: bytes, number: str) -> str:
    digest = hmac.new(key, f"{PREFIX}:{number}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


def payload(key: bytes, number: str) -> str:
    return f"{PREFIX}:{number}:{signature(key, number)}"


def parse(text: str) -> tuple[str, str | None]:
    """``(number, signature)`` from scanned text, or ``(number, None)`` for a typed number."""
    cleaned = re.sub(r"\s+", "", text).upper()
    found = _PAYLOAD.search(cleaned)
    if found:
        return found.group(1), found.group(2)
    if cleaned.startswith(PREFIX + ":"):  # looks like ours but mangled: no valid signature
        parts = cleaned.split(":")
        return (parts[1] if len(parts) > 1 else ""), ""
    return cleaned, None


def is_authentic(key: bytes | None, number: str, sig: str) -> bool:
    return key is not None and hmac.compare_digest(signature(key, number), sig)
