"""The welfare and condolence register: single payments and batches, each judged against the
cap in force on its date (per payment, per year, how many times), and the sign-off ticks.

Who may receive: members in the register (在会, 保留会籍); a member's death payment only for a
member recorded as dead; nobody who has left, transferred out or been expelled. A refusal names
the cap and its source. Payments count against caps and budgets unless cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, case, extract, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.scope import get_in_scope
from unionoffice.db.database import Database
from unionoffice.dues.contract import (
    BatchPlan,
    BatchRequest,
    CapInfo,
    MemberChoice,
    PaymentInput,
    Skipped,
    WelfareFilter,
    field_label,
    welfare_columns,
)
from unionoffice.dues.labels import COUNTED, PaymentStatus, WelfareItem, cap_label
from unionoffice.dues.models import WelfareBatch, WelfarePayment
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.rulebook import cap_on, caps
from unionoffice.dues.rules import Cap, Taken, cap_refusal, month_label
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.normalize import normalize_text
from unionoffice.foundation.money import Money, format_fen
from unionoffice.members.api import IN_REGISTER, Member, MemberStatus, search_clause_on

SHOWN_SKIPPED = 200
MAX_AHEAD = timedelta(days=62)  # gifts are bought ahead of a festival; nothing further ahead
MAX_AMOUNT_FEN = 10_000_000  # 100,000 yuan: beyond any welfare payment


def items_of(cap_key: str) -> list[str]:
    return [item.value for item in WelfareItem if item.cap_key == cap_key]


def taken(s: Session, cap_key: str, year: int, member_id: int | None = None) -> dict[int, Taken]:
    """What members received under ``cap_key``: this year's sum and count, the count ever, the latest date."""
    p = WelfarePayment.__table__.c
    this_year = p.year == year
    query = (
        select(
            p.member_id,
            func.coalesce(func.sum(case((this_year, p.amount_fen), else_=0)), 0),
            func.coalesce(func.sum(case((this_year, 1), else_=0)), 0),
            func.count(),
            func.max(case((this_year, p.event_date))),
            func.max(p.event_date),
        )
        .where(p.item.in_(items_of(cap_key)), p.status.in_([s.value for s in COUNTED]))
        .group_by(p.member_id)
    )
    if member_id is not None:
        query = query.where(p.member_id == member_id)
    found = {}
    for member, year_fen, year_count, ever, last_this_year, last_ever in s.execute(query):
        found[member] = Taken(
            int(year_fen), int(year_count), int(ever), _day(last_this_year) or _day(last_ever)
        )
    return found


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def eligibility(item: WelfareItem, status: str, status_date: date | None, name: str) -> str | None:
    """Why ``name`` cannot receive ``item``, or None."""
    current = MemberStatus(status)
    if item == WelfareItem.MEMBER_DEATH:
        if current == MemberStatus.DECEASED:
            return None
        return translate("Dues", "会员去世慰问只发给已登记去世的会员；{name} 当前为{status}。").format(
            name=name, status=current.label
        )
    if current in IN_REGISTER:
        return None
    when = status_date.isoformat() if status_date else ""
    return translate("Dues", "{name} 已{status}（{on}），不再是会员，不能发放{item}。").format(
        name=name, status=current.label, on=when, item=item.label
    )


def cap_infos(s: Session, on: date) -> list[CapInfo]:
    found = caps(s)
    infos = []
    for item in WelfareItem:
        cap = cap_on(found, item.cap_key, on)
        if cap is None:
            continue
        infos.append(
            CapInfo(
                item=item.value,
                label=item.label,
                cap_fen=cap.cap_fen,
                cap_per=cap.cap_per.value,
                text=f"{cap_label(cap.cap_key)}：{cap.text()}" + (f"（{cap.source}）" if cap.source else ""),
            )
        )
    return infos


def _require_cap(s: Session, item: WelfareItem, on: date) -> Cap:
    cap = cap_on(caps(s), item.cap_key, on)
    if cap is None:
        raise UserError(
            translate("Dues", "{on} 没有生效的“{item}”标准，请先在“标准”页录入。").format(
                on=on.isoformat(), item=cap_label(item.cap_key)
            )
        )
    return cap


