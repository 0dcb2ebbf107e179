"""Who may be due a welfare visit or gift, from what other modules know: members with a birthday
this month, hospital stays in medical claims, retirements and deaths in the members' history.

A prompt is dropped once the matching payment is recorded (a hospital visit dated on or after
the admission, a retirement souvenir or a death payment at any time). The union aims to reach
members "without their applying": these prompts are how a clerk hears of them.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.dues.contract import PromptRow
from unionoffice.dues.labels import COUNTED, PromptKind, WelfareItem
from unionoffice.dues.models import WelfarePayment
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.rules import first_of_month
from unionoffice.foundation.i18n import translate
from unionoffice.medical.api import hospital_stays
from unionoffice.members.api import Member, MemberStatus, StatusCause, status_changes

LOOK_BACK = timedelta(days=92)  # a quarter: a visit or a souvenir later than that is rarely made


def birthday_counts(s: Session, actor: Actor, month: date) -> tuple[int, int]:
    """Members in the register born in ``month``'s month: (without a birthday card this year, with one)."""
    given = (
        select(WelfarePayment.member_id)
        .where(
            WelfarePayment.item == WelfareItem.BIRTHDAY,
            WelfarePayment.year == month.year,
            WelfarePayment.status.in_([c.value for c in COUNTED]),
        )
        .scalar_subquery()
    )
    born = [
        actor.branch_clause(Member.branch_id),
        Member.status == MemberStatus.ACTIVE,
        extract("month", Member.birth_date) == month.month,
    ]
    due = s.execute(select(func.count()).where(*born, Member.id.not_in(given))).scalar_one()
    done = s.execute(select(func.count()).where(*born, Member.id.in_(given))).scalar_one()
    return int(due), int(done)


def _paid_since(s: Session, item: WelfareItem, member_ids: set[int]) -> dict[int, date]:
    """The latest counted payment of ``item`` per member."""
    if not member_ids:
        return {}
    rows = s.execute(
        select(WelfarePayment.member_id, func.max(WelfarePayment.event_date))
        .where(
            WelfarePayment.item == item,
            WelfarePayment.member_id.in_(sorted(member_ids)),
            WelfarePayment.status.in_([c.value for c in COUNTED]),
        )
        .group_by(WelfarePayment.member_id)
    )
    return {m: on if isinstance(on, date) else date.fromisoformat(str(on)[:10]) for m, on in rows}


def prompt_rows(db: Database, actor: Actor, today: date | None = None) -> list[PromptRow]:
    """Hospital stays, retirements and deaths of the last quarter that no payment answered yet."""
    actor.require(DuesPerm.READ)
    today = today or date.today()
    since = today - LOOK_BACK
    with db.read(actor) as s:
        stays = hospital_stays(s, since, today)
        steps = status_changes(s, since, today, (MemberStatus.RETAINED, MemberStatus.DECEASED))
        wanted = {stay.member_id for stay in stays} | {step.member_id for step in steps}
        branch, group = aliased(OrgUnit), aliased(OrgUnit)
        people = (
            {
                row[0]: row[1:]
                for row in s.execute(
                    select(Member.id, Member.name, branch.name, group.name, Member.status)
                    .join(branch, branch.id == Member.branch_id)
                    .outerjoin(group, group.id == Member.group_id)
                    .where(Member.id.in_(sorted(wanted)), actor.branch_clause(Member.branch_id))
                )
            }
            if wanted
            else {}
        )
        visited = _paid_since(s, WelfareItem.HOSPITAL, {m for m in wanted if m in people})
        retired = _paid_since(s, WelfareItem.RETIREMENT, {m for m in wanted if m in people})
        mourned = _paid_since(s, WelfareItem.MEMBER_DEATH, {m for m in wanted if m in people})
    rows: list[PromptRow] = []

    def add(kind: PromptKind, member_id: int, what: str, on: date) -> None:
        name, branch_name, group_name, _status = people[member_id]
        rows.append(
            PromptRow(
                kind=kind.value,
                member_id=member_id,
                name=name,
                branch=branch_name,
                group=group_name or "",
                what=what,
                on=on,
                item=kind.item.value,
            )
        )

    for stay in stays:
        person = people.get(stay.member_id)
        if person is None or person[3] not in (MemberStatus.ACTIVE, MemberStatus.RETAINED):
            continue
        last = visited.get(stay.member_id)
        if last is not None and last >= stay.admitted:
            continue
        what = translate("Dues", "{admitted} 入院，{discharged} 出院（互助金申请 {claim}）").format(
            admitted=stay.admitted.isoformat(),
            discharged=stay.discharged.isoformat(),
            claim=stay.claim_no or "",
        )
        add(PromptKind.HOSPITAL, stay.member_id, what, stay.admitted)
    for step in steps:
        person = people.get(step.member_id)
        if person is None:
            continue
        if step.to_status == MemberStatus.DECEASED:
            if step.member_id in mourned or person[3] != MemberStatus.DECEASED:
                continue
            add(
                PromptKind.DECEASED,
                step.member_id,
                translate("Dues", "{on} 去世").format(on=step.on),
                step.on,
            )
        elif step.cause == StatusCause.RETIRED:
            if step.member_id in retired or person[3] != MemberStatus.RETAINED:
                continue
            what = translate("Dues", "{on} 退休，保留会籍").format(on=step.on)
            add(PromptKind.RETIRED, step.member_id, what, step.on)
    rows.sort(key=lambda r: r.on, reverse=True)
    return rows


def month_of(day: date | None) -> date:
    return first_of_month(day or date.today())
