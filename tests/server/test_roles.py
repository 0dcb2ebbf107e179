"""Least privilege in PostgreSQL: the owner role migrates, the runtime role only reads and writes
data, and the audit log is insert-only for it (and, through a trigger, for the owner too)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pgserver import TestServer
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, ProgrammingError

from unionoffice.core.audit.chain import (
    GENESIS,
    HASHED_FIELDS,
    PENDING,
    AuditHead,
    entry_hash,
    entry_mac,
    head_mac,
)
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.audit.recorder import record
from unionoffice.core.audit.verify import verify_audit_log
from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.crypto import vault
from unionoffice.core.database import open_database
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.server import audit_export, cli
from unionoffice.server.app import prepare
from unionoffice.server.config import ServerConfig
from unionoffice.server.keys import ServerKeys
from unionoffice.server.privileges import runtime_problems

pytestmark = pytest.mark.postgres


@dataclass
class Roles:
    owner_url: str
    runtime_url: str
    runtime: str


@pytest.fixture
def roles(pg_server: TestServer, tmp_path: Path) -> Iterator[Roles]:
    suffix = os.getpid()
    owner, runtime, name = f"uo_owner_{suffix}", f"uo_app_{suffix}", f"uo_roles_{suffix}"
    with pg_server.admin.connect() as conn:
        for role in (owner, runtime):
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE ROLE "{owner}" LOGIN')
        conn.exec_driver_sql(f'CREATE ROLE "{runtime}" LOGIN')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    url = pg_server.url_of(name)
    yield Roles(
        url.set(username=owner).render_as_string(hide_password=False),
        url.set(username=runtime).render_as_string(hide_password=False),
        runtime,
    )
    with pg_server.admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        for role in (owner, runtime):
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')


def _migrate(roles: Roles, backups: Path, *extra: str) -> int:
    return cli.main(
        [
            "migrate",
            "--db",
            roles.owner_url,
            "--runtime-role",
            roles.runtime,
            "--backup-dir",
            str(backups),
            *extra,
        ]
    )


def _refused(db: Database, sql: str) -> bool:
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    except (ProgrammingError, DBAPIError) as exc:
        return getattr(exc.orig, "sqlstate", "") in {"42501", "42P01"}  # insufficient privilege
    return False


def test_the_runtime_role_works_with_data_but_cannot_change_the_schema_or_the_audit_log(
    roles: Roles, tmp_path: Path
) -> None:
    assert _migrate(roles, tmp_path, "--no-backup") == 0
    app = open_database(roles.runtime_url)
    try:
        with app.engine.connect() as conn:
            assert runtime_problems(conn) == []
        with app.transaction(SYSTEM_ACTOR) as s:  # writing entries: allowed
            record(s, "test", "audit_log", None, "运行账号写入一条日志")
        assert verify_audit_log(app, SYSTEM_ACTOR).ok
        assert _refused(app, "UPDATE audit_log SET summary = '改过'")
        assert _refused(app, "DELETE FROM audit_log")
        assert _refused(app, "TRUNCATE audit_log")
        assert _refused(app, "ALTER TABLE members ADD COLUMN sneaky integer")
        assert _refused(app, "CREATE TABLE sneaky (x integer)")
        assert _refused(app, "DROP TABLE members")
        assert _refused(app, "UPDATE alembic_version SET version_num = 'x'")
        assert _refused(app, "UPDATE users SET role = 'admin'") is False  # ordinary data: the server's job
        config = ServerConfig(db=roles.runtime_url)
        prepare(config, app, ServerKeys(vault.ring(), Ed25519PrivateKey.generate()))  # starts
    finally:
        app.dispose()
        from unionoffice.core.auth import custody

        custody.release_server_keys()


def test_the_server_refuses_to_run_as_the_owner(roles: Roles, tmp_path: Path) -> None:
    assert _migrate(roles, tmp_path, "--no-backup") == 0
    owner = open_database(roles.owner_url)
    try:
        with pytest.raises(UserError, match="权限过大"):
            prepare(
                ServerConfig(db=roles.owner_url),
                owner,
                ServerKeys(vault.ring(), Ed25519PrivateKey.generate()),
            )
    finally:
        owner.dispose()


def test_migrate_backs_up_with_pg_dump_first(roles: Roles, tmp_path: Path) -> None:
    assert _migrate(roles, tmp_path / "first", "--no-backup") == 0
    assert _migrate(roles, tmp_path / "second") == 0  # tables exist now: a dump first
    dumps = list((tmp_path / "second").glob("unionoffice-*-premigrate.dump"))
    assert len(dumps) == 1 and dumps[0].read_bytes()[:5] == b"PGDMP"


def _rewrite_whole_chain(db: Database, entry_id: int, summary: str, key: bytes | None = None) -> None:
    """What someone with the owner role could do: change an entry and recompute every hash (and,
    holding the audit key as well, every MAC and the head's)."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        conn.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(summary=summary))
        previous, last_id = GENESIS, None
        for row in conn.execute(select(AuditEntry).order_by(AuditEntry.id)).mappings().all():
            values = {f: row[f] for f in HASHED_FIELDS}
            previous = entry_mac(previous, values, key) if key else entry_hash(previous, values)
            last_id = row["id"]
            conn.execute(update(AuditEntry).where(AuditEntry.id == row["id"]).values(hash=previous))
        mac = head_mac(key, last_id, previous) if key else None
        conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=previous, mac=mac))
        conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")


