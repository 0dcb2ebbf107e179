"""Statistics against a fixture counted by hand."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from tests.studios.conftest import ADMIN
from tests.studios.helpers import five_small, patent, studio
from unionoffice.studios.contract import RecognitionInput
from unionoffice.studios.labels import Grade, Kind, Level, Recipient
from unionoffice.studios.models import Achievement
from unionoffice.studios.service import rounds
from unionoffice.studios.service.checks import patent_check_char
from unionoffice.studios.service.honours import HonourInput, create_honour
from unionoffice.studios.service.stats import stat_tables, statistics
from unionoffice.studios.service.studio_edit import add_recognition
from unionoffice.studios.service.studios import get_studio


def _utility(serial: int) -> str:
    digits = f"20232{serial:07d}"
    return f"ZL{digits}.{patent_check_char(digits)}"


def _invention(serial: int) -> str:
    digits = f"20231{serial:07d}"
    return f"ZL{digits}.{patent_check_char(digits)}"


def test_statistics_match_the_hand_count(world):
    db = world.db
    s1 = studio(world, "张三劳模创新工作室", "张三", 0, Level.COUNTY)
    studio(world, "赵六劳模创新工作室", "赵六", 1, Level.MUNICIPAL)
    # The county studio moves up to provincial: counted once, at its new level.
    add_recognition(
        db,
        ADMIN,
        s1,
        RecognitionInput(Level.PROVINCIAL, date(2024, 6, 1), "河南省总工会"),
        get_studio(db, ADMIN, s1).version,
    )

    patent(world, "发明一", _invention(1), granted=date(2024, 5, 1), studio_id=s1, benefit="1000000")
    patent(world, "发明二", _invention(2), granted=date(2025, 5, 1), studio_id=s1, benefit="500000.50")
    patent(
        world, "实用一", _utility(1), Kind.UTILITY, granted=date(2025, 2, 1), person="赵六", benefit="2000"
    )
    patent(world, "实用申请中", _utility(2), Kind.UTILITY, granted=None, person="赵六")

    q2 = rounds.open_round(db, ADMIN, 2026, 2)
    a = five_small(world, "甲", [("张三", 100)], declared=date(2026, 4, 2))
    b = five_small(world, "乙", [("赵六", 100)], declared=date(2026, 5, 2))
    c = five_small(world, "丙", [("孙七", 100)], declared=date(2026, 6, 2))
    rounds.collect(db, ADMIN, q2)
    for aid, grade in ((a, Grade.SPECIAL), (b, Grade.FIRST), (c, Grade.SECOND)):
        rounds.record_grade(db, ADMIN, aid, grade)
    rounds.close_round(db, ADMIN, q2, rounds.get_round(db, ADMIN, q2).version)
    q3 = rounds.open_round(db, ADMIN, 2026, 3)
    d = five_small(world, "丁", [("赵六", 100)], declared=date(2026, 7, 2))
    rounds.collect(db, ADMIN, q3)
    rounds.record_grade(db, ADMIN, d, Grade.FIRST)  # open round: not counted yet
    five_small(world, "戊", [("张三", 100)], declared=date(2026, 8, 1))  # declared, not collected

    create_honour(
        db,
        ADMIN,
        HonourInput(
            "全国五一劳动奖章",
            Level.NATIONAL,
            "中华全国总工会",
            2025,
            Recipient.MEMBER,
            member_id=world.members["张三"],
        ),
    )
    create_honour(
        db,
        ADMIN,
        HonourInput(
            "省工人先锋号",
            Level.PROVINCIAL,
            "河南省总工会",
            2024,
            Recipient.TEAM,
            team_name="电解车间三班",
            branch_id=world.branches[1],
        ),
    )

    st = statistics(db, ADMIN)
    assert st.studios_by_level == {Level.PROVINCIAL: 1, Level.MUNICIPAL: 1}
    assert st.patents == {(Kind.INVENTION, 2024): 1, (Kind.INVENTION, 2025): 1, (Kind.UTILITY, 2025): 1}
    # The helper counts every patent's benefit in 2025.
    assert st.benefit_by_year == {2025: 100_000_000 + 50_000_050 + 200_000}
    assert st.benefit_by_studio_year == {("张三劳模创新工作室", 2025): 150_000_050, ("", 2025): 200_000}
    assert st.five_small_by_quarter == {(2026, 2): {Grade.SPECIAL: 1, Grade.FIRST: 1, Grade.SECOND: 1}}
    assert (st.five_small_total, st.class_one_plus) == (5, 2)
    xx, ql = st.branches
    assert (
        xx.branch,
        xx.studios,
        xx.inventions,
        xx.utility_models,
        xx.five_small,
        xx.class_one_plus,
        xx.honours,
    ) == ("心兴分工会", 1, 2, 0, 2, 1, 1)
    assert (ql.studios, ql.inventions, ql.utility_models, ql.five_small, ql.class_one_plus, ql.honours) == (
        1,
        0,
        1,
        3,
        1,
        1,
    )
    assert xx.benefit_fen == 150_000_050
    assert st.honours_by_level == {Level.NATIONAL: 1, Level.PROVINCIAL: 1}

    # A branch clerk's figures stop at their branch.
    mine = statistics(db, world.clerk_b)
    assert [b.branch for b in mine.branches] == ["氢力分工会"]
    assert (mine.five_small_total, mine.class_one_plus, mine.studios_total) == (3, 1, 1)

    tables = {t.title: t for t in stat_tables(st)}
    assert tables["工作室按级别"].rows[-1] == ["合计", 2]
    assert tables["五小成果按季度和等级"].rows[0] == ["2026 年第 2 季度", 1, 1, 1, 0, 0, 3]


def test_demo_data_reproduces_the_published_figures(demo_db):
    st = statistics(demo_db, ADMIN)
    assert st.studios_by_level == {Level.PROVINCIAL: 5, Level.MUNICIPAL: 7, Level.COUNTY: 9}
    assert st.patent_total(Kind.INVENTION) == 53
    assert st.patent_total(Kind.UTILITY) == 158
    with demo_db.read() as s:
        patent_benefit = s.execute(
            select(func.sum(Achievement.benefit_fen)).where(
                Achievement.kind.in_([Kind.INVENTION, Kind.UTILITY])
            )
        ).scalar_one()
    assert patent_benefit == 172_560_000_00  # "over 170 million yuan"
    assert st.five_small_total == 5_789
    assert st.class_one_plus == 330
    assert len(st.five_small_by_quarter) == 19  # 2022 Q1 … 2026 Q3 closed; 2026 Q4 still open
