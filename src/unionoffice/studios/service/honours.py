"""Honours won by members, studios and teams: the register and a person's honours."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.scope import get_in_scope
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.members.api import Member
from unionoffice.studios.contract import HonourFilter, HonourInfo, HonourInput, honour_columns
from unionoffice.studios.labels import Level, Recipient
from unionoffice.studios.models import Honour, Studio, StudioMember
from unionoffice.studios.perms import StudiosPerm


def _validated(s: Session, actor: Actor, data: HonourInput) -> dict:
    problems: list[FieldProblem] = []
    if not data.title.strip():
        problems.append(FieldProblem(translate("Studios", "荣誉名称"), translate("Studios", "不能为空")))
    if not data.body.strip():
        problems.append(FieldProblem(translate("Studios", "授予单位"), translate("Studios", "不能为空")))
    if not 1950 <= data.year <= 2100:
        problems.append(
            FieldProblem(translate("Studios", "年度"), translate("Studios", "年度应在 1950—2100 之间"))
        )
    if data.awarded_on and data.awarded_on.year != data.year:
        problems.append(FieldProblem(translate("Studios", "授予日期"), translate("Studios", "与年度不一致")))
    branch_id = data.branch_id
    member_id = studio_id = None
    team = None
    if data.recipient is Recipient.MEMBER:
        member = s.get(Member, data.member_id) if data.member_id else None
        if member is None:
            problems.append(FieldProblem(translate("Studios", "获奖人"), translate("Studios", "不是会员")))
        else:
            member_id, branch_id = member.id, member.branch_id
    elif data.recipient is Recipient.STUDIO:
        studio = s.get(Studio, data.studio_id) if data.studio_id else None
        if studio is None:
            problems.append(FieldProblem(translate("Studios", "工作室"), translate("Studios", "不存在")))
        else:
            studio_id, branch_id = studio.id, studio.branch_id
    else:
        team = data.team_name.strip()
        if not team:
            problems.append(FieldProblem(translate("Studios", "集体名称"), translate("Studios", "不能为空")))
        if branch_id is None or s.get(OrgUnit, branch_id) is None:
            problems.append(
                FieldProblem(translate("Studios", "分工会"), translate("Studios", "集体荣誉须注明所属分工会"))
            )
    if problems:
        raise ValidationError(problems)
    actor.require_branch(branch_id)
    return {
        "title": data.title.strip(),
        "level": data.level,
        "body": data.body.strip(),
        "year": data.year,
        "recipient_kind": data.recipient,
        "member_id": member_id,
        "studio_id": studio_id,
        "team_name": team,
        "branch_id": branch_id,
        "certificate_no": data.certificate_no.strip() or None,
        "awarded_on": data.awarded_on,
    }


def honour_problems(db: Database, actor: Actor, data: HonourInput) -> list[FieldProblem]:
    """The problems ``create_honour``/``update_honour`` would refuse ``data`` for, without writing."""
    with db.read(actor) as s:
        try:
            _validated(s, actor, data)
        except ValidationError as error:
            return list(error.problems)
    return []


def create_honour_in(s: Session, actor: Actor, data: HonourInput) -> int:
    honour = Honour(**_validated(s, actor, data))
    s.add(honour)
    s.flush()
    return honour.id


def create_honour(db: Database, actor: Actor, data: HonourInput) -> int:
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        return create_honour_in(s, actor, data)


def _load(s: Session, actor: Actor, honour_id: int) -> Honour:
    return get_in_scope(s, actor, Honour, honour_id, lambda: translate("Studios", "找不到该荣誉记录。"))


def update_honour(
    db: Database, actor: Actor, honour_id: int, data: HonourInput, expected_version: int
) -> None:
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        honour = _load(s, actor, honour_id)
        check_version(s, honour, expected_version)
        for key, value in _validated(s, actor, data).items():
            setattr(honour, key, value)


def delete_honour(db: Database, actor: Actor, honour_id: int, expected_version: int) -> None:
    actor.require(StudiosPerm.WRITE)
    with db.transaction(actor) as s:
        honour = _load(s, actor, honour_id)
        check_version(s, honour, expected_version)
        s.delete(honour)


def recipient_name() -> ColumnElement[str]:
    """SQL expression: the member's, the studio's or the team's name."""
    member_name = select(Member.name).where(Member.id == Honour.member_id).correlate(Honour).scalar_subquery()
    studio_name = select(Studio.name).where(Studio.id == Honour.studio_id).correlate(Honour).scalar_subquery()
    return func.coalesce(member_name, studio_name, Honour.team_name, "")


