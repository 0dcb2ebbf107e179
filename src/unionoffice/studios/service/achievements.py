"""Achievements: patents, copyrights, five-small results and papers, with their people and files."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ScalarSelect, Select, func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.scope import get_in_scope
from unionoffice.core.sequences import next_number
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import CellError
from unionoffice.foundation.money import format_fen
from unionoffice.members.api import Member
from unionoffice.studios.contract import (
    AchievementFilter,
    AchievementInfo,
    AchievementInput,
    AttachmentInfo,
    PersonShare,
    achievement_columns,
)
from unionoffice.studios.labels import FiveSmall, Grade, Kind, RoundStatus, Status, label_of
from unionoffice.studios.models import (
    Achievement,
    AchievementAttachment,
    AchievementPerson,
    EvaluationRound,
    Studio,
)
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service.checks import (
    benefit_fen,
    check_people,
    normalize_reg_no,
)
from unionoffice.studios.service.stats import PATENT_KINDS

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


def _validated(s: Session, actor: Actor, data: AchievementInput, exclude_id: int | None) -> dict:
    """Every problem at once, as a clerk would want; returns the column values to store."""
    problems: list[FieldProblem] = []
    title = data.title.strip()
    if not title:
        problems.append(FieldProblem(translate("Studios", "成果名称"), translate("Studios", "不能为空")))
    elif len(title) > 200:
        problems.append(
            FieldProblem(translate("Studios", "成果名称"), translate("Studios", "不能超过 200 个字符"))
        )
    if data.kind is Kind.FIVE_SMALL and data.five_small_kind is None:
        problems.append(
            FieldProblem(
                translate("Studios", "五小类别"),
                translate("Studios", "五小成果须注明小发明、小创造、小革新、小设计或小建议"),
            )
        )
    reg_no = None
    try:
        reg_no = normalize_reg_no(data.kind, data.reg_no)
    except CellError as error:
        problems.append(FieldProblem(translate("Studios", "专利号/登记号"), error.message))
    if reg_no:
        clash = s.execute(
            select(Achievement.title).where(Achievement.reg_no == reg_no, Achievement.id != (exclude_id or 0))
        ).scalar()
        if clash is not None:
            problems.append(
                FieldProblem(
                    translate("Studios", "专利号/登记号"),
                    translate("Studios", "{no} 已登记在成果“{title}”上").format(no=reg_no, title=clash),
                )
            )
    fen = 0
    try:
        fen = data.benefit if isinstance(data.benefit, int) else benefit_fen(data.benefit)
        if fen < 0:
            raise CellError(translate("Studios", "经济效益不能为负数"))
    except CellError as error:
        problems.append(FieldProblem(translate("Studios", "经济效益"), error.message))
    if fen > 0 and not data.benefit_year:
        problems.append(
            FieldProblem(
                translate("Studios", "效益年度"), translate("Studios", "填写了经济效益，请注明计入哪一年")
            )
        )
    if fen > 0 and not data.benefit_basis.strip():
        problems.append(
            FieldProblem(
                translate("Studios", "测算方式"),
                translate("Studios", "填写了经济效益，请注明如何测算（如财务部门核定）"),
            )
        )
    if data.benefit_year is not None and not 1990 <= data.benefit_year <= 2100:
        problems.append(
            FieldProblem(translate("Studios", "效益年度"), translate("Studios", "年度应在 1990—2100 之间"))
        )
    if data.filed_on and data.granted_on and data.granted_on < data.filed_on:
        problems.append(
            FieldProblem(translate("Studios", "授权日期"), translate("Studios", "不能早于申请日期"))
        )
    branch_id = data.branch_id
    if data.studio_id is not None:
        studio = s.get(Studio, data.studio_id)
        if studio is None or not actor.can_see_branch(studio.branch_id):
            problems.append(FieldProblem(translate("Studios", "工作室"), translate("Studios", "不存在")))
        else:
            branch_id = studio.branch_id
    people: list[PersonShare] = []
    try:
        people = check_people(s, data.people, translate("Studios", "完成人"))
    except ValidationError as error:
        problems.extend(error.problems)
    if branch_id is None and people:
        branch_id = s.get_one(Member, people[0].member_id).branch_id
    if problems:
        raise ValidationError(problems)
    actor.require_branch(branch_id)
    return {
        "title": title,
        "kind": data.kind,
        "five_small_kind": data.five_small_kind if data.kind is Kind.FIVE_SMALL else None,
        "studio_id": data.studio_id,
        "branch_id": branch_id,
        "summary": data.summary.strip(),
        "declared_on": data.declared_on,
        "filed_on": data.filed_on,
        "granted_on": data.granted_on,
        "adopted_on": data.adopted_on,
        "reg_no": reg_no,
        "benefit_fen": fen,
        "benefit_year": data.benefit_year if fen else None,
        "benefit_basis": data.benefit_basis.strip() or None,
        "_people": people,
    }


def validate_achievement(db: Database, actor: Actor, data: AchievementInput, exclude_id: int | None) -> None:
    """Every problem of ``data`` as ``create``/``update`` would find them, without writing."""
    actor.require(StudiosPerm.WRITE)
    with db.read(actor) as s:
        _validated(s, actor, data, exclude_id)


def _five_small_number(s: Session, year: int) -> str:
    return f"WX{year}-{next_number(s, f'studios.five_small.{year}'):04d}"


def _initial_status(kind: Kind, granted_on: date | None) -> Status:
    # Five-small results go through the quarterly rounds; patents, copyrights and papers are
    # examined outside the union: granted (or registered / published) means published here.
    if kind is Kind.FIVE_SMALL or granted_on is None:
        return Status.DECLARED
    return Status.PUBLISHED


def _set_people(s: Session, achievement_id: int, people: list[PersonShare]) -> None:
    for old in s.scalars(select(AchievementPerson).where(AchievementPerson.achievement_id == achievement_id)):
        s.delete(old)
    s.flush()
    for position, person in enumerate(people, start=1):
        s.add(
            AchievementPerson(
                achievement_id=achievement_id,
                member_id=person.member_id,
                position=position,
                share_pct=person.share_pct,
            )
        )


def create_achievement_in(s: Session, actor: Actor, data: AchievementInput) -> int:
    """The body of ``create_achievement`` inside a caller's transaction (the importer's too)."""
    values = _validated(s, actor, data, None)
    people = values.pop("_people")
    if values["kind"] is Kind.FIVE_SMALL and not values["reg_no"]:
        values["reg_no"] = _five_small_number(s, data.declared_on.year)
    achievement = Achievement(**values, status=_initial_status(data.kind, data.granted_on))
    s.add(achievement)
    s.flush()
    _set_people(s, achievement.id, people)
    return achievement.id


def create_achievement(db: Database, actor: Actor, data: AchievementInput) -> int:
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        return create_achievement_in(s, actor, data)


def _load(s: Session, actor: Actor, achievement_id: int) -> Achievement:
    return get_in_scope(s, actor, Achievement, achievement_id, lambda: translate("Studios", "找不到该成果。"))


def update_achievement(
    db: Database, actor: Actor, achievement_id: int, data: AchievementInput, expected_version: int
) -> None:
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        achievement = _load(s, actor, achievement_id)
        check_version(s, achievement, expected_version)
        if achievement.status == Status.PUBLISHED and achievement.kind == Kind.FIVE_SMALL:
            raise UserError(translate("Studios", "该成果已在季度评审中发布，不能再修改。"))
        values = _validated(s, actor, data, achievement_id)
        people = values.pop("_people")
        if values["kind"] is Kind.FIVE_SMALL and not values["reg_no"]:
            values["reg_no"] = achievement.reg_no or _five_small_number(s, data.declared_on.year)
        for key, value in values.items():
            setattr(achievement, key, value)
        if achievement.kind != Kind.FIVE_SMALL:
            achievement.status = _initial_status(Kind(achievement.kind), achievement.granted_on)
        _set_people(s, achievement_id, people)


def delete_achievement(db: Database, actor: Actor, achievement_id: int, expected_version: int) -> None:
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        achievement = _load(s, actor, achievement_id)
        check_version(s, achievement, expected_version)
        if achievement.round_id is not None:
            raise UserError(translate("Studios", "该成果已进入季度评审，不能删除。"))
        s.delete(achievement)


def get_achievement(db: Database, actor: Actor, achievement_id: int) -> AchievementInfo:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        a = _load(s, actor, achievement_id)
        studio = s.get(Studio, a.studio_id) if a.studio_id else None
        people = [
            PersonShare(mid, share, name, number or "")
            for mid, share, name, number in s.execute(
                select(
                    AchievementPerson.member_id, AchievementPerson.share_pct, Member.name, Member.employee_no
                )
                .join(Member, Member.id == AchievementPerson.member_id)
                .where(AchievementPerson.achievement_id == a.id)
                .order_by(AchievementPerson.position)
            )
        ]
        return AchievementInfo(
            id=a.id,
            title=a.title,
            kind=Kind(a.kind),
            five_small_kind=FiveSmall(a.five_small_kind) if a.five_small_kind else None,
            studio_id=a.studio_id,
            studio_name=studio.name if studio else "",
            branch_id=a.branch_id,
            summary=a.summary,
            declared_on=a.declared_on,
            filed_on=a.filed_on,
            granted_on=a.granted_on,
            adopted_on=a.adopted_on,
            reg_no=a.reg_no or "",
            benefit_fen=a.benefit_fen,
            benefit_year=a.benefit_year,
            benefit_basis=a.benefit_basis or "",
            status=Status(a.status),
            round_id=a.round_id,
            grade=Grade(a.grade) if a.grade else None,
            grade_comment=a.grade_comment or "",
            people=people,
            version=a.version,
        )


# Attachments ------------------------------------------------------------------------------------


def add_attachment(db: Database, actor: Actor, achievement_id: int, file_name: str, content: bytes) -> int:
    actor.require(StudiosPerm.WRITE)
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise UserError(
            translate("Studios", "附件“{name}”超过 20 MB，请压缩后再添加。").format(name=file_name)
        )
    with db.transaction(actor) as s:
        _load(s, actor, achievement_id)
        row = AchievementAttachment(
            achievement_id=achievement_id, file_name=file_name[:255], size=len(content), content=content
        )
        s.add(row)
        s.flush()
        return row.id


def attachments(db: Database, actor: Actor, achievement_id: int) -> list[AttachmentInfo]:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        _load(s, actor, achievement_id)
        return [
            AttachmentInfo(*row)
            for row in s.execute(
                select(AchievementAttachment.id, AchievementAttachment.file_name, AchievementAttachment.size)
                .where(AchievementAttachment.achievement_id == achievement_id)
                .order_by(AchievementAttachment.id)
            )
        ]


def attachment_content(db: Database, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        row = s.get(AchievementAttachment, attachment_id)
        if row is None:
            raise NotFound(translate("Studios", "找不到该附件。"))
        _load(s, actor, row.achievement_id)
        return row.file_name, row.content


def remove_attachment(db: Database, actor: Actor, attachment_id: int) -> None:
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        row = s.get(AchievementAttachment, attachment_id)
        if row is None:
            raise NotFound(translate("Studios", "找不到该附件。"))
        _load(s, actor, row.achievement_id)
        s.delete(row)


# The list ----------------------------------------------------------------------------------------


def people_names() -> ScalarSelect[str]:
    """Correlated subquery: the people of an achievement as 张三、李四 (SQLite and PostgreSQL)."""
    return (
        select(func.aggregate_strings(Member.name, "、"))
        .select_from(AchievementPerson)
        .join(Member, Member.id == AchievementPerson.member_id)
        .where(AchievementPerson.achievement_id == Achievement.id)
        .correlate(Achievement)
        .scalar_subquery()
    )


def _drill_down(actor: Actor, flt: AchievementFilter, query: Select) -> Select:
    """The conditions behind the figures of ``stats.statistics``, so a list matches its bar."""
    if flt.branch_id is not None:
        actor.require_branch(flt.branch_id)
        query = query.where(Achievement.branch_id == flt.branch_id)
    if flt.round_year is not None or flt.quarter is not None:
        rounds = select(EvaluationRound.id).where(EvaluationRound.status == RoundStatus.CLOSED)
        if flt.round_year is not None:
            rounds = rounds.where(EvaluationRound.year == flt.round_year)
        if flt.quarter is not None:
            rounds = rounds.where(EvaluationRound.quarter == flt.quarter)
        query = query.where(Achievement.round_id.in_(rounds))
    if flt.grade:
        query = query.where(Achievement.grade == flt.grade)
    if flt.granted_year is not None:
        query = query.where(
            Achievement.kind.in_([k.value for k in PATENT_KINDS]),
            Achievement.granted_on >= date(flt.granted_year, 1, 1),
            Achievement.granted_on <= date(flt.granted_year, 12, 31),
        )
    if flt.benefit_year is not None:
        query = query.where(Achievement.benefit_year == flt.benefit_year, Achievement.benefit_fen > 0)
    return query


def achievement_source(db: Database, actor: Actor, flt: AchievementFilter | None = None) -> QuerySource:
    actor.require(StudiosPerm.READ)
    flt = flt or AchievementFilter()
    query = (
        select(
            Achievement.id,
            Achievement.title,
            Achievement.kind,
            Achievement.five_small_kind,
            Studio.name,
            people_names(),
            Achievement.reg_no,
            Achievement.declared_on,
            Achievement.status,
            Achievement.grade,
            Achievement.benefit_fen,
        )
        .outerjoin(Studio, Studio.id == Achievement.studio_id)
        .where(actor.branch_clause(Achievement.branch_id))
    )
    text = flt.text.strip()
    if text:
        query = query.where(Achievement.title.contains(text) | (Achievement.reg_no == text.upper()))
    if flt.kind:
        query = query.where(Achievement.kind == flt.kind)
    if flt.status:
        query = query.where(Achievement.status == flt.status)
    if flt.studio_id:
        query = query.where(Achievement.studio_id == flt.studio_id)
    if flt.round_id:
        query = query.where(Achievement.round_id == flt.round_id)
    if flt.year:
        query = query.where(
            Achievement.declared_on >= date(flt.year, 1, 1), Achievement.declared_on <= date(flt.year, 12, 31)
        )
    query = _drill_down(actor, flt, query)
    columns = achievement_columns()
    sort = {
        "title": Achievement.title,
        "kind": Achievement.kind,
        "studio": Studio.name,
        "reg_no": Achievement.reg_no,
        "declared_on": Achievement.declared_on,
        "status": Achievement.status,
        "grade": Achievement.grade,
        "benefit": Achievement.benefit_fen,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        title, kind, sub, studio, people, reg_no, declared, status, grade, fen = row
        kind_text = FiveSmall(sub).label if kind == Kind.FIVE_SMALL and sub else Kind(kind).label
        return (
            title,
            kind_text,
            studio or "",
            people or "",
            reg_no or "",
            declared.isoformat(),
            Status(status).label,
            label_of(Grade, grade),
            format_fen(fen) if fen else "",
        )

    return QuerySource(
        db,
        query,
        columns,
        sort,
        descending=False,
        default_order=(Achievement.declared_on.desc(), Achievement.id.desc()),
        formatter=fmt,
    )
