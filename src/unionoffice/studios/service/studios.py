"""The studio register: the list, a studio and its page. Creating and editing: ``studio_edit``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.scope import get_in_scope
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.members.api import Member
from unionoffice.studios.contract import (
    RecognitionInfo,
    RecognitionInput,
    StudioAchievementRow,
    StudioDetail,
    StudioFilter,
    StudioInfo,
    StudioMemberEntry,
    StudioPage,
    StudioPerson,
    studio_columns,
)
from unionoffice.studios.labels import FiveSmall, Grade, Kind, Level, Status, StudioStatus, label_of
from unionoffice.studios.models import Achievement, AchievementPerson, Studio, StudioMember, StudioRecognition
from unionoffice.studios.perms import StudiosPerm


def load_studio(s: Session, actor: Actor, studio_id: int) -> Studio:
    return get_in_scope(s, actor, Studio, studio_id, lambda: translate("Studios", "找不到该工作室。"))


def studio_info(s: Session, studio: Studio) -> StudioInfo:
    leader = s.get(Member, studio.leader_id)
    branch = s.get(OrgUnit, studio.branch_id)
    return StudioInfo(
        id=studio.id,
        name=studio.name,
        leader_id=studio.leader_id,
        leader_name=leader.name if leader else "",
        branch_id=studio.branch_id,
        branch_name=branch.name if branch else "",
        field=studio.field,
        level=studio.level,
        level_label=Level(studio.level).label,
        status=studio.status,
        status_label=StudioStatus(studio.status).label,
        founded_on=studio.founded_on,
        notes=studio.notes or "",
        version=studio.version,
    )


def get_studio(db: Database, actor: Actor, studio_id: int) -> StudioInfo:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        return studio_info(s, load_studio(s, actor, studio_id))


def person_text(name: str, employee_no: str | None) -> str:
    """A person as forms write them: 姓名（工号）."""
    return f"{name}（{employee_no or ''}）"


def studio_detail(db: Database, actor: Actor, studio_id: int) -> StudioDetail:
    """A studio as its form edits it: the leader and members written 姓名（工号）, the level history."""
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        studio = load_studio(s, actor, studio_id)
        info = studio_info(s, studio)
        recognitions = [
            RecognitionInput(Level(r.level), r.recognised_on, r.body, r.document_no or "", r.id)
            for r in s.scalars(
                select(StudioRecognition)
                .where(StudioRecognition.studio_id == studio_id)
                .order_by(StudioRecognition.recognised_on, StudioRecognition.id)
            )
        ]
        people = s.execute(
            select(StudioMember.member_id, Member.name, Member.employee_no, StudioMember.role)
            .join(Member, Member.id == StudioMember.member_id)
            .where(StudioMember.studio_id == studio_id)
            .order_by(StudioMember.member_id != studio.leader_id, Member.name_pinyin)
        ).all()
        leader = s.get_one(Member, studio.leader_id)
    return StudioDetail(
        studio=info,
        leader=person_text(leader.name, leader.employee_no),
        recognitions=recognitions,
        members=[StudioMemberEntry(person_text(name, number), role) for _, name, number, role in people],
    )


def studio_choices(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """``(id, name)`` of the studios the actor can see, for pickers."""
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        return [
            (sid, name)
            for sid, name in s.execute(
                select(Studio.id, Studio.name)
                .where(actor.branch_clause(Studio.branch_id))
                .order_by(Studio.name)
            )
        ]


def studio_page(db: Database, actor: Actor, studio_id: int) -> StudioPage:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        studio = load_studio(s, actor, studio_id)
        info = studio_info(s, studio)
        recognitions = [
            RecognitionInfo(Level(r.level).label, r.recognised_on, r.body, r.document_no or "")
            for r in s.scalars(
                select(StudioRecognition)
                .where(StudioRecognition.studio_id == studio_id)
                .order_by(StudioRecognition.recognised_on.desc())
            )
        ]
        counts = (
            select(AchievementPerson.member_id, func.count().label("n"))
            .join(Achievement, Achievement.id == AchievementPerson.achievement_id)
            .where(Achievement.studio_id == studio_id)
            .group_by(AchievementPerson.member_id)
            .subquery()
        )
        people = [
            StudioPerson(mid, name, role, joined, n or 0)
            for mid, name, role, joined, n in s.execute(
                select(
                    StudioMember.member_id, Member.name, StudioMember.role, StudioMember.joined_on, counts.c.n
                )
                .join(Member, Member.id == StudioMember.member_id)
                .outerjoin(counts, counts.c.member_id == StudioMember.member_id)
                .where(StudioMember.studio_id == studio_id)
                .order_by((StudioMember.member_id != studio.leader_id), Member.name_pinyin)
            )
        ]
        rows = s.execute(
            select(
                Achievement.id,
                Achievement.title,
                Achievement.kind,
                Achievement.five_small_kind,
                Achievement.reg_no,
                func.coalesce(Achievement.granted_on, Achievement.adopted_on, Achievement.declared_on),
                Achievement.status,
                Achievement.grade,
                Achievement.benefit_fen,
            )
            .where(Achievement.studio_id == studio_id)
            .order_by(
                case((Achievement.kind == Kind.INVENTION, 0), (Achievement.kind == Kind.UTILITY, 1), else_=2),
                Achievement.declared_on.desc(),
            )
        ).all()
        achievements = [
            StudioAchievementRow(
                aid,
                title,
                _kind_label(kind, sub),
                reg_no or "",
                when,
                Status(status).label,
                label_of(Grade, grade),
                format_fen(benefit) if benefit else "",
            )
            for aid, title, kind, sub, reg_no, when, status, grade, benefit in rows
        ]
        patents = [r for r in rows if Kind(r[2]).is_patent]
        return StudioPage(
            info,
            recognitions,
            people,
            achievements,
            len(patents),
            sum(1 for r in patents if r[2] == Kind.INVENTION),
            sum(r[8] for r in rows),
        )


def _kind_label(kind: str, sub: str | None) -> str:
    if kind == Kind.FIVE_SMALL and sub:
        return f"{Kind(kind).label}·{FiveSmall(sub).label}"
    return Kind(kind).label


def studio_source(db: Database, actor: Actor, flt: StudioFilter | None = None) -> QuerySource:
    actor.require(StudiosPerm.READ)
    flt = flt or StudioFilter()
    patents = (
        select(Achievement.studio_id, func.count().label("n"), func.sum(Achievement.benefit_fen).label("fen"))
        .group_by(Achievement.studio_id)
        .subquery()
    )
    level_rank = case(*((Studio.level == lv.value, lv.rank) for lv in Level), else_=9)
    query = (
        select(
            Studio.id,
            Studio.name,
            Member.name,
            Studio.level,
            OrgUnit.name,
            Studio.field,
            Studio.status,
            func.coalesce(patents.c.n, 0),
            func.coalesce(patents.c.fen, 0),
        )
        .join(Member, Member.id == Studio.leader_id)
        .join(OrgUnit, OrgUnit.id == Studio.branch_id)
        .outerjoin(patents, patents.c.studio_id == Studio.id)
        .where(actor.branch_clause(Studio.branch_id))
    )
    if flt.text.strip():
        query = query.where(Studio.name.contains(flt.text.strip()) | Member.name.startswith(flt.text.strip()))
    if flt.level:
        query = query.where(Studio.level == flt.level)
    if flt.branch_id:
        query = query.where(Studio.branch_id == flt.branch_id)
    columns = studio_columns()
    sort = {
        "name": Studio.name,
        "leader": Member.name_pinyin,
        "level": level_rank,
        "branch": OrgUnit.sort_order,
        "field": Studio.field,
        "status": Studio.status,
        "count": func.coalesce(patents.c.n, 0),
        "benefit": func.coalesce(patents.c.fen, 0),
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        name, leader, level, branch, field, status, count, fen = row
        return (
            name,
            leader,
            Level(level).label,
            branch,
            field,
            StudioStatus(status).label,
            count,
            format_fen(fen),
        )

    return QuerySource(db, query, columns, sort, default_order=(level_rank, Studio.name), formatter=fmt)