def _rows(s: Session, query: Select) -> list[HonourInfo]:
    return [
        HonourInfo(
            id=h.id,
            title=h.title,
            level=Level(h.level),
            body=h.body,
            year=h.year,
            recipient=Recipient(h.recipient_kind),
            recipient_name=name,
            member_id=h.member_id,
            studio_id=h.studio_id,
            branch_id=h.branch_id,
            certificate_no=h.certificate_no or "",
            awarded_on=h.awarded_on,
            version=h.version,
        )
        for h, name in s.execute(query)
    ]


def get_honour(db: Database, actor: Actor, honour_id: int) -> HonourInfo:
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        _load(s, actor, honour_id)
        return _rows(s, select(Honour, recipient_name()).where(Honour.id == honour_id))[0]


def honour_years(db: Database, actor: Actor) -> list[int]:
    """The years the actor's honours fall in, newest first (the year filter's choices)."""
    actor.require(StudiosPerm.READ)
    with db.read(actor) as s:
        return list(
            s.scalars(
                select(Honour.year)
                .where(actor.branch_clause(Honour.branch_id))
                .distinct()
                .order_by(Honour.year.desc())
            )
        )


def person_honours(db: Database, actor: Actor, member_id: int) -> list[HonourInfo]:
    """A person's page: their own honours and those of the studios they lead or belong to."""
    actor.require(StudiosPerm.READ)

    with db.read(actor) as s:
        get_in_scope(s, actor, Member, member_id, lambda: translate("Studios", "找不到该会员。"))
        studios = select(StudioMember.studio_id).where(StudioMember.member_id == member_id)
        return _rows(
            s,
            select(Honour, recipient_name())
            .where((Honour.member_id == member_id) | Honour.studio_id.in_(studios))
            .order_by(Honour.year.desc(), Honour.title),
        )


def honour_source(db: Database, actor: Actor, flt: HonourFilter | None = None) -> QuerySource:
    actor.require(StudiosPerm.READ)
    flt = flt or HonourFilter()
    name = recipient_name()
    query = (
        select(
            Honour.id,
            Honour.year,
            Honour.title,
            Honour.level,
            Honour.recipient_kind,
            name,
            OrgUnit.name,
            Honour.body,
            Honour.certificate_no,
        )
        .join(OrgUnit, OrgUnit.id == Honour.branch_id)
        .where(actor.branch_clause(Honour.branch_id))
    )
    if flt.text.strip():
        text = flt.text.strip()
        query = query.where(Honour.title.contains(text) | name.contains(text))
    if flt.year:
        query = query.where(Honour.year == flt.year)
    if flt.level:
        query = query.where(Honour.level == flt.level)
    columns = honour_columns()
    sort = {
        "year": Honour.year,
        "title": Honour.title,
        "level": Honour.level,
        "kind": Honour.recipient_kind,
        "recipient": name,
        "branch": OrgUnit.sort_order,
        "body": Honour.body,
        "certificate_no": Honour.certificate_no,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        year, title, level, kind, who, branch, body, cert = row
        return (year, title, Level(level).label, Recipient(kind).label, who, branch, body, cert or "")

    return QuerySource(
        db, query, columns, sort, default_order=(Honour.year.desc(), Honour.id.desc()), formatter=fmt
    )
