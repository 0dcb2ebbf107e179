"""The audit chain's head, signed and sent once a day to a place the database cannot rewrite.

The chain (``core.audit``) shows an entry edited behind the app's back, unless whoever edited it
also rewrote every later hash. Someone holding the database's owner role could; a copy of the head
kept elsewhere cannot be rewritten with it. Each day the server appends one line, signed with the
server's audit key (``server.keys``), to the target named in its configuration:

- ``file:/path``: appended and synced; put it on write-once storage (a WORM share, a file with
  ``chattr +a``, a mount only this account can append to);
- ``command:…``: the line on the command's standard input (``logger -t unionoffice-audit`` for a
  remote syslog, a script that mails it, …).

``unionoffice-server audit-check --exports FILE`` compares the database with every exported line:
a chain rewritten with the owner role no longer has the exported hash at the exported entry.
"""

from __future__ import annotations

import base64
import json
import os
import shlex
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from unionoffice.core.audit.models import AuditEntry
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.server.keys import public_text

JOB = "audit_head_export"


@dataclass(frozen=True)
class Head:
    last_id: int
    hash: str


def current_head(db: Database) -> Head | None:
    """The newest entry and its hash (one statement: both from the same moment)."""
    with db.rows() as conn:
        row = conn.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    return None if row is None else Head(row.id, row.hash)


def _canonical(payload: dict[str, object]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def signed_line(db: Database, key: Ed25519PrivateKey, *, now: datetime | None = None) -> str:
    head = current_head(db)
    payload: dict[str, object] = {
        "at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "database": db.url.database or "",
        "last_id": head.last_id if head else 0,
        "head": head.hash if head else "",
        "public_key": public_text(key.public_key()),
    }
    payload["signature"] = base64.b64encode(key.sign(_canonical(payload))).decode("ascii")
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def send(line: str, target: str) -> None:
    kind, _, where = target.partition(":")
    if kind == "file" and where:
        fd = os.open(where, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, (line + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    elif kind == "command" and where:
        subprocess.run(shlex.split(where), input=line + "\n", text=True, check=True, timeout=60)
    else:
        raise UserError(f"audit_export 应为 file:路径 或 command:命令，而不是“{target}”。")


def export(db: Database, key: Ed25519PrivateKey, target: str) -> str:
    line = signed_line(db, key)
    send(line, target)
    return line


def check(db: Database, lines: list[str], public_key: Ed25519PublicKey) -> list[str]:
    """Problems found comparing the database with exported heads (empty: all agree)."""
    problems = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            payload = json.loads(line)
            signature = base64.b64decode(payload.pop("signature"))
            public_key.verify(signature, _canonical(payload))
        except (ValueError, KeyError, InvalidSignature):
            problems.append(f"第 {number} 行：签名不对或格式有误（不是本服务器导出的，或被改过）")
            continue
        last_id, exported = int(payload["last_id"]), str(payload["head"])
        if not last_id:
            continue
        with db.rows() as conn:
            stored = conn.execute(select(AuditEntry.hash).where(AuditEntry.id == last_id)).scalar()
        if stored is None:
            problems.append(f"第 {number} 行（{payload['at']}）：第 {last_id} 条日志已不存在")
        elif stored != exported:
            problems.append(
                f"第 {number} 行（{payload['at']}）：第 {last_id} 条日志的链值与导出时不同（日志被改写过）"
            )
    return problems


def read_lines(path: str | os.PathLike[str]) -> list[str]:
    return Path(path).read_text(encoding="utf-8").splitlines()
