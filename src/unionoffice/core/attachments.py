"""Scanned documents kept in the data folder by content: ``attachments/<sha256[:2]>/<sha256>``.

The same scan attached twice is stored once; a stored file can be checked against its name
years later. Records in the database hold only the hash, the original file name and the size.
Files are encrypted with the data key (core/crypto): a copied data folder shows no scans.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from unionoffice.core.crypto import vault
from unionoffice.foundation.errors import NotFound, UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.paths import data_dir

MAX_BYTES = 50 * 1024 * 1024  # a phone photo is a few MiB; anything this big is a mistake
MAGIC = b"UOENC1\n"
ALLOWED_SUFFIXES = frozenset({".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp", ".heic"})


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    filename: str
    size: int


def root() -> Path:
    return data_dir() / "attachments"


def path_of(sha256: str) -> Path:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise NotFound(translate("Attachments", "附件标识不正确。"))
    return root() / sha256[:2] / sha256


def store(source: str | os.PathLike[str], allowed: frozenset[str] = ALLOWED_SUFFIXES) -> StoredFile:
    """Copy ``source`` into the store (once per content) and describe it."""
    source = Path(source)
    if source.suffix.lower() not in allowed:
        raise UserError(
            translate("Attachments", "不支持的附件类型“{name}”，请选择 PDF 或图片文件。").format(
                name=source.name
            )
        )
    try:
        size = source.stat().st_size
    except OSError:
        raise UserError(translate("Attachments", "无法读取文件“{name}”。").format(name=source.name)) from None
    if size == 0:
        raise UserError(translate("Attachments", "文件“{name}”是空的。").format(name=source.name))
    if size > MAX_BYTES:
        raise UserError(
            translate("Attachments", "文件“{name}”超过 50 MB，请压缩后再附加。").format(name=source.name)
        )
    plain = source.read_bytes()
    sha = hashlib.sha256(plain).hexdigest()
    target = path_of(sha)
    if not target.exists():
        _write(target, _seal(plain, sha))
    return StoredFile(sha, source.name, size)


def _seal(plain: bytes, sha: str, key: bytes | None = None) -> bytes:
    return MAGIC + vault.encrypt_bytes(plain, f"attachment:{sha}", key=key)


def _open(sealed: bytes, sha: str, key: bytes | None = None) -> bytes:
    if not sealed.startswith(MAGIC):
        return sealed  # stored before encryption was switched on
    return vault.decrypt_bytes(sealed[len(MAGIC) :], f"attachment:{sha}", key=key)


def _write(target: Path, data: bytes) -> None:
    """Write beside the target, then rename: never a half file under the final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, target)


def read(sha256: str) -> bytes:
    path = path_of(sha256)
    if not path.exists():
        raise NotFound(translate("Attachments", "附件文件已丢失，请从备份恢复数据文件夹。"))
    return _open(path.read_bytes(), sha256)


def reseal_all(old_key: bytes | None, new_key: bytes) -> int:
    """Re-encrypt every stored file under ``new_key`` (key rotation; first key set-up)."""
    count = 0
    folder = root()
    if not folder.exists():
        return 0
    for path in folder.glob("??/*"):
        if len(path.name) != 64:
            continue
        stored = path.read_bytes()
        if old_key is None and stored.startswith(MAGIC):
            continue  # first set-up: only files from before encryption need sealing
        plain = _open(stored, path.name, key=old_key) if old_key else stored
        _write(path, _seal(plain, path.name, key=new_key))
        count += 1
    return count


def verify(sha256: str) -> bool:
    """True if the stored file still decrypts to the content its name promises."""
    path = path_of(sha256)
    if not path.exists():
        return False
    try:
        return hashlib.sha256(_open(path.read_bytes(), sha256)).hexdigest() == sha256
    except vault.DecryptionFailed:
        return False


def export_copy(sha256: str, target: str | os.PathLike[str]) -> Path:
    """Copy a stored file out (to open it with its original name and suffix)."""
    plain = read(sha256)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(plain)
    return target
