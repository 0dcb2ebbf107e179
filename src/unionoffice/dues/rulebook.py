"""The dues rule and the welfare caps as stored rows: read them, list them, add a new one.

A rule is never edited: a change is a new row with the date it takes effect, so a month or a
payment is always judged by the rule of its time (and an auditor sees what applied when).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.dues.contract import (
    CapRuleInfo,
    CapRuleInput,
    DuesRuleInfo,
    DuesRuleInput,
    RulesScreen,
    field_label,
)
from unionoffice.dues.labels import CAP_KEYS, CapPer, CountPer, Rounding, cap_label
from unionoffice.dues.models import DuesRule, WelfareRule
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.rules import Cap, DuesRate, in_force
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer.normalize import normalize_text

MAX_RATE = Decimal("0.05")  # 5 %: ten times the national rule, beyond any real one


def dues_rates(s: Session) -> list[DuesRate]:
    return [
        DuesRate(r.id, r.effective_from, Decimal(r.rate), r.base_unit_fen, Rounding(r.rounding), r.source)
        for r in s.execute(select(DuesRule).order_by(DuesRule.effective_from)).scalars()
    ]


def dues_rate_on(s: Session, day: date) -> DuesRate:
    rate = in_force(dues_rates(s), day)
    if rate is None:
        raise UserError(
            translate("Dues", "{day} 没有生效的会费标准，请先在“标准”页录入。").format(day=day.isoformat())
        )
    return rate


def caps(s: Session) -> list[Cap]:
    return [
        Cap(
            r.id,
            r.cap_key,
            r.effective_from,
            r.cap_fen,
            CapPer(r.cap_per),
            r.max_count,
            CountPer(r.count_per) if r.count_per else None,
            r.source,
        )
        for r in s.execute(select(WelfareRule).order_by(WelfareRule.effective_from)).scalars()
    ]


def cap_on(all_caps: list[Cap], cap_key: str, day: date) -> Cap | None:
    return in_force((c for c in all_caps if c.cap_key == cap_key), day)


def rules_screen(db: Database, actor: Actor) -> RulesScreen:
    actor.require(DuesPerm.READ)
    with db.read(actor) as s:
        rates, found = dues_rates(s), caps(s)
    return RulesScreen(
        dues=[
            DuesRuleInfo(
                id=r.id,
                effective_from=r.effective_from,
                rate=f"{(r.rate * 100).normalize():f}",
                base_unit_fen=r.base_unit_fen,
                rounding=r.rounding.value,
                text=r.text(),
                source=r.source,
            )
            for r in reversed(rates)
        ],
        caps=[
            CapRuleInfo(
                id=c.id,
                cap_key=c.cap_key,
                label=cap_label(c.cap_key),
                effective_from=c.effective_from,
                cap_fen=c.cap_fen,
                text=c.text(),
                source=c.source,
            )
            for c in sorted(found, key=lambda c: (CAP_KEYS.index(c.cap_key), c.effective_from), reverse=True)
        ],
    )


def _source(text: str, problems: list[FieldProblem]) -> str:
    source = normalize_text(text or "")
    if not source:
        problems.append(
            FieldProblem(field_label("source"), translate("Dues", "请写明依据（文件名称、文号）"))
        )
    elif len(source) > 255:
        problems.append(FieldProblem(field_label("source"), translate("Dues", "不能超过 255 个字符")))
    return source


def add_dues_rule(db: Database, actor: Actor, data: DuesRuleInput) -> int:
    actor.require(DuesPerm.CONFIGURE)
    problems: list[FieldProblem] = []
    rate: Decimal | None = None
    try:
        rate = Decimal(normalize_text(data.rate).removesuffix("%")) / 100
    except InvalidOperation:
        problems.append(FieldProblem(field_label("rate"), translate("Dues", "应为百分数，如 0.5")))
    if rate is not None and not Decimal(0) < rate <= MAX_RATE:
        problems.append(FieldProblem(field_label("rate"), translate("Dues", "应在 0 到 5% 之间")))
    if data.effective_from is None:
        problems.append(FieldProblem(field_label("effective_from"), translate("Dues", "不能为空")))
    if data.base_unit_fen is None or not 1 <= data.base_unit_fen <= 100_000:
        problems.append(FieldProblem(field_label("base_unit"), translate("Dues", "应为 0.01 到 1000 元")))
    if data.rounding not in set(Rounding):
        problems.append(FieldProblem(field_label("rounding"), translate("Dues", "请选择")))
    source = _source(data.source, problems)
    if problems:
        raise ValidationError(problems)
    assert rate is not None and data.effective_from is not None and data.rounding is not None
    with db.transaction(actor) as s:
        taken = s.execute(
            select(DuesRule.id).where(DuesRule.effective_from == data.effective_from)
        ).scalar_one_or_none()
        if taken is not None:
            raise ValidationError(
                FieldProblem(field_label("effective_from"), translate("Dues", "这一天已有一条会费标准"))
            )
        rule = DuesRule(
            effective_from=data.effective_from,
            rate=f"{rate.normalize():f}",
            base_unit_fen=data.base_unit_fen,
            rounding=data.rounding,
            source=source,
            created_by_id=actor.user_id,
        )
        s.add(rule)
        s.flush()
        return rule.id


def add_cap_rule(db: Database, actor: Actor, data: CapRuleInput) -> int:
    actor.require(DuesPerm.CONFIGURE)
    problems: list[FieldProblem] = []
    if data.cap_key not in CAP_KEYS:
        problems.append(FieldProblem(field_label("item"), translate("Dues", "请选择")))
    if data.effective_from is None:
        problems.append(FieldProblem(field_label("effective_from"), translate("Dues", "不能为空")))
    if data.cap_fen is None or not 0 < data.cap_fen <= 100_000_000:
        problems.append(FieldProblem(field_label("cap"), translate("Dues", "应为大于 0 的金额")))
    if data.cap_per not in set(CapPer):
        problems.append(FieldProblem(field_label("cap_per"), translate("Dues", "请选择")))
    if data.max_count is not None and not (1 <= data.max_count <= 100 and data.count_per in set(CountPer)):
        problems.append(
            FieldProblem(field_label("max_count"), translate("Dues", "应为 1 到 100 次，并选择每年或累计"))
        )
    source = _source(data.source, problems)
    if problems:
        raise ValidationError(problems)
    assert data.cap_key is not None and data.effective_from is not None and data.cap_fen is not None
    with db.transaction(actor) as s:
        taken = s.execute(
            select(WelfareRule.id).where(
                WelfareRule.cap_key == data.cap_key, WelfareRule.effective_from == data.effective_from
            )
        ).scalar_one_or_none()
        if taken is not None:
            raise ValidationError(
                FieldProblem(field_label("effective_from"), translate("Dues", "该项目这一天已有一条标准"))
            )
        rule = WelfareRule(
            cap_key=data.cap_key,
            effective_from=data.effective_from,
            cap_fen=data.cap_fen,
            cap_per=data.cap_per,
            max_count=data.max_count,
            count_per=data.count_per if data.max_count else None,
            source=source,
            created_by_id=actor.user_id,
        )
        s.add(rule)
        s.flush()
        return rule.id


def cap_text(c: Cap) -> str:
    return f"{c.text()}（{c.source}）" if c.source else c.text()
