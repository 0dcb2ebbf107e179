"""Scanned documents kept in the data folder by content: ``attachments/<sha256[:2]>/<sha256>``.

The same scan attached twice is stored once; a stored file can be checked against its name
years later. Records in the database hold only the hash, the original file name and the size.
Files are encrypted with the data key (core/crypto): a copied data folder shows no scans. A file
names the key it is under (``UOENC2`` header), so files under a retired key still open while key
rotation re-encrypts them: the new file is written beside the old one (``<name>.rekey``) and put
in its place only after the database has committed the new key.
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
MAGIC = b"UOENC2\n"  # then the key id and a newline, then nonce and ciphertext
LEGACY_MAGIC = b"UOENC1\n"  # before issue #17: key not named
REKEY_SUFFIX = ".rekey"
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
    key = key or vault.data_key()
    kid = vault.key_id(key)
    return MAGIC + kid.encode("ascii") + b"\n" + vault.encrypt_bytes(plain, f"attachment:{sha}|{kid}", key)


def key_id_of(sealed: bytes) -> str | None:
    """The key a stored file is under (None for files from before issue #17)."""
    if sealed.startswith(MAGIC):
        return sealed[len(MAGIC) : len(MAGIC) + vault.KEY_ID_LENGTH].decode("ascii", "replace")
    return None


def _open(sealed: bytes, sha: str) -> bytes:
    kid = key_id_of(sealed)
    if kid is not None:
        body = sealed[len(MAGIC) + vault.KEY_ID_LENGTH + 1 :]
        return vault.decrypt_bytes(body, f"attachment:{sha}|{kid}", vault.key_for(kid))
    if sealed.startswith(LEGACY_MAGIC):
        ring = vault.ring()
        if ring.current is None:
            raise vault.VaultLocked()
        for key in sorted(ring.data.values(), key=lambda k: vault.key_id(k) != ring.current):
            try:
                return vault.decrypt_bytes(sealed[len(LEGACY_MAGIC) :], f"attachment:{sha}", key)
            except vault.DecryptionFailed:
                continue
        raise vault.DecryptionFailed()
    return sealed  # stored before encryption was switched on


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


def _stored_files() -> list[Path]:
    folder = root()
    if not folder.exists():
        return []
    return [p for p in folder.glob("??/*") if len(p.name) == 64]


@dataclass(frozen=True)
class Reseal:
    """Files re-encrypted beside the originals, to be put in place once the database commits."""

    pairs: tuple[tuple[Path, Path], ...]

    def commit(self) -> int:
        done = 0
        for staged, final in self.pairs:
            if staged.exists():  # another process may have tidied it away: the original still opens
                os.replace(staged, final)
                done += 1
        return done

    def abandon(self) -> None:
        for staged, _final in self.pairs:
            staged.unlink(missing_ok=True)


def prepare_reseal(new_key: bytes) -> Reseal:
    """Write every stored file not yet under ``new_key`` again beside it (``<name>.rekey``);
    the originals stay as they are, readable with the keys the vault holds."""
    kid = vault.key_id(new_key)
    pairs = []
    try:
        for path in _stored_files():
            stored = path.read_bytes()
            if key_id_of(stored) == kid:
                continue
            staged = path.with_name(path.name + REKEY_SUFFIX)
            _write(staged, _seal(_open(stored, path.name), path.name, key=new_key))
            pairs.append((staged, path))
    except BaseException:
        Reseal(tuple(pairs)).abandon()
        raise
    return Reseal(tuple(pairs))


def reseal_all(new_key: bytes) -> int:
    """Re-encrypt every stored file under ``new_key`` now (first key set-up; ``keys reseal`` on a
    PC whose folder the rotation did not reach)."""
    return prepare_reseal(new_key).commit()


def finish_interrupted_reseal() -> int:
    """``.rekey`` files left by a rotation that stopped after its commit go in place if their key
    is the current one; those of a rotation that never committed are removed."""
    folder = root()
    if not folder.exists() or not vault.has_data_key():
        return 0
    done = 0
    for staged in folder.glob(f"??/*{REKEY_SUFFIX}"):
        head = staged.read_bytes()[: len(MAGIC) + vault.KEY_ID_LENGTH]
        if key_id_of(head) == vault.current_key_id():
            os.replace(staged, staged.with_name(staged.name[: -len(REKEY_SUFFIX)]))
            done += 1
        else:
            staged.unlink(missing_ok=True)
    return done


def verify(sha256: str) -> bool:
    """True if the stored file still decrypts to the content its name promises."""
    path = path_of(sha256)
    if not path.exists():
        return False
    try:
        return hashlib.sha256(_open(path.read_bytes(), sha256)).hexdigest() == sha256
    except (vault.DecryptionFailed, vault.VaultLocked, vault.KeyRotated):
        return False


def export_copy(sha256: str, target: str | os.PathLike[str]) -> Path:
    """Copy a stored file out (to open it with its original name and suffix)."""
    plain = read(sha256)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(plain)
    return target
