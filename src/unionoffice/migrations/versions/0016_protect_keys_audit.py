"""protect: key holders, key ring and grants; a keyed audit chain with checkpoints; the audit log
scrubbed of personal values (issue #17)

- ``wrapped_keys`` becomes the table of key holders (format, KDF parameters, public key,
  certificate); ``key_ring`` and ``key_grants`` are new. Existing copies stay usable: each is
  replaced by a holder at its owner's next sign-in (core/crypto/keys.py). Copies held by accounts
  that no longer get the data key (judges, viewers, deactivated accounts) are removed now.
- The audit log keeps no personal values: entries written by the change hook keep the names of
  the fields that changed, not their values or the record's name; views of a member's number
  lose the name; contest mark imports keep the cells, not the marks. The old SHA-256 chain is
  checked first and the result recorded in a checkpoint; the scrubbed entries are left pending
  and are sealed under the new audit key, in order, at the first sign-in of someone who holds
  it, which also signs the checkpoint.
- Staged import files (temporary copies of uploaded spreadsheets, in clear) are dropped.

Revision ID: 0016_protect_keys_audit
Revises: 0015_contests_entries_exam
Create Date: 2026-12-04 02:00:00
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0016_protect_keys_audit"
down_revision = "0015_contests_entries_exam"
branch_labels = None
depends_on = None

# The roles that hold the data key when this revision was written (core/auth/grants.py decides
# from the modules' sensitive permissions; a migration must not change with later code).
_KEY_ROLES = ("admin", "clerk")
_GENESIS = "0" * 64
_FIELDS = ("at", "user_id", "username", "action", "entity", "entity_id", "summary", "changes")
_HOOK_ACTIONS = ("create", "update", "delete")


def upgrade() -> None:
    with op.batch_alter_table("wrapped_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("format", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("kdf", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("public_key", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("certificate", sa.String(length=64), nullable=True))
    op.create_table(
        "key_ring",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=8), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_ring")),
        sa.UniqueConstraint("key_id", name=op.f("uq_key_ring_key_id")),
    )
    op.create_table(
        "key_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["holder_id"],
            ["wrapped_keys.id"],
            name=op.f("fk_key_grants_holder_id_wrapped_keys"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["key_id"], ["key_ring.key_id"], name=op.f("fk_key_grants_key_id_key_ring"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_grants")),
        sa.UniqueConstraint("holder_id", "key_id", name=op.f("uq_key_grants_holder_id")),
    )
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=True),
        sa.Column("mac", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_checkpoints")),
    )
    bind = op.get_bind()
    _drop_copies_of_keyless_accounts(bind)
    bind.execute(sa.text("DELETE FROM staged_files"))
    _scrub_and_rechain(bind)


def _drop_copies_of_keyless_accounts(bind: Any) -> None:
    users = sa.table(
        "users", sa.column("id", sa.Integer), sa.column("role", sa.String), sa.column("active", sa.Boolean)
    )
    keep = sa.select(users.c.id).where(users.c.role.in_(_KEY_ROLES), users.c.active.is_(True))
    wrapped = sa.table("wrapped_keys", sa.column("user_id", sa.Integer))
    bind.execute(wrapped.delete().where(wrapped.c.user_id.is_not(None), wrapped.c.user_id.not_in(keep)))


def _old_hash(previous: str, row: Any) -> str:
    """The SHA-256 chain of revision 0002, to check the log before it is rewritten."""
    values = []
    for field in _FIELDS:
        value = row[field]
        if isinstance(value, datetime):
            value = value.replace(tzinfo=None).isoformat(timespec="microseconds")
        values.append(value)
    payload = json.dumps([previous, *values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _scrubbed(row: Any) -> dict[str, Any]:
    """Summary and changes without personal values."""
    action, summary = row["action"], row["summary"]
    try:
        changes = json.loads(row["changes"] or "{}")
    except ValueError:
        changes = {}
    if not isinstance(changes, dict):
        changes = {}
    if action in _HOOK_ACTIONS:
        return {"summary": "", "changes": json.dumps({"fields": sorted(changes)}, ensure_ascii=False)}
    if action == "view":
        summary = ""  # the member's name or a claim number beside a view of their full data
    if action == "marks_import" and isinstance(changes.get("marks"), dict):
        changes["marks"] = sorted(changes["marks"])
    return {"summary": summary, "changes": json.dumps(changes, ensure_ascii=False, default=str)}


def _scrub_and_rechain(bind: Any) -> None:
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("hash", sa.String),
        sa.column("at", sa.DateTime),
        *(sa.column(f) for f in _FIELDS if f != "at"),
    )
    head = sa.table(
        "audit_head",
        sa.column("id", sa.Integer),
        sa.column("last_hash", sa.String),
        sa.column("last_id", sa.Integer),
        sa.column("mac", sa.String),
    )
    stored_head = bind.execute(sa.select(head.c.last_hash).where(head.c.id == 1)).scalar()
    previous, broken, count, last_id = _GENESIS, None, 0, None
    updates = []
    for row in bind.execute(sa.select(log).order_by(log.c.id)).mappings():
        if broken is None and _old_hash(previous, row) != row["hash"]:
            broken = row["id"]
        previous = row["hash"]
        count += 1
        last_id = row["id"]
        updates.append({"_id": row["id"], **_scrubbed(row)})
    if broken is None and stored_head is not None and stored_head != previous:
        broken = -1
    if updates:
        statement = (
            log.update()
            .where(log.c.id == sa.bindparam("_id"))
            .values(summary=sa.bindparam("summary"), changes=sa.bindparam("changes"), hash="")
        )
        bind.execute(statement, updates)
    if stored_head is None:
        bind.execute(head.insert().values(id=1, last_hash=_GENESIS, last_id=None, mac=None))
    else:
        bind.execute(head.update().where(head.c.id == 1).values(last_hash=_GENESIS, last_id=None, mac=None))
    if broken is None:
        verdict = f"原 SHA-256 链校验完好（{count} 条）"
    elif broken == -1:
        verdict = f"原 SHA-256 链末尾被删除或替换过（{count} 条）"
    else:
        verdict = f"原 SHA-256 链自第 {broken} 条起不一致（共 {count} 条）"
    checkpoints = sa.table(
        "audit_checkpoints",
        sa.column("at", sa.DateTime),
        sa.column("entry_id", sa.Integer),
        sa.column("entry_hash", sa.String),
        sa.column("entries", sa.Integer),
        sa.column("reason", sa.Text),
        sa.column("username", sa.String),
    )
    bind.execute(
        checkpoints.insert().values(
            at=datetime.utcnow(),
            entry_id=last_id,
            entry_hash="",
            entries=count,
            reason=f"升级：清除日志中的个人信息，改用带密钥的链；{verdict}",
            username="system",
        )
    )


def downgrade() -> None:
    # The scrubbed values cannot come back; the old chain is rebuilt over the scrubbed entries.
    bind = op.get_bind()
    log = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("hash", sa.String),
        sa.column("at", sa.DateTime),
        *(sa.column(f) for f in _FIELDS if f != "at"),
    )
    previous = _GENESIS
    for row in bind.execute(sa.select(log).order_by(log.c.id)).mappings().all():
        previous = _old_hash(previous, row)
        bind.execute(log.update().where(log.c.id == row["id"]).values(hash=previous))
    op.drop_table("audit_checkpoints")
    with op.batch_alter_table("audit_head", schema=None) as batch_op:
        batch_op.drop_column("mac")
        batch_op.drop_column("last_id")
    bind.execute(sa.text("UPDATE audit_head SET last_hash = :h"), {"h": previous})
    op.drop_table("key_grants")
    op.drop_table("key_ring")
    bind.execute(sa.text("DELETE FROM wrapped_keys WHERE format <> 1"))
    with op.batch_alter_table("wrapped_keys", schema=None) as batch_op:
        batch_op.drop_column("certificate")
        batch_op.drop_column("public_key")
        batch_op.drop_column("kdf")
        batch_op.drop_column("format")
