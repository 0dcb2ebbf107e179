"""Editing the database file behind the app's back is detected and named."""

from __future__ import annotations

import sqlite3

from factories import add_member

from unionoffice.cli import run
from unionoffice.core.audit.verify import verify_audit_log
from unionoffice.members.models import Member


def _touch_members(db, org, admin, n=5):
    ids = [add_member(db, org["branch_a"], None, f"会员{i}", i) for i in range(n)]
    with db.transaction(admin) as s:
        s.get(Member, ids[0]).phone = "13900000000"
    return ids


def test_an_untouched_log_verifies(db, org, admin):
    _touch_members(db, org, admin)
    report = verify_audit_log(db, admin)
    assert report.ok and report.checked >= 11


def test_an_edited_row_is_named(db, db_path, org, admin, capsys):
    _touch_members(db, org, admin)
    db.dispose()
    conn = sqlite3.connect(db_path)
    target = conn.execute("SELECT id FROM audit_log WHERE action='update' AND entity='members'").fetchone()[0]
    conn.execute("UPDATE audit_log SET username='nobody' WHERE id=?", (target,))
    conn.commit()
    conn.close()
    report = verify_audit_log(db, admin)
    assert not report.ok and report.broken_id == target
    assert run(["--db", str(db_path), "audit", "verify"]) == 1
    assert f"第 {target} 条" in capsys.readouterr().out


def test_a_deleted_row_breaks_the_link_after_it(db, db_path, org, admin):
    _touch_members(db, org, admin)
    db.dispose()
    conn = sqlite3.connect(db_path)
    ids = [r[0] for r in conn.execute("SELECT id FROM audit_log ORDER BY id")]
    conn.execute("DELETE FROM audit_log WHERE id=?", (ids[3],))
    conn.commit()
    conn.close()
    assert verify_audit_log(db, admin).broken_id == ids[4]


def test_a_truncated_tail_is_detected(db, db_path, org, admin):
    _touch_members(db, org, admin)
    db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM audit_log WHERE id=(SELECT max(id) FROM audit_log)")
    conn.commit()
    conn.close()
    report = verify_audit_log(db, admin)
    assert not report.ok and report.broken_id is None and "末尾" in report.reason


def test_cli_reports_an_intact_log(db_path, org, capsys):
    assert run(["--db", str(db_path), "audit", "verify"]) == 0
    assert "操作日志完整" in capsys.readouterr().out
