"""The server's key file: the data key and the audit-signing key, outside the database.

``unionoffice-server init-keys`` writes it once, readable only by the server's account (mode
0600); the server refuses a file others can read. The data key is the one the database's
encrypted columns use: a new one for an empty database, or taken over from a database that joined
with ``db copy`` (opened once with an administrator's password or the printed recovery code). At
start the server checks that the key really opens the database's data before answering anyone.

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

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Text, select, type_coerce

from unionoffice.core.crypto import keys as wrapped
from unionoffice.core.crypto import vault
from unionoffice.core.crypto.fields import encrypted_columns
from unionoffice.core.crypto.models import WrappedKey
from unionoffice.core.schema import load_all_models
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError

FORMAT = "unionoffice-server-keys"


@dataclass(frozen=True)
class ServerKeys:
    data_key: bytes
    audit_key: Ed25519PrivateKey

    @property
    def data_key_id(self) -> str:
        return wrapped.key_id(self.data_key)

    @property
    def audit_public(self) -> Ed25519PublicKey:
        return self.audit_key.public_key()


def public_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def public_from_text(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(text))


def write_key_file(path: Path, data_key: bytes) -> ServerKeys:
    """Create the key file; never overwrites one (losing the data key loses the data)."""
    keys = ServerKeys(data_key, Ed25519PrivateKey.generate())
    raw_audit = keys.audit_key.private_bytes_raw()
    content = {
        "format": FORMAT,
        "version": 1,
        "data_key": base64.b64encode(data_key).decode("ascii"),
        "data_key_id": keys.data_key_id,
        "audit_signing_key": base64.b64encode(raw_audit).decode("ascii"),
        "audit_public_key": public_text(keys.audit_public),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserError(f"密钥文件 {path} 已经存在，不会覆盖（丢失数据密钥就丢失了加密的数据）。") from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(content, handle, indent=2)
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
    data_key = base64.b64decode(content["data_key"])
    audit_key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(content["audit_signing_key"]))
    return ServerKeys(data_key, audit_key)


def key_from_database(db: Database, username: str | None, password: str | None, code: str | None) -> bytes:
    """The data key of a database that joined the server: opened with an administrator's password
    or the recovery code, as in the office it came from."""
    from unionoffice.core.auth.models import User  # imported here: the models load with the database

    with db.read() as s:
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
    key = vault.data_key()
    vault.set_data_key(None)
    return key


def check_key_opens(db: Database, data_key: bytes) -> None:
    """Refuse to serve with a key that does not open this database's encrypted data."""
    with db.read() as s:
        ids = set(s.execute(select(WrappedKey.key_id)).scalars())
        if ids and wrapped.key_id(data_key) not in ids:
            raise UserError(
                "密钥文件中的数据密钥与该数据库不符：请用 unionoffice-server init-keys --from-db 从数据库取出原密钥。"
            )
        for table, column, column_type in encrypted_columns(load_all_models()):
            raw = type_coerce(column, Text)
            sample = s.execute(select(raw).where(raw.startswith(vault.PREFIX)).limit(1)).scalar()
            if sample is None:
                continue
            try:
                vault.decrypt_text(sample, column_type.context, key=data_key)
            except vault.DecryptionFailed:
                raise UserError(
                    f"密钥文件中的数据密钥打不开该数据库的加密数据（{table.name}.{column.name}）。"
                ) from None
            return