def _basic_problems(
    item: str | None, amount_fen: int | None, event_date: date | None
) -> tuple[WelfareItem | None, list[FieldProblem]]:
    problems = []
    chosen = WelfareItem(item) if item in set(WelfareItem) else None
    if chosen is None:
        problems.append(FieldProblem(field_label("item"), translate("Dues", "请选择发放项目")))
    if amount_fen is None or amount_fen <= 0:
        problems.append(FieldProblem(field_label("amount"), translate("Dues", "应为大于 0 的金额")))
    elif amount_fen > MAX_AMOUNT_FEN:
        problems.append(FieldProblem(field_label("amount"), translate("Dues", "金额过大")))
    if event_date is None:
        problems.append(FieldProblem(field_label("event_date"), translate("Dues", "不能为空")))
    elif event_date > date.today() + MAX_AHEAD:
        problems.append(FieldProblem(field_label("event_date"), translate("Dues", "不能晚于今天两个月以上")))
    return chosen, problems


def pay(db: Database, actor: Actor, data: PaymentInput) -> int:
    """One payment to one member, refused (naming the cap) when it would break the cap."""
    actor.require(DuesPerm.WELFARE)
    item, problems = _basic_problems(data.item, data.amount_fen, data.event_date)
    if data.member_id is None:
        problems.insert(0, FieldProblem(field_label("member"), translate("Dues", "请选择会员")))
    note = normalize_text(data.note or "")
    if len(note) > 255:
        problems.append(FieldProblem(field_label("note"), translate("Dues", "不能超过 255 个字符")))
    if problems:
        raise ValidationError(problems)
    assert item is not None and data.member_id is not None and data.event_date is not None
    assert data.amount_fen is not None
    with db.transaction(actor) as s:
        member = get_in_scope(s, actor, Member, data.member_id, lambda: translate("Dues", "找不到该会员。"))
        refusal = eligibility(item, member.status, member.status_date, member.name)
        if refusal is not None:
            raise ValidationError(FieldProblem(field_label("member"), refusal))
        cap = _require_cap(s, item, data.event_date)
        received = taken(s, item.cap_key, data.event_date.year, member.id).get(member.id, Taken())
        broken = cap_refusal(cap, data.amount_fen, received, member.name)
        if broken is not None:
            raise ValidationError(FieldProblem(field_label(broken[0]), broken[1]))
        payment = WelfarePayment(
            member_id=member.id,
            branch_id=member.branch_id,
            group_id=member.group_id,
            item=item.value,
            amount_fen=data.amount_fen,
            event_date=data.event_date,
            year=data.event_date.year,
            status=PaymentStatus.ISSUED,
            rule_id=cap.id,
            note=note or None,
            created_by_id=actor.user_id,
        )
        s.add(payment)
        s.flush()
        return payment.id


# Batches ------------------------------------------------------------------------------------------
@dataclass
class _Batch:
    item: WelfareItem
    event_date: date
    amount_fen: int
    title: str
    cap: Cap
    eligible: list[tuple[int, int, int | None]]  # member, branch, group
    skipped: list[Skipped]


def default_title(item: WelfareItem, event_date: date) -> str:
    if item == WelfareItem.BIRTHDAY:
        return translate("Dues", "{month}{item}").format(month=month_label(event_date), item=item.label)
    return translate("Dues", "{year}年{item}").format(year=event_date.year, item=item.label)


