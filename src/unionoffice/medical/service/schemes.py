"""Scheme years and their benefit rules. A rule with paid claims is frozen: saving a change
makes a new revision, and only claims computed afterwards use it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.medical.calculation import Band, Rule, bands_to_json, validate_rule
from unionoffice.medical.contract import RuleInfo, SchemeChoice, SchemeInfo, SchemeInput, SchemePick
from unionoffice.medical.models import BenefitRule, BenefitType, Claim, ClaimStatus, Fund, SchemeYear
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.common import current_rule_row, load_scheme, money_problem, rule_of


def _info(s: SchemeYear) -> SchemeInfo:
    return SchemeInfo(
        id=s.id,
        fund=s.fund,
        year=s.year,
        name=s.name,
        fee_fen=s.fee_fen,
        coverage_start=s.coverage_start,
        coverage_end=s.coverage_end,
        waiting_days=s.waiting_days,
        hardship_threshold_fen=s.hardship_threshold_fen,
        version=s.version,
        renewal_waiting_days=s.renewal_waiting_days,
        claim_deadline=s.claim_deadline,
        enrol_from=s.enrol_from,
        enrol_to=s.enrol_to,
    )


def list_schemes(db: Database, actor: Actor) -> list[SchemeInfo]:
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        return schemes_in(s)


def schemes_in(s: Session) -> list[SchemeInfo]:
    """Every scheme year, newest first, the union fund before the provincial scheme."""
    rows = s.execute(select(SchemeYear).order_by(SchemeYear.year.desc(), SchemeYear.fund.desc())).scalars()
    return [_info(r) for r in rows]


def first_year_in(s: Session, fund: str) -> int:
    """The fund's first scheme year (its history starts there)."""
    first = s.execute(select(func.min(SchemeYear.year)).where(SchemeYear.fund == fund)).scalar()
    return int(first) if first is not None else date.today().year


def scheme_choice(s: Session, actor: Actor, pick: SchemePick) -> SchemeChoice:
    """The scheme a screen opens on (one statement): the one asked for by id, else the union
    fund's scheme of the year asked for, else this year's union scheme, else the newest."""
    actor.require(MedicalPerm.READ)
    every = schemes_in(s)
    if pick.scheme_year_id is not None:
        found = next((x for x in every if x.id == pick.scheme_year_id), None)
        if found is None:
            raise NotFound(translate("Medical", "找不到该互助方案年度。"))
    else:
        union = [x for x in every if x.fund == Fund.UNION]
        this_year = date.today().year
        found = next((x for x in union if x.year == pick.year), None) if pick.year is not None else None
        found = (
            found
            or next((x for x in union if x.year <= this_year), None)
            or next(iter(union), None)
            or next(iter(every), None)
        )
    return SchemeChoice(found, every if pick.with_schemes else None)


def get_scheme(db: Database, actor: Actor, scheme_year_id: int) -> SchemeInfo:
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        return _info(load_scheme(s, scheme_year_id))


def _check_scheme(data: SchemeInput) -> None:
    problems = []
    if data.fund not in set(Fund):
        problems.append(FieldProblem(translate("Medical", "基金"), translate("Medical", "请选择基金")))
    if not 2000 <= data.year <= 2100:
        problems.append(
            FieldProblem(translate("Medical", "年度"), translate("Medical", "年度应在 2000–2100 之间"))
        )
    if not data.name.strip():
        problems.append(FieldProblem(translate("Medical", "方案名称"), translate("Medical", "必须填写")))
    problem = money_problem(translate("Medical", "每人互助金"), data.fee_fen)
    if problem:
        problems.append(problem)
    problem = money_problem(translate("Medical", "困难预警线"), data.hardship_threshold_fen)
    if problem:
        problems.append(problem)
    if data.coverage_start is None or data.coverage_end is None:
        problems.append(
            FieldProblem(translate("Medical", "保障期"), translate("Medical", "必须填写起止日期"))
        )
    elif data.coverage_end < data.coverage_start:
        problems.append(
            FieldProblem(translate("Medical", "保障期"), translate("Medical", "结束日期早于开始日期"))
        )
    for label, days in (
        (translate("Medical", "等待期"), data.waiting_days),
        (translate("Medical", "续保等待期"), data.renewal_waiting_days),
    ):
        if not 0 <= days <= 365:
            problems.append(FieldProblem(label, translate("Medical", "应在 0–365 天之间")))
    end = data.coverage_end
    if data.claim_deadline is not None and end is not None and data.claim_deadline < end:
        problems.append(
            FieldProblem(
                translate("Medical", "申请截止日期"),
                translate("Medical", "不能早于保障期结束日 {end}").format(end=end),
            )
        )
    if data.enrol_from is not None and data.enrol_to is not None and data.enrol_to < data.enrol_from:
        problems.append(
            FieldProblem(translate("Medical", "参保登记期"), translate("Medical", "结束日期早于开始日期"))
        )
    if data.enrol_to is not None and end is not None and data.enrol_to > end:
        problems.append(
            FieldProblem(
                translate("Medical", "参保登记期"),
                translate("Medical", "不能晚于保障期结束日 {end}").format(end=end),
            )
        )
    if problems:
        raise ValidationError(problems)


