"""Key rotation loses nothing: hashes recomputed in the same transaction, other holders get the
new key, a session still holding the old key cannot write, a failed commit leaves every
attachment readable, and files are swapped only after the commit (issue #17, point 4)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from unionoffice.core import attachments
from unionoffice.core.auth import service as auth
from unionoffice.core.crypto import vault
from unionoffice.core.crypto.models import KeyRingEntry
from unionoffice.foundation.identity import generate_id_number
from unionoffice.members import service as members
from unionoffice.members.contract import ExistingMember, MemberInput
from unionoffice.members.models import Member
from unionoffice.members.search import MemberFilter, member_source

pytestmark = pytest.mark.sqlite_only


def _scans(tmp_path, n: int = 3) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    stored = {}
    for i in range(n):
        scan = tmp_path / f"scan{i}.png"
        scan.write_bytes(b"\x89PNG scan of an invoice %d " % i * 50)
        stored[attachments.store(scan).sha256] = scan.read_bytes()
    return stored


def _a_member(db):  # type: ignore[no-untyped-def]
    with db.read() as s:
        m = s.execute(select(Member).where(Member.status == "active").order_by(Member.id)).scalars().first()
        assert m is not None
        return m.id, str(m.id_number), m.branch_id, m.version


def test_after_rotation_duplicates_are_refused_and_suffix_search_works(demo_db, tmp_path):
    admin = auth.login(demo_db, "admin", "demo1234")
    member_id, number, branch_id, _version = _a_member(demo_db)
    before = (
        sqlite3.connect(demo_db.sqlite_path)
        .execute("SELECT id_number, id_hash, id_suffix_hash FROM members WHERE id=?", (member_id,))
        .fetchone()
    )
    report = auth.rotate_keys(demo_db, admin, "demo1234")
    assert report.values >= 300 and report.retired_key_id != report.key_id
    after = (
        sqlite3.connect(demo_db.sqlite_path)
        .execute("SELECT id_number, id_hash, id_suffix_hash FROM members WHERE id=?", (member_id,))
        .fetchone()
    )
    assert all(a != b for a, b in zip(before, after, strict=True))  # value and both hashes renewed
    assert after[0].startswith("e2:" + report.key_id)
    assert member_source(demo_db, admin, MemberFilter(text=number[-4:])).count() >= 1
    assert member_source(demo_db, admin, MemberFilter(text=number)).count() == 1
    duplicate = MemberInput(name="王五", id_number=number, branch_id=branch_id, join_date=date(2020, 1, 1))
    with pytest.raises(ExistingMember):
        members.create_member(demo_db, admin, duplicate)
    with demo_db.read() as s:
        states = dict(s.execute(select(KeyRingEntry.key_id, KeyRingEntry.state)).all())
    assert states[report.key_id] == "current" and states[report.retired_key_id] == "retired"


def test_other_holders_get_the_new_key_at_their_next_sign_in(demo_db):
    admin = auth.login(demo_db, "admin", "demo1234")
    report = auth.rotate_keys(demo_db, admin, "demo1234")
    vault.clear()
    auth.login(demo_db, "clerk_xx", "demo1234")
    assert vault.current_key_id() == report.key_id and report.retired_key_id in vault.ring().data
    member_id, number, _branch, _version = _a_member(demo_db)
    with demo_db.read() as s:
        assert s.get(Member, member_id).id_number == number


def test_a_session_still_holding_the_old_key_cannot_write(demo_db):
    admin = auth.login(demo_db, "admin", "demo1234")
    old_ring = vault.ring()
    member_id, _number, branch_id, version = _a_member(demo_db)
    auth.rotate_keys(demo_db, admin, "demo1234")
    vault.set_ring(old_ring)  # another PC, signed in before the rotation
    changed = MemberInput(name="张新", id_number=None, branch_id=branch_id, join_date=date(2020, 1, 1))
    with pytest.raises(vault.KeyRotated, match="重新登录"):
        members.update_member(demo_db, admin, member_id, version, changed)
    with pytest.raises(vault.KeyRotated), demo_db.read() as s:
        s.get(Member, member_id)  # nor read values under the new key
    number = generate_id_number("410702", date(1991, 2, 3), 77, "M")
    new = MemberInput(name="赵六", id_number=number, branch_id=branch_id, join_date=date(2020, 1, 1))
    with pytest.raises(vault.KeyRotated):
        members.create_member(demo_db, admin, new)


def test_a_failed_commit_leaves_every_attachment_readable(demo_db, tmp_path, monkeypatch):
    admin = auth.login(demo_db, "admin", "demo1234")
    scans = _scans(tmp_path)
    before_files = {sha: attachments.path_of(sha).read_bytes() for sha in scans}
    old_ring = vault.ring()
    real_commit = Session.commit

    def failing_commit(self: Session) -> None:
        raise OperationalError("COMMIT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(Session, "commit", failing_commit)
    with pytest.raises(OperationalError):
        auth.rotate_keys(demo_db, admin, "demo1234")
    monkeypatch.setattr(Session, "commit", real_commit)
    assert vault.ring() == old_ring  # the vault went back to what the database still says
    for sha, content in scans.items():
        assert attachments.path_of(sha).read_bytes() == before_files[sha]  # untouched
        assert attachments.read(sha) == content
    assert not list(attachments.root().rglob("*" + attachments.REKEY_SUFFIX))
    member_id, number, _branch, _version = _a_member(demo_db)
    with demo_db.read() as s:
        assert s.get(Member, member_id).id_number == number


def test_files_are_swapped_only_after_the_commit_and_a_stop_between_is_finished_later(
    demo_db, tmp_path, monkeypatch
):
    admin = auth.login(demo_db, "admin", "demo1234")
    scans = _scans(tmp_path)
    with monkeypatch.context() as patched:
        patched.setattr(attachments.Reseal, "commit", lambda self: 0)  # the process stops right after COMMIT
        report = auth.rotate_keys(demo_db, admin, "demo1234")
    for sha, content in scans.items():
        assert attachments.key_id_of(attachments.path_of(sha).read_bytes()) == report.retired_key_id
        assert attachments.read(sha) == content  # the retired key is kept: still readable
    vault.clear()
    auth.login(demo_db, "admin", "demo1234")  # the next sign-in puts the re-encrypted files in place
    for sha, content in scans.items():
        assert attachments.key_id_of(attachments.path_of(sha).read_bytes()) == report.key_id
        assert attachments.read(sha) == content
    assert not list(attachments.root().rglob("*" + attachments.REKEY_SUFFIX))
