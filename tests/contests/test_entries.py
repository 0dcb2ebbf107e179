"""Branch entry lists: every problem named by row with nothing written, the eligibility rules, one
entry per person per trade, quotas, withdrawals, the command line and the contract."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from unionoffice.contests import contract as c
from unionoffice.contests.contract import EntryRules
from unionoffice.contests.labels import EntryStatus, SkillLevel
from unionoffice.contests.models import Contestant
from unionoffice.contests.service import entrants, entries, packages
from unionoffice.contests.service.definition import create_contest
from unionoffice.core import staging
from unionoffice.core.audit.models import AuditEntry
from unionoffice.foundation.contract import ById, FileData
from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.importer.preview import ImportApply
from unionoffice.foundation.xlsx import Sheet, write_xlsx

from .conftest import World, standard_definition

HEADER = ["序号", "工号", "姓名", "工种", "技能等级", "基地"]
BEFORE = date(2026, 11, 1)  # before the standard contest's day


def sheet(path: Path, rows: list[list[object]]) -> Path:
    write_xlsx(path, [Sheet("报名表", HEADER, [[n, *row] for n, row in enumerate(rows, start=1)])])
    return path


def row(world_member: int, level: str = "高级工", trade: str = "电工") -> list[object]:
    """A row for the world's member ``world_member`` (0–39: ten per branch, 心兴 first)."""
    branch, n = divmod(world_member, 10)
    return [f"E{branch}{n:03d}", f"{['心兴', '氢力', '蓝色', '黑色'][branch]}{n:02d}", trade, level, "新乡"]


def entered(world: World, contest_id: int) -> list[tuple[str, str, int | None, str]]:
    with world.db.read() as s:
        return list(
            s.execute(
                select(Contestant.bib, Contestant.name, Contestant.skill_level, Contestant.status)
                .where(Contestant.contest_id == contest_id)
                .order_by(Contestant.bib)
            ).all()
        )


def plan(world: World, contest_id: int, path: Path, who: str = "admin") -> entries.EntryPlan:
    return entries.plan_entries(world.db, world.actor(who), contest_id, path)


def problems(p: entries.EntryPlan) -> list[tuple[int | None, str, str]]:
    return [(x.row, x.field, x.message) for x in p.problems]


def test_a_good_list_enters_everyone_with_bibs_and_levels(world, contest_id, tmp_path):  # type: ignore[no-untyped-def]
    path = sheet(tmp_path / "心兴.xlsx", [row(0), row(1, "技师"), row(2, "中级工（四级）")])
    p = plan(world, contest_id, path)
    assert p.problems == [] and len(p.entries) == 3
    outcome = entries.apply_entries(world.db, world.admin, p, ImportMode.ALL_OR_NOTHING)
    assert outcome.inserted == 3
    assert entered(world, contest_id) == [
        ("001", "心兴00", SkillLevel.SENIOR, "entered"),
        ("002", "心兴01", SkillLevel.TECHNICIAN, "entered"),
        ("003", "心兴02", SkillLevel.INTERMEDIATE, "entered"),
    ]
    with world.db.read() as s:
        audit = s.execute(select(AuditEntry).where(AuditEntry.entity == "contestants")).scalars().all()
    assert len(audit) == 1 and "新增 3 名选手" in audit[0].summary


def test_a_non_member_and_a_duplicate_are_named_by_row_and_nothing_is_written(world, contest_id, tmp_path):  # type: ignore[no-untyped-def]
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[3]])  # 心兴03: 001
    rows = [row(0), ["E9999", "路人甲", "电工", "高级工", "新乡"], row(1), row(3)]
    p = plan(world, contest_id, sheet(tmp_path / "bad.xlsx", rows))
    assert problems(p) == [
        (3, "工号", "会员名册中没有工号 E9999：不是会员，不能报名"),
        (5, "工号", "心兴03 已报名本竞赛（参赛号 001），不能重复报名"),
    ]
    with pytest.raises(ValidationError) as refused:
        entries.apply_entries(world.db, world.admin, p, ImportMode.ALL_OR_NOTHING)
    assert {x.row for x in refused.value.problems} == {3, 5}
    assert [e[1] for e in entered(world, contest_id)] == ["心兴03"]
    # The clerk may choose to enter the good rows only.
    assert entries.apply_entries(world.db, world.admin, p, ImportMode.VALID_ROWS_ONLY).inserted == 2


