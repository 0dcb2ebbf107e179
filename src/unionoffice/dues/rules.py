"""The dues rule and the welfare caps as plain values, and what they say. No database.

Dues (中华全国总工会关于会员交纳会费的规定): a member pays 0.5 % of the monthly basic wage; the part
of the wage under 10 yuan is not counted (5,236.00 → 5,230 → 26.15). The rate, the unit and the
rounding are the rule row's; this file only applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Protocol, TypeVar

from unionoffice.dues.labels import CapPer, CountPer, Rounding, cap_label
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import Money


class Dated(Protocol):
    @property
    def effective_from(self) -> date: ...


T = TypeVar("T", bound=Dated)


def in_force(rules: Iterable[T], day: date) -> T | None:
    """The rule in force on ``day``: the latest that took effect on or before it."""
    best: T | None = None
    for rule in rules:
        if rule.effective_from <= day and (best is None or rule.effective_from > best.effective_from):
            best = rule
    return best


@dataclass(frozen=True)
class DuesRate:
    id: int
    effective_from: date
    rate: Decimal
    base_unit_fen: int
    rounding: Rounding
    source: str = ""

    def base(self, wage_fen: int) -> int:
        """The wage counted: the part under one unit (10 yuan) dropped."""
        unit = max(self.base_unit_fen, 1)
        return wage_fen - wage_fen % unit

    def dues(self, wage_fen: int) -> int:
        mode = ROUND_HALF_UP if self.rounding == Rounding.HALF_UP else ROUND_DOWN
        return int((Decimal(self.base(wage_fen)) * self.rate).quantize(Decimal(1), rounding=mode))

    def text(self) -> str:
        percent = (self.rate * 100).normalize()
        return translate("Dues", "按月基本工资的 {rate}% 交纳，不足 {unit} 元的部分不计，{rounding}").format(
            rate=f"{percent:f}",
            unit=Money(self.base_unit_fen).format().removesuffix(".00"),
            rounding=Rounding(self.rounding).label,
        )


@dataclass(frozen=True)
class Cap:
    id: int
    cap_key: str
    effective_from: date
    cap_fen: int
    cap_per: CapPer
    max_count: int | None = None
    count_per: CountPer | None = None
    source: str = ""

    def text(self) -> str:
        """The cap as the clerk reads it: 每人每次不超过 300.00 元，每年限 1 次."""
        parts = [
            translate("Dues", "{per}不超过 {cap} 元").format(per=self.cap_per.label, cap=Money(self.cap_fen))
        ]
        if self.max_count:
            per = self.count_per.label if self.count_per else CountPer.YEAR.label
            parts.append(translate("Dues", "{per}限 {n} 次").format(per=per, n=self.max_count))
        return "，".join(parts)

    def named(self) -> str:
        """The cap with its item and source, for refusals: 生日蛋糕卡标准：每人每次不超过 300.00 元（依据）."""
        text = translate("Dues", "{item}标准：{cap}").format(item=cap_label(self.cap_key), cap=self.text())
        return f"{text}（{self.source}）" if self.source else text


@dataclass(frozen=True)
class Taken:
    """What a member has already received under a cap."""

    year_fen: int = 0  # this year, counted payments
    year_count: int = 0
    ever_count: int = 0
    last: date | None = None  # the latest counted payment


def cap_refusal(cap: Cap, amount_fen: int, taken: Taken, name: str) -> tuple[str, str] | None:
    """Why ``amount_fen`` more for ``name`` breaks ``cap``, naming the cap: (the field it concerns,
    "item" for a count and "amount" for money; the message), or None."""
    if cap.max_count:
        count = taken.ever_count if cap.count_per == CountPer.EVER else taken.year_count
        if count >= cap.max_count:
            when = taken.last.isoformat() if taken.last else ""
            message = translate("Dues", "超出{cap}；{name} 已于 {on} 领取。")
            return "item", message.format(cap=cap.named(), name=name, on=when)
    if cap.cap_per == CapPer.PAYMENT and amount_fen > cap.cap_fen:
        message = translate("Dues", "超出{cap}；本次 {amount} 元。")
        return "amount", message.format(cap=cap.named(), amount=Money(amount_fen))
    if cap.cap_per == CapPer.YEAR and taken.year_fen + amount_fen > cap.cap_fen:
        left = max(cap.cap_fen - taken.year_fen, 0)
        message = translate("Dues", "超出{cap}；{name} 今年已领 {taken} 元，本次最多 {left} 元。")
        return "amount", message.format(
            cap=cap.named(), name=name, taken=Money(taken.year_fen), left=Money(left)
        )
    return None


def month_label(month: date) -> str:
    return translate("Dues", "{year}年{month}月").format(year=month.year, month=month.month)


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def months_between(first: date, last: date) -> Sequence[date]:
    """First days of the months from ``first`` to ``last`` inclusive."""
    months = []
    day = first_of_month(first)
    while day <= last:
        months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months
