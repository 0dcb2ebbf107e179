"""QR payloads signed with a per-database HMAC key, checked offline.

The key is 32 random bytes made the first time a certificate is issued and kept in
``certificate_settings``; it never leaves the database (not in the audit log, not in exports).
Anyone can read the number off a certificate, but only this installation can make a code
that says valid for it. A backup restored elsewhere carries the key along.

Payload: ``UOC2:<number>:<16 base32 characters>``: HMAC-SHA256, truncated to 80 bits, over the
number, the recipient's name, the award and the date of issue. Only the number travels in the
code (upper-case letters, digits, ":" and "-": the QR code stays in alphanumeric mode, small and
quick to scan, and a scanner acting as a keyboard types it back unchanged); the verifier
recomputes the signature from the register's record, so a code copied onto a certificate with
another name, award or date, or a register record changed after issuing, does not verify.
``UOC1`` codes printed before this (number only) still verify, marked as the older kind.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from unionoffice.certificates.models import CertificateSetting

KEY_NAME = "qr_hmac_key"
PREFIX = "UOC2"
LEGACY_PREFIX = "UOC1"
_PAYLOAD = re.compile(r"(UOC[12]):([A-Z0-9\-]+):([A-Z2-7]{16})")


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


@dataclass(frozen=True)
class Facts:
    """What a certificate's QR code vouches for: the register's number, name, award and date."""

    number: str
    name: str
    award: str
    issued_on: date


def signature(key: bytes, facts: Facts) -> str:
    message = json.dumps(
        [PREFIX, facts.number, facts.name, facts.award, facts.issued_on.isoformat()],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    digest = hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


def legacy_signature(key: bytes, number: str) -> str:
    """``UOC1`` codes (before issue #17) signed the number alone."""
    digest = hmac.new(key, f"{LEGACY_PREFIX}:{number}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


def payload(key: bytes, facts: Facts) -> str:
    return f"{PREFIX}:{facts.number}:{signature(key, facts)}"


@dataclass(frozen=True)
class Scanned:
    number: str
    signature: str | None  # None: a typed number, not a QR text; "": ours but mangled
    legacy: bool = False  # a UOC1 code (number only)


def parse(text: str) -> Scanned:
    """The number and signature of scanned text, or the number alone for a typed one."""
    cleaned = re.sub(r"\s+", "", text).upper()
    found = _PAYLOAD.search(cleaned)
    if found:
        return Scanned(found.group(2), found.group(3), legacy=found.group(1) == LEGACY_PREFIX)
    if cleaned.startswith((PREFIX + ":", LEGACY_PREFIX + ":")):  # looks like ours but mangled
        parts = cleaned.split(":")
        return Scanned(parts[1] if len(parts) > 1 else "", "")
    return Scanned(cleaned, None)


def is_authentic(key: bytes | None, scanned: Scanned, facts: Facts) -> bool:
    """Whether the scanned signature vouches for these facts (the register's record)."""
    if key is None or not scanned.signature or scanned.number != facts.number:
        return False
    expected = legacy_signature(key, facts.number) if scanned.legacy else signature(key, facts)
    return hmac.compare_digest(expected, scanned.signature)
