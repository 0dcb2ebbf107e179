"""The server's key file: the whole key ring and the audit-signing key, outside the database.

``unionoffice-server init-keys`` writes it once, readable only by the server's account (mode
0600); the server refuses a file others can read. It holds the ring the database's data and log
are under (docs/security.md): every data-key generation still listed in the database (the current
one encrypts, retired ones stay readable) and the audit key that seals the log's chain. A new ring
for an empty database (the server registers it at its first start), or the ring taken over from a
database that joined with ``db copy`` (opened once with an administrator's password or the printed
recovery code). At start the server checks that the ring is the database's and really opens its
data before answering anyone. ``unionoffice-server rotate-keys`` replaces the data key and the file
together (the new file is written before the rotation commits).

The audit-signing key (Ed25519) signs the chain head the server exports every day
(``server.audit_export``); its public half is printed for whoever checks the exports.
"""

from __future__ import annotations

import base64
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Text, select, type_coerce

from unionoffice.core.crypto import keys as wrapped
from unionoffice.core.crypto import vault
from unionoffice.core.crypto.fields import encrypted_columns
from unionoffice.core.schema import load_all_models
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError

if TYPE_CHECKING:
    from unionoffice.core.auth.actor import Actor
    from unionoffice.core.crypto.rotation import RotationReport

FORMAT = "unionoffice-server-keys"
VERSION = 2  # 1 (before the key ring): one data key, no audit key


@dataclass(frozen=True)
class ServerKeys:
    ring: vault.KeyRing
    signing_key: Ed25519PrivateKey

    @classmethod
    def of(cls, data_key: bytes, audit_key: bytes, retired: tuple[bytes, ...] = ()) -> ServerKeys:
        return cls(vault.KeyRing.of(data_key, audit_key, retired), Ed25519PrivateKey.generate())

    @property
    def data_key(self) -> bytes:
        assert self.ring.current is not None
        return self.ring.data[self.ring.current]

    @property
    def data_key_id(self) -> str:
        return self.ring.current or ""

    @property
    def audit_key(self) -> bytes | None:
        return self.ring.audit

    @property
    def signing_public(self) -> Ed25519PublicKey:
        return self.signing_key.public_key()


def new_ring() -> vault.KeyRing:
    return vault.KeyRing.of(vault.new_key(), vault.new_key())


def public_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def public_from_text(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))


