"""The lock folder names the PC and process holding a database; restore waits for them, else names them."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import pytest

from unionoffice.db import backup, lockfile


def _hold_in_another_process(db_path):  # type: ignore[no-untyped-def]
    """A second program with the database open (as a clerk's app on the same PC would have)."""
    code = textwrap.dedent(
        f"""
        import sys, time
        from unionoffice.core.database import open_database
        db = open_database("sqlite:///{db_path}")
        print("ready", flush=True)
        sys.stdin.readline()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_an_open_database_is_named_in_its_lock_folder(db, db_path) -> None:
    proc = _hold_in_another_process(db_path)
    try:
        found = lockfile.holders(db_path)
        assert [(h.host, h.pid) for h in found] == [(socket.gethostname(), proc.pid)]
        assert str(proc.pid) in found[0].describe()
    finally:
        proc.kill()
        proc.wait()
    assert lockfile.holders(db_path) == []  # a holder that died leaves a stale file, found and removed


def test_restore_waits_for_an_exclusive_lock_and_names_who_holds_the_file(
    db, db_path, org, tmp_path, monkeypatch
) -> None:
    made = backup.make_backup(db_path, tmp_path / "backups", "manual")
    db.dispose()
    proc = _hold_in_another_process(db_path)
    before = db_path.read_bytes()
    monkeypatch.setattr(lockfile.exclusive, "__defaults__", (0.5,))
    try:
        with pytest.raises(lockfile.DatabaseInUse, match=f"进程 {proc.pid}") as refused:
            backup.restore(made, db_path)
        assert socket.gethostname() in str(refused.value)
        assert db_path.read_bytes() == before
    finally:
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait()
    backup.restore(made, db_path)  # the other program closed: the restore goes ahead


def test_a_restore_in_progress_makes_new_openers_wait(db_path) -> None:
    marker = lockfile.lock_dir(db_path) / lockfile.EXCLUSIVE
    lockfile.lock_dir(db_path).mkdir(exist_ok=True)
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from unionoffice.db import lockfile
        with lockfile.exclusive(Path({str(db_path)!r})):
            print("restoring", flush=True)
            sys.stdin.readline()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "restoring"
        assert marker.exists()
        with pytest.raises(lockfile.DatabaseInUse, match="从备份恢复"):
            lockfile._register(db_path, wait=0.3)
    finally:
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait()
    assert not marker.exists()
    lockfile.hold(db_path)  # the restore is over: opening works again
    assert (lockfile.lock_dir(db_path) / f"{socket.gethostname()}-{os.getpid()}.json").exists()
    lockfile.let_go(db_path)