def _batch(s: Session, actor: Actor, request: BatchRequest) -> _Batch:
    item, problems = _basic_problems(request.item, request.amount_fen, request.event_date)
    if item is not None and not item.batchable:
        problems.append(
            FieldProblem(field_label("item"), translate("Dues", "只有生日蛋糕卡和节日慰问品可以批量发放"))
        )
    title = normalize_text(request.title or "")
    if len(title) > 100:
        problems.append(FieldProblem(field_label("title"), translate("Dues", "不能超过 100 个字符")))
    if problems:
        raise ValidationError(problems)
    assert item is not None and request.event_date is not None and request.amount_fen is not None
    if request.branch_id is not None:
        actor.require_branch(request.branch_id)
    on, amount = request.event_date, request.amount_fen
    cap = _require_cap(s, item, on)
    broken = cap_refusal(cap, amount, Taken(), "")
    if broken is not None and broken[0] == "amount":
        raise ValidationError(FieldProblem(field_label("amount"), broken[1]))
    branch = aliased(OrgUnit)
    query = (
        select(Member.id, Member.name, Member.branch_id, Member.group_id, branch.name)
        .join(branch, branch.id == Member.branch_id)
        .where(actor.branch_clause(Member.branch_id), Member.status == MemberStatus.ACTIVE)
        .order_by(branch.sort_order, Member.group_id, Member.name_pinyin)
    )
    if request.branch_id is not None:
        query = query.where(Member.branch_id == request.branch_id)
    if item == WelfareItem.BIRTHDAY:
        query = query.where(extract("month", Member.birth_date) == on.month)
    received = taken(s, item.cap_key, on.year)
    eligible, skipped = [], []
    for member_id, name, branch_id, group_id, branch_name in s.execute(query):
        broken = cap_refusal(cap, amount, received.get(member_id, Taken()), name)
        if broken is not None:
            skipped.append(Skipped(name, branch_name, broken[1]))
        else:
            eligible.append((member_id, branch_id, group_id))
    return _Batch(item, on, amount, title or default_title(item, on), cap, eligible, skipped)


def plan_batch(db: Database, actor: Actor, request: BatchRequest) -> BatchPlan:
    actor.require(DuesPerm.WELFARE)
    with db.read(actor) as s:
        batch = _batch(s, actor, request)
    return BatchPlan(
        title=batch.title,
        eligible=len(batch.eligible),
        total_fen=len(batch.eligible) * batch.amount_fen,
        cap=batch.cap.named(),
        skipped=batch.skipped[:SHOWN_SKIPPED],
        skipped_count=len(batch.skipped),
    )


def issue_batch(db: Database, actor: Actor, request: BatchRequest) -> tuple[int, int, int, int]:
    """Issue the batch to every eligible member; returns (batch id, count, total fen, skipped)."""
    actor.require(DuesPerm.WELFARE)
    with db.transaction(actor) as s:
        batch = _batch(s, actor, request)
        if not batch.eligible:
            raise UserError(
                translate("Dues", "没有可发放的会员：{n} 人已领取或超出标准（{cap}）。").format(
                    n=len(batch.skipped), cap=batch.cap.named()
                )
            )
        total = len(batch.eligible) * batch.amount_fen
        row = WelfareBatch(
            item=batch.item.value,
            title=batch.title,
            event_date=batch.event_date,
            amount_fen=batch.amount_fen,
            count=len(batch.eligible),
            total_fen=total,
            created_by_id=actor.user_id,
        )
        s.add(row)
        s.flush()
        s.execute(
            insert(WelfarePayment),
            [
                {
                    "member_id": member_id,
                    "branch_id": branch_id,
                    "group_id": group_id,
                    "item": batch.item.value,
                    "amount_fen": batch.amount_fen,
                    "event_date": batch.event_date,
                    "year": batch.event_date.year,
                    "status": PaymentStatus.ISSUED.value,
                    "batch_id": row.id,
                    "rule_id": batch.cap.id,
                    "created_by_id": actor.user_id,
                    "updated_by_id": actor.user_id,
                }
                for member_id, branch_id, group_id in batch.eligible
            ],
        )
        record(
            s,
            "create",
            WelfarePayment.__tablename__,
            None,
            translate("Dues", "批量发放“{title}”{n} 人，每人 {amount} 元，合计 {total} 元").format(
                title=batch.title, n=len(batch.eligible), amount=Money(batch.amount_fen), total=Money(total)
            ),
        )
        return row.id, len(batch.eligible), total, len(batch.skipped)


