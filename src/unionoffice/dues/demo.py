"""Demo dues and welfare: a year of payroll (December 2025 to November 2026) with the dues of
every member, a few members behind with their dues (some six months and more, for the review
list), the 2026 birthday cards month by month, the Spring Festival and Mid-Autumn gifts, hospital
visits from the medical claims, weddings, births, bereavements, retirements, and the 2026 budgets.

Draws only on a private RNG, so no other module's demo data moves. Recent hospital stays,
retirements and deaths are left unanswered so the prompts page has something to show; November's
birthday cards are issued but not yet signed for.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from unionoffice.core.demo_context import DemoContext
from unionoffice.dues.labels import BudgetCategory, DuesStatus, PaidVia, PaymentStatus, Rounding, WelfareItem
from unionoffice.dues.models import (
    Budget,
    DuesLine,
    DuesRule,
    PayrollImport,
    WelfareBatch,
    WelfarePayment,
    WelfareRule,
)
from unionoffice.dues.rules import DuesRate, months_between
from unionoffice.medical.api import hospital_stays
from unionoffice.members.api import Member, MemberStatus, StatusCause

FIRST_MONTH = date(2025, 12, 1)
LAST_MONTH = date(2026, 11, 1)
YEAR = 2026
CHUNK = 5000
BIRTHDAY_FEN = 20_000  # a 200-yuan cake card (the cap is 300)
SPRING_FEN, SPRING_DAY = 80_000, date(2026, 2, 6)
AUTUMN_FEN, AUTUMN_DAY = 60_000, date(2026, 9, 18)
ANSWERED_UNTIL = date(2026, 9, 15)  # stays, retirements and deaths after this wait on the prompts page


@dataclass(frozen=True)
class _Person:
    id: int
    employee_no: str | None
    branch_id: int
    group_id: int | None
    status: str
    status_date: date | None
    cause: str | None
    join_date: date
    birth_date: date

    def active_on(self, day: date) -> bool:
        """在会 on ``day``: joined by then, and not yet retired, gone or dead."""
        if self.join_date > day:
            return False
        return self.status == MemberStatus.ACTIVE or (self.status_date is not None and self.status_date > day)


def _month_end(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1) - timedelta(days=1)


def fill(ctx: DemoContext) -> None:
    own = random.Random(f"dues-demo-{ctx.size}")
    s = ctx.session
    people = [
        _Person(*row)
        for row in s.execute(
            select(
                Member.id,
                Member.employee_no,
                Member.branch_id,
                Member.group_id,
                Member.status,
                Member.status_date,
                Member.status_cause,
                Member.join_date,
                Member.birth_date,
            ).order_by(Member.id)
        )
    ]
    _dues(ctx, own, people)
    _welfare(ctx, own, people)
    _budgets(ctx, own, people)


# Dues ---------------------------------------------------------------------------------------------
def _behind(own: random.Random, people: list[_Person], branch_ids: list[int]) -> dict[int, tuple[date, bool]]:
    """Members behind with their dues: member → (first unpaid month, still on the payroll)."""
    behind: dict[int, tuple[date, bool]] = {}
    months = months_between(FIRST_MONTH, LAST_MONTH)
    for branch_id in branch_ids:
        active = [p for p in people if p.branch_id == branch_id and p.status == MemberStatus.ACTIVE
                  and p.join_date < FIRST_MONTH]  # fmt: skip
        share = max(4, len(active) // 250)
        for n, person in enumerate(own.sample(active, min(share, len(active)))):
            run = (1, 2, 3, 4, 6, 7, 8, 9)[n % 8]
            behind[person.id] = (months[-run], n % 3 != 0)  # one in three off the payroll (停薪留职)
    for person in people:  # the member the committee deemed withdrawn in October had paid nothing since March
        if person.status == MemberStatus.LEFT and person.cause == StatusCause.DEEMED:
            behind[person.id] = (date(2026, 3, 1), True)
    return behind


def _dues(ctx: DemoContext, own: random.Random, people: list[_Person]) -> None:
    s = ctx.session
    rule = s.execute(select(DuesRule).order_by(DuesRule.effective_from.desc())).scalars().first()
    assert rule is not None, "migration 0014 seeds the dues rule"
    rate = DuesRate(
        rule.id, rule.effective_from, Decimal(rule.rate), rule.base_unit_fen, Rounding(rule.rounding)
    )
    wages = {p.id: own.randrange(320_000, 1_200_000) for p in people}  # fen: 3,200 to 12,000 yuan
    behind = _behind(own, people, list(ctx.branch_ids.values()))
    repaid = {m for m in behind if own.random() < 0.15}  # paid the first months back in cash
    rows: list[dict[str, Any]] = []
    for month in months_between(FIRST_MONTH, LAST_MONTH):
        end = _month_end(month)
        label = f"{month.year}年{month.month}月工资表.xlsx"
        imported = PayrollImport(
            month=month, source=label, scope="全会", imported_by_id=ctx.users.get("admin")
        )
        s.add(imported)
        s.flush()
        count = due = 0
        for person in people:
            if not person.active_on(end) and not (
                person.status == MemberStatus.LEFT and person.cause == StatusCause.DEEMED
                and person.status_date is not None and person.status_date > month
            ):  # fmt: skip
                continue
            wage = wages[person.id] + (wages[person.id] * 3 // 100 if month >= date(2026, 7, 1) else 0)
            dues = rate.dues(wage)
            line: dict[str, Any] = {
                "month": month,
                "member_id": person.id,
                "branch_id": person.branch_id,
                "group_id": person.group_id,
                "employee_no": person.employee_no,
                "wage_fen": wage,
                "dues_fen": dues,
                "status": DuesStatus.PAID.value,
                "paid_via": PaidVia.PAYROLL.value,
                "paid_on": None,
                "paid_fen": dues,
                "rule_id": rate.id,
                "import_id": imported.id,
                "row_number": count + 3,
            }
            lag = behind.get(person.id)
            if lag is not None and month >= lag[0]:
                on_payroll = lag[1]
                line.update(status=DuesStatus.UNPAID.value, paid_via=None, paid_fen=None)
                if not on_payroll:
                    line.update(wage_fen=None, dues_fen=None, row_number=None)
                if person.id in repaid and month == lag[0] and on_payroll:
                    line.update(
                        status=DuesStatus.PAID.value,
                        paid_via=PaidVia.CASH.value,
                        paid_on=date(2026, 11, 25),
                        paid_fen=dues,
                    )
            rows.append(line)
            count += 1
            due += line["dues_fen"] or 0
        imported.rows, imported.lines, imported.due_fen = count, count, due
        if len(rows) >= CHUNK:
            s.execute(insert(DuesLine), rows)
            rows.clear()
    if rows:
        s.execute(insert(DuesLine), rows)


# Welfare ------------------------------------------------------------------------------------------
def _caps(ctx: DemoContext) -> dict[str, int]:
    return {key: rule_id for rule_id, key in ctx.session.execute(select(WelfareRule.id, WelfareRule.cap_key))}


def _payment(
    person: _Person, item: WelfareItem, fen: int, on: date, rules: dict[str, int], **extra: Any
) -> dict[str, Any]:
    paid = on + timedelta(days=5)
    return {
        "member_id": person.id,
        "branch_id": person.branch_id,
        "group_id": person.group_id,
        "item": item.value,
        "amount_fen": fen,
        "event_date": on,
        "year": on.year,
        "status": PaymentStatus.PAID.value if paid <= date(2026, 11, 28) else PaymentStatus.ISSUED.value,
        "paid_on": paid if paid <= date(2026, 11, 28) else None,
        "rule_id": rules.get(item.cap_key),
        "version": 1,
        **extra,
    }


def _batch(ctx: DemoContext, item: WelfareItem, title: str, on: date, fen: int, count: int) -> int:
    batch = WelfareBatch(
        item=item.value, title=title, event_date=on, amount_fen=fen, count=count, total_fen=count * fen,
        created_by_id=ctx.users.get("admin"),
    )  # fmt: skip
    ctx.session.add(batch)
    ctx.session.flush()
    return batch.id


def _welfare(ctx: DemoContext, own: random.Random, people: list[_Person]) -> None:
    s = ctx.session
    rules = _caps(ctx)
    payments: list[dict[str, Any]] = []
    for month in months_between(date(YEAR, 1, 1), LAST_MONTH):
        born = [p for p in people if p.birth_date.month == month.month and p.active_on(month)]
        if not born:
            continue
        title = f"{month.year}年{month.month}月生日蛋糕卡"
        batch_id = _batch(ctx, WelfareItem.BIRTHDAY, title, month, BIRTHDAY_FEN, len(born))
        for person in born:
            row = _payment(person, WelfareItem.BIRTHDAY, BIRTHDAY_FEN, month, rules, batch_id=batch_id)
            if month == LAST_MONTH:  # November's cards are out; the sheets are not back yet
                row.update(status=PaymentStatus.ISSUED.value, paid_on=None)
            payments.append(row)
    for item, day, fen, title in (
        (WelfareItem.SPRING_FESTIVAL, SPRING_DAY, SPRING_FEN, "2026年春节慰问品"),
        (WelfareItem.MID_AUTUMN, AUTUMN_DAY, AUTUMN_FEN, "2026年中秋慰问品"),
    ):
        given = [p for p in people if p.active_on(day)]
        batch_id = _batch(ctx, item, title, day, fen, len(given))
        payments += [_payment(p, item, fen, day, rules, batch_id=batch_id) for p in given]
    payments += list(_occasions(ctx, own, people, rules))
    for start in range(0, len(payments), CHUNK):
        s.execute(insert(WelfarePayment), payments[start : start + CHUNK])


def _occasions(
    ctx: DemoContext, own: random.Random, people: list[_Person], rules: dict[str, int]
) -> Iterator[dict[str, Any]]:
    by_id = {p.id: p for p in people}
    for stay in hospital_stays(ctx.session, date(YEAR, 1, 1), ANSWERED_UNTIL):
        person = by_id.get(stay.member_id)
        if person is not None and person.active_on(stay.admitted) and own.random() < 0.85:
            on = stay.admitted + timedelta(days=own.randrange(1, 4))
            yield _payment(person, WelfareItem.HOSPITAL, own.choice((50_000, 60_000, 80_000)), on, rules,
                           note="探望住院会员")  # fmt: skip
    for person in people:
        if (
            person.status_date is None
            or person.status_date.year != YEAR
            or person.status_date > ANSWERED_UNTIL
        ):
            continue
        if person.status == MemberStatus.RETAINED and person.cause == StatusCause.RETIRED:
            yield _payment(
                person, WelfareItem.RETIREMENT, 80_000, person.status_date, rules, note="退休纪念品"
            )
        elif person.status == MemberStatus.DECEASED:
            yield _payment(
                person, WelfareItem.MEMBER_DEATH, 200_000, person.status_date, rules, note="会员去世慰问金"
            )
    active = [p for p in people if p.status == MemberStatus.ACTIVE and p.join_date < date(YEAR, 1, 1)]
    for item, share, fen, note in (
        (WelfareItem.WEDDING, 0.012, 50_000, "会员结婚"),
        (WelfareItem.CHILDBIRTH, 0.015, 50_000, "会员生育"),
        (WelfareItem.RELATIVE_DEATH, 0.006, 100_000, "直系亲属去世"),
    ):
        for person in own.sample(active, max(1, int(len(active) * share))):
            on = date(YEAR, 1, 1) + timedelta(days=own.randrange(0, 320))
            yield _payment(person, item, fen, on, rules, note=note)


# Budgets ------------------------------------------------------------------------------------------
def _budgets(ctx: DemoContext, own: random.Random, people: list[_Person]) -> None:
    rows = []
    for branch_id in ctx.branch_ids.values():
        members = sum(1 for p in people if p.branch_id == branch_id and p.status == MemberStatus.ACTIVE)
        welfare = -(-members * 230_000 // 1_000_000) * 1_000_000  # 2,300 yuan a member, whole 10,000s
        for category, fen in (
            (BudgetCategory.WELFARE, welfare),
            (BudgetCategory.CONTEST_PRIZES, own.randrange(5, 13) * 1_000_000),
            (BudgetCategory.INNOVATION_REWARDS, own.randrange(8, 21) * 1_000_000),
        ):
            rows.append(
                {
                    "branch_id": branch_id,
                    "year": YEAR,
                    "category": category.value,
                    "amount_fen": fen,
                    "version": 1,
                }
            )
    ctx.session.execute(insert(Budget), rows)
