"""A member's life on the register: transfer, retire / leave / transfer out / death, re-join.

Every step writes a ``MemberEvent`` so the history shows where someone was and why.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.normalize import normalize_text
from unionoffice.members.contract import HistoryLine
from unionoffice.members.labels import LEAVING, EventKind, MemberStatus
from unionoffice.members.models import Member, MemberEvent
from unionoffice.members.perms import MembersPerm
from unionoffice.members.service import load_member


def _date_problem(on: date | None, field: str) -> FieldProblem | None:
    if on is None:
        return FieldProblem(field, translate("Members", "不能为空"))
    if on > date.today():
        return FieldProblem(field, translate("Members", "不能晚于今天"))
    return None


def _reason(reason: str | None) -> str | None:
    text = normalize_text(reason or "")
    if len(text) > 255:
        raise ValidationError(
            FieldProblem(translate("Members", "原因"), translate("Members", "不能超过 255 个字符"))
        )
    return text or None


def transfer(
    db: Database,
    actor: Actor,
    member_id: int,
    expected_version: int,
    to_branch_id: int,
    to_group_id: int | None,
    on: date | None,
    reason: str | None = None,
) -> None:
    """Move an active member to another group or branch union. The clerk of the member's current
    branch does it; the receiving branch union sees the member from then on."""
    actor.require(MembersPerm.WRITE)
    with db.transaction(actor) as s:
        member = load_member(s, actor, member_id)
        check_version(s, member, expected_version)
        problems = [p for p in [_date_problem(on, translate("Members", "调动日期"))] if p]
        if member.status != MemberStatus.ACTIVE:
            raise UserError(
                translate("Members", "只有在会会员可以调动；{name} 当前状态为{status}。").format(
                    name=member.name, status=MemberStatus(member.status).label
                )
            )
        branch = s.get(OrgUnit, to_branch_id)
        if branch is None or branch.kind != UnitKind.BRANCH or not branch.active:
            problems.append(
                FieldProblem(translate("Members", "调入分工会"), translate("Members", "请选择分工会"))
            )
        if to_group_id is not None:
            group = s.get(OrgUnit, to_group_id)
            if group is None or group.parent_id != to_branch_id or not group.active:
                problems.append(
                    FieldProblem(translate("Members", "调入小组"), translate("Members", "不属于所选分工会"))
                )
        if not problems and (to_branch_id, to_group_id) == (member.branch_id, member.group_id):
            problems.append(
                FieldProblem(translate("Members", "调入小组"), translate("Members", "与当前所在小组相同"))
            )
        if problems:
            raise ValidationError(problems)
        assert on is not None and branch is not None
        s.add(
            MemberEvent(
                member_id=member.id,
                kind=EventKind.TRANSFER,
                event_date=on,
                from_branch_id=member.branch_id,
                from_group_id=member.group_id,
                to_branch_id=to_branch_id,
                to_group_id=to_group_id,
                reason=_reason(reason),
                recorded_by_id=actor.user_id,
            )
        )
        if member.branch_id != to_branch_id and branch.base:
            member.base = branch.base
        member.branch_id, member.group_id = to_branch_id, to_group_id


def change_status(
    db: Database,
    actor: Actor,
    member_id: int,
    expected_version: int,
    status: MemberStatus,
    on: date | None,
    reason: str | None = None,
) -> None:
    """Retire, leave, transfer out or record a death. A deceased member's record is final."""
    actor.require(MembersPerm.WRITE)
    status = MemberStatus(status)
    if status not in LEAVING:
        raise UserError(translate("Members", "恢复会籍请使用“重新入会”。"))
    with db.transaction(actor) as s:
        member = load_member(s, actor, member_id)
        check_version(s, member, expected_version)
        current = MemberStatus(member.status)
        if current == MemberStatus.DECEASED:
            raise UserError(
                translate("Members", "{name} 已登记为去世，不能再变更状态。").format(name=member.name)
            )
        if current == status:
            raise UserError(
                translate("Members", "{name} 当前状态已是{status}。").format(
                    name=member.name, status=status.label
                )
            )
        problem = _date_problem(on, translate("Members", "变更日期"))
        if problem is None and on is not None and on < member.join_date and current == MemberStatus.ACTIVE:
            problem = FieldProblem(translate("Members", "变更日期"), translate("Members", "不能早于入会日期"))
        if problem:
            raise ValidationError(problem)
        s.add(
            MemberEvent(
                member_id=member.id,
                kind=EventKind.STATUS,
                event_date=on,
                from_status=current,
                to_status=status,
                from_branch_id=member.branch_id,
                from_group_id=member.group_id,
                reason=_reason(reason),
                recorded_by_id=actor.user_id,
            )
        )
        member.status, member.status_date, member.status_reason = status, on, _reason(reason)


