"""A member's life on the register: transfer between branch unions, status changes under the
constitution (保留会籍, 转出, 退会, 除名, 去世, back to 在会), re-join or transfer in.

Every step writes a ``MemberEvent`` so the history shows where someone was and why; the monthly
returns and past counts are read from those lines (``members/register.py``). A step is never
dated before the member joined nor before the member's last recorded change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.normalize import normalize_text
from unionoffice.members.contract import HistoryLine, Rejoin, StatusChange, field_label
from unionoffice.members.labels import CAUSES, EventKind, MemberStatus, StatusCause, next_statuses
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


def _text(value: str | None, limit: int, key: str, problems: list[FieldProblem]) -> str | None:
    text = normalize_text(value or "")
    if len(text) > limit:
        problems.append(
            FieldProblem(field_label(key), translate("Members", "不能超过 {n} 个字符").format(n=limit))
        )
    return text or None


def last_change(s: Session, member: Member) -> date:
    """The date of the member's latest history line (or the join date): nothing may be dated before."""
    latest = s.execute(
        select(func.max(MemberEvent.event_date)).where(MemberEvent.member_id == member.id)
    ).scalar_one()
    return max(latest or member.join_date, member.join_date)


def _order_problem(s: Session, member: Member, on: date | None, field: str) -> FieldProblem | None:
    """A step dated before joining, or before the last recorded change, would rewrite history."""
    if on is None:
        return None
    if on < member.join_date:
        return FieldProblem(
            field,
            translate("Members", "不能早于入会日期 {joined}").format(joined=member.join_date.isoformat()),
        )
    latest = last_change(s, member)
    if on < latest:
        return FieldProblem(
            field, translate("Members", "不能早于上一次变动日期 {on}").format(on=latest.isoformat())
        )
    return None


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
        when = translate("Members", "调动日期")
        problems = [p for p in [_date_problem(on, when) or _order_problem(s, member, on, when)] if p]
        if not MemberStatus(member.status).in_register:
            raise UserError(
                translate("Members", "只有在册会员可以调动；{name} 当前状态为{status}。").format(
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


def change_status(db: Database, actor: Actor, request: StatusChange) -> None:
    """Move a member to another status of the constitution. 保留会籍 and 退会 need their cause,
    转出 the receiving organisation, a deemed withdrawal its evidence. A death is final."""
    actor.require(MembersPerm.WRITE)
    status = MemberStatus(request.status)
    with db.transaction(actor) as s:
        member = load_member(s, actor, request.member_id)
        check_version(s, member, request.version)
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
        if status not in next_statuses(current):
            raise UserError(
                translate(
                    "Members", "{name} 当前为{current}，不能直接变更为{status}；恢复会籍请用“重新入会”。"
                ).format(name=member.name, current=current.label, status=status.label)
            )
        problems = status_problems(s, member, status, request)
        if problems:
            raise ValidationError(problems)
        apply_status(s, actor, member, request)


def status_problems(
    s: Session, member: Member, status: MemberStatus, request: StatusChange
) -> list[FieldProblem]:
    when = field_label("status_date")
    problems = [
        p for p in [_date_problem(request.on, when) or _order_problem(s, member, request.on, when)] if p
    ]
    causes = CAUSES.get(status, ())
    if causes and request.cause not in causes:
        problems.append(FieldProblem(field_label("cause"), translate("Members", "请选择原因类别")))
    if status == MemberStatus.TRANSFERRED_OUT and not normalize_text(request.other_org or ""):
        problems.append(
            FieldProblem(field_label("other_org"), translate("Members", "会籍转出须填写接收会籍的单位工会"))
        )
    if request.cause == StatusCause.DEEMED and not normalize_text(request.evidence or ""):
        problems.append(
            FieldProblem(
                field_label("evidence"),
                translate("Members", "视为自动退会须写明依据（未交会费的月份、委员会的决定）"),
            )
        )
    _text(request.other_org, 128, "other_org", problems)
    _text(request.letter_no, 64, "letter_no", problems)
    _text(request.evidence, 4000, "evidence", problems)
    return problems


def apply_status(s: Session, actor: Actor, member: Member, request: StatusChange) -> None:
    """Write a checked status change (also used by the six-month review's decision)."""
    status = MemberStatus(request.status)
    assert request.on is not None
    cause = request.cause if request.cause in CAUSES.get(status, ()) else None
    problems: list[FieldProblem] = []
    s.add(
        MemberEvent(
            member_id=member.id,
            kind=EventKind.STATUS,
            event_date=request.on,
            from_status=member.status,
            to_status=status,
            from_branch_id=member.branch_id,
            from_group_id=member.group_id,
            reason=_reason(request.reason),
            cause=cause,
            other_org=_text(request.other_org, 128, "other_org", problems),
            letter_no=_text(request.letter_no, 64, "letter_no", problems),
            evidence=_text(request.evidence, 4000, "evidence", problems),
            recorded_by_id=actor.user_id,
        )
    )
    member.status, member.status_date, member.status_reason = status, request.on, _reason(request.reason)
    member.status_cause = cause


def rejoin(db: Database, actor: Actor, request: Rejoin) -> None:
    """Revive a former member's record (same identity number) instead of creating a second one;
    with ``from_org`` the membership comes over from another organisation's union (会籍转入)."""
    actor.require(MembersPerm.WRITE)
    actor.require_branch(request.branch_id)
    member_id, expected_version = request.member_id, request.version
    branch_id, group_id, on, reason = request.branch_id, request.group_id, request.on, request.reason
    with db.transaction(actor) as s:
        # A clerk may revive someone who left another branch union: the identity number is the
        # person, and refusing would push the clerk to type a duplicate record.
        member = s.get(Member, member_id)
        if member is None:
            raise UserError(translate("Members", "找不到该会员。"))
        check_version(s, member, expected_version)
        current = MemberStatus(member.status)
        if current.in_register:
            raise UserError(
                translate("Members", "{name} 已是会员（{status}）。").format(
                    name=member.name, status=current.label
                )
            )
        if current == MemberStatus.DECEASED:
            raise UserError(
                translate("Members", "{name} 已登记为去世，不能重新入会。").format(name=member.name)
            )
        when = translate("Members", "重新入会日期")
        problems = [p for p in [_date_problem(on, when) or _order_problem(s, member, on, when)] if p]
        from_org = _text(request.from_org, 128, "other_org", problems)
        letter_no = _text(request.letter_no, 64, "letter_no", problems)
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
                kind=EventKind.TRANSFER_IN if from_org else EventKind.REJOIN,
                event_date=on,
                from_status=current,
                to_status=MemberStatus.ACTIVE,
                from_branch_id=member.branch_id,
                from_group_id=member.group_id,
                to_branch_id=branch_id,
                to_group_id=group_id,
                reason=_reason(reason),
                other_org=from_org,
                letter_no=letter_no,
                recorded_by_id=actor.user_id,
            )
        )
        member.status, member.status_date, member.status_reason = MemberStatus.ACTIVE, on, _reason(reason)
        member.status_cause = None
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
        reason = event.reason or ""
        if event.evidence:
            reason += ("；" if reason else "") + translate("Members", "依据：{evidence}").format(
                evidence=event.evidence
            )
        lines.append(
            HistoryLine(
                event.event_date,
                kind,
                _describe(event, kind, from_branch, from_group, to_branch, to_group),
                reason,
                who or translate("Members", "系统"),
                event.recorded_at,
            )
        )
    return lines


