"""Small builders shared by the studio tests."""

from __future__ import annotations

from datetime import date

from unionoffice.studios.contract import RecognitionInput, StudioInput
from unionoffice.studios.labels import FiveSmall, Kind, Level
from unionoffice.studios.service.achievements import AchievementInput, create_achievement
from unionoffice.studios.service.checks import PersonShare
from unionoffice.studios.service.studio_edit import create_studio


def studio(
    world,
    name: str = "张三劳模创新工作室",
    leader: str = "张三",
    branch: int = 0,
    level: Level = Level.COUNTY,
    actor=None,
) -> int:
    from tests.studios.conftest import ADMIN

    return create_studio(
        world.db,
        actor or ADMIN,
        StudioInput(
            name=name, leader_id=world.members[leader], branch_id=world.branches[branch], field="电气自动化"
        ),
        RecognitionInput(level, date(2020, 5, 1), "新乡县总工会"),
    )


def five_small(
    world,
    title: str,
    people: list[tuple[str, int | None]],
    declared: date = date(2026, 7, 10),
    sub: FiveSmall = FiveSmall.INNOVATION,
    studio_id: int | None = None,
    benefit: str = "",
    actor=None,
    **extra,
) -> int:
    from tests.studios.conftest import ADMIN

    return create_achievement(
        world.db,
        actor or ADMIN,
        AchievementInput(
            title=title,
            kind=Kind.FIVE_SMALL,
            five_small_kind=sub,
            declared_on=declared,
            studio_id=studio_id,
            people=[PersonShare(world.members[n], share) for n, share in people],
            benefit=benefit,
            benefit_year=2026 if benefit else None,
            benefit_basis="财务核定" if benefit else "",
            summary=f"{title}的简介",
            **extra,
        ),
    )


def patent(
    world,
    title: str,
    reg_no: str,
    kind: Kind = Kind.INVENTION,
    granted: date | None = date(2025, 3, 1),
    person: str = "张三",
    benefit: str = "",
    studio_id: int | None = None,
    actor=None,
) -> int:
    from tests.studios.conftest import ADMIN

    return create_achievement(
        world.db,
        actor or ADMIN,
        AchievementInput(
            title=title,
            kind=kind,
            declared_on=date(2024, 1, 5),
            filed_on=date(2024, 1, 5),
            granted_on=granted,
            reg_no=reg_no,
            people=[PersonShare(world.members[person], 100)],
            studio_id=studio_id,
            benefit=benefit,
            benefit_year=2025 if benefit else None,
            benefit_basis="财务核定" if benefit else "",
        ),
    )
