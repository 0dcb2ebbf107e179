"""Who may enrol, from when coverage starts, and the optional products of a scheme year.

Enrolment rules are rows with effective dates per fund (in work, an age range, basic employee
medical insurance); the rule in force on the enrolment date applies. The enrolment window, the
claim deadline and the waiting periods belong to the scheme year. See docs/medical.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.medical.contract import EligibilityInfo, EligibilitySave, ProductInfo, ProductSave
from unionoffice.medical.labels import BenefitType, EntryKind, Fund
from unionoffice.medical.models import Enrolment, EnrolmentRule, Product, SchemeYear
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.common import load_scheme, money_problem
from unionoffice.members.api import MemberStatus

MAX_AGE = 120


# Rules ------------------------------------------------------------------------------------------
def rule_in_force(s: Session, fund: str, on: date) -> EnrolmentRule | None:
    """The fund's rule with the latest ``effective_from`` on or before ``on`` (None: no rule yet)."""
    return s.execute(
        select(EnrolmentRule)
        .where(EnrolmentRule.fund == fund, EnrolmentRule.effective_from <= on)
        .order_by(EnrolmentRule.effective_from.desc())
        .limit(1)
    ).scalar_one_or_none()


def rule_name(rule: EnrolmentRule) -> str:
    return translate("Medical", "{fund}参保条件（{start} 起施行）").format(
        fund=Fund(rule.fund).label, start=rule.effective_from.isoformat()
    )


