"""The claim calculation: a pure function from a rule and amounts (fen) to a payable amount
and the line-by-line explanation shown to the clerk and printed on the approval form.

Bands are measured on the policy-covered self-paid amount; the part below the deductible is
cut out of the bottom band(s). Each band's share is rounded half up to the fen, then the
per-claim cap, then what is left of the member's annual cap, apply in that order.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import Money

MAX_RATIO = Decimal(1)


@dataclass(frozen=True)
class Band:
    """Pays ``ratio`` of the amount between the previous band's upper bound and ``upper_fen``."""

    upper_fen: int | None  # None: no upper bound (the last band)
    ratio: Decimal


@dataclass(frozen=True)
class Rule:
    deductible_fen: int = 0
    bands: tuple[Band, ...] = ()
    per_claim_cap_fen: int | None = None
    annual_cap_fen: int | None = None
    lump_sum_fen: int | None = None  # critical illness: a fixed sum instead of bands


@dataclass(frozen=True)
class Line:
    text: str
    amount_fen: int | None = None


@dataclass(frozen=True)
class Calculation:
    payable_fen: int
    lines: tuple[Line, ...]
    caps_hit: tuple[str, ...] = field(default=())  # "per_claim", "annual"

    def to_json(self) -> str:
        return json.dumps([[line.text, line.amount_fen] for line in self.lines], ensure_ascii=False)


def lines_from_json(text: str) -> list[Line]:
    return [Line(t, a) for t, a in json.loads(text or "[]")]


def _yuan(fen: int) -> str:
    return Money(fen).format()


def _percent(ratio: Decimal) -> str:
    return f"{(ratio * 100).normalize():f}%"


def calculate(rule: Rule, covered_self_fen: int, used_this_year_fen: int = 0) -> Calculation:
    """What the fund pays for one claim. ``used_this_year_fen``: already approved for this member,
    year and benefit type (counts against the annual cap)."""
    if covered_self_fen < 0 or used_this_year_fen < 0:
        raise ValueError("amounts must not be negative")
    lines: list[Line] = []
    caps: list[str] = []
    if rule.lump_sum_fen is not None:
        amount = rule.lump_sum_fen
        lines.append(
            Line(translate("MedicalCalc", "重大疾病一次性补助：{sum} 元").format(sum=_yuan(amount)), amount)
        )
    else:
        lines.append(
            Line(
                translate("MedicalCalc", "政策范围内个人自付：{x} 元").format(x=_yuan(covered_self_fen)),
                covered_self_fen,
            )
        )
        d = rule.deductible_fen
        if d:
            lines.append(
                Line(translate("MedicalCalc", "起付线：{d} 元（以下部分不予补助）").format(d=_yuan(d)), d)
            )
        amount = 0
        lower = 0
        for band in rule.bands:
            upper = band.upper_fen
            start = max(lower, d)
            end = covered_self_fen if upper is None else min(covered_self_fen, upper)
            part = max(0, end - start)
            if part:
                share = Money(part).times_ratio(band.ratio).fen
                amount += share
                span = (
                    translate("MedicalCalc", "{lo}–{hi} 元段").format(lo=_yuan(lower), hi=_yuan(upper))
                    if upper is not None
                    else translate("MedicalCalc", "{lo} 元以上段").format(lo=_yuan(lower))
                )
                lines.append(
                    Line(
                        translate("MedicalCalc", "{span}：{part} × {ratio} = {share} 元").format(
                            span=span, part=_yuan(part), ratio=_percent(band.ratio), share=_yuan(share)
                        ),
                        share,
                    )
                )
            if upper is None or covered_self_fen <= upper:
                break
            lower = upper
        if covered_self_fen <= d:
            lines.append(Line(translate("MedicalCalc", "自付金额未超过起付线，不予补助"), 0))
        lines.append(Line(translate("MedicalCalc", "分段合计：{sum} 元").format(sum=_yuan(amount)), amount))
    cap = rule.per_claim_cap_fen
    if cap is not None and amount > cap:
        caps.append("per_claim")
        lines.append(
            Line(translate("MedicalCalc", "超过单次封顶 {cap} 元，按封顶额计").format(cap=_yuan(cap)), cap)
        )
        amount = cap
    annual = rule.annual_cap_fen
    if annual is not None:
        left = max(0, annual - used_this_year_fen)
        if amount > left:
            caps.append("annual")
            lines.append(
                Line(
                    translate(
                        "MedicalCalc",
                        "年度封顶 {cap} 元，本年度已获补助 {used} 元，剩余 {left} 元，按剩余额计",
                    ).format(cap=_yuan(annual), used=_yuan(used_this_year_fen), left=_yuan(left)),
                    left,
                )
            )
            amount = left
    lines.append(Line(translate("MedicalCalc", "本次应付互助金：{sum} 元").format(sum=_yuan(amount)), amount))
    return Calculation(amount, tuple(lines), tuple(caps))


