"""Creating and editing studios: the studio itself, its recognitions (level history) and people."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member
from unionoffice.studios.contract import RecognitionInput, StudioInput
from unionoffice.studios.labels import Level
from unionoffice.studios.models import Studio, StudioMember, StudioRecognition
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service.studios import load_studio


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
    db: Database,
    actor: Actor,
    data: StudioInput,
    exclude_id: int | None = None,
    recognitions: Sequence[RecognitionInput] | None = None,
) -> list[FieldProblem]:
    """The problems ``save_studio`` would refuse ``data`` (and ``recognitions``) for, without writing."""
    problems = _recognition_problems(recognitions) if recognitions is not None else []
    with db.read(actor) as s:
        try:
            _check(s, actor, data, exclude_id)
        except ValidationError as error:
            return list(error.problems) + problems
    return problems


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
        studio = load_studio(s, actor, studio_id)
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
        studio = load_studio(s, actor, studio_id)
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
        studio = load_studio(s, actor, studio_id)
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
        _sync_people(s, studio, people)


def _recognition_problems(recognitions: Sequence[RecognitionInput]) -> list[FieldProblem]:
    field = translate("Studios", "命名历程")
    if not recognitions:
        return [FieldProblem(field, translate("Studios", "至少要有一次命名：工作室的级别来自命名"))]
    return [
        FieldProblem(field, translate("Studios", "第 {n} 条：命名单位不能为空").format(n=n))
        for n, r in enumerate(recognitions, start=1)
        if not r.body.strip()
    ]


def save_studio(
    db: Database,
    actor: Actor,
    studio_id: int | None,
    data: StudioInput,
    recognitions: Sequence[RecognitionInput],
    people: Sequence[tuple[int, str]],
    expected_version: int = 0,
) -> int:
    """Create a studio (``studio_id`` None) or replace the whole of one as its form edits it, in
    one transaction: its data, its level history (rows with an ``id`` are kept and updated, the
    others added, missing ones removed; the level is the highest recognised) and its members
    ``(member_id, role)`` (the leader always stays). Every problem is reported at once."""
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        studio = load_studio(s, actor, studio_id) if studio_id is not None else None
        if studio is not None:
            check_version(s, studio, expected_version)
        problems = _recognition_problems(recognitions)
        try:
            name = _check(s, actor, data, exclude_id=studio_id)
        except ValidationError as error:
            problems = error.problems + problems
        if problems:
            raise ValidationError(problems)
        highest = min((Level(r.level) for r in recognitions), key=lambda lv: lv.rank)
        first = min(r.recognised_on for r in recognitions)
        if studio is None:
            studio = Studio(name=name, leader_id=data.leader_id, branch_id=data.branch_id, level=highest)
            s.add(studio)
        studio.name, studio.leader_id, studio.branch_id = name, data.leader_id, data.branch_id
        studio.field, studio.status, studio.level = data.field.strip(), data.status, highest
        studio.founded_on = data.founded_on or studio.founded_on or first
        studio.notes = data.notes.strip() or None
        studio.updated_at = utcnow()  # a save of the form is one change, even of members only
        s.flush()
        _sync_recognitions(s, studio.id, recognitions)
        _sync_people(s, studio, people)
        return studio.id


def _sync_recognitions(s: Session, studio_id: int, recognitions: Sequence[RecognitionInput]) -> None:
    stored = {
        r.id: r for r in s.scalars(select(StudioRecognition).where(StudioRecognition.studio_id == studio_id))
    }
    kept = {r.id for r in recognitions if r.id is not None}
    for rid, gone in stored.items():
        if rid not in kept:
            s.delete(gone)
    for r in recognitions:
        row = stored.get(r.id) if r.id is not None else None
        if row is None:  # new, or an id that is not this studio's: added as new
            s.add(_recognition(studio_id, r))
            continue
        row.level, row.recognised_on, row.body = r.level, r.recognised_on, r.body.strip()
        row.document_no = r.document_no.strip() or None


def _sync_people(s: Session, studio: Studio, people: Sequence[tuple[int, str]]) -> None:
    """The member list becomes ``people``; the leader always stays, a newcomer joins today."""
    old = {m.member_id: m for m in s.scalars(select(StudioMember).where(StudioMember.studio_id == studio.id))}
    wanted = dict(people)
    wanted.setdefault(studio.leader_id, translate("Studios", "领衔人"))
    for member_id, row in old.items():
        if member_id not in wanted:
            s.delete(row)
    for member_id, role in wanted.items():
        if member_id in old:
            old[member_id].role = role
        else:
            joined = studio.founded_on if member_id == studio.leader_id and not old else date.today()
            s.add(StudioMember(studio_id=studio.id, member_id=member_id, role=role, joined_on=joined))
