from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from unionoffice.cli import run

ROOT = Path(__file__).resolve().parents[2]


def test_user_add_list_and_passwd_from_the_command_line(db_path, org, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Clerk-pass-9\n"))
    assert (
        run(
            [
                "--db",
                str(db_path),
                "user",
                "add",
                "clerk_c",
                "--name",
                "干事丙",
                "--role",
                "clerk",
                "--branch",
                "氢力分工会",
                "--password-stdin",
            ]
        )
        == 0
    )
    assert run(["--db", str(db_path), "user", "list"]) == 0
    listing = capsys.readouterr().out
    assert "clerk_c" in listing and "干事丙" in listing and "工会干事" in listing
    monkeypatch.setattr(sys, "stdin", io.StringIO("x\n"))
    assert run(["--db", str(db_path), "user", "passwd", "clerk_c", "--password-stdin"]) == 2
    assert "密码至少需要" in capsys.readouterr().err


def test_unknown_branch_is_a_clear_error_not_a_traceback(db_path, org, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Clerk-pass-9\n"))
    assert (
        run(
            [
                "--db",
                str(db_path),
                "user",
                "add",
                "c2",
                "--role",
                "clerk",
                "--branch",
                "不存在",
                "--password-stdin",
            ]
        )
        == 2
    )
    assert "找不到分工会“不存在”" in capsys.readouterr().err


def test_db_check_backup_and_restore(db_path, org, tmp_path, capsys):
    assert run(["--db", str(db_path), "db", "check"]) == 0
    target = tmp_path / "copy.sqlite"
    assert run(["--db", str(db_path), "db", "backup", "--out", str(target)]) == 0
    assert target.exists()
    assert run(["--db", str(db_path), "db", "restore", str(target)]) == 0
    assert "已从" in capsys.readouterr().out


def test_demo_writes_a_database_without_a_window(tmp_path):
    out = tmp_path / "demo.sqlite"
    env = {"PYTHONPATH": str(ROOT / "src"), "UNIONOFFICE_DATA_DIR": str(tmp_path), "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-m", "unionoffice", "demo", "--out", str(out), "--size", "200"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "200" in done.stdout
    import sqlite3

    conn = sqlite3.connect(out)
    assert conn.execute("select count(*) from members").fetchone()[0] == 200
    # Identity numbers are stored encrypted; the demo accounts hold copies of the data key.
    assert conn.execute("select count(*) from members where id_number like 'e1:%'").fetchone()[0] == 200
    assert conn.execute("select count(*) from wrapped_keys").fetchone()[0] >= 2
    assert {r[0] for r in conn.execute("select name from org_units where kind='branch'")} == {
        "心兴分工会",
        "氢力分工会",
        "蓝色科技分工会",
        "黑色生态分工会",
    }


@pytest.mark.parametrize("size", [50])
def test_demo_data_is_deterministic(tmp_path, size):
    from sqlalchemy import select

    from unionoffice.demo.build import build_demo_database
    from unionoffice.members.models import Member

    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        db = build_demo_database(tmp_path / name, size=size)  # leaves its own data key in the vault
        with db.read() as s:
            dumps.append(
                s.execute(
                    select(Member.name, Member.id_number, Member.branch_id, Member.status).order_by(Member.id)
                ).all()
            )
        db.dispose()
    assert dumps[0] == dumps[1] and len(dumps[0]) == size
    from unionoffice.foundation.identity import validate_id_number

    assert all(validate_id_number(row[1]) for row in dumps[0])