def create_scheme(db: Database, actor: Actor, data: SchemeInput) -> SchemeInfo:
    actor.require(MedicalPerm.ADMIN)
    _check_scheme(data)
    with db.transaction(actor) as s:
        taken = s.execute(
            select(SchemeYear.id).where(SchemeYear.fund == data.fund, SchemeYear.year == data.year)
        )
        if taken.first():
            raise UserError(
                translate("Medical", "{year} 年度的{fund}方案已存在。").format(
                    year=data.year, fund=Fund(data.fund).label
                )
            )
        row = SchemeYear(
            fund=data.fund,
            year=data.year,
            name=data.name.strip(),
            fee_fen=data.fee_fen,
            coverage_start=data.coverage_start,
            coverage_end=data.coverage_end,
            waiting_days=data.waiting_days,
            renewal_waiting_days=data.renewal_waiting_days,
            hardship_threshold_fen=data.hardship_threshold_fen,
            claim_deadline=data.claim_deadline,
            enrol_from=data.enrol_from,
            enrol_to=data.enrol_to,
        )
        s.add(row)
        s.flush()
        return _info(row)


def update_scheme(
    db: Database, actor: Actor, scheme_year_id: int, data: SchemeInput, expected_version: int
) -> SchemeInfo:
    actor.require(MedicalPerm.ADMIN)
    _check_scheme(data)
    with db.transaction(actor) as s:
        row = load_scheme(s, scheme_year_id)
        check_version(s, row, expected_version)
        if (row.fund, row.year) != (data.fund, data.year):
            raise UserError(translate("Medical", "方案的基金和年度不能修改，请新建方案。"))
        has_claims = s.execute(
            select(exists().where(Claim.scheme_year_id == row.id, Claim.status != ClaimStatus.DRAFT))
        ).scalar()
        settled = (data.coverage_start, data.coverage_end, data.waiting_days, data.renewal_waiting_days)
        if has_claims and settled != (
            row.coverage_start,
            row.coverage_end,
            row.waiting_days,
            row.renewal_waiting_days,
        ):
            raise UserError(translate("Medical", "该年度已有提交的申请，保障期和等待期不能再修改。"))
        # _check_scheme has refused a scheme without a fee or a coverage period.
        assert data.fee_fen is not None and data.coverage_start is not None and data.coverage_end is not None
        row.name, row.fee_fen = data.name.strip(), data.fee_fen
        row.coverage_start, row.coverage_end = data.coverage_start, data.coverage_end
        row.waiting_days, row.hardship_threshold_fen = data.waiting_days, data.hardship_threshold_fen
        row.renewal_waiting_days, row.claim_deadline = data.renewal_waiting_days, data.claim_deadline
        row.enrol_from, row.enrol_to = data.enrol_from, data.enrol_to
        s.flush()
        return _info(row)


def _paid_rule_ids(s: Session, rule_ids: list[int]) -> set[int]:
    """The rules among ``rule_ids`` that have a paid claim (frozen), in one statement."""
    if not rule_ids:
        return set()
    return {
        rule_id
        for rule_id in s.execute(
            select(Claim.rule_id)
            .where(Claim.rule_id.in_(rule_ids), Claim.status == ClaimStatus.PAID)
            .distinct()
        ).scalars()
        if rule_id is not None
    }


