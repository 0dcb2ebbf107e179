"""Recipient lists from spreadsheets and typed text, template files, and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from unionoffice.certificates.sources import get_source
from unionoffice.certificates.templates import get_template, list_templates, save_template
from unionoffice.foundation.errors import UserError, ValidationError

from .conftest import ADMIN, YEAR
from .helpers import pdffonts, pdftotext, squeeze

ROOT = Path(__file__).resolve().parents[2]


def workbook(path: Path, rows: list[list]) -> Path:  # type: ignore[type-arg]
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_xlsx_maps_columns_by_chinese_header_after_a_title_row(db, tmp_path: Path) -> None:
    from unionoffice.members.models import Member

    with db.read() as s:
        emp_no, member_id = s.execute(select(Member.employee_no, Member.id).limit(1)).one()
    path = workbook(
        tmp_path / "l.xlsx",
        [
            ["2026年职工技能竞赛获奖名单"],
            ["序号", "选手", "获奖等级", "比赛", "工号", "工种"],
            [1, "王 䶮", "一等奖", "2026年职工职业技能竞赛", emp_no, "仪表工赛项"],
            [2, "张堃", "二等奖", "2026年职工职业技能竞赛", None, None],
        ],
    )
    people = get_source("xlsx").recipients(db, ADMIN, str(path), get_template("award_a4"))
    assert [p.name for p in people] == ["王䶮", "张堃"]
    assert people[0].member_id == member_id and people[1].member_id is None
    assert people[0].fields["award"] == "一等奖" and people[0].fields["project"] == "仪表工赛项"
    assert people[1].fields["project"] == ""


def test_xlsx_problems_name_row_and_column(db, tmp_path: Path) -> None:
    path = workbook(tmp_path / "l.xlsx", [["姓名", "竞赛名称"], ["王五", "竞赛"]])
    with pytest.raises(ValidationError, match="奖项：缺少这一列"):
        get_source("xlsx").recipients(db, ADMIN, str(path), get_template("award_a4"))
    path = workbook(
        tmp_path / "m.xlsx", [["姓名", "竞赛名称", "奖项", "工号"], ["王五", "竞赛", "", "E999999"]]
    )
    with pytest.raises(ValidationError) as caught:
        get_source("xlsx").recipients(db, ADMIN, str(path), get_template("award_a4"))
    assert "第 2 行 奖项：不能为空" in str(caught.value) or "第 2 行" in str(caught.value)


def test_typed_list_positional_or_with_header(db) -> None:
    template = get_template("honour_a4")
    source = get_source("text")
    people = source.recipients(db, ADMIN, "王䶮\t诚信心连心人\t事迹一\n张堃,先进生产者,事迹二", template)
    assert [(p.name, p.fields["title"]) for p in people] == [("王䶮", "诚信心连心人"), ("张堃", "先进生产者")]
    people = source.recipients(db, ADMIN, "表彰内容\t姓名\t称号\n事迹\t李喆\t标兵", template)
    assert (people[0].name, people[0].fields["title"], people[0].fields["citation"]) == (
        "李喆",
        "标兵",
        "事迹",
    )
    with pytest.raises(ValidationError, match="第 1 行 荣誉称号"):
        source.recipients(db, ADMIN, "王䶮", template)
    with pytest.raises(UserError):
        source.recipients(db, ADMIN, "  \n ", template)


def test_shipped_templates_load_and_a_broken_one_is_refused(tmp_path: Path) -> None:
    keys = {t.key for t in list_templates()}
    assert {"honour_a4", "award_a4", "booklet_inner"} <= keys
    template = get_template("获奖证书")
    template.fields[1].text = "{nmae}"
    with pytest.raises(UserError, match="nmae"):
        save_template(template)
    bad = tmp_path / "data" / "templates"
    bad.mkdir(parents=True)
    raw = json.loads(get_template("honour_a4").to_json())
    raw["number_prefix"] = "xlx-{year}-"
    (bad / "honour_a4.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match="编号前缀"):
        list_templates()


def cli(*args: str, env_db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    import os

    password = tmp_path / "admin-password.txt"
    password.write_text("demo1234", encoding="utf-8")
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT / "src"),
        UNIONOFFICE_DATA_DIR=str(tmp_path / "data"),
        UNIONOFFICE_CACHE_DIR=str(tmp_path / "cache"),
        UNIONOFFICE_NO_SYSTEM_FONTS="1",
        UNIONOFFICE_PASSWORD_FILE=str(password),  # the demo admin signs in: jobs run as a user
    )
    return subprocess.run(
        [sys.executable, "-m", "unionoffice", "--db", str(env_db), "--user", "admin", "certificates", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_command_line_templates_issue_verify(db, tmp_path: Path) -> None:
    path = Path(db.url.database)
    listing = cli("templates", env_db=path, tmp_path=tmp_path)
    assert listing.returncode == 0
    assert (
        "获奖证书（award_a4）" in listing.stdout
        and "防伪二维码" in listing.stdout
        and "名单列：姓名" in listing.stdout
    )

    sheet = workbook(
        tmp_path / "名单.xlsx", [["姓名", "称号", "事迹"], ["吉𠮷祥", "诚信心连心人", "恪守诚信，被评为"]]
    )
    out = tmp_path / "out.pdf"
    issued = cli(
        "issue",
        "--template",
        "荣誉证书",
        "--source",
        str(sheet),
        "--out",
        str(out),
        "--date",
        f"{YEAR}-03-08",
        env_db=path,
        tmp_path=tmp_path,
    )
    assert issued.returncode == 0, issued.stderr
    assert f"XLX-{YEAR}-RY-0001" in issued.stdout
    assert "吉𠮷祥同志" in squeeze(pdftotext(out))
    assert all(r["emb"] == "yes" for r in pdffonts(out))

    assert cli("verify", f"XLX-{YEAR}-RY-0001", env_db=path, tmp_path=tmp_path).returncode == 0
    forged = cli("verify", f"UOC1:XLX-{YEAR}-RY-0001:AAAAAAAAAAAAAAAA", env_db=path, tmp_path=tmp_path)
    assert forged.returncode == 1 and "伪造" in forged.stdout

    bad = cli(
        "issue",
        "--template",
        "荣誉证书",
        "--source",
        str(tmp_path / "none.xlsx"),
        "--out",
        str(out),
        env_db=path,
        tmp_path=tmp_path,
    )
    assert bad.returncode != 0 and "错误" in bad.stderr and "Traceback" not in bad.stderr
