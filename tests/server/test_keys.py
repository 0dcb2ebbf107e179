"""Key custody on the union server: the whole ring from the key file, audit entries sealed with
its audit key, rotation only through ``unionoffice-server rotate-keys``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from factories import actor_of, add_member
from server_harness import RunningServer
from sqlalchemy import Text, select, type_coerce

from unionoffice.core.audit.chain import PENDING, AuditCheckpoint, AuditHead, verify_rows
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.auth import custody
from unionoffice.core.auth.service import rotate_keys
from unionoffice.core.crypto import vault
from unionoffice.core.crypto.keys import current_data_key_id
from unionoffice.core.crypto.models import KeyRingEntry, WrappedKey
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.members import contract as members
from unionoffice.members.models import Member
from unionoffice.server import cli
from unionoffice.server.app import prepare
from unionoffice.server.config import ServerConfig
from unionoffice.server.keys import ServerKeys, hold_keys, load_key_file, write_key_file

PASSWORD = "secret-123"  # the test organisation's accounts (tests/conftest.py)


def _stored_id_number(db: Database, member_id: int) -> str:
    raw = type_coerce(Member.__table__.c.id_number, Text)
    with db.read() as s:
        return s.execute(select(raw).where(Member.__table__.c.id == member_id)).scalar_one()


def _chain(db: Database, key: bytes) -> tuple[int, bool, int]:
    """(sealed entries checked, intact, pending) under ``key``."""
    with db.read() as s:
        head = s.execute(select(AuditHead)).scalar_one_or_none()
        checkpoints = list(s.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.id)).scalars())
        rows = list(s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())
        report = verify_rows(rows, head, checkpoints, key)
    return report.checked, report.ok, report.pending


def test_the_server_holds_the_whole_ring_and_seals_the_log_with_its_audit_key(
    server: RunningServer, org: dict[str, int]
) -> None:
    ring = server.keys.ring
    assert ring.audit is not None and custody.server_holds_keys()
    with server.db.read() as s:  # a database without keys took the key file's ring, no holder
        entries = {(e.purpose, e.state, e.key_id) for e in s.execute(select(KeyRingEntry)).scalars()}
        assert entries == {("data", "current", ring.current), ("audit", "current", vault.key_id(ring.audit))}
        assert s.execute(select(WrappedKey.id)).first() is None
    member_id = add_member(server.db, org["branch_a"], org["group_a"])
    admin = server.services_as(actor_of(server.db, "admin"))
    change = members.MemberInput(
        name="张坤",
        id_number=None,  # kept
        branch_id=org["branch_a"],
        group_id=org["group_a"],
        join_date=date(2015, 3, 1),
        phone="13912345678",
    )
    admin.call(members.SAVE, members.MemberSave(change, member_id, 1))
    assert _stored_id_number(server.db, member_id).startswith(f"{vault.PREFIX}{ring.current}:")
    with server.db.read() as s:
        newest = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (newest.entity, newest.entity_id, newest.username) == ("members", str(member_id), "admin")
    assert newest.hash != PENDING and "13912345678" not in newest.changes  # fields only, sealed
    checked, intact, pending = _chain(server.db, ring.audit)
    assert intact and checked >= 2 and pending == 0
    assert not _chain(server.db, b"\x09" * 32)[1]  # the audit key, not any key, makes it chain


def test_rotation_in_a_server_process_is_refused_naming_the_server_command(
    server: RunningServer, org: dict[str, int]
) -> None:
    with pytest.raises(UserError, match="unionoffice-server rotate-keys"):
        rotate_keys(server.db, actor_of(server.db, "admin"), PASSWORD)
    with server.db.read() as s:
        assert current_data_key_id(s) == server.keys.ring.current


def test_a_client_of_a_union_server_is_told_where_key_work_is_done(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from unionoffice.cli import run

    for command, names in ((["keys", "rotate"], "rotate-keys"), (["keys", "recover", "admin"], "init-keys")):
        assert run(["--server", "https://union.example.cn:8443", "--user", "admin", *command]) == 2
        assert f"unionoffice-server {names}" in capsys.readouterr().err


def test_rotate_keys_replaces_the_data_key_and_the_key_file_together(
    db: Database, org: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "keys.json"
    write_key_file(key_file, vault.ring())  # the ring the test organisation's log is sealed under
    old = load_key_file(key_file)
    hold_keys(db, old)  # as the server's start: the ring registered, values sealed under it
    member_id = add_member(db, org["branch_a"], org["group_a"])
    custody.release_server_keys()
    assert _stored_id_number(db, member_id).startswith(f"{vault.PREFIX}{old.data_key_id}:")

    monkeypatch.setattr("getpass.getpass", lambda _prompt="": PASSWORD)
    url = db.url.render_as_string(hide_password=False)
    args = ["rotate-keys", "--db", url, "--key-file", str(key_file), "--admin", "admin"]
    assert cli.main(args) == 0
    assert not custody.server_holds_keys()
    new = load_key_file(key_file)
    assert new.data_key_id != old.data_key_id and new.data_key_id
    assert new.ring.data[old.data_key_id] == old.data_key  # the old key kept, retired
    assert new.ring.audit == old.ring.audit and not (tmp_path / "keys.json.new").exists()
    with db.read() as s:
        assert current_data_key_id(s) == new.data_key_id
        assert s.get(Member, member_id).id_number.startswith("41070219900101")  # opened with the new ring
    assert _stored_id_number(db, member_id).startswith(f"{vault.PREFIX}{new.data_key_id}:")
    checked, intact, _pending = _chain(db, new.ring.audit or b"")
    assert intact and checked > 0

    config = ServerConfig(allow_owner_role=True)
    with pytest.raises(UserError, match="不符"):
        prepare(config, db, old)  # yesterday's file no longer serves this database
    prepare(config, db, ServerKeys(new.ring, Ed25519PrivateKey.generate()))
    custody.release_server_keys()


def test_a_half_finished_rotation_is_not_started_over(
    db: Database, org: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "keys.json"
    assert cli.main(["init-keys", "--key-file", str(key_file)]) == 0
    (tmp_path / "keys.json.new").write_text("{}")
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": PASSWORD)
    url = db.url.render_as_string(hide_password=False)
    args = ["rotate-keys", "--db", url, "--key-file", str(key_file), "--admin", "admin"]
    assert cli.main(args) == 2
    with db.read() as s:
        assert current_data_key_id(s) == load_key_file(key_file).data_key_id