def test_the_same_number_twice_in_one_file_flags_both_rows(world, contest_id, tmp_path):  # type: ignore[no-untyped-def]
    p = plan(world, contest_id, sheet(tmp_path / "twice.xlsx", [row(0), row(1), row(0)]))
    assert [(r, f) for r, f, _m in problems(p)] == [(2, "工号"), (4, "工号")]
    assert "与第 4 行重复" in p.problems[0].message and [e.row_number for e in p.entries] == [3]


def test_eligibility_rules_trade_level_age_base_name_and_scope(world, tmp_path):  # type: ignore[no-untyped-def]
    rules = EntryRules(min_level=2, max_level=4, min_age=18, max_age=40, branch_quota=2)
    contest_id = create_contest(world.db, world.admin, standard_definition(entry=rules))
    rows = [
        row(0, "初级工"),  # 2: level too low
        row(1, "高级技师"),  # 3: level too high
        row(2, trade="焊工"),  # 4: another trade
        [*row(3)[:4], "江西"],  # 5: another base
        ["E0004", "张三", "电工", "高级工", "新乡"],  # 6: not the register's name
        row(5, ""),  # 7: level required by the rules
        row(12),  # 8: 氢力, fine for an admin
    ]
    p = plan(world, contest_id, sheet(tmp_path / "rules.xlsx", rows))
    found = {r: m for r, _f, m in problems(p)}
    assert set(found) == {2, 3, 4, 5, 6, 7} and [e.row_number for e in p.entries] == [8]
    assert "初级工低于报名要求（最低中级工）" in found[2]
    assert "高级技师高于报名要求（最高技师）" in found[3]
    assert "本竞赛的工种是“电工”，不能报“焊工”" in found[4]
    assert "本竞赛在新乡基地举行，不是“江西”" in found[5]
    assert "与名册不符：工号 E0004 在名册中是“心兴04”" in found[6]
    assert "本竞赛限定技能等级，请填写" in found[7]
    # Everyone in the world was born on 1990-01-01: 36 on the contest day.
    young = replace(rules, max_age=35)
    contest_id = create_contest(world.db, world.admin, standard_definition(name="青年组", entry=young))
    p = plan(world, contest_id, sheet(tmp_path / "age.xlsx", [row(0)]))
    assert problems(p) == [(2, "年龄", "心兴00 比赛当天 36 岁，不在 18～35 岁之间")]
    older = rules
    contest_id = create_contest(world.db, world.admin, standard_definition(name="另一个", entry=older))
    p = plan(world, contest_id, sheet(tmp_path / "clerk.xlsx", [row(0), row(12), row(1), row(2)]), "clerk_xx")
    assert problems(p) == [
        (3, "分工会", "氢力02 不属于您负责的分工会"),
        (5, "分工会", "超出分工会名额：每个分工会限报 2 人"),
    ]


def test_register_trade_must_match_and_one_entry_per_person_per_trade(world, contest_id, tmp_path):  # type: ignore[no-untyped-def]
    with world.db.transaction(None) as s:
        from unionoffice.members.models import Member

        s.execute(Member.__table__.update().where(Member.employee_no == "E0001").values(trade="焊工"))
    other = create_contest(world.db, world.admin, standard_definition(name="2026年新乡电工第二场"))
    entrants.register_members(world.db, world.admin, other, [world.member_ids[2]])
    p = plan(world, contest_id, sheet(tmp_path / "trade.xlsx", [row(0), row(1), row(2)]))
    assert problems(p) == [
        (3, "工种", "名册中 心兴01 的工种是“焊工”，不是“电工”"),
        (4, "工号", "心兴02 已报名同年度同工种的“2026年新乡电工第二场”，每人每个工种只能报一项"),
    ]


def test_withdrawal_with_a_reason_then_entering_again(world, contest_id, tmp_path):  # type: ignore[no-untyped-def]
    entries.apply_entries(
        world.db,
        world.admin,
        plan(world, contest_id, sheet(tmp_path / "a.xlsx", [row(0), row(1)])),
        ImportMode.ALL_OR_NOTHING,
    )
    with world.db.read() as s:
        first = s.execute(select(Contestant.id).where(Contestant.bib == "001")).scalar_one()
    with pytest.raises(ValidationError, match="退赛理由"):
        entries.withdraw(world.db, world.admin, first, " ", today=BEFORE)
    entries.withdraw(world.db, world.admin, first, "工作调动", today=BEFORE)
    with pytest.raises(UserError, match="已经退赛"):
        entries.withdraw(world.db, world.admin, first, "工作调动", today=BEFORE)
    assert entered(world, contest_id)[0][3] == EntryStatus.WITHDRAWN
    assert entrants.list_contests(world.db, world.admin)[0].contestants == 1
    p = plan(world, contest_id, sheet(tmp_path / "b.xlsx", [row(0, "技师")]))
    assert p.problems == [] and p.entries[0].revive == first
    entries.apply_entries(world.db, world.admin, p, ImportMode.ALL_OR_NOTHING)
    assert entered(world, contest_id)[0] == ("001", "心兴00", SkillLevel.TECHNICIAN, "entered")
    late = replace(standard_definition(name="已结束"), contest_date=standard_definition().contest_date)
    done = create_contest(world.db, world.admin, late)
    entrants.register_members(world.db, world.admin, done, [world.member_ids[5]])
    with world.db.read() as s:
        them = s.execute(select(Contestant.id).where(Contestant.contest_id == done)).scalar_one()
    with pytest.raises(UserError, match="比赛已于 2026-11-20 举行"):
        entries.withdraw(world.db, world.admin, them, "身体原因", today=date(2026, 11, 21))


