"""Service side of the in-app set-up: in-place scheme edits, load-for-edit, copy as new, judge checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from unionoffice.contests.models import Contest, Contestant, ContestEvent, JudgeAssignment, Mark, ScoringItem
from unionoffice.contests.service import definition, editing, entrants, judge_check
from unionoffice.contests.service.definition import ItemDef
from unionoffice.core.audit import recorder  # noqa: F401 - the ORM audit hook, as the app loads it
from unionoffice.core.audit.models import AuditEntry
from unionoffice.foundation.errors import PermissionDenied, UserError, ValidationError

from .conftest import World, standard_definition


def ids(world: World, contest_id: int) -> dict[str, int]:
    with world.db.read() as s:
        events = dict(
            s.execute(
                select(ContestEvent.code, ContestEvent.id).where(ContestEvent.contest_id == contest_id)
            ).all()
        )
        items = dict(
            s.execute(
                select(ScoringItem.code, ScoringItem.id).where(ScoringItem.event_id == events["practical"])
            ).all()
        )
    return {**events, **items}


def add_mark(world: World, contest_id: int) -> None:
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[0]])
    with world.db.transaction(None) as s:
        contestant = s.execute(select(Contestant.id).where(Contestant.contest_id == contest_id)).scalar_one()
        s.add(
            Mark(
                contestant_id=contestant,
                item_id=ids(world, contest_id)["P1"],
                judge_id=world.users["judge3"],
                value_centi=3000,
                source="sheet",
                entered_at=datetime(2026, 11, 20, 10),
            )
        )


def test_item_edit_keeps_judges_and_item_ids_and_bumps_the_version(world: World, contest_id: int) -> None:
    before = ids(world, contest_id)
    entrants.assign_judge(world.db, world.admin, before["practical"], world.users["judge3"])
    state = editing.load_for_edit(world.db, world.admin, contest_id)
    d = state.definition
    practical = d.events[1]
    changed = replace(
        practical,
        items=(
            replace(practical.items[0], name="电气接线与布线", max_marks=Decimal(45)),
            replace(practical.items[1], max_marks=Decimal(25)),
            practical.items[2],
            ItemDef("P4", "完成时间", "measured", Decimal(5)),
        ),
    )
    definition.update_definition(
        world.db, world.admin, contest_id, replace(d, events=(d.events[0], changed)), state.version
    )

    after = ids(world, contest_id)
    assert {k: after[k] for k in before} == before  # packages already handed out still name the same items
    assert [j.name for j in entrants.list_judges(world.db, world.admin, contest_id)] == ["评委3"]
    again = editing.load_for_edit(world.db, world.admin, contest_id)
    assert again.definition.events[1] == changed and again.version > state.version
    with pytest.raises(UserError, match="已被"):  # the first editor's version is stale now
        definition.update_definition(world.db, world.admin, contest_id, d, state.version)


def test_removing_an_event_with_judges_is_refused_and_nothing_changes(world: World, contest_id: int) -> None:
    entrants.assign_judge(world.db, world.admin, ids(world, contest_id)["practical"], world.users["judge3"])
    state = editing.load_for_edit(world.db, world.admin, contest_id)
    only_theory = replace(
        state.definition, events=(replace(state.definition.events[0], weight_pct=Decimal(100)),), tie_break=()
    )
    with pytest.raises(UserError, match="实操考核.*已指派评委"):
        definition.update_definition(world.db, world.admin, contest_id, only_theory, state.version)
    assert definition.get_definition(world.db, world.admin, contest_id) == state.definition


def test_load_for_edit_gives_the_reason_once_marks_exist(world: World, contest_id: int) -> None:
    assert editing.load_for_edit(world.db, world.admin, contest_id).refusal() == ""
    add_mark(world, contest_id)
    state = editing.load_for_edit(world.db, world.admin, contest_id)
    assert (state.marks, state.events_editable) == (1, False)
    assert "已录入 1 条评分" in state.refusal() and "复制为新竞赛" in state.refusal()
    with world.db.transaction(None) as s:
        s.get(Contest, contest_id).locked = True
    assert "已锁定" in editing.load_for_edit(world.db, world.admin, contest_id).refusal()


def test_copy_as_new_contest_takes_the_scheme_but_no_people_or_dates(world: World, contest_id: int) -> None:
    add_mark(world, contest_id)
    entrants.assign_judge(world.db, world.admin, ids(world, contest_id)["practical"], world.users["judge3"])
    new_id = editing.copy_contest(world.db, world.admin, contest_id, 2027)
    old, new = (definition.get_definition(world.db, world.admin, c) for c in (contest_id, new_id))
    assert (new.name, new.year, new.contest_date) == ("2027年电工技能比武", 2027, None)
    assert (new.events, new.tie_break, new.award_levels) == (old.events, old.tie_break, old.award_levels)
    assert entrants.list_judges(world.db, world.admin, new_id) == []
    assert editing.load_for_edit(world.db, world.admin, new_id).events_editable
    same_year = editing.copy_contest(world.db, world.admin, contest_id, 2026)
    assert definition.get_definition(world.db, world.admin, same_year).name == "2026年电工技能比武（副本）"


def test_only_contest_admins_edit_or_copy(world: World, contest_id: int) -> None:
    clerk = world.actor("clerk_xx")
    with pytest.raises(PermissionDenied):
        editing.copy_contest(world.db, clerk, contest_id, 2027)
    with pytest.raises(PermissionDenied):
        editing.load_for_edit(world.db, clerk, contest_id)


def test_award_counts_must_be_whole_people(world: World) -> None:
    with pytest.raises(ValidationError, match="一等奖.*整数"):
        definition.validate(standard_definition(award_levels=(("一等奖", Decimal("1.5")),)))
    definition.validate(
        standard_definition(award_mode="percent", award_levels=(("一等奖", Decimal("12.5")),))
    )


def test_judge_warnings_name_the_gaps_the_conflict_rule_leaves(world: World, contest_id: int) -> None:
    entrants.register_members(
        world.db, world.admin, contest_id, [world.member_ids[i] for i in (0, 1, 10)]
    )  # 2 心兴, 1 氢力
    ev = ids(world, contest_id)
    assert judge_check.judge_warnings(world.db, world.admin, contest_id) == [
        "科目“理论考试”还没有指派评委。",
        "科目“实操考核”还没有指派评委。",
    ]
    entrants.assign_judge(
        world.db, world.admin, ev["theory"], world.users["judge1"]
    )  # 心兴: records measured
    entrants.assign_judge(world.db, world.admin, ev["theory"], world.users["judge3"])
    entrants.assign_judge(world.db, world.admin, ev["practical"], world.users["judge1"])
    warnings = judge_check.judge_warnings(world.db, world.admin, contest_id)
    assert (
        "科目“理论考试”：负责录入客观测量项的评委评委1须回避心兴分工会，该分工会 2 名选手的客观测量项将无人录入。"
        in warnings
    )
    assert "科目“实操考核”：心兴分工会的 2 名选手与全部评委同属一个分工会，回避后无人评分。" in warnings
    for judge in ("judge2", "judge3", "judge4", "judge5"):
        entrants.assign_judge(world.db, world.admin, ev["practical"], world.users[judge])
    warnings = judge_check.judge_warnings(world.db, world.admin, contest_id)
    assert any("心兴分工会的 2 名选手回避后只有 4 名评委，按平均分计算" in w for w in warnings)
    assert any("氢力分工会的 1 名选手回避后只有 4 名评委" in w for w in warnings)
    state = editing.load_for_edit(world.db, world.admin, contest_id)
    definition.update_definition(
        world.db, world.admin, contest_id, replace(state.definition, no_own_branch=False), state.version
    )
    warnings = judge_check.judge_warnings(world.db, world.admin, contest_id)
    assert "科目“实操考核”：评委评委1与 2 名选手同属心兴分工会（未启用回避规则）。" in warnings


def test_unassigning_a_judge_is_audited(world: World, contest_id: int) -> None:
    assignment = entrants.assign_judge(
        world.db, world.admin, ids(world, contest_id)["practical"], world.users["judge3"]
    )
    with world.db.read() as s:
        key = s.get(JudgeAssignment, assignment).key
    entrants.unassign_judge(world.db, world.admin, assignment)
    with world.db.read() as s:
        assert s.execute(select(func.count()).select_from(JudgeAssignment)).scalar_one() == 0
        entry = (
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.entity == "contest_judges", AuditEntry.entity_id == str(assignment))
                .order_by(AuditEntry.id.desc())
            )
            .scalars()
            .first()
        )
    assert entry is not None and entry.action == "delete"
    assert key not in entry.changes  # the key slip's secret stays out of the log


def test_copy_from_the_command_line(world: World, contest_id: int, capsys, cli_as) -> None:  # type: ignore[no-untyped-def]
    from factories import hold_test_keys

    from unionoffice.cli import run

    hold_test_keys(world.db, "admin", "demo1234")  # the keys this database's values are under
    world.db.dispose()
    db = [str(world.path), *cli_as("admin", "demo1234")]
    assert run(["--db", *db, "contest", "copy", "电工", "--year", "2027"]) == 0
    assert "已复制“2026年电工技能比武”为新竞赛" in capsys.readouterr().out
    assert run(["--db", *db, "contest", "copy", "焊工", "--year", "2027"]) == 2
    assert "找不到唯一的竞赛“焊工”" in capsys.readouterr().err
    names = [c.name for c in entrants.list_contests(world.db, world.admin)]
    assert names == ["2027年电工技能比武", "2026年电工技能比武"]
