"""Network shares are told apart from local disks, on Windows (tested here with PureWindowsPath and a
given drive table) and on Linux (a given mount table)."""

from __future__ import annotations

import pytest

from unionoffice.foundation.netpath import (
    DRIVE_REMOTE,
    is_network_filesystem,
    linux_network_place,
    refusal_message,
    windows_network_place,
)

DRIVE_FIXED, DRIVE_REMOVABLE = 3, 2
DRIVES = {"C:\\": DRIVE_FIXED, "D:\\": DRIVE_FIXED, "E:\\": DRIVE_REMOVABLE, "Z:\\": DRIVE_REMOTE}


def _drive_type(root: str) -> int:
    return DRIVES.get(root, 1)


@pytest.mark.parametrize(
    "path",
    [
        r"\\nas\office\unionoffice.sqlite",
        r"\\192.168.1.20\share\UnionOffice\unionoffice.sqlite",
        "//nas/office/unionoffice.sqlite",
        r"\\?\UNC\nas\office\unionoffice.sqlite",
        r"Z:\UnionOffice\unionoffice.sqlite",
        r"z:\unionoffice.sqlite",
        r"\\?\Z:\unionoffice.sqlite",
    ],
)
def test_windows_network_paths_are_found(path: str) -> None:
    place = windows_network_place(path, _drive_type)
    assert place is not None and place.path == path
    assert path in refusal_message(place) and "工会服务器" in refusal_message(place)


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\wang\AppData\Roaming\UnionOffice\unionoffice.sqlite",
        r"D:\UnionOfficeData\unionoffice.sqlite",
        r"E:\judge\unionoffice.sqlite",  # a USB stick is local
        r"\\?\C:\very\long\path\unionoffice.sqlite",
        r"\\.\C:\unionoffice.sqlite",
        r"unionoffice.sqlite",
    ],
)
def test_windows_local_paths_pass(path: str) -> None:
    assert windows_network_place(path, _drive_type) is None


MOUNTS = """\
overlay / overlay rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
/dev/sda1 /home ext4 rw,relatime 0 0
//nas/office /mnt/office cifs rw,vers=3.0,username=wang 0 0
nas:/export/union /mnt/nfs nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /mnt/nfs/local-cache ext4 rw 0 0
wang@host:/data /mnt/ssh fuse.sshfs rw 0 0
//nas/my\\040share /mnt/with\\040space cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/mnt/office/unionoffice.sqlite", "cifs"),
        ("/mnt/nfs/union/unionoffice.sqlite", "nfs4"),
        ("/mnt/ssh/u.sqlite", "fuse.sshfs"),
        ("/mnt/with space/u.sqlite", "cifs"),
    ],
)
def test_linux_network_mounts_are_found(path: str, fstype: str) -> None:
    place = linux_network_place(path, MOUNTS)
    assert place is not None and fstype in place.kind


@pytest.mark.parametrize(
    "path",
    [
        "/home/wang/.local/share/UnionOffice/unionoffice.sqlite",
        "/tmp/x.sqlite",
        "/mnt/nfs/local-cache/u.sqlite",
        "/mnt/officex/u.sqlite",
    ],
)
def test_linux_local_paths_pass(path: str) -> None:
    assert linux_network_place(path, MOUNTS) is None


def test_filesystem_names() -> None:
    assert (
        is_network_filesystem("smb3")
        and is_network_filesystem("nfs")
        and is_network_filesystem("fuse.rclone")
    )
    assert not is_network_filesystem("ext4") and not is_network_filesystem("fuse.portal")


def test_a_database_on_a_network_mount_is_refused_when_opened(tmp_path, monkeypatch) -> None:
    from unionoffice.db import database as database_module
    from unionoffice.db.database import Database, NetworkDatabaseRefused
    from unionoffice.foundation import netpath

    target = tmp_path / "unionoffice.sqlite"
    fake = f"//nas/office {tmp_path} cifs rw 0 0\n"
    monkeypatch.setattr(database_module, "network_place", lambda p: netpath.linux_network_place(str(p), fake))
    with pytest.raises(NetworkDatabaseRefused, match="网络共享"):
        Database(f"sqlite:///{target}")
    assert not target.exists()
