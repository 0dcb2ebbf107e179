"""Sensitive data at rest: a copied database file or backup reveals no identity number,
no diagnosis and no attachment content; keys open only with a user's password or the recovery code."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from factories import actor_of, add_member
from sqlalchemy import select

from unionoffice.core import attachments
from unionoffice.core.auth import service as auth
from unionoffice.core.crypto import vault
from unionoffice.db import backup
from unionoffice.foundation.errors import UserError
from unionoffice.medical.models import Claim
from unionoffice.members.models import Member
from unionoffice.members.search import MemberFilter, member_source

pytestmark = pytest.mark.sqlite_only

ID_PATTERN = re.compile(rb"\d{17}[\dX]")


def _plain_texts(db_path: Path) -> tuple[bytes, list[str]]:
    """Everything readable in the file, the way someone with a copy and plain sqlite3 sees it."""
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dump = "\n".join(conn.iterdump())
    conn.close()
    return Path(db_path).read_bytes(), dump.splitlines()


def _demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_template, target)
    return target


def test_a_copied_demo_database_and_its_backup_hold_no_identity_number_or_diagnosis(demo_db, tmp_path):
    with demo_db.read() as s:
        numbers = list(s.execute(select(Member.id_number)).scalars())
        diagnoses = {d for d in s.execute(select(Claim.diagnosis)).scalars() if d}
        hospitals = {h for h in s.execute(select(Claim.hospital)).scalars() if h}
    assert len(numbers) == 300 and diagnoses and hospitals
    path = demo_db.sqlite_path
    demo_db.dispose()
    made = backup.make_backup(path, tmp_path / "backups", "manual")
    for candidate in (path, made):
        raw, dump = _plain_texts(candidate)
        text = "\n".join(dump)
        assert not any(n in text for n in numbers)
        assert not any(n.encode() in raw for n in numbers)
        assert not any(d in text for d in diagnoses)
        assert not any(h in text for h in hospitals)
        # nothing that even looks like an identity number, anywhere in the file
        assert not [m for m in ID_PATTERN.findall(raw) if m[:6] in {b"410702", b"360102", b"650102"}]


def test_attachments_are_stored_encrypted_and_read_back(tmp_path):
    scan = tmp_path / "invoice.pdf"
    marker = b"%PDF-1.4 diagnosis: acute appendicitis " * 20
    scan.write_bytes(marker)
    stored = attachments.store(scan)
    on_disk = attachments.path_of(stored.sha256).read_bytes()
    assert b"appendicitis" not in on_disk
    assert attachments.read(stored.sha256) == marker
    assert attachments.verify(stored.sha256)
    vault.set_data_key(b"\x01" * 32)  # another database's key cannot open it
    assert not attachments.verify(stored.sha256)


def test_a_signed_in_clerk_reads_and_searches_encrypted_numbers(demo_db):
    with demo_db.read() as s:
        clerk_branch, number = s.execute(
            select(Member.branch_id, Member.id_number)
            .where(Member.branch_id == select(Member.branch_id).limit(1).scalar_subquery())
            .limit(1)
        ).one()
    vault.set_data_key(None)
    actor = auth.login(demo_db, "admin", "demo1234")  # unwrapping the key is the password check
    assert vault.has_data_key()
    found = member_source(demo_db, actor, MemberFilter(text=number[-4:])).count()
    assert found >= 1
    assert member_source(demo_db, actor, MemberFilter(text=number)).count() == 1
    with pytest.raises(auth.LoginFailed):
        auth.login(demo_db, "clerk_xx", "wrong-pass-1")


def test_an_account_without_a_key_cannot_read_sensitive_data(demo_db):
    admin = auth.login(demo_db, "admin", "demo1234")
    auth.create_user(demo_db, admin, "temp", "临时", "Harbor-lamp-71", auth.Role.VIEWER)
    with demo_db.transaction(admin) as s:
        from unionoffice.core.crypto import keys

        keys.revoke(s, s.execute(select(auth.User.id).where(auth.User.username == "temp")).scalar_one())
    auth.login(demo_db, "temp", "Harbor-lamp-71")
    assert not vault.has_data_key()  # the previous user's key is not left behind
    with pytest.raises(vault.VaultLocked), demo_db.read() as s:
        s.execute(select(Member.id_number)).first()


def test_first_admin_gets_a_recovery_code_that_restores_access(db, org, tmp_path):
    admin = actor_of(db, "admin")
    code = auth.initialise_keys(db, admin, "secret-123")
    assert code and len(code.replace("-", "")) == 30
    member_id = add_member(db, org["branch_a"], None, "张坤", 5)
    with db.read() as s:
        number = s.get(Member, member_id).id_number
    assert auth.initialise_keys(db, admin, "secret-123") is None  # only once
    vault.set_data_key(None)
    with pytest.raises(UserError, match="恢复码不正确"):
        auth.recover_with_code(db, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", "admin", "Brand-new-2026")
    auth.recover_with_code(db, code.lower().replace("-", " "), "admin", "Brand-new-2026")
    vault.set_data_key(None)
    auth.login(db, "admin", "Brand-new-2026")
    with db.read() as s:
        assert s.get(Member, member_id).id_number == number


def test_rotation_re_encrypts_everything_and_old_copies_stop_working(db, db_path, org, tmp_path):
    admin = actor_of(db, "admin")
    auth.initialise_keys(db, admin, "secret-123")
    auth.create_user(db, admin, "clerk_c", "干事丙", "Clerk-pass-1", auth.Role.CLERK, [org["branch_a"]])
    member_id = add_member(db, org["branch_a"], None, "张坤", 9)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG fake scan " * 10)
    stored = attachments.store(scan)
    old_key = vault.data_key()
    raw_before = sqlite3.connect(db_path).execute("SELECT id_number FROM members").fetchone()[0]
    new_code = auth.rotate_keys(db, admin, "secret-123")
    assert new_code and vault.data_key() != old_key
    raw_after = sqlite3.connect(db_path).execute("SELECT id_number FROM members").fetchone()[0]
    assert raw_after != raw_before
    with db.read() as s:
        assert s.get(Member, member_id).id_number.startswith("410702")
    assert attachments.read(stored.sha256) == scan.read_bytes()
    vault.set_data_key(None)
    auth.login(db, "clerk_c", "Clerk-pass-1")  # signed in, but their old copy is gone
    assert not vault.has_data_key()
    admin = auth.login(db, "admin", "secret-123")
    clerk_id = next(u.id for u in auth.list_users(db, admin) if u.username == "clerk_c")
    auth.reset_password(db, admin, clerk_id, "Clerk-pass-2")
    vault.set_data_key(None)
    auth.login(db, "clerk_c", "Clerk-pass-2")
    assert vault.has_data_key()


def test_an_upgraded_database_is_encrypted_at_the_first_admin_sign_in(tmp_path):
    from unionoffice.core.database import open_database
    from unionoffice.db.startup import prepare_database

    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "db_rev0001.sqlite", path)
    db = open_database(f"sqlite:///{path}")
    prepare_database(db, tmp_path / "backups")
    plain = sqlite3.connect(path).execute("SELECT id_number FROM members LIMIT 1").fetchone()[0]
    assert len(plain) == 18  # still readable as it was until keys exist
    vault.set_data_key(None)
    admin = auth.login(db, "admin", "Old-pass-2025")
    assert auth.initialise_keys(db, admin, "Old-pass-2025")
    raw = [r[0] for r in sqlite3.connect(path).execute("SELECT id_number FROM members")]
    assert len(raw) == 50 and all(v.startswith("e1:") for v in raw)
    with db.read() as s:
        rows = s.execute(select(Member.id_number, Member.id_hash)).all()
    assert plain in {r[0] for r in rows} and all(r[1] for r in rows)
    db.dispose()
