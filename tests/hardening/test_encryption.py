"""Sensitive data at rest: values encrypted, bound to their rows and named by their key; keys held
only by the roles that read sensitive data; a copied database, backup or data folder shows nothing."""

from __future__ import annotations

import base64
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from factories import actor_of, add_member
from sqlalchemy import select

from unionoffice.core import attachments
from unionoffice.core.auth import service as auth
from unionoffice.core.auth.roles import Role
from unionoffice.core.crypto import keys, vault
from unionoffice.core.crypto.models import FORMAT_HOLDER, FORMAT_LEGACY, KeyGrant, KeyRingEntry, WrappedKey
from unionoffice.db import backup
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.identity import generate_id_number
from unionoffice.medical.models import Claim
from unionoffice.members.models import Member, id_hashes
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


def test_a_copied_demo_database_and_its_backup_hold_no_identity_number_or_diagnosis(demo_db, tmp_path):
    with demo_db.read() as s:
        numbers = [m.id_number for m in s.execute(select(Member)).scalars()]
        claims = list(s.execute(select(Claim)).scalars())
        diagnoses = {c.diagnosis for c in claims if c.diagnosis}
        hospitals = {c.hospital for c in claims if c.hospital}
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


def test_attachments_name_their_key_and_open_only_with_it(tmp_path):
    scan = tmp_path / "invoice.pdf"
    marker = b"%PDF-1.4 diagnosis: acute appendicitis " * 20
    scan.write_bytes(marker)
    stored = attachments.store(scan)
    on_disk = attachments.path_of(stored.sha256).read_bytes()
    assert b"appendicitis" not in on_disk
    assert attachments.key_id_of(on_disk) == vault.current_key_id()
    assert attachments.read(stored.sha256) == marker
    assert attachments.verify(stored.sha256)
    vault.set_data_key(b"\x01" * 32)  # another database's key cannot open it
    assert not attachments.verify(stored.sha256)


def test_a_signed_in_clerk_reads_and_searches_encrypted_numbers(demo_db):
    with demo_db.read() as s:
        member = s.execute(select(Member).order_by(Member.id)).scalars().first()
        assert member is not None
        number = str(member.id_number)
    vault.clear()
    actor = auth.login(demo_db, "reviewer", "demo1234")  # unwrapping the key is the password check
    assert vault.has_data_key() and vault.audit_key() is not None
    assert member_source(demo_db, actor, MemberFilter(text=number[-4:])).count() >= 1
    assert member_source(demo_db, actor, MemberFilter(text=number)).count() == 1
    with pytest.raises(auth.LoginFailed):
        auth.login(demo_db, "clerk_xx", "wrong-pass-1")


@pytest.mark.parametrize("username", ["viewer", "judge1"])
def test_judges_and_viewers_hold_no_key_and_read_no_sensitive_value(demo_db, username):
    with demo_db.read() as s:
        holders = {
            u
            for (u,) in s.execute(
                select(auth.User.username).join(WrappedKey, WrappedKey.user_id == auth.User.id)
            )
        }
    assert holders == {"admin", "reviewer", "clerk_xx", "clerk_ql", "clerk_ls", "clerk_hs"}
    vault.set_data_key(b"\x05" * 32)  # someone else's key in memory: signing in must clear it
    auth.login(demo_db, username, "demo1234")
    assert not vault.has_data_key() and vault.audit_key() is None
    with demo_db.read() as s:
        member = s.execute(select(Member)).scalars().first()
        assert member is not None and member.id_number == ""  # locked: nothing to show, nothing leaks


def test_deactivating_or_demoting_a_user_revokes_their_keys(demo_db):
    admin = actor_of(demo_db, "admin")
    users = {u.username: u for u in auth.list_users(demo_db, admin)}
    for username, role, active in (("clerk_ql", Role.VIEWER, True), ("clerk_ls", Role.CLERK, False)):
        user = users[username]
        auth.update_user(
            demo_db,
            admin,
            user.id,
            user.version,
            display_name=user.display_name,
            role=role,
            active=active,
            branch_ids=user.branch_ids,
        )
        with demo_db.read() as s:
            assert not keys.has_key(s, user.id)
    vault.clear()
    auth.login(demo_db, "clerk_ql", "demo1234")
    assert not vault.has_data_key()