def _status_text(status: str | None, cause: str | None = None) -> str:
    if not status:
        return ""
    text = MemberStatus(status).label
    return text + (f"（{StatusCause(cause).label}）" if cause else "")


def _letter(event: MemberEvent) -> str:
    if not event.letter_no:
        return ""
    return translate("Members", "（介绍信 {no}）").format(no=event.letter_no)


def _describe(
    event: MemberEvent,
    kind: EventKind,
    from_branch: str | None,
    from_group: str | None,
    to_branch: str | None,
    to_group: str | None,
) -> str:
    place = _place(to_branch, to_group)
    if kind == EventKind.JOIN:
        return translate("Members", "加入 {place}").format(place=place)
    if kind == EventKind.TRANSFER:
        return f"{_place(from_branch, from_group)} → {place}"
    if kind == EventKind.TRANSFER_IN:
        return translate("Members", "自 {org} 转入{letter}，加入 {place}").format(
            org=event.other_org or "", letter=_letter(event), place=place
        )
    if kind == EventKind.REJOIN:
        return translate("Members", "由{before}恢复为在会，加入 {place}").format(
            before=_status_text(event.from_status), place=place
        )
    text = f"{_status_text(event.from_status)} → {_status_text(event.to_status, event.cause)}"
    if event.to_status == MemberStatus.TRANSFERRED_OUT:
        text += translate("Members", "：转至 {org}{letter}").format(
            org=event.other_org or "", letter=_letter(event)
        )
    return text


@dataclass(frozen=True)
class StatusStep:
    """One status change from the history, as other modules read it (welfare prompts)."""

    member_id: int
    on: date
    from_status: str | None
    to_status: str
    cause: str | None


def status_changes(
    session: Session, since: date, until: date, to: tuple[MemberStatus, ...]
) -> list[StatusStep]:
    """Status changes into ``to`` dated ``since`` … ``until`` (retirements, deaths), oldest first.
    The caller scopes the members it shows."""
    rows = session.execute(
        select(
            MemberEvent.member_id,
            MemberEvent.event_date,
            MemberEvent.from_status,
            MemberEvent.to_status,
            MemberEvent.cause,
        )
        .where(
            MemberEvent.kind == EventKind.STATUS,
            MemberEvent.to_status.in_([s.value for s in to]),
            MemberEvent.event_date >= since,
            MemberEvent.event_date <= until,
        )
        .order_by(MemberEvent.event_date, MemberEvent.id)
    )
    # to_status is never null on a status event (the query asks for given statuses)
    return [StatusStep(m, on, before, str(after), cause) for m, on, before, after, cause in rows]
