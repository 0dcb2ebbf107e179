"""Migration 0012 (issue #17): the audit log loses every personal value, the old SHA-256 chain is
checked first and its verdict kept in a checkpoint, and the first keyed sign-in seals the scrubbed
entries under the audit key and signs that checkpoint."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import select

from unionoffice.core.audit.chain import AuditCheckpoint
from unionoffice.core.audit.verify import verify_audit_log
from unionoffice.core.auth import service as auth
from unionoffice.core.auth.passwords import hash_password
from unionoffice.core.crypto import vault
from unionoffice.core.database import open_database
from unionoffice.db.migrate import upgrade

pytestmark = pytest.mark.sqlite_only
FIELDS = ("at", "user_id", "username", "action", "entity", "entity_id", "summary", "changes")
NUMBER, PHONE, NAME = "410702199001020061", "13912345678", "王芳"


def _old_chain(rows: list[dict]) -> list[str]:
    """The plain SHA-256 chain of revisions 0002–0011."""
    previous, out = "0" * 64, []
    for row in rows:
        payload = json.dumps([previous, *(row[f] for f in FIELDS)], ensure_ascii=False, separators=(",", ":"))
        previous = hashlib.sha256(payload.encode()).hexdigest()
        out.append(previous)
    return out


def _old_database(path, tamper: bool = False):  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{path}")
    upgrade(db, "0015_contests_entries_exam")
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO users (id, username, display_name, password_hash, role, active, failed_logins, "
        "must_change_password, version, created_at, updated_at) "
        "VALUES (1, 'admin', '管理员', ?, 'admin', 1, 0, 0, 1, ?, ?)",
        (hash_password("Harbor-lamp-71"), "2026-01-01 00:00:00", "2026-01-01 00:00:00"),
    )
    at = datetime(2026, 3, 1, 9, 0).isoformat(timespec="microseconds")
    rows = [
        {
            "at": at,
            "user_id": 1,
            "username": "admin",
            "action": "create",
            "entity": "members",
            "entity_id": "7",
            "summary": NAME,
            "changes": json.dumps(
                {"name": [None, NAME], "id_number": [None, "410702********0061"], "phone": [None, PHONE]},
                ensure_ascii=False,
            ),
        },
        {
            "at": at,
            "user_id": 1,
            "username": "admin",
            "action": "view",
            "entity": "members",
            "entity_id": "7",
            "summary": NAME,
            "changes": "{}",
        },
        {
            "at": at,
            "user_id": 1,
            "username": "admin",
            "action": "marks_import",
            "entity": "contest_marks",
            "entity_id": "1",
            "summary": "电工比武",
            "changes": json.dumps({"seq": 2, "marks": {"001/P1": ["10", "12.5"]}}),
        },
        {
            "at": at,
            "user_id": 1,
            "username": "admin",
            "action": "login",
            "entity": "users",
            "entity_id": "1",
            "summary": "admin",
            "changes": "{}",
        },
    ]
    hashes = _old_chain(rows)
    if tamper:
        rows[1]["summary"] = "改过"
    for row, digest in zip(rows, hashes, strict=True):
        conn.execute(
            f"INSERT INTO audit_log ({', '.join(FIELDS)}, hash) VALUES ({', '.join('?' * (len(FIELDS) + 1))})",
            (*(row[f] for f in FIELDS), digest),
        )
    conn.execute("UPDATE audit_head SET last_hash=?", (hashes[-1],))
    conn.commit()
    conn.close()


@pytest.mark.parametrize("tamper", [False, True])
def test_the_upgrade_scrubs_the_log_and_the_first_keyed_sign_in_seals_it(tmp_path, tamper):
    path = tmp_path / "old.sqlite"
    _old_database(path, tamper)
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    conn = sqlite3.connect(path)
    text = "\n".join(f"{s} {c}" for s, c in conn.execute("SELECT summary, changes FROM audit_log"))
    for personal in (NAME, PHONE, "0061", "12.5"):
        assert personal not in text
    assert json.loads(conn.execute("SELECT changes FROM audit_log WHERE action='create'").fetchone()[0]) == {
        "fields": ["id_number", "name", "phone"]
    }
    assert {h for (h,) in conn.execute("SELECT hash FROM audit_log")} == {
        ""
    }  # pending until a key holder signs in
    reason, mac = conn.execute("SELECT reason, mac FROM audit_checkpoints").fetchone()
    conn.close()
    assert mac is None and ("自第 2 条起不一致" in reason if tamper else "校验完好（4 条）" in reason)
    vault.clear()
    admin = auth.login(db, "admin", "Harbor-lamp-71")
    assert auth.initialise_keys(db, admin, "Harbor-lamp-71")  # keys made: the recovery code
    report = verify_audit_log(db, admin)
    assert report.ok and report.pending == 0 and report.checked >= 6 and report.checkpoint
    with db.read() as s:
        (checkpoint,) = s.execute(select(AuditCheckpoint)).scalars().all()
        assert checkpoint.mac and checkpoint.entries == 4
    db.dispose()
