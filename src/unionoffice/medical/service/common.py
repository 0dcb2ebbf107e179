"""Helpers the medical services share: loading in scope, money checks, rule conversion."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.scope import get_in_scope
from unionoffice.foundation.errors import FieldProblem, NotFound
from unionoffice.foundation.i18n import translate
from unionoffice.medical.calculation import Rule, bands_from_json
from unionoffice.medical.models import BenefitRule, Claim, SchemeYear

# One claim above five million yuan is a typing slip (an extra zero or two), not a hospital bill.
MAX_AMOUNT_FEN = 500_000_000


def money_problem(label: str, fen: int | None, required: bool = True) -> FieldProblem | None:
    if fen is None:
        return FieldProblem(label, translate("Medical", "必须填写")) if required else None
    if fen < 0:
        return FieldProblem(label, translate("Medical", "金额不能为负数"))
    if fen > MAX_AMOUNT_FEN:
        return FieldProblem(label, translate("Medical", "金额超出合理范围（单笔不超过 500 万元），请核对"))
    return None


def load_scheme(s: Session, scheme_year_id: int) -> SchemeYear:
    scheme = s.get(SchemeYear, scheme_year_id)
    if scheme is None:
        raise NotFound(translate("Medical", "找不到该互助方案年度。"))
    return scheme


def load_claim(s: Session, actor: Actor, claim_id: int) -> Claim:
    # Out-of-scope claims look exactly like missing ones.
    return get_in_scope(s, actor, Claim, claim_id, lambda: translate("Medical", "找不到该互助金申请。"))


def rule_of(row: BenefitRule) -> Rule:
    return Rule(
        row.deductible_fen,
        bands_from_json(row.bands),
        row.per_claim_cap_fen,
        row.annual_cap_fen,
        row.lump_sum_fen,
    )


def current_rule_row(s: Session, scheme_year_id: int, benefit_type: str) -> BenefitRule | None:
    return s.execute(
        select(BenefitRule)
        .where(BenefitRule.scheme_year_id == scheme_year_id, BenefitRule.benefit_type == benefit_type)
        .order_by(BenefitRule.revision.desc())
        .limit(1)
    ).scalar_one_or_none()


def user_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = sorted(i for i in ids if i is not None)
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())


def today() -> date:
    return date.today()