def test_first_admin_gets_a_recovery_code_that_restores_access(db, org, tmp_path):
    admin = actor_of(db, "admin")
    code = auth.initialise_keys(db, admin, "secret-123")
    assert code and len(code.replace("-", "")) == 30
    member_id = add_member(db, org["branch_a"], None, "张坤", 5)
    with db.read() as s:
        number = s.get(Member, member_id).id_number
    assert auth.initialise_keys(db, admin, "secret-123") is None  # only once
    vault.clear()
    with pytest.raises(UserError, match="恢复码不正确"):
        auth.recover_with_code(db, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", "admin", "Brand-new-2026")
    auth.recover_with_code(db, code.lower().replace("-", " "), "admin", "Brand-new-2026")
    vault.clear()
    auth.login(db, "admin", "Brand-new-2026")
    assert vault.audit_key() is not None
    with db.read() as s:
        assert s.get(Member, member_id).id_number == number


def test_values_are_bound_to_their_row_and_column(db, db_path, org):
    first = add_member(db, org["branch_a"], None, "张坤", 1)
    second = add_member(db, org["branch_a"], None, "李娜", 2)
    conn = sqlite3.connect(db_path)
    a, b = (
        conn.execute("SELECT id_number FROM members WHERE id=?", (i,)).fetchone()[0] for i in (first, second)
    )
    assert a.startswith("e2:" + vault.current_key_id() + ":")
    conn.execute("UPDATE members SET id_number=? WHERE id=?", (b, first))  # swap a ciphertext in
    conn.commit()
    conn.close()
    with pytest.raises(vault.DecryptionFailed), db.read() as s:
        s.get(Member, first)


def test_a_value_copied_from_another_row_is_sealed_again_for_its_new_row(db, org):
    """``member.id_number = application.id_number`` (approving an application) carries clear text,
    not the other row's ciphertext, which would not open for the new row."""
    first = add_member(db, org["branch_a"], None, "张坤", 1)
    second = add_member(db, org["branch_a"], None, "李娜", 2)
    with db.transaction(None) as s:
        a, b = s.get(Member, first), s.get(Member, second)
        assert a is not None and b is not None
        one, three = a.id_number, generate_id_number("410702", date(1990, 1, 1), 3, "M")
        a.id_number, b.id_number = three, one  # b takes the value opened from a's row
    with db.read() as s:  # each opens for its own row, with keyed hashes that find it
        assert [s.get(Member, i).id_number for i in (first, second)] == [three, one]
        assert s.execute(select(Member.id).where(Member.id_hash == id_hashes(one)[0])).scalar() == second


def test_text_typed_like_a_ciphertext_is_stored_encrypted(demo_db):
    """Nothing is taken for "already encrypted" because of how it begins (issue #17, point 6)."""
    with demo_db.transaction(None) as s:
        claim = s.execute(select(Claim)).scalars().first()
        assert claim is not None
        claim_id = claim.id
        claim.hospital = "e1:Zm9vYmFy"
        claim.diagnosis = "e2:0123456789abcdef:Zm9v"
    raw = (
        sqlite3.connect(demo_db.sqlite_path)
        .execute("SELECT hospital, diagnosis FROM medical_claims WHERE id=?", (claim_id,))
        .fetchone()
    )
    assert all(v.startswith("e2:" + vault.current_key_id()) and "Zm9v" not in v for v in raw)
    with demo_db.read() as s:
        claim = s.get(Claim, claim_id)
        assert (claim.hospital, claim.diagnosis) == ("e1:Zm9vYmFy", "e2:0123456789abcdef:Zm9v")


def _legacy_value(plain: str, context: str, key: bytes) -> str:
    return "e1:" + base64.b64encode(vault.encrypt_bytes(plain.encode(), context, key)).decode()


def test_copies_in_the_old_layout_become_holders_at_sign_in(db, db_path, org):
    """A database from before issue #17: the data key wrapped directly under each password,
    values as e1 (column-bound only). The first sign-in moves everything to the new layout."""
    data_key = b"\x0b" * 32
    member_id = add_member(db, org["branch_a"], None, "张坤", 3)
    with db.read() as s:
        number = s.get(Member, member_id).id_number
    old = keys.derive("secret-123", params=keys.LEGACY_KDF)
    with db.transaction(None) as s:
        s.execute(select(Member.id))  # open the transaction
        s.connection().exec_driver_sql(
            "UPDATE members SET id_number=? WHERE id=?",
            (_legacy_value(number, "members.id_number", data_key), member_id),
        )
        for user_id in (org["admin"], org["viewer"]):
            s.add(
                WrappedKey(
                    kind="user",
                    user_id=user_id,
                    salt=old.salt,
                    wrapped=vault.encrypt_bytes(data_key, "unionoffice/wrapped-data-key", old.key),
                    key_id=vault.key_id(data_key),
                    format=FORMAT_LEGACY,
                )
            )
    vault.clear()
    auth.login(db, "viewer", "secret-123")  # a viewer's old copy is removed, their password proven
    assert not vault.has_data_key()
    admin = auth.login(db, "admin", "secret-123")
    assert vault.data_key() == data_key and vault.audit_key() is not None
    code = auth.initialise_keys(db, admin, "secret-123")
    assert code  # the recovery copy is made anew (the old one held the data key only)
    with db.read() as s:
        holders = {(h.user_id, h.format) for h in s.execute(select(WrappedKey)).scalars()}
        assert holders == {(org["admin"], FORMAT_HOLDER), (None, FORMAT_HOLDER)}
        assert {e.purpose for e in s.execute(select(KeyRingEntry)).scalars()} == {"data", "audit"}
        assert s.get(Member, member_id).id_number == number
    raw = (
        sqlite3.connect(db_path)
        .execute("SELECT id_number FROM members WHERE id=?", (member_id,))
        .fetchone()[0]
    )
    assert raw.startswith("e2:" + vault.key_id(data_key))


def test_an_upgraded_database_is_encrypted_at_the_first_admin_sign_in(tmp_path):
    from unionoffice.core.database import open_database
    from unionoffice.db.startup import prepare_database

    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "db_rev0001.sqlite", path)
    db = open_database(f"sqlite:///{path}")
    prepare_database(db, tmp_path / "backups")
    plain = sqlite3.connect(path).execute("SELECT id_number FROM members LIMIT 1").fetchone()[0]
    assert len(plain) == 18  # still readable as it was until keys exist
    vault.clear()
    admin = auth.login(db, "admin", "Old-pass-2025")
    assert auth.initialise_keys(db, admin, "Old-pass-2025")
    raw = [r[0] for r in sqlite3.connect(path).execute("SELECT id_number FROM members")]
    assert len(raw) == 50 and all(v.startswith("e2:") for v in raw)
    with db.read() as s:
        rows = [(m.id_number, m.id_hash) for m in s.execute(select(Member)).scalars()]
        assert s.execute(select(KeyGrant)).first() is not None
    assert plain in {r[0] for r in rows} and all(r[1] for r in rows)
    db.dispose()