def _rule_info(row: BenefitRule, frozen: bool) -> RuleInfo:
    return RuleInfo(
        row.id,
        row.scheme_year_id,
        row.benefit_type,
        row.revision,
        rule_of(row),
        row.note,
        frozen,
        row.version,
    )


def _one_rule_info(s: Session, row: BenefitRule) -> RuleInfo:
    return _rule_info(row, row.id in _paid_rule_ids(s, [row.id]))


def current_rule_infos(s: Session, scheme_year_id: int) -> list[RuleInfo]:
    """The latest revision of each benefit type's rule, in benefit-type order: two statements
    however many types there are."""
    latest: dict[str, BenefitRule] = {}
    for row in s.execute(
        select(BenefitRule).where(BenefitRule.scheme_year_id == scheme_year_id).order_by(BenefitRule.revision)
    ).scalars():
        latest[row.benefit_type] = row
    paid = _paid_rule_ids(s, [r.id for r in latest.values()])
    return [_rule_info(latest[b], latest[b].id in paid) for b in BenefitType if b in latest]


def current_rules(db: Database, actor: Actor, scheme_year_id: int) -> dict[str, RuleInfo]:
    """The latest revision of each benefit type's rule in a scheme year."""
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        return {info.benefit_type: info for info in current_rule_infos(s, scheme_year_id)}


def rule_history(db: Database, actor: Actor, scheme_year_id: int, benefit_type: str) -> list[RuleInfo]:
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        rows = s.execute(
            select(BenefitRule)
            .where(BenefitRule.scheme_year_id == scheme_year_id, BenefitRule.benefit_type == benefit_type)
            .order_by(BenefitRule.revision)
        ).scalars()
        found = list(rows)
        paid = _paid_rule_ids(s, [r.id for r in found])
        return [_rule_info(r, r.id in paid) for r in found]


def save_rule(
    db: Database,
    actor: Actor,
    scheme_year_id: int,
    benefit_type: str,
    rule: Rule,
    note: str = "",
    expected_version: int | None = None,
) -> RuleInfo:
    """Create or change a benefit type's rule; a frozen rule gets a new revision instead."""
    actor.require(MedicalPerm.ADMIN)
    if benefit_type not in set(BenefitType):
        raise ValidationError(
            FieldProblem(translate("Medical", "补助类别"), translate("Medical", "请选择补助类别"))
        )
    if benefit_type == BenefitType.CRITICAL and rule.lump_sum_fen is None:
        raise ValidationError(
            FieldProblem(
                translate("MedicalCalc", "一次性补助"),
                translate("Medical", "重大疾病按一次性补助发放，必须填写金额"),
            )
        )
    if benefit_type != BenefitType.CRITICAL and rule.lump_sum_fen is not None:
        raise ValidationError(
            FieldProblem(
                translate("MedicalCalc", "一次性补助"),
                translate("Medical", "只有重大疾病按一次性补助发放，请留空"),
            )
        )
    validate_rule(rule)
    with db.transaction(actor) as s:
        load_scheme(s, scheme_year_id)
        row = current_rule_row(s, scheme_year_id, benefit_type)
        values = {
            "deductible_fen": rule.deductible_fen,
            "bands": bands_to_json(rule.bands),
            "per_claim_cap_fen": rule.per_claim_cap_fen,
            "annual_cap_fen": rule.annual_cap_fen,
            "lump_sum_fen": rule.lump_sum_fen,
            "note": note.strip(),
        }
        if row is not None:
            if expected_version is not None:
                check_version(s, row, expected_version)
            if not _one_rule_info(s, row).frozen:
                for key, value in values.items():
                    setattr(row, key, value)
                s.flush()
                return _one_rule_info(s, row)
        revision = 1 if row is None else row.revision + 1
        new = BenefitRule(
            scheme_year_id=scheme_year_id, benefit_type=benefit_type, revision=revision, **values
        )
        s.add(new)
        s.flush()
        return _rule_info(new, False)


def standard_bands(*pairs: tuple[int | None, str]) -> tuple[Band, ...]:
    """``standard_bands((1_000_000, "0.5"), (None, "0.7"))`` — uppers in fen, ratios as text."""
    return tuple(Band(upper, Decimal(ratio)) for upper, ratio in pairs)
