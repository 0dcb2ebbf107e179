"""Killing the process in the middle of writing must lose nothing that was committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from unionoffice.db.backup import integrity_problems

WRITER = r"""
import sys
from datetime import date
from unionoffice.core.database import open_database
from unionoffice.db.database import Database
from unionoffice.members.models import Member
from unionoffice.foundation.identity import generate_id_number

from unionoffice.core.crypto import vault
vault.set_data_key(b"\x07" * 32)  # as if signed in: identity numbers are encrypted
db = open_database(f"sqlite:///{sys.argv[1]}")
i = 0
while True:
    with db.transaction(None) as s:
        for _ in range(20):  # several rows per transaction: a kill must not leave part of one
            i += 1
            number = generate_id_number("410702", date(1990, 1, 1), i % 500, "M")
            s.add(Member(name=f"会员{i}", gender="M", id_number=number,
                         birth_date=date(1990, 1, 1), branch_id=2, join_date=date(2020, 1, 1), notes="x" * 500))
    print(i, flush=True)  # printed only after the commit returned
"""


def test_sigkill_during_writes_keeps_every_committed_transaction(db, db_path, org, tmp_path):
    db.dispose()
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "PYTHONPATH": str(src)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    committed = 0
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while committed < 400 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        assert line or proc.poll() is None, "the writer died on its own"
        if line:
            committed = int(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert committed >= 400
    assert integrity_problems(db_path) == []
    import sqlite3

    conn = sqlite3.connect(db_path)
    count = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    conn.close()
    assert count >= committed  # everything acknowledged is there …
    assert count % 20 == 0  # … and no transaction is there in part