def with_product_cap(calc: Calculation, product: str, cap_fen: int, used_fen: int) -> Calculation:
    """The same calculation under an optional product's own yearly cap (what is left of it after
    ``used_fen``): one more line before the amount, when the cap bites."""
    left = max(0, cap_fen - used_fen)
    if calc.payable_fen <= left:
        return calc
    line = Line(
        translate(
            "MedicalCalc",
            "可选保障“{name}”年度封顶 {cap} 元，本年度已获 {used} 元，剩余 {left} 元，按剩余额计",
        ).format(name=product, cap=_yuan(cap_fen), used=_yuan(used_fen), left=_yuan(left)),
        left,
    )
    final = Line(translate("MedicalCalc", "本次应付互助金：{sum} 元").format(sum=_yuan(left)), left)
    return Calculation(left, (*calc.lines[:-1], line, final), (*calc.caps_hit, "product"))


# Rules as stored ------------------------------------------------------------------------------
def bands_to_json(bands: Sequence[Band]) -> str:
    return json.dumps([[b.upper_fen, str(b.ratio)] for b in bands])


def bands_from_json(text: str) -> tuple[Band, ...]:
    return tuple(Band(upper, Decimal(ratio)) for upper, ratio in json.loads(text or "[]"))


def parse_ratio(text: str, field_name: str, row: int | None = None) -> Decimal:
    """ "60%", "60", "0.6" → Decimal('0.6'); refuses anything outside 0–100 %."""
    raw = str(text).strip().rstrip("%").strip()
    try:
        value = Decimal(raw)
        if not value.is_finite():  # "nan" would fail the comparisons below with a traceback
            raise InvalidOperation(raw)
    except InvalidOperation:
        raise ValidationError(
            FieldProblem(field_name, translate("MedicalCalc", "比例“{t}”不是数字").format(t=text), row)
        ) from None
    if value > 1:
        value = value / 100
    exponent = value.as_tuple().exponent  # an int for every finite number
    if not 0 < value <= MAX_RATIO or not isinstance(exponent, int) or exponent < -4:
        raise ValidationError(
            FieldProblem(
                field_name, translate("MedicalCalc", "比例应大于 0 且不超过 100%，最多两位小数的百分数"), row
            )
        )
    return value.normalize()


def validate_rule(rule: Rule) -> None:
    """Every problem with a rule, named by field, before it is saved."""
    problems: list[FieldProblem] = []
    name = translate("MedicalCalc", "起付线")
    if rule.deductible_fen < 0:
        problems.append(FieldProblem(name, translate("MedicalCalc", "不能为负数")))
    for label, value in (
        (translate("MedicalCalc", "单次封顶"), rule.per_claim_cap_fen),
        (translate("MedicalCalc", "年度封顶"), rule.annual_cap_fen),
        (translate("MedicalCalc", "一次性补助"), rule.lump_sum_fen),
    ):
        if value is not None and value <= 0:
            problems.append(FieldProblem(label, translate("MedicalCalc", "应大于 0，不设请留空")))
    if rule.lump_sum_fen is None:
        if not rule.bands:
            problems.append(
                FieldProblem(
                    translate("MedicalCalc", "补助分段"),
                    translate("MedicalCalc", "至少需要一个分段（或设置一次性补助）"),
                )
            )
        previous = 0
        for row, band in enumerate(rule.bands, start=1):
            label = translate("MedicalCalc", "补助分段")
            if band.upper_fen is None and row != len(rule.bands):
                problems.append(
                    FieldProblem(label, translate("MedicalCalc", "只有最后一段可以不设上限"), row)
                )
            if band.upper_fen is not None and band.upper_fen <= previous:
                problems.append(FieldProblem(label, translate("MedicalCalc", "上限应大于上一段的上限"), row))
            if not 0 < band.ratio <= MAX_RATIO:
                problems.append(
                    FieldProblem(label, translate("MedicalCalc", "比例应大于 0 且不超过 100%"), row)
                )
            previous = band.upper_fen or previous
    if problems:
        raise ValidationError(problems)