def rejoin(
    db: Database,
    actor: Actor,
    member_id: int,
    expected_version: int,
    branch_id: int,
    group_id: int | None,
    on: date | None,
    reason: str | None = None,
) -> None:
    """Revive a former member's record (same identity number) instead of creating a second one."""
    actor.require(MembersPerm.WRITE)
    actor.require_branch(branch_id)
    with db.transaction(actor) as s:
        # A clerk may revive someone who left another branch union: the identity number is the
        # person, and refusing would push the clerk to type a duplicate record.
        member = s.get(Member, member_id)
        if member is None:
            raise UserError(translate("Members", "找不到该会员。"))
        check_version(s, member, expected_version)
        current = MemberStatus(member.status)
        if current == MemberStatus.ACTIVE:
            raise UserError(translate("Members", "{name} 已是在会会员。").format(name=member.name))
        if current == MemberStatus.DECEASED:
            raise UserError(
                translate("Members", "{name} 已登记为去世，不能重新入会。").format(name=member.name)
            )
        problems = [p for p in [_date_problem(on, translate("Members", "重新入会日期"))] if p]
        if on is not None and member.status_date is not None and on < member.status_date:
            problems.append(
                FieldProblem(
                    translate("Members", "重新入会日期"), translate("Members", "不能早于上次离会日期")
                )
            )
        branch = s.get(OrgUnit, branch_id)
        if branch is None or branch.kind != UnitKind.BRANCH or not branch.active:
            problems.append(
                FieldProblem(translate("Members", "分工会"), translate("Members", "请选择分工会"))
            )
        if group_id is not None:
            group = s.get(OrgUnit, group_id)
            if group is None or group.parent_id != branch_id:
                problems.append(
                    FieldProblem(translate("Members", "工会小组"), translate("Members", "不属于所选分工会"))
                )
        if problems:
            raise ValidationError(problems)
        assert branch is not None
        s.add(
            MemberEvent(
                member_id=member.id,
                kind=EventKind.REJOIN,
                event_date=on,
                from_status=current,
                to_status=MemberStatus.ACTIVE,
                from_branch_id=member.branch_id,
                from_group_id=member.group_id,
                to_branch_id=branch_id,
                to_group_id=group_id,
                reason=_reason(reason),
                recorded_by_id=actor.user_id,
            )
        )
        member.status, member.status_date, member.status_reason = MemberStatus.ACTIVE, on, _reason(reason)
        member.branch_id, member.group_id = branch_id, group_id
        member.base = branch.base or member.base


def _place(branch: str | None, group: str | None) -> str:
    if branch and group:
        return f"{branch} / {group}"
    return branch or group or ""


def history(db: Database, actor: Actor, member_id: int) -> list[HistoryLine]:
    """The member's history, oldest first, with names of units as they are called today."""
    actor.require(MembersPerm.READ)
    fb, fg, tb, tg = (aliased(OrgUnit) for _ in range(4))
    with db.read(actor) as s:
        load_member(s, actor, member_id)
        rows = s.execute(
            select(MemberEvent, fb.name, fg.name, tb.name, tg.name, User.display_name)
            .outerjoin(fb, fb.id == MemberEvent.from_branch_id)
            .outerjoin(fg, fg.id == MemberEvent.from_group_id)
            .outerjoin(tb, tb.id == MemberEvent.to_branch_id)
            .outerjoin(tg, tg.id == MemberEvent.to_group_id)
            .outerjoin(User, User.id == MemberEvent.recorded_by_id)
            .where(MemberEvent.member_id == member_id)
            .order_by(MemberEvent.event_date, MemberEvent.id)
        ).all()
    lines = []
    for event, from_branch, from_group, to_branch, to_group, who in rows:
        kind = EventKind(event.kind)
        if kind == EventKind.JOIN:
            text = translate("Members", "加入 {place}").format(place=_place(to_branch, to_group))
        elif kind == EventKind.TRANSFER:
            text = f"{_place(from_branch, from_group)} → {_place(to_branch, to_group)}"
        elif kind == EventKind.REJOIN:
            text = translate("Members", "由{before}恢复为在会，加入 {place}").format(
                before=MemberStatus(event.from_status).label if event.from_status else "",
                place=_place(to_branch, to_group),
            )
        else:
            text = (
                f"{MemberStatus(event.from_status).label if event.from_status else ''} → "
                f"{MemberStatus(event.to_status).label if event.to_status else ''}"
            )
        lines.append(
            HistoryLine(
                event.event_date,
                kind,
                text,
                event.reason or "",
                who or translate("Members", "系统"),
                event.recorded_at,
            )
        )
    return lines
