"""Pass line, award shares of all participants, reasons for the unranked and the outcome list."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal as D  # noqa: N817 - short for the many literals below

import pytest
from sqlalchemy import insert, select, update

from unionoffice.contests.contract import ContestDef, EventDef, ItemDef, scheme_warnings
from unionoffice.contests.labels import SkillLevel
from unionoffice.contests.models import Contestant, ContestEvent, Mark, ScoringItem
from unionoffice.contests.scoring import AwardRule, ContestantScore, assign_awards
from unionoffice.contests.service import definition, entrants, entries
from unionoffice.contests.service.export import write_outcomes_xlsx
from unionoffice.contests.service.results import compute_results
from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.importer import read_table

from .conftest import World, standard_definition


def test_a_final_below_the_pass_line_gets_no_award_whatever_the_rank() -> None:
    scores = [
        ContestantScore(1, {}, {}, D("59.99"), rank=1),
        ContestantScore(2, {}, {}, D("45.00"), rank=2),
    ]
    assign_awards(scores, AwardRule("count", (("一等奖", 1), ("二等奖", 1))), pass_line=D(60))
    assert [s.award for s in scores] == ["", ""]
    scores[0].final = D("60.00")
    assign_awards(scores, AwardRule("count", (("一等奖", 1), ("二等奖", 1))), pass_line=D(60))
    assert [s.award for s in scores] == ["一等奖", ""]


def test_award_counts_are_shares_of_all_participants_not_of_the_ranked() -> None:
    # 40 took part, 34 finished: 5 % / 15 % / 30 % of 40 → 2, 6 and 12 people (cut-offs 2, 8, 20).
    rule = AwardRule("percent", (("一等奖", 500), ("二等奖", 1500), ("三等奖", 3000)))
    scores = [ContestantScore(n, {}, {}, D(100 - n), rank=n) for n in range(1, 35)]
    assign_awards(scores, rule, participants=40)
    awarded = [s.award for s in scores]
    assert (awarded.count("一等奖"), awarded.count("二等奖"), awarded.count("三等奖")) == (2, 6, 12)
    assign_awards(scores, rule)  # without the participants: shares of the 34 ranked (2, 5, 10)
    assert [s.award for s in scores].count("三等奖") == 10


ONE_ITEM = ContestDef(
    name="2026年合格线测试",
    year=2026,
    trade="电工",
    events=(EventDef("P", "实操", "practical", D(100), (ItemDef("M", "成绩", "measured", D(100)),)),),
    tie_break=(),
    award_mode="percent",
    award_levels=(("一等奖", D(25)), ("二等奖", D(25))),
    pass_line=D(60),
    promote_awards=("一等奖",),
    recommend_awards=("一等奖", "二等奖"),
)


def with_marks(world: World, contest_id: int, marks: dict[int, int | None]) -> None:
    """``marks``: world member index → the item mark in hundredths (None: no mark, absent)."""
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[i] for i in marks])
    with world.db.transaction(None) as s:
        item = s.execute(
            select(ScoringItem.id).join(ContestEvent).where(ContestEvent.contest_id == contest_id)
        ).scalar_one()
        people = dict(
            s.execute(
                select(Contestant.member_id, Contestant.id).where(Contestant.contest_id == contest_id)
            ).all()
        )
        rows = [
            {
                "contestant_id": people[world.member_ids[i]],
                "item_id": item,
                "judge_id": world.users["judge3"],
                "value_centi": v,
                "source": "sheet",
                "seq": 0,
                "entered_at": datetime(2026, 11, 20),
            }
            for i, v in marks.items()
            if v is not None
        ]
        s.execute(insert(Mark), rows)


def test_results_name_why_someone_is_unranked_or_without_an_award(world: World) -> None:
    contest_id = definition.create_contest(world.db, world.admin, ONE_ITEM)
    # 8 entered: one absent, one withdrawn → 6 took part; 25 % of 6 → 2 (1.5 half up) and 2 more.
    with_marks(world, contest_id, {0: 9000, 1: 8000, 2: 7000, 3: 5999, 4: 5000, 5: 4000, 6: None, 7: None})
    with world.db.read() as s:
        last = s.execute(select(Contestant.id).where(Contestant.bib == "008")).scalar_one()
    entries.withdraw(world.db, world.admin, last, "临时出差", today=datetime(2026, 1, 1).date())
    r = compute_results(world.db, world.admin, contest_id)
    assert r.participants == 6 and r.pass_line == D(60)
    shown = [(row.bib, row.rank, row.award, row.reason) for row in r.rows]
    assert shown == [
        ("001", 1, "一等奖", ""),
        ("002", 2, "一等奖", ""),
        ("003", 3, "二等奖", ""),
        ("004", 4, "", "低于合格线 60 分，不获奖"),  # 59.99 is within the 二等奖 cut-off (4)
        ("005", 5, "", "低于合格线 60 分，不获奖"),
        ("006", 6, "", "低于合格线 60 分，不获奖"),
        ("007", None, "", "缺考（没有任何评分），不计入参赛人数"),
        ("008", None, "", "已退赛：临时出差"),
    ]
    assert any("合格线 60 分" in line for line in r.rules)
    assert any("实际参赛人数" in line for line in r.rules)


def test_the_outcome_list_promotes_and_recommends_by_award(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    contest_id = definition.create_contest(world.db, world.admin, ONE_ITEM)
    with_marks(world, contest_id, {0: 9500, 1: 9000, 2: 8000, 3: 7000})
    with world.db.transaction(None) as s:
        for bib, level in (("001", SkillLevel.SENIOR), ("002", SkillLevel.SENIOR_TECHNICIAN), ("003", None)):
            s.execute(update(Contestant).where(Contestant.bib == bib).values(skill_level=level))
    r = compute_results(world.db, world.admin, contest_id)
    assert [(o.bib, o.award, o.promote, o.level_after, o.recommend) for o in r.outcomes] == [
        ("001", "一等奖", True, SkillLevel.TECHNICIAN, True),
        ("002", "二等奖", False, None, True),  # 25 % of 4 = 1 first prize, then 1 second
    ]
    write_outcomes_xlsx(r, tmp_path / "o.xlsx")
    rows = [row.cells for row in read_table(tmp_path / "o.xlsx").rows]
    assert rows[1][:9] == [1, "001", "心兴00", "心兴分工会", 95, "一等奖", "高级工", "技师", "推荐"]


def test_theory_above_thirty_percent_warns_and_rules_are_checked() -> None:
    heavy = standard_definition()
    heavy = replace(
        heavy,
        events=(replace(heavy.events[0], weight_pct=D(40)), replace(heavy.events[1], weight_pct=D(60))),
        pass_line=D(60),
    )
    assert scheme_warnings(heavy) == ["理论考试权重 40% 超过通常的 30%，请确认。"]
    assert scheme_warnings(replace(heavy, events=standard_definition().events)) == []
    assert "没有设合格线" in scheme_warnings(standard_definition())[0]
    with pytest.raises(ValidationError) as refused:
        definition.validate(
            replace(ONE_ITEM, pass_line=D("100.5"), promote_awards=("特等奖",), recommend_awards=("一等奖",))
        )
    assert [str(p) for p in refused.value.problems] == [
        "合格线：应在 0～100 之间，最多两位小数",
        "晋升技能等级：“特等奖”不是本竞赛的奖项",
    ]


def test_the_new_rules_survive_the_definition_file(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    contest_id = definition.create_contest(world.db, world.admin, ONE_ITEM)
    definition.export_definition(world.db, world.admin, contest_id, tmp_path / "d.json")
    back = definition.read_definition_file(tmp_path / "d.json")
    assert back == ONE_ITEM
