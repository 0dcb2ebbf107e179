"""Editing the audit log behind the app's back is detected and named, even by someone who can
write the whole database and rewrite every later hash: the chain is an HMAC under the audit key."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from factories import add_member, hold_test_keys

from unionoffice.cli import run
from unionoffice.core.audit.chain import HASHED_FIELDS, PENDING, checkpoint
from unionoffice.core.audit.verify import verify_audit_log
from unionoffice.core.auth import service as auth
from unionoffice.core.crypto import vault
from unionoffice.members.models import Member


def _touch_members(db, org, admin, n=5):  # type: ignore[no-untyped-def]
    ids = [add_member(db, org["branch_a"], None, f"会员{i}", i) for i in range(n)]
    with db.transaction(admin) as s:
        s.get(Member, ids[0]).phone = "13900000000"
    return ids


def _edit(db_path, sql: str, *params) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(db_path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_an_untouched_log_verifies(db, org, admin):
    _touch_members(db, org, admin)
    report = verify_audit_log(db, admin)
    assert report.ok and report.checked >= 11 and report.pending == 0


def test_an_edited_row_is_named(db, db_path, org, admin):
    _touch_members(db, org, admin)
    db.dispose()
    conn = sqlite3.connect(db_path)
    target = conn.execute("SELECT id FROM audit_log WHERE action='update' AND entity='members'").fetchone()[0]
    conn.close()
    _edit(db_path, "UPDATE audit_log SET username='nobody' WHERE id=?", target)
    report = verify_audit_log(db, admin)
    assert not report.ok and report.broken_id == target


def test_rewriting_every_later_hash_without_the_key_is_still_found(db, db_path, org, admin):
    """The attack the plain SHA-256 chain could not stop: edit an entry, recompute every hash
    after it and the head. Without the audit key the recomputed hashes are not the HMACs."""
    _touch_members(db, org, admin)
    db.dispose()
    conn = sqlite3.connect(db_path)
    rows = conn.execute(f"SELECT id, hash, {', '.join(HASHED_FIELDS)} FROM audit_log ORDER BY id").fetchall()
    target = rows[3][0]
    previous = rows[2][1]
    for row in rows[3:]:
        values = dict(zip(HASHED_FIELDS, row[2:], strict=True))
        if row[0] == target:
            values["username"] = "nobody"
        payload = json.dumps([previous, *values.values()], ensure_ascii=False, separators=(",", ":"))
        previous = hashlib.sha256(payload.encode()).hexdigest()
        conn.execute(
            "UPDATE audit_log SET username=?, hash=? WHERE id=?", (values["username"], previous, row[0])
        )
    conn.execute("UPDATE audit_head SET last_hash=?", (previous,))
    conn.commit()
    conn.close()
    report = verify_audit_log(db, admin)
    assert not report.ok and report.broken_id == target


def test_a_deleted_row_breaks_the_link_after_it(db, db_path, org, admin):
    _touch_members(db, org, admin)
    db.dispose()
    ids = [r[0] for r in sqlite3.connect(db_path).execute("SELECT id FROM audit_log ORDER BY id")]
    _edit(db_path, "DELETE FROM audit_log WHERE id=?", ids[3])
    assert verify_audit_log(db, admin).broken_id == ids[4]


def test_a_truncated_tail_is_detected_even_with_the_head_moved_back(db, db_path, org, admin):
    _touch_members(db, org, admin)
    db.dispose()
    conn = sqlite3.connect(db_path)
    (last_id, _hash), (_before_id, before_last) = conn.execute(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 2"
    ).fetchall()
    conn.close()
    _edit(db_path, "DELETE FROM audit_log WHERE id=?", last_id)
    report = verify_audit_log(db, admin)
    assert not report.ok and "末尾" in report.reason
    _edit(db_path, "UPDATE audit_head SET last_hash=?, last_id=?", before_last, last_id - 1)
    report = verify_audit_log(db, admin)
    assert not report.ok and "末尾" in report.reason  # the head's MAC no longer fits


def test_a_checkpoint_catches_a_log_cut_back_to_an_older_consistent_state(db, db_path, org, admin):
    _touch_members(db, org, admin)
    with db.transaction(admin) as s:
        made = checkpoint(s, "月底核对")
        assert made is not None and made.mac
    report = verify_audit_log(db, admin)
    assert report.ok and report.checkpoint == made.mac
    db.dispose()
    _edit(db_path, "UPDATE audit_checkpoints SET entries = entries - 1 WHERE id=?", made.id)
    assert not verify_audit_log(db, admin).ok  # the signature covers what the checkpoint says


def test_entries_written_without_the_key_wait_and_are_sealed_by_the_next_keyed_write(db, org, admin):
    _touch_members(db, org, admin, n=2)
    ring = vault.ring()
    vault.clear()  # a failed sign-in, a viewer's work: no audit key in this process
    with pytest.raises(auth.LoginFailed):
        auth.login(db, "clerk_a", "wrong-pass-1")
    vault.set_ring(ring)
    report = verify_audit_log(db, admin)
    assert report.ok and report.pending == 2  # the failed sign-in and its counter on the account
    add_member(db, org["branch_a"], None, "后来", 9)  # someone with the key writes
    report = verify_audit_log(db, admin)
    assert report.ok and report.pending == 0
    with db.read() as s:
        from sqlalchemy import select

        from unionoffice.core.audit.models import AuditEntry

        assert not s.execute(select(AuditEntry).where(AuditEntry.hash == PENDING)).first()


def test_verifying_needs_the_audit_key(db, org, admin):
    vault.clear()
    report = verify_audit_log(db, admin)
    assert not report.ok and "审计密钥" in report.reason


def test_cli_verifies_as_a_signed_in_admin_and_names_the_first_bad_entry(
    db, db_path, org, admin, tmp_path, monkeypatch, capsys
):
    hold_test_keys(db, "admin", "secret-123")
    _touch_members(db, org, admin)
    password = tmp_path / "pw"
    password.write_text("secret-123", encoding="utf-8")
    monkeypatch.setenv("UNIONOFFICE_PASSWORD_FILE", str(password))
    assert run(["--db", str(db_path), "--user", "admin", "audit", "verify"]) == 0
    assert "操作日志完整" in capsys.readouterr().out
    db.dispose()
    conn = sqlite3.connect(db_path)
    target = conn.execute("SELECT id FROM audit_log WHERE action='update' AND entity='members'").fetchone()[0]
    conn.close()
    _edit(db_path, "UPDATE audit_log SET summary='x' WHERE id=?", target)
    assert run(["--db", str(db_path), "--user", "admin", "audit", "verify"]) == 1
    assert f"第 {target} 条" in capsys.readouterr().out
    vault.clear()
    assert run(["--db", str(db_path), "audit", "verify"]) == 2  # without a sign-in: refused
