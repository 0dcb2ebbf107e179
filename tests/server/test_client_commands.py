"""Client commands through the union server: ``unionoffice --server URL --user NAME …``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from factories import add_member
from server_harness import RunningServer

from unionoffice.cli import run
from unionoffice.db.database import Database
from unionoffice.foundation.identity import generate_id_number


@pytest.fixture
def signed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    password = tmp_path / "password"
    password.write_text("secret-123", encoding="utf-8")
    monkeypatch.setenv("UNIONOFFICE_PASSWORD_FILE", str(password))


def test_members_export_and_import_through_the_server(
    server: RunningServer, db: Database, org: dict[str, int], tmp_path: Path, signed: None, capsys
) -> None:  # type: ignore[no-untyped-def]
    add_member(db, org["branch_a"], org["group_a"], name="张坤", seq=1)
    add_member(db, org["branch_b"], org["group_b"], name="王芳", seq=2)
    target = tmp_path / "名册.xlsx"
    assert run(["--server", server.url, "--user", "clerk_a", "members", "export", str(target)]) == 0
    names = [row[0] for row in openpyxl.load_workbook(target).active.iter_rows(min_row=2, values_only=True)]
    assert "张坤" in names and "王芳" not in names  # the clerk's own branch, decided by the server

    template = tmp_path / "模板.xlsx"
    assert run(["members", "template", str(template)]) == 0
    book = openpyxl.load_workbook(template)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    sheet.delete_rows(2, sheet.max_row)
    values = {
        "姓名": "赵磊",
        "身份证号": generate_id_number("410702", date(1988, 3, 3), 11, "M"),
        "分工会": "心兴分工会",
        "入会日期": "2019-04-01",
    }
    sheet.append([values.get(str(h)) for h in headers])
    upload = tmp_path / "导入.xlsx"
    book.save(upload)
    assert run(["--server", server.url, "--user", "clerk_a", "members", "import", str(upload)]) == 0
    assert "新增 1 名" in capsys.readouterr().out
    assert run(["--server", server.url, "--user", "clerk_b", "members", "export", str(target)]) == 0
    names = [row[0] for row in openpyxl.load_workbook(target).active.iter_rows(min_row=2, values_only=True)]
    assert "赵磊" not in names


def test_user_list_and_audit_verify_through_the_server(
    server: RunningServer, org: dict[str, int], signed: None, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert run(["--server", server.url, "--user", "admin", "user", "list"]) == 0
    listed = capsys.readouterr().out
    assert "clerk_a" in listed and "工会干事" in listed
    assert run(["--server", server.url, "--user", "admin", "audit", "verify"]) == 0
    assert "操作日志完整" in capsys.readouterr().out
    assert run(["--server", server.url, "--user", "clerk_a", "user", "list"]) == 2  # refused by the server
    assert "无权" in capsys.readouterr().err


def test_rates_and_the_monthly_return_through_the_server(
    server: RunningServer, db: Database, org: dict[str, int], tmp_path: Path, signed: None, capsys
) -> None:  # type: ignore[no-untyped-def]
    add_member(db, org["branch_a"], org["group_a"], name="张坤", seq=1)
    base = ["--server", server.url, "--user", "admin", "members"]
    assert run([*base, "rates", "--on", "2026-12-01"]) == 0
    assert "保留会籍" in capsys.readouterr().out
    report = tmp_path / "增减表.xlsx"
    assert run([*base, "monthly-return", "--month", "2026-11", "--out", str(report)]) == 0
    assert "月末" in capsys.readouterr().out and openpyxl.load_workbook(report).active.max_row > 1


def test_a_command_that_opens_the_database_refuses_a_union_server(
    server: RunningServer, org: dict[str, int], tmp_path: Path, signed: None, capsys
) -> None:  # type: ignore[no-untyped-def]
    """Never a silent write to this PC's own file while the union server is the database."""
    from unionoffice.foundation.paths import data_dir

    before = sorted(Path(data_dir()).rglob("*"))
    assert (
        run(["--server", server.url, "--user", "admin", "members", "card-pattern", "HX{year}{seq:05}"]) == 2
    )
    assert "--db" in capsys.readouterr().err
    assert sorted(Path(data_dir()).rglob("*")) == before


def test_the_server_needs_a_named_user(server: RunningServer, org: dict[str, int], capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["--server", server.url, "user", "list"]) == 2
    assert "--user" in capsys.readouterr().err


def test_a_wrong_password_is_refused(
    server: RunningServer, org: dict[str, int], tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    password = tmp_path / "password"
    password.write_text("not-the-password-1", encoding="utf-8")
    monkeypatch.setenv("UNIONOFFICE_PASSWORD_FILE", str(password))
    assert run(["--server", server.url, "--user", "admin", "user", "list"]) == 2
    assert "用户名或密码不正确" in capsys.readouterr().err


def test_which_server_a_start_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice.app import union_server
    from unionoffice.cli import build_parser
    from unionoffice.client.command_line import union_server_of
    from unionoffice.foundation.settings import Settings

    parse = build_parser().parse_args
    settings = Settings.load()
    assert union_server(parse([]), settings) is None  # this office's own file
    given = parse(["--server", "https://union.example.cn:8443", "--ca", "/etc/ca.crt"])
    assert union_server(given, settings) == ("https://union.example.cn:8443", "/etc/ca.crt")
    remembered = Settings.load()
    assert (remembered.server_url, remembered.server_ca) == ("https://union.example.cn:8443", "/etc/ca.crt")
    assert union_server(parse([]), remembered) == ("https://union.example.cn:8443", "/etc/ca.crt")
    assert union_server(parse(["--db", "office.sqlite"]), remembered) is None  # a named file wins
    assert union_server(parse(["--demo"]), remembered) is None
    assert union_server_of(parse(["user", "list"])) == ("https://union.example.cn:8443", "/etc/ca.crt")
    assert union_server_of(parse(["--db", "x.sqlite", "user", "list"])) is None
    monkeypatch.setenv("UNIONOFFICE_DB_URL", "sqlite:///x.sqlite")
    assert union_server_of(parse(["user", "list"])) is None