def test_a_recovery_code_of_the_old_layout_still_recovers_everything(db, org):
    """Before anyone signed in after the upgrade, the old printed code opens the data key, starts
    the ring with a new audit key, and gives the administrator a holder."""
    data_key = b"\x0c" * 32
    member_id = add_member(db, org["branch_a"], None, "张坤", 4)
    with db.read() as s:
        number = s.get(Member, member_id).id_number
    code = keys.new_recovery_code()
    old = keys.derive(keys._normalise_code(code), params=keys.LEGACY_KDF)
    with db.transaction(None) as s:
        legacy = _legacy_value(number, "members.id_number", data_key)
        s.execute(select(Member.id))
        s.connection().exec_driver_sql("UPDATE members SET id_number=? WHERE id=?", (legacy, member_id))
        s.add(
            WrappedKey(
                kind="recovery",
                user_id=None,
                salt=old.salt,
                wrapped=vault.encrypt_bytes(data_key, "unionoffice/wrapped-data-key", old.key),
                key_id=vault.key_id(data_key),
                format=FORMAT_LEGACY,
            )
        )
    vault.clear()
    auth.recover_with_code(db, code, "admin", "Brand-new-2026")
    vault.clear()
    admin = auth.login(db, "admin", "Brand-new-2026")
    assert vault.data_key() == data_key and vault.audit_key() is not None
    assert auth.initialise_keys(db, admin, "Brand-new-2026")  # a new code replaces the old-layout one
    with db.read() as s:
        assert s.get(Member, member_id).id_number == number
