"""The five-small panel through the service contract: who may run it, the files crossing as bytes,
refusals arriving as the right exception."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.studios.conftest import ADMIN
from tests.studios.helpers import five_small
from tests.studios.panel_helpers import RULE, judges, scored_round
from unionoffice.foundation.contract import ById, Empty, FileData
from unionoffice.foundation.errors import PermissionDenied, ValidationError
from unionoffice.studios import contract as c
from unionoffice.studios.labels import Grade
from unionoffice.studios.service import rounds


def test_the_rules_screen_suggests_the_common_sheet_then_the_newest_version(world, services_as):
    services = services_as(world.db, ADMIN)
    first = services.call(c.OPEN_RULES, Empty())
    assert first.rules == [] and [x.maximum for x in first.suggestion.criteria] == ["30", "30", "20", "20"]
    assert services.call(c.SAVE_RULE, replace(RULE, check_only=True)).id == 0
    assert services.call(c.OPEN_RULES, Empty()).rules == []  # a check writes nothing
    services.call(c.SAVE_RULE, RULE)
    again = services.call(c.OPEN_RULES, Empty())
    assert (
        again.rules[0].total_max_centi == 100_00 and again.rules[0].band_of(Grade.FIRST).reward_fen == 150_000
    )
    assert again.suggestion.bands[1].reward == "1500" and again.suggestion.effective_from is None
    with pytest.raises(ValidationError, match="已有自 2026-01-01 起施行"):
        services.call(c.SAVE_RULE, RULE)
    with pytest.raises(PermissionDenied):
        services_as(world.db, world.clerk_a).call(c.SAVE_RULE, replace(RULE, effective_from=date(2027, 1, 1)))


def test_forming_a_panel_and_exporting_its_packages(world, services_as):
    services = services_as(world.db, ADMIN)
    services.call(c.SAVE_RULE, RULE)
    five_small(world, "循环水泵机封冲洗改造", [("张三", 100)], declared=date(2026, 7, 3))
    round_id = services.call(c.NEW_ROUND, c.RoundNew(2026, 3)).id
    services.call(c.COLLECT, ById(round_id))
    ids = judges(world, 3)
    screen = services.call(c.OPEN_PANEL, ById(round_id))
    assert screen.judges == [] and {x.id for x in screen.candidates} >= set(ids) and screen.entries == 1
    assert screen.rule is not None and screen.rule.name == RULE.name
    services.call(c.SET_PANEL, c.PanelSet(round_id, ids))
    screen = services.call(c.OPEN_PANEL, ById(round_id))
    assert [j.name for j in screen.judges] == ["评委1", "评委2", "评委3"]
    assert len(screen.judges[0].key_slip.replace("-", "")) == 32
    made = services.call(c.EXPORT_PACKAGES, ById(round_id))
    assert len(made.files) == 3 and all(f.name.endswith(".uojudge") for f in made.files)
    assert [f.name for f in made.keys] == ["评委密钥单.txt"]  # apart from the packages
    assert screen.judges[0].key_slip in made.keys[0].content.decode("utf-8")
    clerk = services_as(world.db, world.clerk_a)
    with pytest.raises(PermissionDenied):
        clerk.call(c.OPEN_PANEL, ById(round_id))
    with pytest.raises(PermissionDenied):
        clerk.call(c.EXPORT_PACKAGES, ById(round_id))


def test_imported_packages_grades_and_the_payout_list(world, services_as, tmp_path):
    round_id, a, _b, _ = scored_round(world, tmp_path)
    services = services_as(world.db, ADMIN)
    again = services.call(
        c.IMPORT_PACKAGES,
        c.PackageUpload(
            [FileData(p.name, p.read_bytes()) for p in sorted(tmp_path.glob("*已评分.uojudge"))]
            + [FileData("坏文件.uojudge", b"not a package")]
        ),
    )
    assert [r.ok for r in again.results] == [True] * 5 + [False]
    assert "完全相同" in again.results[0].message and "已损坏" in again.results[-1].message
    sheet = services.call(c.SCORE_SHEET, ById(a))
    assert sheet.total_centi == 8333 and sheet.banded_grade is Grade.FIRST
    assert services.call(c.GRADE_FROM_SCORES, ById(round_id)) == c.ScoresApplied(2, 0)
    payouts = services.call(c.PAYOUTS, ById(round_id))
    assert payouts.total_fen == 250_000 and not payouts.final
    assert services.call(c.EXPORT_PAYOUTS, ById(round_id)).content[:2] == b"PK"
    # A clerk of 氢力 sees none of the lines: both results belong to 心兴 (their first contributor's).
    clerk_b = services_as(world.db, world.clerk_b)
    assert clerk_b.call(c.PAYOUTS, ById(round_id)).lines == []
    with pytest.raises(PermissionDenied):
        clerk_b.call(c.GRADE_FROM_SCORES, ById(round_id))
    r = rounds.get_round(world.db, ADMIN, round_id)
    services.call(c.CLOSE_ROUND, c.RoundClose(round_id, r.version))
    assert services.call(c.PAYOUTS, ById(round_id)).final