def test_a_rewrite_with_the_runtime_role_is_refused_and_with_the_owner_role_detected(
    roles: Roles, tmp_path: Path
) -> None:
    assert _migrate(roles, tmp_path, "--no-backup") == 0
    app, owner = open_database(roles.runtime_url), open_database(roles.owner_url)
    key = Ed25519PrivateKey.generate()
    audit_key = vault.audit_key()
    assert audit_key is not None
    try:
        vault.set_keys(data_key=vault.data_key())  # an entry written without the audit key: pending
        with app.transaction(SYSTEM_ACTOR) as s:
            record(s, "login_failed", "users", None, "登录失败")
        vault.set_keys(data_key=vault.data_key(), audit_key=audit_key)
        for n in range(3):  # the runtime role seals the pending entry with its first keyed write
            with app.transaction(SYSTEM_ACTOR) as s:
                record(s, "login", "users", n, f"第 {n} 次登录")
        with app.read() as s:
            assert PENDING not in s.execute(select(AuditEntry.hash)).scalars().all()
        exported = tmp_path / "heads.log"
        audit_export.export(app, key, f"file:{exported}")
        first_id = audit_export.current_head(app).last_id - 3  # type: ignore[union-attr]

        assert _refused(app, f"UPDATE audit_log SET summary = '改过' WHERE id = {first_id}")
        assert _refused(app, f"UPDATE audit_log SET hash = '' WHERE id = {first_id}")  # sealed stays sealed
        assert _refused(owner, f"UPDATE audit_log SET summary = '改过' WHERE id = {first_id}")  # the trigger

        _rewrite_whole_chain(owner, first_id, "改过")  # the owner role without the audit key
        report = verify_audit_log(app, SYSTEM_ACTOR)
        assert not report.ok and report.broken_id == first_id  # the keyed chain tells
        _rewrite_whole_chain(owner, first_id, "改过", audit_key)  # ... and with the key file as well
        assert verify_audit_log(app, SYSTEM_ACTOR).ok  # the chain alone cannot tell then
        problems = audit_export.check(app, audit_export.read_lines(exported), key.public_key())
        assert problems and "被改写" in problems[0]  # the exported head does
    finally:
        app.dispose()
        owner.dispose()


def test_an_exported_head_is_signed(db: Database, org: dict[str, int], tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    with db.transaction(SYSTEM_ACTOR) as s:
        record(s, "login", "users", 1, "登录")
    target = tmp_path / "heads.log"
    audit_export.export(db, key, f"file:{target}")
    lines = audit_export.read_lines(target)
    assert audit_export.check(db, lines, key.public_key()) == []
    tampered = [lines[0].replace(audit_export.current_head(db).hash, "0" * 64)]  # type: ignore[union-attr]
    assert "签名" in audit_export.check(db, tampered, key.public_key())[0]  # the signature no longer fits
    assert audit_export.check(db, lines, Ed25519PrivateKey.generate().public_key())  # someone else's key
