"""SIGKILL in the middle of long writes: the database stays sound, nothing committed is lost,
and no batch is there in part (member import, certificate batch, judge-package import).

Each child process repeats the operation and prints after every commit; the parent kills it
at a different moment in each round, so some kills land inside a transaction.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from unionoffice.db.backup import integrity_problems

pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
PRELUDE = """
import sys
from pathlib import Path
from unionoffice.core.crypto import vault
vault.set_data_key(b"\\x07" * 32)  # as if signed in (the test databases use the test key)
from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.database import open_database
from unionoffice.db.database import Database
db = open_database(f"sqlite:///{sys.argv[1]}")
"""


def _run_and_kill(script: str, db_path: Path, args: list[str], after_commits: int, extra_delay: float) -> int:
    """Start the child, let ``after_commits`` commits happen, wait a little more, SIGKILL it."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT / 'tests'}"}
    proc = subprocess.Popen(
        [sys.executable, "-c", PRELUDE + script, str(db_path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    committed = 0
    deadline = time.monotonic() + 120
    while committed < after_commits and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(
                "the child stopped on its own: " + (proc.stderr.read() if proc.stderr else "")
            )
        committed = int(line)
    time.sleep(extra_delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return committed


def _count(db_path: Path, sql: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


IMPORT_CHILD = """
from unionoffice.foundation.importer import ImportMode
from unionoffice.members.importing import apply_import, plan_import
files = sys.argv[2:]
for i, path in enumerate(files, start=1):
    plan = plan_import(db, SYSTEM_ACTOR, path)
    apply_import(db, SYSTEM_ACTOR, plan, ImportMode.ALL_OR_NOTHING)
    print(i, flush=True)
"""


def _member_file(path: Path, start: int, rows: int) -> Path:
    from datetime import date, timedelta

    from openpyxl import Workbook

    from unionoffice.foundation.identity import generate_id_number

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号", "分工会", "入职日期"])
    for n in range(start, start + rows):
        born = date(1970, 1, 1) + timedelta(days=n)
        given = "".join("零一二三四五六七八九"[int(d)] for d in str(n))  # names carry no digits
        sheet.append(
            [f"测{given}", generate_id_number("410702", born, n % 500, "M"), "心兴分工会", "2020-01-01"]
        )
    book.save(path)
    return path


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15])
def test_kill_during_member_import(db, db_path, org, tmp_path, delay):
    db.dispose()
    files = [str(_member_file(tmp_path / f"m{i}.xlsx", i * 400, 400)) for i in range(4)]
    committed = _run_and_kill(IMPORT_CHILD, db_path, files, 1, delay)
    assert integrity_problems(db_path) == []
    count = _count(db_path, "SELECT count(*) FROM members")
    assert count >= committed * 400 and count % 400 == 0  # whole files only
    joins = _count(db_path, "SELECT count(*) FROM member_events")
    assert joins == count  # every imported member has their 入会 history row


CERT_CHILD = """
from unionoffice.certificates.service.issuing import IssueRequest, issue_batch
from unionoffice.certificates.sources import Recipient
from unionoffice.certificates.templates import get_template
template = get_template("honour_a4")
out = Path(sys.argv[2])
for i in range(1, 50):
    fields = {"citation": "在本年度工作中表现突出", "title": "先进个人"}
    people = [Recipient(f"获奖者{i}-{n}", None, fields) for n in range(20)]
    issue_batch(db, SYSTEM_ACTOR, IssueRequest(template, people, "text", "测试", out / f"b{i}.pdf"))
    print(i, flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.1, 0.3])
def test_kill_during_certificate_batches_leaves_no_number_unrecorded(db, db_path, org, tmp_path, delay):
    db.dispose()
    committed = _run_and_kill(CERT_CHILD, db_path, [str(tmp_path)], 1, delay)
    assert integrity_problems(db_path) == []
    issued = _count(db_path, "SELECT count(*) FROM certificates")
    taken = _count(db_path, "SELECT coalesce(sum(next_value - 1), 0) FROM number_sequences")
    assert issued == taken  # every allocated number has its register row
    assert issued >= committed * 20 and issued % 20 == 0  # no half batch


PACKAGE_CHILD = """
from unionoffice.contests.service import packages
for i, path in enumerate(sys.argv[2:], start=1):
    packages.import_package(db, SYSTEM_ACTOR, path)
    print(i, flush=True)
"""


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.08])
def test_kill_during_judge_package_import(tmp_path, delay):
    from contests.conftest import build_world, standard_definition
    from contests.test_services import events_of, filled

    from unionoffice.contests.service import definition, entrants, packages

    world = build_world(tmp_path / "contest.sqlite")
    contest_id = definition.create_contest(world.db, world.admin, standard_definition())
    entrants.register_members(world.db, world.admin, contest_id, world.member_ids[:40])
    event = events_of(world, contest_id)["practical"]
    for judge in ("judge3", "judge4", "judge5", "judge6"):
        entrants.assign_judge(world.db, world.admin, event, world.users[judge])
    exported = packages.export_packages(world.db, world.admin, contest_id, tmp_path / "pk")
    files = [str(filled(e, "10", tmp_path / f"{e.judge_name}.uojudge")) for e in exported]
    world.db.dispose()
    committed = _run_and_kill(PACKAGE_CHILD, world.path, files, 1, delay)
    assert integrity_problems(world.path) == []
    conn = sqlite3.connect(world.path)
    per_judge = [r[0] for r in conn.execute("SELECT count(*) FROM contest_marks GROUP BY judge_id")]
    conn.close()
    full = max(per_judge)
    assert len(per_judge) >= committed and all(n == full for n in per_judge)  # each package whole or absent
