"""Member services: listing and reading members within the actor's branch scope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.roles import Perm
from unionoffice.core.errors import NotFound
from unionoffice.core.i18n import translate
from unionoffice.core.identity import mask_id_number
from unionoffice.core.listing import ColumnDef, QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.members.models import Gender, Member, MemberStatus


@dataclass(frozen=True)
class MemberInfo:
    id: int
    name: str
    gender: str
    id_number: str
    birth_date: date
    branch_id: int
    group_id: int | None
    status: str
    join_date: date
    version: int


def _load(s, actor: Actor, member_id: int) -> Member:  # type: ignore[no-untyped-def]
    member = s.get(Member, member_id)
    # Out-of-scope members look exactly like missing ones: a clerk learns nothing about them.
    if member is None or not actor.can_see_branch(member.branch_id):
        raise NotFound(translate("Members", "找不到该会员。"))
    return member


def get_member(db: Database, actor: Actor, member_id: int) -> MemberInfo:
    actor.require(Perm.MEMBERS_READ)
    with db.read(actor) as s:
        m = _load(s, actor, member_id)
        return MemberInfo(
            m.id, m.name, m.gender, m.id_number, m.birth_date, m.branch_id, m.group_id, m.status, m.join_date, m.version
        )


def visible_member_ids(db: Database, actor: Actor) -> list[int]:
    actor.require(Perm.MEMBERS_READ)
    with db.read(actor) as s:
        return list(s.execute(select(Member.id).where(actor.branch_clause(Member.branch_id))).scalars())


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    branch_id: int | None = None
    status: str | None = None


def member_source(db: Database, actor: Actor, flt: MemberFilter) -> QuerySource:
    """The register's rows for the lazy table: scoped to the actor's branches, masked ids."""
    actor.require(Perm.MEMBERS_READ)
    branch = aliased(OrgUnit)
    group = aliased(OrgUnit)
    query = (
        select(Member.id, Member.name, Member.gender, Member.id_number, Member.birth_date, branch.name, group.name,
               Member.status, Member.join_date)
        .join(branch, branch.id == Member.branch_id)
        .outerjoin(group, group.id == Member.group_id)
        .where(actor.branch_clause(Member.branch_id))
    )
    if flt.branch_id is not None:
        query = query.where(Member.branch_id == flt.branch_id)
    if flt.status:
        query = query.where(Member.status == flt.status)
    text = flt.text.strip()
    if text:
        query = query.where(
            or_(Member.name.startswith(text), Member.name_initials.startswith(text.lower()),
                Member.employee_no == text, Member.id_suffix == text.upper())
        )
    columns = (
        ColumnDef("name", translate("Members", "姓名")),
        ColumnDef("gender", translate("Members", "性别")),
        ColumnDef("id_number", translate("Members", "身份证号"), sortable=False),
        ColumnDef("birth_date", translate("Members", "出生日期")),
        ColumnDef("branch", translate("Members", "分工会")),
        ColumnDef("group", translate("Members", "工会小组")),
        ColumnDef("status", translate("Members", "状态")),
        ColumnDef("join_date", translate("Members", "入会日期")),
    )
    sort = {"name": Member.name, "gender": Member.gender, "birth_date": Member.birth_date, "branch": branch.name,
            "group": group.name, "status": Member.status, "join_date": Member.join_date}

    def fmt(row) -> tuple:  # type: ignore[no-untyped-def]
        name, gender, id_number, birth, branch_name, group_name, status, joined = row
        return (name, Gender(gender).label, mask_id_number(id_number), birth.isoformat(), branch_name,
                group_name or "", MemberStatus(status).label, joined.isoformat())

    return QuerySource(db, query, columns, sort, default_order=(Member.id,), formatter=fmt)
