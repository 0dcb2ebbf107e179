"""What other modules read: published grades and honours as plain dataclasses (certificates)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.members.api import Member
from unionoffice.studios.labels import GRADED, FiveSmall, Grade, Kind, Level, Recipient, RoundStatus
from unionoffice.studios.models import Achievement, AchievementPerson, EvaluationRound, Honour, Studio
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service.checks import PersonShare
from unionoffice.studios.service.honours import recipient_name


@dataclass(frozen=True, kw_only=True)
class GradedAchievement:
    id: int
    title: str
    kind_label: str  # 小发明, 小革新 ...
    grade: Grade
    grade_label: str  # 特等, 一类 ...
    year: int
    quarter: int
    reg_no: str
    summary: str
    comment: str
    studio_name: str
    branch_name: str
    benefit_fen: int
    people: tuple[PersonShare, ...]

    @property
    def member_ids(self) -> tuple[int, ...]:
        return tuple(p.member_id for p in self.people)

    @property
    def recipient_names(self) -> str:
        return "、".join(p.name for p in self.people)


@dataclass(frozen=True, kw_only=True)
class HonourEntry:
    id: int
    title: str
    level: Level
    level_label: str
    body: str
    year: int
    recipient_kind: Recipient
    recipient_name: str
    member_ids: tuple[int, ...]  # the person for a personal honour; empty for a studio or a team
    studio_id: int | None
    branch_name: str
    certificate_no: str


_GRADE_ORDER = {g: i for i, g in enumerate(GRADED)}


def _people(s: Session, ids: list[int]) -> dict[int, list[PersonShare]]:
    people: dict[int, list[PersonShare]] = defaultdict(list)
    for chunk in range(0, len(ids), 500):  # keep IN lists short for any database
        for aid, mid, share, name in s.execute(
            select(
                AchievementPerson.achievement_id,
                AchievementPerson.member_id,
                AchievementPerson.share_pct,
                Member.name,
            )
            .join(Member, Member.id == AchievementPerson.member_id)
            .where(AchievementPerson.achievement_id.in_(ids[chunk : chunk + 500]))
            .order_by(AchievementPerson.achievement_id, AchievementPerson.position)
        ):
            people[aid].append(PersonShare(mid, share, name))
    return people


def graded_achievements(
    db: Database, actor: Actor, year: int, quarter: int | None = None
) -> list[GradedAchievement]:
    """Results graded 特等 to 三类 in the closed rounds of ``year`` (and ``quarter``), best first."""
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        query = (
            select(Achievement, EvaluationRound.year, EvaluationRound.quarter, Studio.name, OrgUnit.name)
            .join(EvaluationRound, EvaluationRound.id == Achievement.round_id)
            .outerjoin(Studio, Studio.id == Achievement.studio_id)
            .join(OrgUnit, OrgUnit.id == Achievement.branch_id)
            .where(
                EvaluationRound.year == year,
                EvaluationRound.status == RoundStatus.CLOSED,
                Achievement.grade.in_([g.value for g in GRADED]),
                actor.branch_clause(Achievement.branch_id),
            )
        )
        if quarter is not None:
            query = query.where(EvaluationRound.quarter == quarter)
        rows = s.execute(query).all()
        people = _people(s, [a.id for a, *_ in rows])
        result = [
            GradedAchievement(
                id=a.id,
                title=a.title,
                kind_label=FiveSmall(a.five_small_kind).label if a.five_small_kind else Kind(a.kind).label,
                grade=Grade(a.grade),
                grade_label=Grade(a.grade).label,
                year=y,
                quarter=q,
                reg_no=a.reg_no or "",
                summary=a.summary,
                comment=a.grade_comment or "",
                studio_name=studio or "",
                branch_name=branch,
                benefit_fen=a.benefit_fen,
                people=tuple(people[a.id]),
            )
            for a, y, q, studio, branch in rows
            if a.grade is not None  # always: the query asks for graded results
        ]
    result.sort(key=lambda g: (g.quarter, _GRADE_ORDER[g.grade], g.reg_no, g.id))
    return result


def honours_list(db: Database, actor: Actor, year: int) -> list[HonourEntry]:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        rows = s.execute(
            select(Honour, recipient_name(), OrgUnit.name)
            .join(OrgUnit, OrgUnit.id == Honour.branch_id)
            .where(Honour.year == year, actor.branch_clause(Honour.branch_id))
            .order_by(Honour.title, Honour.id)
        ).all()
        return [
            HonourEntry(
                id=h.id,
                title=h.title,
                level=Level(h.level),
                level_label=Level(h.level).label,
                body=h.body,
                year=h.year,
                recipient_kind=Recipient(h.recipient_kind),
                recipient_name=name,
                member_ids=(h.member_id,) if h.member_id else (),
                studio_id=h.studio_id,
                branch_name=branch,
                certificate_no=h.certificate_no or "",
            )
            for h, name, branch in rows
        ]