def _b64(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def _content(keys: ServerKeys) -> dict[str, object]:
    ring = keys.ring
    assert ring.audit is not None
    return {
        "format": FORMAT,
        "version": VERSION,
        "data_keys": [
            {"id": kid, "key": _b64(key), "state": "current" if kid == ring.current else "retired"}
            for kid, key in ring.data.items()
        ],
        "audit_key": _b64(ring.audit),
        "audit_key_id": vault.key_id(ring.audit),
        "audit_signing_key": _b64(keys.signing_key.private_bytes_raw()),
        "audit_public_key": public_text(keys.signing_public),
    }


def write_key_file(
    path: Path, ring: vault.KeyRing, signing_key: Ed25519PrivateKey | None = None
) -> ServerKeys:
    """Create the key file; never overwrites one (losing the data key loses the data)."""
    keys = ServerKeys(ring, signing_key or Ed25519PrivateKey.generate())
    content = _content(keys)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserError(f"密钥文件 {path} 已经存在，不会覆盖（丢失数据密钥就丢失了加密的数据）。") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(content, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    return keys


def load_key_file(path: str | os.PathLike[str]) -> ServerKeys:
    target = Path(path)
    try:
        if os.name == "posix" and target.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise UserError(f"密钥文件 {target} 可被其他账号读取：请执行 chmod 600 {target}")
        content = json.loads(target.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"无法读取密钥文件 {target}：{exc.strerror or exc}") from exc
    except ValueError as exc:
        raise UserError(f"密钥文件 {target} 已损坏：{exc}") from exc
    if content.get("format") != FORMAT:
        raise UserError(f"{target} 不是工会办公服务器的密钥文件。")
    if content.get("version") != VERSION:
        raise UserError(
            f"密钥文件 {target} 是旧格式（只有数据密钥，没有审计密钥）：请用 unionoffice-server init-keys "
            "--from-db 从数据库重新取出整套密钥。"
        )
    try:
        data = {entry["id"]: base64.b64decode(entry["key"]) for entry in content["data_keys"]}
        current = next(entry["id"] for entry in content["data_keys"] if entry["state"] == "current")
        audit = base64.b64decode(content["audit_key"])
        signing = Ed25519PrivateKey.from_private_bytes(base64.b64decode(content["audit_signing_key"]))
    except (KeyError, StopIteration, ValueError) as exc:
        raise UserError(f"密钥文件 {target} 已损坏：{exc}") from exc
    if any(vault.key_id(key) != kid for kid, key in data.items()):
        raise UserError(f"密钥文件 {target} 已损坏：密钥与其编号不符。")
    return ServerKeys(vault.KeyRing(data, current, audit), signing)


def ring_from_database(
    db: Database, username: str | None, password: str | None, code: str | None
) -> vault.KeyRing:
    """The key ring of a database that joined the server: opened with an administrator's password
    or the recovery code, as in the office it came from (every generation that holder was granted,
    and the audit key). A database still in the layout from before the ring gets its ring now, as
    the office's next sign-in would have given it, hence a transaction. The vault is left empty."""
    from unionoffice.core.auth.models import User  # imported here: the models load with the database

    try:
        with db.transaction(None) as s:
            if code:
                wrapped.recover(s, code)
            else:
                user_id = s.execute(select(User.id).where(User.username == username)).scalar()
                if user_id is None:
                    raise UserError(f"找不到账号“{username}”。")
                try:
                    if not wrapped.unlock(s, user_id, password or ""):
                        raise UserError(f"账号“{username}”没有数据密钥，请改用恢复码（--recovery-code）。")
                except vault.DecryptionFailed:
                    raise UserError("密码不正确。") from None
            ring = vault.ring()
            if ring.current is None or ring.audit is None:
                raise UserError(
                    "该账号持有的密钥不完整（缺数据密钥或审计密钥），请改用恢复码（--recovery-code）。"
                )
            return ring
    finally:
        vault.clear()


def check_ring(db: Database, ring: vault.KeyRing) -> bool:
    """Refuse to serve with keys that are not this database's or do not open its data. True when
    the database has no keys yet (its first start on the server: ``start_ring`` registers them)."""
    advice = "请用 unionoffice-server init-keys --from-db 从数据库取出整套密钥。"
    with db.read() as s:
        if not wrapped.keys_exist(s):
            return True
        problem = wrapped.ring_problem(s, ring)
        if problem:
            raise UserError(f"密钥文件与该数据库的密钥不符（{problem}）：{advice}")
        for table, column, column_type in encrypted_columns(load_all_models()):
            pk = list(table.primary_key.columns)[0]
            raw = type_coerce(column, Text)
            row = s.execute(select(pk, raw).where(raw.startswith(vault.PREFIX)).limit(1)).first()
            if row is None:
                continue
            ident, stored = row
            kid = vault.stored_key_id(stored) or ""
            key = ring.data.get(kid)
            try:
                if key is None:
                    raise vault.DecryptionFailed()
                blob = base64.b64decode(stored[len(vault.PREFIX) + vault.KEY_ID_LENGTH + 1 :])
                vault.decrypt_bytes(blob, vault.binding(column_type.context, ident, kid), key)
            except (vault.DecryptionFailed, ValueError):
                raise UserError(
                    f"密钥文件中的数据密钥打不开该数据库的加密数据（{table.name}.{column.name}）：{advice}"
                ) from None
            return False
    return False


def hold_keys(db: Database, keys: ServerKeys) -> None:
    """Start-up: check the ring against the database (registering it on a database without keys)
    and hold it for every request of this process."""
    from unionoffice.core.audit.recorder import record
    from unionoffice.core.auth import custody

    if check_ring(db, keys.ring):
        with db.transaction(None) as s:
            encrypted = wrapped.start_ring(s, keys.ring)
            record(s, "keys_created", "key_ring", None, f"服务器密钥文件的密钥启用（加密 {encrypted} 项）")
    custody.hold_server_keys(keys.ring)
    with db.transaction(None) as s:
        wrapped.seal_clear_values(s)  # values a migration left in clear (it holds no key)


def rotate_server_keys(db: Database, actor: Actor, password: str, path: Path) -> RotationReport:
    """A new data key on the union server: the new ring is written to ``<key file>.new`` (synced)
    before the rotation commits, and put in place of the key file after it, so the data is never
    under a key that no file keeps. Every server process must then be restarted: until then the
    others hold the old ring and are refused writes (``keys.require_current_key``)."""
    from unionoffice.core.auth.service import rotate_keys

    pending = path.with_name(path.name + ".new")
    if pending.exists():
        raise UserError(
            f"{pending} 已存在：上次更换密钥可能没有完成。若数据库的当前数据密钥在其中，请把它改名为 "
            f"{path.name}；否则删除它后重试。"
        )
    signing = load_key_file(path).signing_key
    new: list[str] = []

    def keep(ring: vault.KeyRing) -> None:
        write_key_file(pending, ring, signing)
        new.append(ring.current or "")

    try:
        report = rotate_keys(db, actor, password, keep)
    except BaseException:
        if new and not _is_current(db, new[0]):
            pending.unlink(missing_ok=True)  # not committed: the old file is still the truth
        raise
    os.replace(pending, path)
    return report


def _is_current(db: Database, kid: str) -> bool:
    try:
        with db.read() as s:
            return wrapped.current_data_key_id(s) == kid
    except Exception:  # noqa: BLE001 - any failure to look means "unknown"
        return True  # unknown: keep the new file rather than risk losing its key
