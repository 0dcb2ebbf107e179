"""Member import: messy office sheets, the preview, all-or-nothing, updates as a diff, hostile files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from unionoffice.cli import run
from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.foundation.identity import generate_id_number
from unionoffice.foundation.importer import ImportMode
from unionoffice.members import lifecycle
from unionoffice.members.importing import apply_import, plan_import, write_member_template
from unionoffice.members.models import Member, MemberEvent, id_hashes

from .conftest import actor, branch_id, member_count

HEADER = ["序号", "名字", "身份证号码", "性别", "手机", "所属分工会", "小组", "入职时间", "入会时间", "工种"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def ident(n: int, gender: str = "M") -> str:
    return generate_id_number("410702", date(1985, 1, 1 + n % 28), n % 500, gender)


def good_rows(count: int = 3) -> list[list]:
    return [
        [
            i + 1,
            f"测试{'甲乙丙丁戊己庚辛壬癸'[i % 10]}",
            ident(i),
            "男",
            f"1391234{i:04d}",
            "心兴分工会",
            "合成车间小组",
            "2019-05-01",
            "2019-05-20",
            "电工",
        ]
        for i in range(count)
    ]


def xlsx(path: Path, rows: list[list], title: bool = True, header: list[str] = HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append(["2024 年会员名册（心兴分工会）"])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_messy_sheet_is_normalised(mdb, tmp_path):
    number = ident(7)
    rows = [
        [
            1,
            " 张 坤 ",
            number.translate(FW).replace("X", "x"),
            "男 ",
            "139 1234 5678",
            "心兴",
            "合成车间",
            "2019.05.01",
            "２０１９年５月２０日",
            " 电工 ",
        ]
    ]
    if not number.endswith("X"):
        rows[0][2] = number[:-1].translate(FW) + number[-1]
    plan = plan_import(mdb, actor(mdb, "admin"), xlsx(tmp_path / "m.xlsx", rows))
    assert plan.problems == [] and len(plan.new_rows) == 1
    apply_import(mdb, actor(mdb, "admin"), plan, ImportMode.ALL_OR_NOTHING)
    with mdb.read() as s:
        m = s.execute(select(Member).where(Member.id_hash == id_hashes(number)[0])).scalar_one()
    assert (m.name, m.phone, m.trade, m.hire_date, m.join_date, m.branch_id, m.name_initials) == (
        "张坤",
        "13912345678",
        "电工",
        date(2019, 5, 1),
        date(2019, 5, 20),
        branch_id(mdb, "心兴分工会"),
        "zk",
    )


def test_lower_case_x_and_csv_in_gbk_and_utf8_bom(mdb, tmp_path):
    number = next(ident(n) for n in range(1000) if ident(n).endswith("X"))
    text = f"姓名,身份证号,分工会,入会日期\n王小明,{number.lower()},氢力分工会,2020/1/2\n"
    for encoding in ("gbk", "utf-8-sig", "utf-8"):
        path = tmp_path / f"m-{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        plan = plan_import(mdb, actor(mdb, "admin"), path)
        assert plan.problems == [], encoding
        assert (
            plan.new_rows[0].values["name"] == "王小明"
            and plan.new_rows[0].values["id_number"].number == number
        )


def test_problems_are_listed_by_row_and_column_and_nothing_is_written(mdb, tmp_path):
    rows = good_rows(4)
    rows[1][2] = rows[1][2][:-1] + ("0" if rows[1][2][-1] != "0" else "1")  # broken check digit
    rows[2][7] = "2019-02-30"
    rows[3][7], rows[3][8] = "", ""
    rows[0][5] = "不存在分工会"
    before = member_count(mdb)
    plan = plan_import(mdb, actor(mdb, "admin"), xlsx(tmp_path / "bad.xlsx", rows))
    found = {(p.row, p.field) for p in plan.problems}
    assert found == {(3, "分工会"), (4, "身份证号"), (5, "入职日期"), (6, "入会日期")}
    with pytest.raises(ValidationError):
        apply_import(mdb, actor(mdb, "admin"), plan, ImportMode.ALL_OR_NOTHING)
    assert member_count(mdb) == before


def test_valid_rows_only_imports_the_rest_in_one_go(mdb, tmp_path):
    rows = good_rows(4)
    rows[3][2] = "12345"
    before = member_count(mdb)
    plan = plan_import(mdb, actor(mdb, "admin"), xlsx(tmp_path / "some.xlsx", rows))
    result = apply_import(mdb, actor(mdb, "admin"), plan, ImportMode.VALID_ROWS_ONLY)
    assert (result.inserted, result.rejected) == (3, 1)
    assert member_count(mdb) == before + 3
    with mdb.read() as s:
        joins = s.execute(
            select(
                MemberEvent.member_id,
                MemberEvent.event_date,
                MemberEvent.to_branch_id,
                Member.join_date,
                Member.branch_id,
            )
            .join(Member, Member.id == MemberEvent.member_id)
            .where(MemberEvent.reason == "Excel 导入")
        ).all()
    # One 入会 line per new member, dated and placed as that member's own record.
    assert len({j.member_id for j in joins}) == len(joins) == 3
    assert all(j.event_date == j.join_date and j.to_branch_id == j.branch_id for j in joins)


def test_existing_members_are_shown_as_a_diff_then_updated(mdb, tmp_path):
    admin = actor(mdb, "admin")
    apply_import(
        mdb,
        admin,
        plan_import(mdb, admin, xlsx(tmp_path / "a.xlsx", good_rows(2))),
        ImportMode.ALL_OR_NOTHING,
    )
    rows = good_rows(2)
    rows[0][4] = "13800000000"
    rows[1][5], rows[1][6] = "氢力分工会", "储运小组"
    rows[1][9] = ""  # a blank cell never erases what the register has
    plan = plan_import(mdb, admin, xlsx(tmp_path / "b.xlsx", rows))
    assert plan.new_rows == [] and plan.unchanged == 0
    diff = {u.row_number: [(c.field, c.before, c.after) for c in u.changes] for u in plan.updates}
    assert diff == {
        3: [("手机号", "13912340000", "13800000000")],
        4: [("分工会", "心兴分工会", "氢力分工会"), ("工会小组", "合成车间小组", "储运小组")],
    }
    apply_import(mdb, admin, plan, ImportMode.ALL_OR_NOTHING)
    with mdb.read() as s:
        moved = s.execute(select(Member).where(Member.id_hash == id_hashes(ident(1))[0])).scalar_one()
    assert moved.branch_id == branch_id(mdb, "氢力分工会") and moved.trade == "电工"
    assert lifecycle.history(mdb, admin, moved.id)[-1].kind.value == "transfer"


def test_preview_gone_stale_is_refused(mdb, tmp_path):
    admin = actor(mdb, "admin")
    path = xlsx(tmp_path / "a.xlsx", good_rows(2))
    plan = plan_import(mdb, admin, path)
    apply_import(mdb, admin, plan_import(mdb, admin, path), ImportMode.ALL_OR_NOTHING)
    before = member_count(mdb)
    with pytest.raises(UserError, match="重新预览"):
        apply_import(mdb, admin, plan, ImportMode.ALL_OR_NOTHING)
    assert member_count(mdb) == before


def test_clerk_imports_only_into_own_branch(mdb, tmp_path):
    clerk = actor(mdb, "clerk_xx")
    rows = good_rows(2)
    rows[1][5] = "黑色生态分工会"
    rows[0][5] = ""  # blank: a clerk with one branch union imports into it
    plan = plan_import(mdb, clerk, xlsx(tmp_path / "c.xlsx", rows))
    assert [(p.row, p.field) for p in plan.problems] == [(4, "分工会")]
    assert plan.resolved[3][0] == branch_id(mdb, "心兴分工会")


def test_duplicate_numbers_in_one_file_flag_both_rows(mdb, tmp_path):
    rows = good_rows(2)
    rows[1][2] = rows[0][2]
    plan = plan_import(mdb, actor(mdb, "admin"), xlsx(tmp_path / "d.xlsx", rows))
    assert {p.row for p in plan.problems if p.field == "身份证号"} == {3, 4}


def test_template_round_trips(mdb, tmp_path):
    path = tmp_path / "tpl.xlsx"
    write_member_template(path)
    plan = plan_import(mdb, actor(mdb, "admin"), path)
    assert plan.problems == [] and len(plan.new_rows) == 1


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.xlsx", b"", "空"),
        ("zip.xlsx", b"PK\x03\x04 not really a zip", "Excel"),
        ("binary.xlsx", b"\x00\x01\x02garbage" * 100, "文件"),
        ("text.xlsx", "姓名,身份证号\n张三,1\n".encode(), "Excel"),
        ("other.csv", "姓名,年龄\n张三,30\n".encode(), "身份证号"),
        ("latin.csv", b"\xff\xfe\x00\xd8garbage\x00", "表头|编码|文件"),
    ],
)
def test_hostile_files_end_with_a_message_and_an_unchanged_database(mdb, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = member_count(mdb)
    with pytest.raises(UserError, match=message):
        plan_import(mdb, actor(mdb, "admin"), path)
    assert member_count(mdb) == before


def test_formulas_and_huge_cells(mdb, tmp_path):
    rows = good_rows(2)
    rows[0][1] = "=1/0"
    rows[1][9] = "长" * 5000
    plan = plan_import(mdb, actor(mdb, "admin"), xlsx(tmp_path / "f.xlsx", rows))
    assert {p.row for p in plan.problems} == {3, 4}


def test_a_million_blank_rows_do_not_hang(mdb, tmp_path):
    path = tmp_path / "blank.csv"
    body = (
        "姓名,身份证号,分工会,入会日期\n" + f"王小明,{ident(3)},心兴分工会,2020-01-02\n" + ",,,\n" * 1_000_000
    )
    path.write_text(body, encoding="utf-8")
    plan = plan_import(mdb, actor(mdb, "admin"), path)
    assert len(plan.new_rows) == 1


def test_cli_import_reports_rows_and_exits_non_zero(mdb, tmp_path, capsys, cli_as):
    rows = good_rows(2)
    rows[1][2] = "123"
    path = xlsx(tmp_path / "cli.xlsx", rows)
    before = member_count(mdb)
    assert run(["--db", str(mdb.sqlite_path), "members", "import", str(path)]) == 2  # nobody signed in
    db_file = [str(mdb.sqlite_path), *cli_as("admin", "demo1234")]
    assert run(["--db", *db_file, "members", "import", str(path), "--dry-run"]) == 1
    assert run(["--db", *db_file, "members", "import", str(path)]) == 1
    out = capsys.readouterr().out
    assert "第 4 行「身份证号」" in out
    assert member_count(mdb) == before
    assert run(["--db", *db_file, "members", "import", str(path), "--valid-only"]) == 1
    assert member_count(mdb) == before + 1
    good = xlsx(tmp_path / "good.xlsx", good_rows(5)[2:])
    assert run(["--db", *db_file, "members", "import", str(good)]) == 0
    # The job ran as the signed-in user and says so in the audit log (issue #17, point 9).
    from unionoffice.core.audit.models import AuditEntry

    with mdb.read() as s:
        who = (
            s.execute(
                select(AuditEntry.username).where(
                    AuditEntry.action == "import", AuditEntry.entity == "members"
                )
            )
            .scalars()
            .all()
        )
        created = set(
            s.execute(
                select(AuditEntry.username).where(
                    AuditEntry.action == "create", AuditEntry.entity == "members"
                )
            ).scalars()
        )
    assert who == ["admin", "admin"] and created <= {"admin"}
