"""Issue #22 item 5: five-small panels. Score sheets from the rules, packages out and back through
judge mode's working copy, the trimmed mean, the grade from the bands, the reward split."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select, update

from tests.studios.conftest import ADMIN
from tests.studios.panel_helpers import MARKS_A, RULE, fill, judges, scored_round
from unionoffice.foundation.errors import UserError, ValidationError
from unionoffice.studios.contract import BandRow
from unionoffice.studios.labels import Grade, RoundStatus, Status
from unionoffice.studios.models import AchievementPerson, Payout
from unionoffice.studios.service import panel, panel_packages, rounds
from unionoffice.studios.service.achievements import get_achievement
from unionoffice.studios.service.panel_rules import rule_problems, save_rule
from unionoffice.studios.service.payouts import split_reward


def test_a_1500_yuan_reward_with_shares_60_40_pays_900_and_600():
    assert split_reward(150_000, [60, 40]) == [90_000, 60_000]


def test_1000_yuan_three_ways_pays_333_34_333_33_333_33():
    assert split_reward(100_000, [None, None, None]) == [33_334, 33_333, 33_333]


def test_the_leftover_fen_go_to_the_largest_remainders_then_the_first_listed():
    assert split_reward(100, [34, 33, 33]) == [34, 33, 33]
    assert split_reward(1, [50, 50]) == [1, 0]  # equal remainders: the first listed
    assert split_reward(10_001, [10, 90]) == [1_000, 9_001]  # 1000.1 and 9000.9: the larger remainder


@pytest.mark.parametrize(
    ("shares", "rule"),
    [([60, 30], "合计应为 100%，现为 90%"), ([60, None], "要么都不写（平均分配），要么都写且合计为 100%")],
)
def test_shares_that_do_not_add_to_100_are_refused_naming_the_rule(shares, rule):
    with pytest.raises(ValidationError, match=rule):
        split_reward(150_000, shares)


def test_the_score_sheet_rule_is_checked_row_by_row(world):
    bad = RULE.__class__(
        effective_from=None,
        name="",
        drop_n=1,
        min_judges=2,
        criteria=[*RULE.criteria, RULE.criteria[0]],
        bands=[
            BandRow(Grade.SPECIAL, "70", "500"),
            BandRow(Grade.FIRST, "80", "1000"),
            BandRow(Grade.THIRD, "130", "x"),
        ],
    )
    found = [str(p) for p in rule_problems(world.db, ADMIN, bad)]
    assert "施行日期：必须填写" in found and "名称：不能为空" in found
    assert any("至少要有 3 位评委" in p for p in found)
    assert any("第 5 项：与前面的项目重复" in p for p in found)
    assert any("一类：分数线应低于特等的分数线" in p for p in found)
    assert any("一类：奖金不应高于特等" in p for p in found)
    assert any("三类：“x”不是金额" in p for p in found)
    save_rule(world.db, ADMIN, RULE)
    assert any("已有自 2026-01-01 起施行" in str(p) for p in rule_problems(world.db, ADMIN, RULE))


def test_a_panel_scores_grades_and_pays_by_the_stated_rule(world, tmp_path):
    round_id, a, b, _ = scored_round(world, tmp_path)
    sheet = panel.score_sheet(world.db, ADMIN, a)
    assert [line.criterion.name for line in sheet.lines] == ["技术水平", "经济效益", "应用范围", "实用性"]
    assert [line.mean_centi for line in sheet.lines] == [2700, 2500, 1600, 1533]
    tech = sheet.lines[0].marks
    assert [(m.value_centi, m.kept) for m in tech] == [
        (2700, True),
        (2600, True),
        (2800, True),
        (2500, False),
        (2900, False),
    ]
    assert sheet.total_centi == 8333 and sheet.banded_grade is Grade.FIRST and sheet.grade is None

    applied = panel.grade_from_scores(world.db, ADMIN, round_id)
    assert (applied.graded, applied.incomplete) == (2, 0)
    assert get_achievement(world.db, ADMIN, a).grade is Grade.FIRST
    assert get_achievement(world.db, ADMIN, b).grade is Grade.SECOND

    provisional = panel.payout_list(world.db, ADMIN, round_id)
    assert not provisional.final and provisional.total_fen == 250_000
    r = rounds.get_round(world.db, ADMIN, round_id)
    rounds.close_round(world.db, ADMIN, round_id, r.version)
    paid = panel.payout_list(world.db, ADMIN, round_id)
    assert paid.final and "向下取整" in paid.rule_text
    assert [(x.name, x.share_pct, x.amount_fen) for x in paid.lines] == [
        ("张三", 60, 90_000),
        ("李四", 40, 60_000),
        ("王五", None, 33_334),
        ("赵六", None, 33_333),
        ("孙七", None, 33_333),
    ]
    assert panel.score_sheet(world.db, ADMIN, b).payouts[0].amount_fen == 33_334


def test_shares_off_100_refuse_the_closing_and_nothing_is_written(world, tmp_path):
    round_id, a, _b, _ = scored_round(world, tmp_path)
    panel.grade_from_scores(world.db, ADMIN, round_id)
    with world.db.transaction(None) as s:  # a share edited behind the app's back
        s.execute(
            update(AchievementPerson)
            .where(AchievementPerson.achievement_id == a, AchievementPerson.share_pct == 40)
            .values(share_pct=30)
        )
    version = rounds.get_round(world.db, ADMIN, round_id).version
    with pytest.raises(ValidationError, match="循环水泵机封冲洗改造.*各完成人份额合计应为 100%，现为 90%"):
        rounds.close_round(world.db, ADMIN, round_id, version)
    assert rounds.get_round(world.db, ADMIN, round_id).status is RoundStatus.OPEN
    assert get_achievement(world.db, ADMIN, a).status is Status.GRADED
    with world.db.read() as s:
        assert s.execute(select(func.count()).select_from(Payout)).scalar_one() == 0


def test_packages_are_checked_before_anything_is_written(world, tmp_path):
    round_id, a, _b, _ = scored_round(world, tmp_path)
    signed = sorted(tmp_path.glob("*已评分.uojudge"))
    # The same package again changes nothing.
    assert "完全相同" in panel_packages.import_package(world.db, ADMIN, signed[0].read_bytes())
    # A mark changed outside judge mode breaks the signature.
    doc = json.loads(signed[0].read_text(encoding="utf-8"))
    doc["payload"]["marks"][0]["value_centi"] = 3000
    with pytest.raises(UserError, match="签名不符"):
        panel_packages.import_package(world.db, ADMIN, json.dumps(doc, ensure_ascii=False).encode())
    # A newer package from each judge replaces their marks; the older one is then a replay.
    (tmp_path / "again").mkdir()
    newer = fill(
        world, tmp_path / "again", round_id, {"WX2026-0001": MARKS_A, "WX2026-0002": [["20"] * 5] * 4}
    )
    assert panel.score_sheet(world.db, ADMIN, a).total_centi == 8333
    assert panel.score_sheet(world.db, ADMIN, _b).total_centi == 8000  # replaced: 4 × 20
    with pytest.raises(UserError, match="较早的评分包"):
        panel_packages.import_package(world.db, ADMIN, signed[0].read_bytes())
    assert newer


def test_a_contest_package_or_another_rounds_is_refused(world, tmp_path):
    from dataclasses import replace

    from unionoffice.core.judging import package as fmt

    round_id, *_ = scored_round(world, tmp_path)
    signed = sorted(tmp_path.glob("*已评分.uojudge"))[0]
    package = fmt.loads(signed.read_bytes())
    with pytest.raises(UserError, match="技能竞赛的评分包"):
        panel_packages.import_package(world.db, ADMIN, fmt.dumps(replace(package, kind=fmt.CONTEST)))
    with pytest.raises(UserError, match="另一个评审轮次"):
        panel_packages.import_package(world.db, ADMIN, fmt.dumps(replace(package, contest_uid="0" * 32)))


def test_a_judge_who_handed_in_stays_and_incomplete_sheets_keep_their_grade(world, tmp_path):
    round_id, a, _b, ids = scored_round(world, tmp_path)
    with pytest.raises(ValidationError, match="已交回评分，不能移出评审组"):
        panel.set_panel(world.db, ADMIN, round_id, ids[:4])
    from tests.studios.helpers import five_small

    late = five_small(world, "迟到的成果", [("张三", None)], declared=date(2026, 9, 30))
    rounds.collect(world.db, ADMIN, round_id)
    applied = panel.grade_from_scores(world.db, ADMIN, round_id)
    assert (applied.graded, applied.incomplete) == (2, 1)
    assert get_achievement(world.db, ADMIN, late).grade is None
    assert panel.score_sheet(world.db, ADMIN, late).total_centi is None


def test_no_panel_without_a_rule_in_force(world):
    round_id = rounds.open_round(world.db, ADMIN, 2026, 3)
    with pytest.raises(UserError, match="没有施行中的五小成果评分标准"):
        panel.set_panel(world.db, ADMIN, round_id, judges(world, 1))
