from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from unionoffice.cli import run

ROOT = Path(__file__).resolve().parents[2]


def _add(db_path, *args: str) -> list[str]:  # type: ignore[no-untyped-def]
    return ["--db", str(db_path), *args]


def test_user_add_list_and_passwd_need_an_admin_sign_in(db, db_path, org, capsys, monkeypatch, cli_as):
    import io

    from factories import hold_test_keys

    hold_test_keys(db, "admin", "secret-123")
    monkeypatch.setattr(sys, "stdin", io.StringIO("Clerk-pass-9\n"))
    add = [
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
    assert run(_add(db_path, *add)) == 2
    assert "须以管理员登录" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("Clerk-pass-9\n"))
    assert run(_add(db_path, *cli_as("admin", "secret-123"), *add)) == 0
    assert run(_add(db_path, *cli_as("admin", "secret-123"), "user", "list")) == 0
    listing = capsys.readouterr().out
    assert "clerk_c" in listing and "干事丙" in listing and "工会干事" in listing
    monkeypatch.setattr(sys, "stdin", io.StringIO("x\n"))
    assert (
        run(_add(db_path, *cli_as("admin", "secret-123"), "user", "passwd", "clerk_c", "--password-stdin"))
        == 2
    )
    assert "密码至少需要" in capsys.readouterr().err
    assert run(_add(db_path, "user", "list")) == 2  # no sign-in, no list of accounts
    assert run(_add(db_path, *cli_as("clerk_a", "secret-123"), "user", "list")) == 2  # nor for a clerk
    assert "无权" in capsys.readouterr().err


def test_user_add_admin_on_a_database_with_users_fails_without_an_admin_sign_in(
    db_path, org, capsys, monkeypatch, cli_as
):
    """Issue #17, acceptance: ``unionoffice user add x --role admin`` hands out nothing."""
    import io

    from sqlalchemy import create_engine, text

    for extra in ([], cli_as("clerk_a", "secret-123"), cli_as("admin", "wrong-password-1")):
        monkeypatch.setattr(sys, "stdin", io.StringIO("Strong-pass-2026\n"))
        assert run(_add(db_path, *extra, "user", "add", "x", "--role", "admin", "--password-stdin")) == 2
        monkeypatch.setattr(sys, "stdin", io.StringIO("Strong-pass-2026\n"))
        assert run(_add(db_path, *extra, "user", "passwd", "admin", "--password-stdin")) == 2
    with create_engine(f"sqlite:///{db_path}").connect() as conn:
        assert conn.execute(text("select count(*) from users where username='x'")).scalar() == 0
    capsys.readouterr()


def test_the_first_admin_of_an_empty_database_needs_no_sign_in(db_path, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Strong-pass-2026\n"))
    assert run(_add(db_path, "user", "add", "clerk", "--role", "clerk", "--password-stdin")) == 2
    assert "第一个账号必须是管理员" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("Strong-pass-2026\n"))
    assert run(_add(db_path, "user", "add", "boss", "--role", "admin", "--password-stdin")) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("Strong-pass-2026\n"))
    assert run(_add(db_path, "user", "add", "boss2", "--role", "admin", "--password-stdin")) == 2


def test_unknown_branch_is_a_clear_error_not_a_traceback(db, db_path, org, capsys, monkeypatch, cli_as):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Clerk-pass-9\n"))
    signed = cli_as("admin", "secret-123")
    assert (
        run(
            _add(
                db_path,
                *signed,
                "user",
                "add",
                "c2",
                "--role",
                "clerk",
                "--branch",
                "不存在",
                "--password-stdin",
            )
        )
        == 2
    )
    assert "找不到分工会“不存在”" in capsys.readouterr().err


def test_module_commands_need_a_sign_in_and_act_as_that_user(db_path, org, capsys, cli_as, tmp_path):
    out = tmp_path / "rates.xlsx"
    assert run(_add(db_path, "members", "rates", "--out", str(out))) == 2
    assert "--user" in capsys.readouterr().err
    assert run(_add(db_path, *cli_as("viewer", "secret-123"), "members", "rates", "--out", str(out))) == 0


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
    assert conn.execute("select count(*) from members where id_number like 'e2:%'").fetchone()[0] == 200
    # Holders: the admin, the five clerks and the recovery code; judges and the viewer hold no key.
    assert conn.execute("select count(*) from wrapped_keys").fetchone()[0] == 7
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
                [
                    (m.name, str(m.id_number), m.branch_id, m.status)
                    for m in s.execute(select(Member).order_by(Member.id)).scalars()
                ]
            )
        db.dispose()
    assert dumps[0] == dumps[1] and len(dumps[0]) == size
    from unionoffice.foundation.identity import validate_id_number

    assert all(validate_id_number(row[1]) for row in dumps[0])