# Signing for, cancelling --------------------------------------------------------------------------
def _chosen(s: Session, actor: Actor, ids: tuple[int, ...]) -> list[Any]:
    if not ids:
        raise UserError(translate("Dues", "请先选择发放记录。"))
    rows = s.execute(
        select(WelfarePayment.id, WelfarePayment.status, WelfarePayment.branch_id, Member.name)
        .join(Member, Member.id == WelfarePayment.member_id)
        .where(WelfarePayment.id.in_(ids))
    ).all()
    if len([r for r in rows if actor.can_see_branch(r.branch_id)]) != len(set(ids)):
        raise UserError(translate("Dues", "所选记录有的已不存在或不在您的管理范围内，请刷新后重试。"))
    not_issued = [r for r in rows if r.status != PaymentStatus.ISSUED]
    if not_issued:
        names = "、".join(f"{r.name}（{PaymentStatus(r.status).label}）" for r in not_issued[:5])
        raise UserError(translate("Dues", "只有待签领的记录可以这样处理：{names}").format(names=names))
    return list(rows)


def mark_paid(db: Database, actor: Actor, ids: tuple[int, ...], paid_on: date | None) -> int:
    """Tick payments signed for on the returned sign-off sheet."""
    actor.require(DuesPerm.WELFARE)
    if paid_on is None or paid_on > date.today():
        raise ValidationError(FieldProblem(field_label("paid_on"), translate("Dues", "不能为空或晚于今天")))
    with db.transaction(actor) as s:
        rows = _chosen(s, actor, ids)
        s.execute(
            update(WelfarePayment)
            .where(WelfarePayment.id.in_(ids), WelfarePayment.status == PaymentStatus.ISSUED)
            .values(
                status=PaymentStatus.PAID,
                paid_on=paid_on,
                version=WelfarePayment.version + 1,
                updated_by_id=actor.user_id,
            )
        )
        record(
            s,
            "update",
            WelfarePayment.__tablename__,
            None,
            translate("Dues", "登记签领 {n} 条（{on}）").format(n=len(rows), on=paid_on.isoformat()),
            {"ids": sorted(ids)},
        )
    return len(rows)


def cancel(db: Database, actor: Actor, ids: tuple[int, ...], reason: str | None) -> int:
    """Cancel payments not yet signed for (a mistake, a gift not taken); they stop counting."""
    actor.require(DuesPerm.WELFARE)
    why = normalize_text(reason or "")
    if not why:
        raise ValidationError(
            FieldProblem(translate("Dues", "撤销原因"), translate("Dues", "请写明撤销原因"))
        )
    with db.transaction(actor) as s:
        rows = _chosen(s, actor, ids)
        s.execute(
            update(WelfarePayment)
            .where(WelfarePayment.id.in_(ids), WelfarePayment.status == PaymentStatus.ISSUED)
            .values(
                status=PaymentStatus.CANCELLED,
                note=func.substr(func.coalesce(WelfarePayment.note + "；", "") + "撤销：" + why, 1, 255),
                version=WelfarePayment.version + 1,
                updated_by_id=actor.user_id,
            )
        )
        record(
            s,
            "update",
            WelfarePayment.__tablename__,
            None,
            translate("Dues", "撤销发放 {n} 条：{reason}").format(n=len(rows), reason=why),
            {"ids": sorted(ids)},
        )
    return len(rows)


# The register as a list ---------------------------------------------------------------------------
def years(s: Session, actor: Actor) -> list[int]:
    found = set(
        s.execute(
            select(WelfarePayment.year).where(actor.branch_clause(WelfarePayment.branch_id)).distinct()
        ).scalars()
    )
    return sorted(found | {date.today().year}, reverse=True)


def year_figures(s: Session, actor: Actor, year: int) -> tuple[int, int]:
    count, total = s.execute(
        select(func.count(), func.coalesce(func.sum(WelfarePayment.amount_fen), 0)).where(
            WelfarePayment.year == year,
            WelfarePayment.status.in_([c.value for c in COUNTED]),
            actor.branch_clause(WelfarePayment.branch_id),
        )
    ).one()
    return int(count), int(total)


