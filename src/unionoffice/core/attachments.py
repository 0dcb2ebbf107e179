"""Scanned documents kept in the data folder by content: ``attachments/<sha256[:2]>/<sha256>``.

The same scan attached twice is stored once; a stored file can be checked against its name
years later. Records in the database hold only the hash, the original file name and the size.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from unionoffice.core.errors import NotFound, UserError
from unionoffice.core.i18n import translate
from unionoffice.core.paths import data_dir

MAX_BYTES = 50 * 1024 * 1024  # a phone photo is a few MiB; anything this big is a mistake
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
        raise UserError(translate("Attachments", "不支持的附件类型“{name}”，请选择 PDF 或图片文件。").format(
            name=source.name))
    try:
        size = source.stat().st_size
    except OSError:
        raise UserError(translate("Attachments", "无法读取文件“{name}”。").format(name=source.name)) from None
    if size == 0:
        raise UserError(translate("Attachments", "文件“{name}”是空的。").format(name=source.name))
    if size > MAX_BYTES:
        raise UserError(translate("Attachments", "文件“{name}”超过 50 MB，请压缩后再附加。").format(name=source.name))
    folder = root()
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    # Hash while copying to a temporary file in the same folder, then rename: never a half file.
    with source.open("rb") as src, tempfile.NamedTemporaryFile(dir=folder, delete=False) as tmp:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            digest.update(chunk)
            tmp.write(chunk)
    sha = digest.hexdigest()
    target = path_of(sha)
    if target.exists():
        Path(tmp.name).unlink(missing_ok=True)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp.name, target)
    return StoredFile(sha, source.name, size)


def verify(sha256: str) -> bool:
    """True if the stored file still has the content its name promises."""
    path = path_of(sha256)
    if not path.exists():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest() == sha256


def export_copy(sha256: str, target: str | os.PathLike[str]) -> Path:
    """Copy a stored file out (to open it with its original name and suffix)."""
    path = path_of(sha256)
    if not path.exists():
        raise NotFound(translate("Attachments", "附件文件已丢失，请从备份恢复数据文件夹。"))
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    return target