def test_withdrawn_contestants_leave_packages_and_results(world, contest_id, tmp_path):  # type: ignore[no-untyped-def]
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[i] for i in (2, 3)])
    with world.db.read() as s:
        first = s.execute(select(Contestant.id).where(Contestant.bib == "001")).scalar_one()
    entries.withdraw(world.db, world.admin, first, "身体原因", today=BEFORE)
    from .test_operations import _event

    entrants.assign_judge(world.db, world.admin, _event(world, contest_id, "实操考核"), world.users["judge3"])
    made = packages.export_packages(world.db, world.admin, contest_id, tmp_path / "pk")
    assert made[0].contestants == 1
    from unionoffice.contests.service.results import compute_results

    r = compute_results(world.db, world.admin, contest_id)
    assert [(row.bib, row.withdrawn, row.reason) for row in r.rows] == [
        ("002", False, "缺考（没有任何评分），不计入参赛人数"),
        ("001", True, "已退赛：身体原因"),
    ]


def test_import_entries_from_the_command_line(world, contest_id, tmp_path, capsys, cli_as):  # type: ignore[no-untyped-def]
    from factories import hold_test_keys

    from unionoffice.cli import run

    hold_test_keys(world.db, "admin", "demo1234")  # the keys this database's values are under
    admin = cli_as("admin", "demo1234")  # module commands act as a signed-in user
    path = sheet(tmp_path / "cli.xlsx", [row(0), ["E9999", "路人甲", "电工", "高级工", "新乡"]])
    world.db.dispose()
    assert (
        run(["--db", str(world.path), *admin, "contest", "import-entries", "电工", str(path), "--dry-run"])
        == 2
    )
    out = capsys.readouterr().out
    assert "第 3 行「工号」：会员名册中没有工号 E9999" in out and "未写入" in out
    assert entered(world, contest_id) == []
    good = sheet(tmp_path / "good.xlsx", [row(0), row(1)])
    assert (
        run(["--db", str(world.path), *admin, "contest", "import-entries", "电工", str(good), "--dry-run"])
        == 0
    )
    assert "可报名 2 人" in capsys.readouterr().out and entered(world, contest_id) == []
    assert run(["--db", str(world.path), *admin, "contest", "import-entries", "电工", str(good)]) == 0
    assert "已报名 2 人" in capsys.readouterr().out and len(entered(world, contest_id)) == 2


def test_entries_through_the_contract_check_then_write(world, contest_id, tmp_path, services_as):  # type: ignore[no-untyped-def]
    clerk = services_as(world.db, world.actor("clerk_xx"))
    data = sheet(tmp_path / "c.xlsx", [row(0), row(1), row(12)]).read_bytes()
    preview = clerk.call(c.PLAN_ENTRIES, c.EntryUpload(contest_id, FileData("c.xlsx", data)))
    assert preview.new_count == 2 and preview.rejected_rows == 1
    assert [p.row for p in preview.problems] == [4] and preview.new_rows[0][1:4] == [
        "E0000",
        "心兴00",
        "心兴分工会",
    ]
    with pytest.raises(ValidationError):
        clerk.call(c.APPLY_ENTRIES, ImportApply(preview.upload, ImportMode.ALL_OR_NOTHING.value))
    staging._kept.clear()  # the confirmation reaches a process that did not check the file
    outcome = clerk.call(c.APPLY_ENTRIES, ImportApply(preview.upload, ImportMode.VALID_ROWS_ONLY.value))
    assert outcome.inserted == 2 and outcome.rejected == 1
    template = clerk.call(c.ENTRY_TEMPLATE, ById(contest_id))
    assert template.name == "报名表模板.xlsx" and template.content.startswith(b"PK")