def welfare_source(db: Database, actor: Actor, flt: WelfareFilter) -> QuerySource:
    actor.require(DuesPerm.READ)
    p, m = WelfarePayment.__table__.c, Member.__table__.c
    branch, group = aliased(OrgUnit), aliased(OrgUnit)
    b = WelfareBatch.__table__.c
    criteria = [actor.branch_clause(p.branch_id), p.year == (flt.year or date.today().year)]
    if flt.item:
        criteria.append(p.item == flt.item)
    if flt.branch_id is not None:
        criteria.append(p.branch_id == flt.branch_id)
    if flt.status:
        criteria.append(p.status == flt.status)
    clause = search_clause_on(flt.text, m.name, m.name_pinyin, m.name_initials, m.employee_no)
    if clause is not None:
        criteria.append(clause)
    query: Select = (
        select(
            p.id,
            m.name,
            m.employee_no,
            branch.name,
            group.name,
            p.item,
            p.amount_fen,
            p.event_date,
            p.status,
            p.paid_on,
            b.title,
            p.note,
        )
        .select_from(WelfarePayment.__table__)
        .join(Member.__table__, m.id == p.member_id)
        .join(branch, branch.id == p.branch_id)
        .outerjoin(group, group.id == p.group_id)
        .outerjoin(WelfareBatch.__table__, b.id == p.batch_id)
        .where(*criteria)
    )

    def fmt(row: Any) -> tuple[Any, ...]:
        name, number, branch_name, group_name, item, amount, on, status, paid_on, title, note = row
        return (
            name,
            number or "",
            branch_name,
            group_name or "",
            WelfareItem(item).label,
            format_fen(amount),
            str(on)[:10],
            PaymentStatus(status).label,
            str(paid_on)[:10] if paid_on else "",
            "；".join(part for part in (title, note) if part),
        )

    return QuerySource(
        db,
        query,
        welfare_columns(),
        {
            "name": m.name_pinyin,
            "employee_no": m.employee_no,
            "branch": branch.sort_order,
            "group": group.sort_order,
            "item": p.item,
            "amount": p.amount_fen,
            "event_date": p.event_date,
            "status": p.status,
            "paid_on": p.paid_on,
        },
        default_order=(p.event_date.desc(), branch.sort_order, group.sort_order, m.name_pinyin, p.id),
        formatter=fmt,
    )


def search_members(db: Database, actor: Actor, text: str, limit: int = 20) -> list[MemberChoice]:
    """Members a payment may name: the register first, then those who left (shown, refused on paying)."""
    actor.require(DuesPerm.READ)
    m = Member.__table__.c
    clause = search_clause_on(text, m.name, m.name_pinyin, m.name_initials, m.employee_no)
    if clause is None:
        return []
    branch, group = aliased(OrgUnit), aliased(OrgUnit)
    in_register = case((m.status.in_([s.value for s in IN_REGISTER]), 0), else_=1)
    with db.read(actor) as s:
        rows = s.execute(
            select(m.id, m.name, m.employee_no, branch.name, group.name, m.status)
            .select_from(Member.__table__)
            .join(branch, branch.id == m.branch_id)
            .outerjoin(group, group.id == m.group_id)
            .where(clause, actor.branch_clause(m.branch_id))
            .order_by(in_register, m.name_pinyin, m.id)
            .limit(limit)
        ).all()
    return [
        MemberChoice(
            id=i,
            name=name,
            employee_no=number or "",
            branch=branch_name,
            group=group_name or "",
            status=status,
            status_label=MemberStatus(status).label,
        )
        for i, name, number, branch_name, group_name, status in rows
    ]


def batch_of(s: Session, actor: Actor, batch_id: int) -> WelfareBatch:
    batch = s.get(WelfareBatch, batch_id)
    if batch is None:
        raise NotFound(translate("Dues", "找不到该发放批次。"))
    return batch