def age_on(birth: date, on: date) -> int:
    """Full years: a member born on 29 February turns a year older on 1 March in other years."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class Person:
    member_id: int
    name: str
    status: str
    birth_date: date


def refusal(rule: EnrolmentRule | None, person: Person, on: date) -> tuple[str, str] | None:
    """Why ``person`` may not enrol on ``on``: (the reason's kind, the message naming the rule)."""
    status = MemberStatus(person.status)
    in_work = status is MemberStatus.ACTIVE
    if rule is None or rule.require_in_work:
        if not in_work:
            return "status", translate("Medical", "{name}：会籍状态为“{status}”，{rule}要求在职在会").format(
                name=person.name,
                status=status.label,
                rule=rule_name(rule) if rule else translate("Medical", "参保条件"),
            )
    elif not status.in_register:  # 保留会籍 (retired or unemployed) may join where work is not asked
        return "status", translate("Medical", "{name}：会籍状态为“{status}”，不能参保").format(
            name=person.name, status=status.label
        )
    if rule is not None:
        age = age_on(person.birth_date, on)
        low, high = rule.min_age, rule.max_age
        if (low is not None and age < low) or (high is not None and age > high):
            return "age", translate(
                "Medical", "{name}：{on} 时 {age} 周岁，不在 {low}–{high} 周岁的参保年龄内（{rule}）"
            ).format(
                name=person.name,
                on=on.isoformat(),
                age=age,
                low=low if low is not None else 0,
                high=high if high is not None else MAX_AGE,
                rule=rule_name(rule),
            )
    return None


def window_problem(scheme: SchemeYear, on: date) -> FieldProblem | None:
    if (scheme.enrol_from is not None and on < scheme.enrol_from) or (
        scheme.enrol_to is not None and on > scheme.enrol_to
    ):
        return FieldProblem(
            translate("Medical", "参保日期"),
            translate("Medical", "{on} 不在 {year} 年度{fund}的参保登记期 {start} 至 {end} 内").format(
                on=on.isoformat(),
                year=scheme.year,
                fund=Fund(scheme.fund).label,
                start=scheme.enrol_from.isoformat() if scheme.enrol_from else "…",
                end=scheme.enrol_to.isoformat() if scheme.enrol_to else "…",
            ),
        )
    return None


def continuing_members(s: Session, scheme: SchemeYear) -> set[int]:
    """Members enrolled and paid in the fund's scheme of the year before."""
    previous = select(SchemeYear.id).where(SchemeYear.fund == scheme.fund, SchemeYear.year == scheme.year - 1)
    return set(
        s.execute(
            select(Enrolment.member_id).where(
                Enrolment.scheme_year_id.in_(previous.scalar_subquery()), Enrolment.paid_on.is_not(None)
            )
        ).scalars()
    )


def entry_kind(scheme: SchemeYear, was_enrolled_last_year: bool, on: date) -> EntryKind:
    if not was_enrolled_last_year:
        return EntryKind.FIRST
    return EntryKind.CONTINUING if on <= scheme.coverage_start else EntryKind.LATE_RENEWAL


def covered_from(scheme: SchemeYear, kind: EntryKind, on: date) -> date:
    """The first day treatment counts (the waiting periods of docs/medical.md):
    continuing on time → the coverage start; a first enrolment → the later of the enrolment and
    the coverage start, plus the first-enrolment wait; a late renewal → the enrolment date plus
    the renewal wait."""
    if kind is EntryKind.CONTINUING:
        return scheme.coverage_start
    if kind is EntryKind.LATE_RENEWAL:
        return max(scheme.coverage_start, on + timedelta(days=scheme.renewal_waiting_days))
    return max(on, scheme.coverage_start) + timedelta(days=scheme.waiting_days)


# Reading and editing the rules -------------------------------------------------------------------
def _rule_info(r: EnrolmentRule) -> EligibilityInfo:
    return EligibilityInfo(
        id=r.id,
        fund=r.fund,
        effective_from=r.effective_from,
        min_age=r.min_age,
        max_age=r.max_age,
        require_in_work=r.require_in_work,
        require_medical_insurance=r.require_medical_insurance,
        note=r.note,
        version=r.version,
    )


def rule_info_in_force(s: Session, fund: str, on: date) -> EligibilityInfo | None:
    rule = rule_in_force(s, fund, on)
    return _rule_info(rule) if rule is not None else None


def rules_in(s: Session, fund: str) -> list[EligibilityInfo]:
    rows = s.execute(
        select(EnrolmentRule).where(EnrolmentRule.fund == fund).order_by(EnrolmentRule.effective_from.desc())
    ).scalars()
    return [_rule_info(r) for r in rows]


def save_rule(db: Database, actor: Actor, data: EligibilitySave) -> EligibilityInfo:
    actor.require(MedicalPerm.ADMIN)
    problems = []
    if data.fund not in set(Fund):
        problems.append(FieldProblem(translate("Medical", "基金"), translate("Medical", "请选择基金")))
    if data.effective_from is None:
        problems.append(FieldProblem(translate("Medical", "生效日期"), translate("Medical", "必须填写")))
    for label, value in (
        (translate("Medical", "最低年龄"), data.min_age),
        (translate("Medical", "最高年龄"), data.max_age),
    ):
        if value is not None and not 0 <= value <= MAX_AGE:
            problems.append(FieldProblem(label, translate("Medical", "应在 0–120 周岁之间")))
    if data.min_age is not None and data.max_age is not None and data.min_age > data.max_age:
        problems.append(
            FieldProblem(translate("Medical", "最高年龄"), translate("Medical", "不能小于最低年龄"))
        )
    if problems:
        raise ValidationError(problems)
    assert data.effective_from is not None
    with db.transaction(actor) as s:
        same_day = s.execute(
            select(EnrolmentRule).where(
                EnrolmentRule.fund == data.fund, EnrolmentRule.effective_from == data.effective_from
            )
        ).scalar_one_or_none()
        if data.rule_id is None:
            if same_day is not None:
                raise UserError(
                    translate("Medical", "{fund}已有 {start} 起施行的参保条件，请修改那一条。").format(
                        fund=Fund(data.fund).label, start=data.effective_from.isoformat()
                    )
                )
            row = EnrolmentRule(fund=data.fund, effective_from=data.effective_from)
            s.add(row)
        else:
            found = s.get(EnrolmentRule, data.rule_id)
            if found is None:
                raise NotFound(translate("Medical", "找不到该参保条件。"))
            row = found
            check_version(s, row, data.version)
            if same_day is not None and same_day.id != row.id:
                raise UserError(translate("Medical", "同一天起施行的参保条件只能有一条。"))
            row.fund, row.effective_from = data.fund, data.effective_from
        row.min_age, row.max_age = data.min_age, data.max_age
        row.require_in_work = data.require_in_work
        row.require_medical_insurance = data.require_medical_insurance
        row.note = data.note.strip()[:255]
        s.flush()
        return _rule_info(row)


# Products -------------------------------------------------------------------------------------
def _product_info(p: Product) -> ProductInfo:
    return ProductInfo(
        id=p.id,
        scheme_year_id=p.scheme_year_id,
        name=p.name,
        benefit_type=p.benefit_type,
        fee_fen=p.fee_fen,
        cap_fen=p.cap_fen,
        note=p.note,
        version=p.version,
    )


def products_in(s: Session, scheme_year_id: int) -> list[ProductInfo]:
    rows = s.execute(
        select(Product).where(Product.scheme_year_id == scheme_year_id).order_by(Product.id)
    ).scalars()
    return [_product_info(p) for p in rows]


def save_product(db: Database, actor: Actor, data: ProductSave) -> ProductInfo:
    actor.require(MedicalPerm.ADMIN)
    problems = []
    name = data.name.strip()
    if not name:
        problems.append(FieldProblem(translate("Medical", "保障名称"), translate("Medical", "必须填写")))
    if data.benefit_type is not None and data.benefit_type not in set(BenefitType):
        problems.append(
            FieldProblem(translate("Medical", "补助类别"), translate("Medical", "请选择补助类别"))
        )
    for label, fen in (
        (translate("Medical", "保障费"), data.fee_fen),
        (translate("Medical", "保障封顶"), data.cap_fen),
    ):
        problem = money_problem(label, fen)
        if problem is None and fen == 0:
            problem = FieldProblem(label, translate("Medical", "应大于 0"))
        if problem:
            problems.append(problem)
    if problems:
        raise ValidationError(problems)
    assert data.fee_fen is not None and data.cap_fen is not None
    with db.transaction(actor) as s:
        load_scheme(s, data.scheme_year_id)
        taken = s.execute(
            select(Product.id).where(Product.scheme_year_id == data.scheme_year_id, Product.name == name)
        ).scalar()
        if taken is not None and taken != data.product_id:
            raise ValidationError(
                FieldProblem(
                    translate("Medical", "保障名称"), translate("Medical", "本年度已有同名的可选保障")
                )
            )
        if data.product_id is None:
            row = Product(
                scheme_year_id=data.scheme_year_id, name=name, fee_fen=data.fee_fen, cap_fen=data.cap_fen
            )
            s.add(row)
        else:
            found = s.get(Product, data.product_id)
            if found is None or found.scheme_year_id != data.scheme_year_id:
                raise NotFound(translate("Medical", "找不到该可选保障。"))
            row = found
            check_version(s, row, data.version)  # enrolments keep the fee they were charged
        row.name, row.benefit_type = name, data.benefit_type
        row.fee_fen, row.cap_fen, row.note = data.fee_fen, data.cap_fen, data.note.strip()[:255]
        s.flush()
        return _product_info(row)
