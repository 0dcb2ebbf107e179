"""The rules the congress work checks, read from ``congress_rules`` (values with effective dates),
and the pure checks that use them: a roster's composition, a notice period, a batch's ratios."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.congress.labels import Bound, PostCategory, RuleKey
from unionoffice.congress.models import CongressRule
from unionoffice.core.calendar.rules import Arrangement, add_working_days, working_days_between
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate


def rules_on(session: Session, on: date) -> dict[RuleKey, int]:
    """Each rule's value in force on ``on`` (the row with the latest effective date not after it)."""
    found: dict[RuleKey, int] = {}
    rows = session.execute(
        select(CongressRule.key, CongressRule.value)
        .where(CongressRule.effective_from <= on)
        .order_by(CongressRule.effective_from)
    )
    for key, value in rows:
        if key in RuleKey.__members__.values():
            found[RuleKey(key)] = value
    missing = [k for k in RuleKey if k not in found]
    if missing:
        raise UserError(
            translate("Congress", "{on} 没有生效的规则：{rules}。").format(
                on=on.isoformat(), rules="、".join(k.label for k in missing)
            )
        )
    return found


def percent(part: int, whole: int) -> Decimal:
    """``part`` of ``whole`` in percent, one decimal (0 when there is no whole)."""
    if whole == 0:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Composition:
    total: int
    front_line: Decimal
    management: Decimal
    women: Decimal
    workforce_women: Decimal
    warnings: tuple[str, ...]


def composition(
    categories: Sequence[tuple[str, str]], workforce_women: Decimal, rules: dict[RuleKey, int]
) -> Composition:
    """The roster's shares from (post category, gender) pairs, and a warning for each rule broken."""
    total = len(categories)
    front = percent(sum(1 for c, _ in categories if c == PostCategory.FRONT_LINE), total)
    management = percent(sum(1 for c, _ in categories if c == PostCategory.MANAGEMENT), total)
    women = percent(sum(1 for _, g in categories if g == "F"), total)
    warnings: list[str] = []
    if total:
        floor = rules[RuleKey.FRONT_LINE_MIN]
        if front < floor:
            warnings.append(
                translate("Congress", "一线职工代表占 {share}%，低于“一线职工不少于 {rule}%”的规定。").format(
                    share=front, rule=floor
                )
            )
        ceiling = rules[RuleKey.MANAGEMENT_MAX]
        if management > ceiling:
            warnings.append(
                translate(
                    "Congress",
                    "中层及以上管理人员代表占 {share}%，超过“中层及以上管理人员不超过 {rule}%”的规定。",
                ).format(share=management, rule=ceiling)
            )
        shortfall = rules[RuleKey.WOMEN_SHORTFALL]
        if women < workforce_women - shortfall:
            warnings.append(
                translate(
                    "Congress",
                    "女职工代表占 {share}%，低于职工中女职工的 {workforce}%，不符合“女职工代表比例相适应”的规定。",
                ).format(share=women, workforce=workforce_women)
            )
    return Composition(total, front, management, women, workforce_women, tuple(warnings))


def notice_ends(arrangement: Arrangement, starts_on: date, days: int) -> date:
    """The last day of a public notice of ``days`` working days posted on ``starts_on`` (the
    posting day counts when it is a working day)."""
    return add_working_days(arrangement, starts_on - timedelta(days=1), days)


def notice_day(arrangement: Arrangement, starts_on: date, on: date) -> int:
    """Which working day of the notice ``on`` is (1 for the first)."""
    return working_days_between(arrangement, starts_on - timedelta(days=1), on)


@dataclass(frozen=True)
class Ratio:
    category: PostCategory
    bound: Bound
    percent: int

    @property
    def text(self) -> str:
        return translate("Congress", "{category}{bound} {percent}%").format(
            category=self.category.label, bound=self.bound.label, percent=self.percent
        )


def broken_ratios(categories: Iterable[str], ratios: Iterable[Ratio]) -> list[str]:
    """A sentence for each ratio the batch of candidates (their post categories) breaks."""
    chosen = list(categories)
    problems = []
    for ratio in ratios:
        share = percent(sum(1 for c in chosen if c == ratio.category), len(chosen))
        low = ratio.bound is Bound.MIN and share < ratio.percent
        high = ratio.bound is Bound.MAX and share > ratio.percent
        if chosen and (low or high):
            problems.append(
                translate("Congress", "{category}占 {share}%，不符合通知“{rule}”的要求。").format(
                    category=ratio.category.label, share=share, rule=ratio.text
                )
            )
    return problems
