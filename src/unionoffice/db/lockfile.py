"""Who holds a SQLite database: one small lock file per process, named after the PC and process.

``<db>.lock/`` beside ``<db>`` holds ``<host>-<pid>.json`` for every process that has the file
open (the app, a command-line backup …), with the PC, the process, the program and since when.
The owner keeps an operating-system lock on its file while it runs (``flock`` on Linux and macOS,
``msvcrt.locking`` on Windows), so a file whose lock can be taken belongs to a process that died
and is removed. Restoring a backup takes the database exclusively: it marks the folder, waits for
the other holders to close, and refuses with their names if they do not.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

EXCLUSIVE = "exclusive.json"
_LOCK_OFFSET = 1 << 20  # the locked byte lies past the text, so readers on Windows can read it


class DatabaseInUse(UserError):
    pass


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    program: str
    user: str
    since: str

    def describe(self) -> str:
        return translate("Lock", "{host} 上的{program}（进程 {pid}，用户 {user}，自 {since} 起）").format(
            host=self.host, program=self.program, pid=self.pid, user=self.user, since=self.since
        )


def lock_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _me(program: str = "") -> Holder:
    try:
        user = os.getlogin()
    except OSError:
        user = os.environ.get("USERNAME") or os.environ.get("USER") or "?"
    return Holder(
        socket.gethostname(),
        os.getpid(),
        program or translate("Lock", "工会办公"),
        user,
        datetime.now().strftime("%Y-%m-%d %H:%M"),
    )


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the owner's lock without waiting; False if another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt  # imported here: Windows only

            handle.seek(_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl  # imported here: not on Windows

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _write_holder(path: Path, holder: Holder, exclusive: bool = False) -> IO[bytes]:
    flags = os.O_RDWR | os.O_CREAT | (os.O_EXCL if exclusive else 0)
    fd = os.open(path, flags, 0o644)
    handle = os.fdopen(fd, "r+b")
    if not _try_lock(handle):
        handle.close()
        raise BlockingIOError(str(path))
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(holder.__dict__, ensure_ascii=False).encode("utf-8"))
    handle.flush()
    return handle


def _read_holder(path: Path) -> Holder | None:
    """The holder named in ``path`` if its process still runs; a dead one's file is removed."""
    try:
        with open(path, "r+b") as probe:
            if _try_lock(probe):  # nobody holds it: the process that wrote it has ended
                probe.close()
                path.unlink(missing_ok=True)
                return None
            probe.seek(0)
            data = json.loads(probe.read(4096).decode("utf-8"))
        return Holder(
            str(data["host"]), int(data["pid"]), str(data["program"]), str(data["user"]), str(data["since"])
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError):
        return Holder("?", 0, path.name, "?", "?")  # unreadable but locked: someone holds it


class _Registry:
    """This process's lock files, one per database, released when the last user lets go."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[Path, tuple[IO[bytes], int]] = {}

    def acquire(self, db_path: Path) -> None:
        with self._lock:
            handle, count = self._held.get(db_path, (None, 0))
            if handle is None:
                handle = _register(db_path)
            self._held[db_path] = (handle, count + 1)

    def release(self, db_path: Path) -> None:
        with self._lock:
            handle, count = self._held.get(db_path, (None, 0))
            if handle is None:
                return
            if count > 1:
                self._held[db_path] = (handle, count - 1)
                return
            del self._held[db_path]
            _close(handle, lock_dir(db_path) / _own_name())

    def release_all(self) -> None:
        with self._lock:
            for db_path, (handle, _count) in self._held.items():
                _close(handle, lock_dir(db_path) / _own_name())
            self._held.clear()


def _own_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}.json"


def _close(handle: IO[bytes], path: Path) -> None:
    with contextlib.suppress(OSError):
        handle.close()
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


_registry = _Registry()
atexit.register(_registry.release_all)


def _register(db_path: Path, wait: float = 30.0) -> IO[bytes]:
    folder = lock_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while True:
        restoring = _read_holder(folder / EXCLUSIVE)
        if restoring is None or restoring.pid == os.getpid():
            break
        if time.monotonic() > deadline:
            raise DatabaseInUse(
                translate("Lock", "数据库正在由{holder}从备份恢复，请稍后再打开。").format(
                    holder=restoring.describe()
                )
            )
        time.sleep(0.2)
    return _write_holder(folder / _own_name(), _me())


def hold(db_path: Path) -> None:
    """Record that this process has ``db_path`` open (each ``hold`` wants one ``let_go``)."""
    _registry.acquire(db_path)


def let_go(db_path: Path) -> None:
    _registry.release(db_path)


def holders(db_path: Path) -> list[Holder]:
    """Other processes that have the database open now (this process left out)."""
    folder = lock_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    own = _own_name()
    for path in sorted(folder.glob("*.json")):
        if path.name in (own, EXCLUSIVE):
            continue
        holder = _read_holder(path)
        if holder is not None:
            found.append(holder)
    return found


@contextlib.contextmanager
def exclusive(db_path: Path, wait: float = 10.0) -> Iterator[None]:
    """Hold the database alone (a restore): new openers wait, and this waits up to ``wait`` seconds
    for the current holders to close; ``DatabaseInUse`` names them if they do not."""
    folder = lock_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / EXCLUSIVE
    try:
        handle = _write_holder(marker, _me(translate("Lock", "恢复备份")), exclusive=True)
    except (FileExistsError, BlockingIOError):
        other = _read_holder(marker)
        if other is not None:
            raise DatabaseInUse(
                translate("Lock", "{holder}正在恢复该数据库，请稍后再试。").format(holder=other.describe())
            ) from None
        handle = _write_holder(marker, _me(translate("Lock", "恢复备份")), exclusive=True)
    try:
        deadline = time.monotonic() + wait
        while (others := holders(db_path)) and time.monotonic() < deadline:
            time.sleep(0.2)
        if others:
            raise DatabaseInUse(
                translate(
                    "Lock",
                    "数据库正被以下程序使用，不能恢复：{holders}。请先关闭它们（或在那台电脑上退出工会办公）再恢复。",
                ).format(holders="；".join(h.describe() for h in others))
            )
        yield
    finally:
        _close(handle, marker)
