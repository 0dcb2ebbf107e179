"""The studio register: list, create and edit studios, recognitions, members; the studio page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.members.api import Member
from unionoffice.studios.contract import (
    RecognitionInfo,
    RecognitionInput,
    StudioAchievementRow,
    StudioFilter,
    StudioInfo,
    StudioInput,
    StudioPage,
    StudioPerson,
    studio_columns,
)
from unionoffice.studios.labels import FiveSmall, Grade, Kind, Level, Status, StudioStatus, label_of
from unionoffice.studios.models import Achievement, AchievementPerson, Studio, StudioMember, StudioRecognition
from unionoffice.studios.perms import StudiosPerm


def _load(s: Session, actor: Actor, studio_id: int) -> Studio:
    studio = s.get(Studio, studio_id)
    if studio is None or not actor.can_see_branch(studio.branch_id):
        raise NotFound(translate("Studios", "找不到该工作室。"))
    return studio


def _info(s: Session, studio: Studio) -> StudioInfo:
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


def _check(s: Session, actor: Actor, data: StudioInput, exclude_id: int | None = None) -> str:
    problems = []
    name = data.name.strip()
    if not name:
        problems.append(FieldProblem(translate("Studios", "名称"), translate("Studios", "不能为空")))
    else:
        clash = s.execute(
            select(Studio.id).where(Studio.name == name, Studio.id != (exclude_id or 0))
        ).scalar()
        if clash is not None:
            problems.append(
                FieldProblem(translate("Studios", "名称"), translate("Studios", "已有同名工作室"))
            )
    actor.require_branch(data.branch_id)
    branch = s.get(OrgUnit, data.branch_id)
    if branch is None:
        problems.append(FieldProblem(translate("Studios", "分工会"), translate("Studios", "不存在")))
    leader = s.get(Member, data.leader_id)
    if leader is None:
        problems.append(FieldProblem(translate("Studios", "领衔人"), translate("Studios", "不是会员")))
    if problems:
        raise ValidationError(problems)
    return name


def studio_problems(
    db: Database, actor: Actor, data: StudioInput, exclude_id: int | None = None
) -> list[FieldProblem]:
    """The problems ``create_studio``/``update_studio`` would refuse ``data`` for, without writing."""
    with db.read(actor) as s:
        try:
            _check(s, actor, data, exclude_id)
        except ValidationError as error:
            return list(error.problems)
    return []


def create_studio(db: Database, actor: Actor, data: StudioInput, recognition: RecognitionInput) -> int:
    """A studio is created by its first recognition: the level it holds must have a source."""
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        name = _check(s, actor, data)
        _check_recognition(recognition)
        studio = Studio(
            name=name,
            leader_id=data.leader_id,
            branch_id=data.branch_id,
            field=data.field.strip(),
            level=recognition.level,
            status=data.status,
            founded_on=data.founded_on or recognition.recognised_on,
            notes=data.notes.strip() or None,
        )
        s.add(studio)
        s.flush()
        s.add(_recognition(studio.id, recognition))
        s.add(
            StudioMember(
                studio_id=studio.id,
                member_id=data.leader_id,
                role=translate("Studios", "领衔人"),
                joined_on=studio.founded_on,
            )
        )
        return studio.id


def update_studio(
    db: Database, actor: Actor, studio_id: int, data: StudioInput, expected_version: int
) -> None:
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        studio = _load(s, actor, studio_id)
        check_version(s, studio, expected_version)
        studio.name = _check(s, actor, data, exclude_id=studio_id)
        studio.leader_id, studio.branch_id, studio.field = data.leader_id, data.branch_id, data.field.strip()
        studio.status, studio.founded_on, studio.notes = (
            data.status,
            data.founded_on,
            data.notes.strip() or None,
        )
        if s.get(StudioMember, (studio_id, data.leader_id)) is None:
            s.add(
                StudioMember(
                    studio_id=studio_id, member_id=data.leader_id, role=translate("Studios", "领衔人")
                )
            )


def _check_recognition(data: RecognitionInput) -> None:
    if not data.body.strip():
        raise ValidationError(
            FieldProblem(translate("Studios", "命名单位"), translate("Studios", "不能为空"))
        )


def _recognition(studio_id: int, data: RecognitionInput) -> StudioRecognition:
    return StudioRecognition(
        studio_id=studio_id,
        level=data.level,
        recognised_on=data.recognised_on,
        body=data.body.strip(),
        document_no=data.document_no.strip() or None,
    )


def add_recognition(
    db: Database, actor: Actor, studio_id: int, data: RecognitionInput, expected_version: int
) -> None:
    """Record a new recognition; the studio's level becomes the highest it has been given."""
    actor.require(StudiosPerm.WRITE)
    _check_recognition(data)
    with db.transaction(actor) as s:
        studio = _load(s, actor, studio_id)
        check_version(s, studio, expected_version)
        s.add(_recognition(studio_id, data))
        if data.level.rank < Level(studio.level).rank:
            studio.level = data.level


def set_studio_people(
    db: Database, actor: Actor, studio_id: int, people: Sequence[tuple[int, str]], expected_version: int
) -> None:
    """Replace the member list with ``(member_id, role)``; the leader always stays."""
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        studio = _load(s, actor, studio_id)
        check_version(s, studio, expected_version)
        ids = [m for m, _ in people]
        known = set(s.execute(select(Member.id).where(Member.id.in_(ids))).scalars())
        missing = [str(m) for m in ids if m not in known]
        if missing:
            raise ValidationError(
                FieldProblem(
                    translate("Studios", "成员"),
                    translate("Studios", "编号 {ids} 不是会员").format(ids="、".join(missing)),
                )
            )
        old = {
            m.member_id: m for m in s.scalars(select(StudioMember).where(StudioMember.studio_id == studio_id))
        }
        wanted = dict(people)
        wanted.setdefault(studio.leader_id, translate("Studios", "领衔人"))
        for member_id, row in old.items():
            if member_id not in wanted:
                s.delete(row)
        for member_id, role in wanted.items():
            if member_id in old:
                old[member_id].role = role
            else:
                s.add(
                    StudioMember(studio_id=studio_id, member_id=member_id, role=role, joined_on=date.today())
                )


def get_studio(db: Database, actor: Actor, studio_id: int) -> StudioInfo:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        return _info(s, _load(s, actor, studio_id))


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
        studio = _load(s, actor, studio_id)
        info = _info(s, studio)
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
