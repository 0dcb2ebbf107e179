"""Is a file on a network share? SQLite must not live there.

SQLite's locking (and WAL's shared memory above all) needs a local disk: on an SMB/CIFS or NFS
share two PCs can both believe they hold the write lock, and the file is corrupted. Offices do
put the database on ``\\\\server\\share`` to share it; the app refuses that and points to the union
server (PostgreSQL), which is the supported way for several PCs to share one register.

The checks are small pure functions that take the platform's facts as arguments (the drive type
of a Windows drive letter, the Linux mount table), so the Windows cases are tested on Linux with
``PureWindowsPath``; ``network_place`` gathers the real facts for the running system.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from unionoffice.foundation.i18n import translate

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
# File systems whose locks other machines take part in (or ignore). Linux names as in /proc/mounts.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "beegfs",
        "davfs",
        "coda",
        "sshfs",
    }
)
# FUSE mounts name their backend after a dot: fuse.sshfs, fuse.glusterfs, fuse.rclone, fuse.s3fs …
NETWORK_FUSE = frozenset({"sshfs", "glusterfs", "ceph", "davfs2", "rclone", "s3fs", "gcsfuse", "smbnetfs"})


@dataclass(frozen=True)
class NetworkPlace:
    path: str
    kind: str  # what the clerk sees: "UNC 共享 \\\\nas\\office", "网络驱动器 Z:", "nfs4 挂载 /mnt/share"


def windows_network_place(path: str, drive_type: Callable[[str], int]) -> NetworkPlace | None:
    """A UNC path (``\\\\server\\share\\…``, ``//server/share``, ``\\\\?\\UNC\\…``) or a path on a drive
    letter whose type ``drive_type("Z:\\\\")`` says is remote (a mapped network drive)."""
    text = path.replace("/", "\\")
    upper = text.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif upper.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]  # \\?\C:\… and \\.\C:\… are long-path and device spellings of a local path
    drive = PureWindowsPath(text).drive
    if drive.startswith("\\\\"):
        return NetworkPlace(path, translate("NetPath", "UNC 共享 {share}").format(share=drive))
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive.upper() + "\\") == DRIVE_REMOTE:
        return NetworkPlace(path, translate("NetPath", "网络驱动器 {drive}").format(drive=drive.upper()))
    return None


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash in mount points as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def is_network_filesystem(fstype: str, device: str = "") -> bool:
    fstype = fstype.lower()
    if fstype in NETWORK_FILESYSTEMS or fstype.startswith(("nfs", "smb", "cifs")):
        return True
    if fstype.startswith("fuse.") and fstype[5:] in NETWORK_FUSE:
        return True
    return device.startswith("//") and fstype.startswith("fuse")  # e.g. a fuse mount of //server/share


def linux_network_place(path: str, mounts: str) -> NetworkPlace | None:
    """The mount (``/proc/self/mounts`` text) that holds ``path`` (absolute, symlinks resolved),
    if its file system is a network one. The longest mount point containing the path wins."""
    best: tuple[str, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, fstype = _unescape_mount(fields[0]), _unescape_mount(fields[1]), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[1])):
            best = (device, point, fstype)
    if best is None or not is_network_filesystem(best[2], best[0]):
        return None
    device, point, fstype = best
    return NetworkPlace(
        path,
        translate("NetPath", "{fstype} 挂载 {point}（{device}）").format(
            fstype=fstype, point=point, device=device
        ),
    )


def _windows_drive_type(root: str) -> int:
    import ctypes  # imported here: Windows only

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def network_place(path: str | os.PathLike[str]) -> NetworkPlace | None:
    """Where ``path`` is, if that is a network share on this system (None on a local disk)."""
    if sys.platform == "win32":
        return windows_network_place(os.path.abspath(path), _windows_drive_type)
    real = os.path.realpath(path)
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        return linux_network_place(real, mounts)
    return None  # macOS and others: not checked (the app ships for Windows; Linux for tests and IT)


def refusal_message(place: NetworkPlace) -> str:
    return translate(
        "NetPath",
        "数据库文件“{path}”位于网络共享上（{kind}）。SQLite 数据库放在网络盘上，多台电脑同时使用时会损坏数据，"
        "因此不能在此打开。多台电脑共用会员数据请使用工会服务器（文件 → 设置 → 数据库 → PostgreSQL 服务器）；"
        "只在一台电脑上用，请把文件复制到本机磁盘（例如 %APPDATA%\\UnionOffice）后再打开。",
    ).format(path=place.path, kind=place.kind)
