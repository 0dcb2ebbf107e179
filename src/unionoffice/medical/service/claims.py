"""Claims: input checks, the calculation against the scheme's rule, duplicates, and the
draft → submitted → reviewed → approved/rejected → paid workflow with the four-eyes rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record_view
from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.org.models import OrgUnit
from unionoffice.core.sequences import next_number
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, NotFound, PermissionDenied, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.medical.calculation import Calculation, calculate, lines_from_json, with_product_cap
from unionoffice.medical.contract import Attachment, ClaimDetail, ClaimInput, OverlapWarning
from unionoffice.medical.models import (
    CAP_COUNTED,
    FILED,
    BenefitRule,
    BenefitType,
    Claim,
    ClaimAttachment,
    ClaimInvoice,
    ClaimStatus,
    Enrolment,
    EnrolmentProduct,
    Fund,
    LedgerEntry,
    LedgerKind,
    Product,
    SchemeYear,
)
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.common import (
    current_rule_row,
    load_claim,
    load_scheme,
    money_problem,
    rule_of,
    today,
    user_names,
)
from unionoffice.medical.service.enrolment import enrolment_of
from unionoffice.members.api import Member, MemberStatus

_INVOICE_OK = re.compile(r"^[0-9A-Za-z\-]{4,40}$")
CLAIM_PREFIX = {Fund.UNION: "YL", Fund.PROVINCE: "SH"}


# Checks --------------------------------------------------------------------------------------
@dataclass
class Checked:
    """What the checks found besides the problems: the rows the claim will point at."""

    member: Member | None = None
    scheme: SchemeYear | None = None
    rule: BenefitRule | None = None
    product: Product | None = None


def claim_problems(
    s: Session, actor: Actor, data: ClaimInput, *, filing: bool = True, province: bool = False
) -> tuple[list[FieldProblem], Checked]:
    """Every problem with a claim at once. ``filing``: it is being entered or submitted now (the
    claim deadline applies); ``province``: a claim filed with the provincial scheme (no rule of
    ours computes it, invoices are the province's business, the contribution must have reached it)."""
    problems: list[FieldProblem] = []
    member = s.get(Member, data.member_id) if data.member_id is not None else None
    if member is None or not actor.can_see_branch(member.branch_id):
        problems.append(FieldProblem(translate("Medical", "会员"), translate("Medical", "请选择会员")))
        member = None
    scheme = s.get(SchemeYear, data.scheme_year_id) if data.scheme_year_id is not None else None
    if scheme is None:
        problems.append(
            FieldProblem(translate("Medical", "方案年度"), translate("Medical", "请选择方案年度"))
        )
    if data.benefit_type not in set(BenefitType):
        problems.append(
            FieldProblem(translate("Medical", "补助类别"), translate("Medical", "请选择补助类别"))
        )
    labels = (
        (translate("Medical", "总费用"), data.total_fen),
        (translate("Medical", "医保统筹支付"), data.insurance_fen),
        (translate("Medical", "政策内自付"), data.covered_self_fen),
        (translate("Medical", "自费"), data.uncovered_self_fen),
    )
    amount_bad = False
    for label, value in labels:
        problem = money_problem(label, value)
        if problem:
            problems.append(problem)
            amount_bad = True
    insurance, covered, uncovered = data.insurance_fen, data.covered_self_fen, data.uncovered_self_fen
    if not amount_bad and insurance is not None and covered is not None and uncovered is not None:
        parts = insurance + covered + uncovered
        if parts != data.total_fen:
            problems.append(
                FieldProblem(
                    translate("Medical", "总费用"),
                    translate(
                        "Medical", "应等于医保统筹支付 + 政策内自付 + 自费（{parts} 元），现为 {total} 元"
                    ).format(parts=format_fen(parts), total=format_fen(data.total_fen)),
                )
            )
    adm, dis = data.admission_date, data.discharge_date
    if adm is None:
        problems.append(FieldProblem(translate("Medical", "入院日期"), translate("Medical", "必须填写")))
    if dis is None:
        problems.append(FieldProblem(translate("Medical", "出院日期"), translate("Medical", "必须填写")))
    if adm and dis and dis < adm:
        problems.append(FieldProblem(translate("Medical", "出院日期"), translate("Medical", "早于入院日期")))
    if dis and dis > today():
        problems.append(FieldProblem(translate("Medical", "出院日期"), translate("Medical", "不能晚于今天")))
    if data.benefit_type != BenefitType.CRITICAL:
        if not data.invoice_numbers and not province:
            problems.append(
                FieldProblem(translate("Medical", "发票号"), translate("Medical", "至少填写一张发票号"))
            )
        if not data.hospital.strip():
            problems.append(FieldProblem(translate("Medical", "医院"), translate("Medical", "必须填写")))
    for number in data.invoice_numbers:
        if not _INVOICE_OK.match(number):
            problems.append(
                FieldProblem(
                    translate("Medical", "发票号"),
                    translate("Medical", "“{n}”格式不正确（4–40 位字母、数字或短横线）").format(n=number),
                )
            )
    if len(data.hospital) > 100 or len(data.diagnosis) > 200:
        problems.append(FieldProblem(translate("Medical", "医院/诊断"), translate("Medical", "内容过长")))
    rule = None
    if member is not None and scheme is not None and adm is not None:
        if member.status == MemberStatus.DECEASED and member.status_date and member.status_date < adm:
            problems.append(
                FieldProblem(
                    translate("Medical", "入院日期"),
                    translate("Medical", "会员已于 {d} 去世，之后的治疗不能申请").format(
                        d=member.status_date.isoformat()
                    ),
                )
            )
        enrolment = enrolment_of(s, scheme.id, member.id)
        if enrolment is None:
            problems.append(
                FieldProblem(
                    translate("Medical", "会员"),
                    translate("Medical", "{name} 未参加 {year} 年度{fund}").format(
                        name=member.name, year=scheme.year, fund=Fund(scheme.fund).label
                    ),
                )
            )
        elif enrolment.paid_on is None:
            problems.append(
                FieldProblem(
                    translate("Medical", "会员"),
                    translate("Medical", "{name} 的 {year} 年度互助金尚未缴纳").format(
                        name=member.name, year=scheme.year
                    ),
                )
            )
        elif province and enrolment.remitted_on is None:
            problems.append(
                FieldProblem(
                    translate("Medical", "会员"),
                    translate("Medical", "{name} 的 {year} 年度互助金尚未上缴省总工会，省总不受理").format(
                        name=member.name, year=scheme.year
                    ),
                )
            )
        elif adm > scheme.coverage_end or adm < scheme.coverage_start:
            problems.append(
                FieldProblem(
                    translate("Medical", "入院日期"),
                    translate("Medical", "不在保障期 {start} 至 {end} 内").format(
                        start=scheme.coverage_start.isoformat(), end=scheme.coverage_end.isoformat()
                    ),
                )
            )
        elif adm < enrolment.covered_from:
            problems.append(
                FieldProblem(
                    translate("Medical", "入院日期"),
                    translate("Medical", "在等待期内（{start} 起才能申请）").format(
                        start=enrolment.covered_from.isoformat()
                    ),
                )
            )
    if scheme is not None and filing:
        problems += _deadline_problems(scheme, data, province)
    product = None
    if scheme is not None and data.product_id is not None:
        product, problem = _product_problem(s, scheme, data, member)
        if problem is not None:
            problems.append(problem)
    if scheme is not None and data.benefit_type in set(BenefitType) and not province:
        rule = current_rule_row(s, scheme.id, data.benefit_type)
        if rule is None:
            problems.append(
                FieldProblem(
                    translate("Medical", "补助类别"),
                    translate("Medical", "{year} 年度方案没有“{type}”的补助规则").format(
                        year=scheme.year, type=BenefitType(data.benefit_type).label
                    ),
                )
            )
    return problems, Checked(member, scheme, rule, product)


def _deadline_problems(scheme: SchemeYear, data: ClaimInput, province: bool) -> list[FieldProblem]:
    """A claim is filed by the scheme's deadline: today for our own fund, the day it went to the
    province for the provincial scheme."""
    problems = []
    filed = today()
    if province:
        label = translate("Medical", "报送日期")
        if data.filed_on is None:
            return [FieldProblem(label, translate("Medical", "必须填写"))]
        filed = data.filed_on
        if filed > today():
            problems.append(FieldProblem(label, translate("Medical", "不能晚于今天")))
        if data.discharge_date is not None and filed < data.discharge_date:
            problems.append(FieldProblem(label, translate("Medical", "早于出院日期")))
    deadline = scheme.claim_deadline
    if deadline is not None and filed > deadline:
        problems.append(
            FieldProblem(
                translate("Medical", "申请截止日期"),
                translate(
                    "Medical",
                    "{year} 年度{fund}的申请须在 {deadline} 前提交（方案的申请截止日期），{on} 已过期",
                ).format(
                    year=scheme.year,
                    fund=Fund(scheme.fund).label,
                    deadline=deadline.isoformat(),
                    on=filed.isoformat(),
                ),
            )
        )
    return problems


def _product_problem(
    s: Session, scheme: SchemeYear, data: ClaimInput, member: Member | None
) -> tuple[Product | None, FieldProblem | None]:
    label = translate("Medical", "可选保障")
    product = s.get(Product, data.product_id)
    if product is None or product.scheme_year_id != scheme.id:
        return None, FieldProblem(label, translate("Medical", "不属于本年度方案"))
    if product.benefit_type is not None and product.benefit_type != data.benefit_type:
        return product, FieldProblem(
            label,
            translate("Medical", "“{name}”只保障{kind}").format(
                name=product.name, kind=BenefitType(product.benefit_type).label
            ),
        )
    if member is not None:
        taken = s.execute(
            select(EnrolmentProduct.id)
            .join(Enrolment, Enrolment.id == EnrolmentProduct.enrolment_id)
            .where(
                Enrolment.scheme_year_id == scheme.id,
                Enrolment.member_id == member.id,
                EnrolmentProduct.product_id == product.id,
            )
        ).first()
        if taken is None:
            return product, FieldProblem(
                label,
                translate("Medical", "{name} 未参加“{product}”").format(
                    name=member.name, product=product.name
                ),
            )
    return product, None


def used_under_product(s: Session, member_id: int, product_id: int, exclude_claim: int | None) -> int:
    """What the member already got under an optional product this year (approved or paid)."""
    query = select(func.coalesce(func.sum(Claim.payable_fen), 0)).where(
        Claim.member_id == member_id, Claim.product_id == product_id, Claim.status.in_(CAP_COUNTED)
    )
    if exclude_claim is not None:
        query = query.where(Claim.id != exclude_claim)
    return int(s.execute(query).scalar_one())


def _used_this_year(
    s: Session, member_id: int, scheme_year_id: int, benefit_type: str, exclude_claim: int | None
) -> int:
    query = select(func.coalesce(func.sum(Claim.payable_fen), 0)).where(
        Claim.member_id == member_id,
        Claim.scheme_year_id == scheme_year_id,
        Claim.benefit_type == benefit_type,
        Claim.status.in_(CAP_COUNTED),
    )
    if exclude_claim is not None:
        query = query.where(Claim.id != exclude_claim)
    return int(s.execute(query).scalar_one())


def _compute(
    s: Session, actor: Actor, data: ClaimInput, claim_id: int | None, *, filing: bool = True
) -> tuple[Calculation, Member, SchemeYear, BenefitRule]:
    """Our own fund's calculation; refuses claims of the provincial scheme (the province decides)."""
    scheme = s.get(SchemeYear, data.scheme_year_id) if data.scheme_year_id is not None else None
    if scheme is not None and scheme.fund == Fund.PROVINCE:
        raise UserError(province_refusal())
    problems, found = claim_problems(s, actor, data, filing=filing)
    if problems:
        raise ValidationError(problems)
    member, scheme, rule = found.member, found.scheme, found.rule
    assert member is not None and scheme is not None and rule is not None
    used = _used_this_year(s, member.id, scheme.id, data.benefit_type, claim_id)
    calc = calculate(rule_of(rule), data.covered_self_fen or 0, used)
    if found.product is not None:
        spent = used_under_product(s, member.id, found.product.id, claim_id)
        calc = with_product_cap(calc, found.product.name, found.product.cap_fen, spent)
    return calc, member, scheme, rule


def province_refusal() -> str:
    return translate(
        "Medical",
        "省职工医疗互助保障的申请由省总工会审核和赔付，本会不核算、不审批：请用“登记报送”和“登记省总结果”。",
    )


def preview(db: Database, actor: Actor, data: ClaimInput, claim_id: int | None = None) -> Calculation:
    """The calculation a claim would get now, with its explanation (nothing is saved)."""
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        return _compute(s, actor, data, claim_id)[0]


# Drafts --------------------------------------------------------------------------------------
def _apply(
    s: Session, claim: Claim, data: ClaimInput, calc: Calculation, member: Member, rule: BenefitRule
) -> None:
    # _compute has refused input that lacks any of these.
    assert (
        data.scheme_year_id is not None
        and data.admission_date is not None
        and data.discharge_date is not None
    )
    assert data.total_fen is not None and data.insurance_fen is not None
    assert data.covered_self_fen is not None and data.uncovered_self_fen is not None
    claim.member_id, claim.branch_id = member.id, member.branch_id
    claim.scheme_year_id, claim.benefit_type = data.scheme_year_id, data.benefit_type
    claim.hospital, claim.diagnosis = data.hospital.strip(), data.diagnosis.strip()
    claim.admission_date, claim.discharge_date = data.admission_date, data.discharge_date
    claim.total_fen, claim.insurance_fen = data.total_fen, data.insurance_fen
    claim.covered_self_fen, claim.uncovered_self_fen = data.covered_self_fen, data.uncovered_self_fen
    claim.product_id = data.product_id
    _set_result(claim, calc, rule)
    if claim.id is None:
        s.add(claim)
        s.flush()
    old = {
        i.invoice_no: i
        for i in s.execute(select(ClaimInvoice).where(ClaimInvoice.claim_id == claim.id)).scalars()
    }
    for number, row in old.items():
        if number not in data.invoice_numbers:
            s.delete(row)
    for number in data.invoice_numbers:
        if number not in old:
            s.add(ClaimInvoice(claim_id=claim.id, invoice_no=number))


def _set_result(claim: Claim, calc: Calculation, rule: BenefitRule) -> None:
    claim.payable_fen, claim.explanation, claim.rule_id = calc.payable_fen, calc.to_json(), rule.id


def create_claim(db: Database, actor: Actor, data: ClaimInput) -> int:
    actor.require(MedicalPerm.WRITE)
    with db.transaction(actor) as s:
        calc, member, _scheme, rule = _compute(s, actor, data, None)
        claim = Claim(status=ClaimStatus.DRAFT, created_by_id=actor.user_id)
        _apply(s, claim, data, calc, member, rule)
        return claim.id


def _refuse_edit(claim: Claim) -> None:
    status = ClaimStatus(claim.status)
    if status in (ClaimStatus.APPROVED, ClaimStatus.PAID):
        raise UserError(
            translate("Medical", "申请 {no} {status}，不能再修改。").format(
                no=claim.claim_no, status=status.label
            )
        )
    if status is not ClaimStatus.DRAFT:
        raise UserError(translate("Medical", "申请{status}，只有草稿可以修改。").format(status=status.label))


def update_claim(db: Database, actor: Actor, claim_id: int, data: ClaimInput, expected_version: int) -> None:
    actor.require(MedicalPerm.WRITE)
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        check_version(s, claim, expected_version)
        _refuse_edit(claim)
        calc, member, _scheme, rule = _compute(s, actor, data, claim.id)
        _apply(s, claim, data, calc, member, rule)


def delete_draft(db: Database, actor: Actor, claim_id: int, expected_version: int) -> None:
    actor.require(MedicalPerm.WRITE)
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        check_version(s, claim, expected_version)
        if claim.status != ClaimStatus.DRAFT or claim.claim_no is not None:
            raise UserError(translate("Medical", "只有从未提交过的草稿可以删除。"))
        s.delete(claim)


# Duplicates ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Duplicates:
    invoices: tuple[str, ...]  # "invoice no → other claim"
    overlaps: tuple[str, ...]

    @property
    def any(self) -> bool:
        return bool(self.invoices or self.overlaps)


def _duplicates(s: Session, claim: Claim) -> Duplicates:
    numbers = list(
        s.execute(select(ClaimInvoice.invoice_no).where(ClaimInvoice.claim_id == claim.id)).scalars()
    )
    invoices = []
    if numbers:
        rows = s.execute(
            select(ClaimInvoice.invoice_no, Claim.claim_no)
            .join(Claim, Claim.id == ClaimInvoice.claim_id)
            .where(ClaimInvoice.invoice_no.in_(numbers), Claim.id != claim.id, Claim.status.in_(FILED))
        ).all()
        invoices = [
            translate("Medical", "发票号 {inv} 已用于申请 {no}").format(inv=inv, no=no) for inv, no in rows
        ]
    overlaps = s.execute(
        select(Claim.claim_no, Claim.admission_date, Claim.discharge_date).where(
            Claim.member_id == claim.member_id,
            Claim.id != claim.id,
            Claim.status.in_(FILED),
            Claim.admission_date <= claim.discharge_date,
            Claim.discharge_date >= claim.admission_date,
        )
    ).all()
    overlap_text = [
        translate("Medical", "申请 {no}（{a} 至 {b}）").format(no=no, a=a.isoformat(), b=b.isoformat())
        for no, a, b in overlaps
    ]
    return Duplicates(tuple(invoices), tuple(overlap_text))


def find_duplicates(db: Database, actor: Actor, claim_id: int) -> Duplicates:
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        return _duplicates(s, load_claim(s, actor, claim_id))


# Workflow --------------------------------------------------------------------------------------
def _input_of(s: Session, claim: Claim) -> ClaimInput:
    numbers = tuple(
        s.execute(
            select(ClaimInvoice.invoice_no).where(ClaimInvoice.claim_id == claim.id).order_by(ClaimInvoice.id)
        ).scalars()
    )
    return ClaimInput(
        claim.member_id,
        claim.scheme_year_id,
        claim.benefit_type,
        claim.admission_date,
        claim.discharge_date,
        claim.total_fen,
        claim.insurance_fen,
        claim.covered_self_fen,
        claim.uncovered_self_fen,
        claim.hospital,
        claim.diagnosis,
        numbers,
        claim.product_id,
        claim.filed_on,
    )


def _expect(claim: Claim, *statuses: ClaimStatus) -> None:
    if claim.status not in statuses:
        raise UserError(
            translate("Medical", "申请当前状态为“{status}”，不能执行此操作。请刷新后再试。").format(
                status=ClaimStatus(claim.status).label
            )
        )


def _union_only(s: Session, claim: Claim) -> None:
    """Review, approval and payment are our own fund's; the province decides its own claims."""
    if load_scheme(s, claim.scheme_year_id).fund == Fund.PROVINCE:
        raise UserError(province_refusal())


def _not_own(actor: Actor, claim: Claim, message: str) -> None:
    if actor.user_id is not None and actor.user_id in (claim.submitted_by_id, claim.created_by_id):
        raise PermissionDenied(message)


def submit_claim(
    db: Database, actor: Actor, claim_id: int, expected_version: int, acknowledge_overlap: bool = False
) -> str:
    """Recheck, refuse reused invoices, warn on overlapping stays; returns the claim number."""
    actor.require(MedicalPerm.WRITE)
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        _union_only(s, claim)
        check_version(s, claim, expected_version)
        _expect(claim, ClaimStatus.DRAFT)
        calc, _member, scheme, rule = _compute(s, actor, _input_of(s, claim), claim.id)
        dup = _duplicates(s, claim)
        if dup.invoices:
            raise ValidationError(
                [FieldProblem(translate("Medical", "发票号"), text) for text in dup.invoices]
            )
        if dup.overlaps and not acknowledge_overlap:
            raise OverlapWarning(list(dup.overlaps))
        _set_result(claim, calc, rule)
        if claim.claim_no is None:
            fund = Fund(scheme.fund)
            number = next_number(s, f"medical.claim.{fund.value}.{scheme.year}")
            claim.claim_no = f"{CLAIM_PREFIX[fund]}{scheme.year}-{number:05d}"
        claim.status = ClaimStatus.SUBMITTED
        claim.submitted_by_id, claim.submitted_at = actor.user_id, utcnow()
        claim.overlap_acknowledged = bool(dup.overlaps)
        s.flush()
        return claim.claim_no


def review_claim(db: Database, actor: Actor, claim_id: int, expected_version: int, note: str = "") -> None:
    actor.require(MedicalPerm.REVIEW)
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        _union_only(s, claim)
        check_version(s, claim, expected_version)
        _expect(claim, ClaimStatus.SUBMITTED)
        _not_own(actor, claim, translate("Medical", "复核须由另一人完成：您不能复核自己录入或提交的申请。"))
        claim.status = ClaimStatus.REVIEWED
        claim.reviewed_by_id, claim.reviewed_at, claim.review_note = (
            actor.user_id,
            utcnow(),
            note.strip()[:255],
        )


def return_claim(db: Database, actor: Actor, claim_id: int, expected_version: int, reason: str) -> None:
    """Send a submitted claim back to the clerk as a draft (it keeps its number)."""
    actor.require(MedicalPerm.REVIEW)
    if not reason.strip():
        raise ValidationError(
            FieldProblem(translate("Medical", "退回原因"), translate("Medical", "必须填写"))
        )
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        _union_only(s, claim)
        check_version(s, claim, expected_version)
        _expect(claim, ClaimStatus.SUBMITTED)
        _not_own(actor, claim, translate("Medical", "您不能退回自己提交的申请，请在复核人退回后修改。"))
        claim.status, claim.review_note = ClaimStatus.DRAFT, reason.strip()[:255]


def approve_claim(db: Database, actor: Actor, claim_id: int, expected_version: int) -> int:
    """Approve at the amount the current rule gives now; returns it in fen."""
    actor.require(MedicalPerm.ADMIN)
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        _union_only(s, claim)
        check_version(s, claim, expected_version)
        _expect(claim, ClaimStatus.REVIEWED)
        _not_own(actor, claim, translate("Medical", "审批须由另一人完成：您不能审批自己录入或提交的申请。"))
        # Recomputed: another claim approved since submission may have used up the annual cap.
        calc, _m, _s, rule = _compute(s, actor, _input_of(s, claim), claim.id, filing=False)
        if calc.payable_fen <= 0:
            raise UserError(
                translate("Medical", "按规则核算的互助金为 0 元，不能审批通过，请驳回并写明原因。")
            )
        _set_result(claim, calc, rule)
        claim.status = ClaimStatus.APPROVED
        claim.decided_by_id, claim.decided_at = actor.user_id, utcnow()
        return claim.payable_fen


def reject_claim(db: Database, actor: Actor, claim_id: int, expected_version: int, reason: str) -> None:
    if not reason.strip():
        raise ValidationError(
            FieldProblem(translate("Medical", "驳回原因"), translate("Medical", "必须填写"))
        )
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        _union_only(s, claim)
        check_version(s, claim, expected_version)
        _expect(claim, ClaimStatus.SUBMITTED, ClaimStatus.REVIEWED)
        actor.require(MedicalPerm.REVIEW if claim.status == ClaimStatus.SUBMITTED else MedicalPerm.ADMIN)
        _not_own(actor, claim, translate("Medical", "您不能驳回自己提交的申请。"))
        claim.status, claim.reject_reason = ClaimStatus.REJECTED, reason.strip()[:255]
        claim.decided_by_id, claim.decided_at = actor.user_id, utcnow()


def pay_claim(
    db: Database, actor: Actor, claim_id: int, expected_version: int, paid_on: date, voucher_no: str
) -> None:
    """Record the payment and book it in the fund ledger (one entry per claim)."""
    actor.require(MedicalPerm.ADMIN)
    problems = []
    if not voucher_no.strip():
        problems.append(FieldProblem(translate("Medical", "凭证号"), translate("Medical", "必须填写")))
    if paid_on > today():
        problems.append(FieldProblem(translate("Medical", "支付日期"), translate("Medical", "不能晚于今天")))
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, claim_id)
        _union_only(s, claim)
        check_version(s, claim, expected_version)
        _expect(claim, ClaimStatus.APPROVED)
        if claim.decided_at and paid_on < claim.decided_at.date():
            raise ValidationError(
                FieldProblem(
                    translate("Medical", "支付日期"),
                    translate("Medical", "早于审批日期 {d}").format(d=claim.decided_at.date().isoformat()),
                )
            )
        claim.status, claim.paid_on, claim.voucher_no = ClaimStatus.PAID, paid_on, voucher_no.strip()[:64]
        s.add(
            LedgerEntry(
                scheme_year_id=claim.scheme_year_id,
                branch_id=claim.branch_id,
                kind=LedgerKind.PAYOUT,
                amount_fen=claim.payable_fen,
                entry_date=paid_on,
                claim_id=claim.id,
                created_by_id=actor.user_id,
                memo=translate("Medical", "支付互助金 {no}，凭证 {v}").format(
                    no=claim.claim_no, v=claim.voucher_no
                ),
            )
        )


# Reading ---------------------------------------------------------------------------------------
def get_claim(db: Database, actor: Actor, claim_id: int) -> ClaimDetail:
    actor.require(MedicalPerm.READ)

    with db.read(actor) as s:
        c = load_claim(s, actor, claim_id)
        member = s.get(Member, c.member_id)
        scheme = load_scheme(s, c.scheme_year_id)
        branch = s.get(OrgUnit, c.branch_id)
        rule = s.get(BenefitRule, c.rule_id) if c.rule_id else None
        product = s.get(Product, c.product_id) if c.product_id else None
        names = user_names(s, {c.created_by_id, c.submitted_by_id, c.reviewed_by_id, c.decided_by_id})
        files = tuple(
            Attachment(r[0], r[1], r[2], r[3])
            for r in s.execute(
                select(
                    ClaimAttachment.id, ClaimAttachment.sha256, ClaimAttachment.filename, ClaimAttachment.size
                )
                .where(ClaimAttachment.claim_id == c.id)
                .order_by(ClaimAttachment.id)
            )
        )
        if member is None:
            raise NotFound(translate("Medical", "找不到该互助金申请的会员。"))
        detail = ClaimDetail(
            id=c.id,
            claim_no=c.claim_no,
            status=c.status,
            data=_input_of(s, c),
            member_name=member.name,
            member_employee_no=member.employee_no or "",
            branch_id=c.branch_id,
            branch_name=branch.name if branch else "",
            scheme_title=f"{scheme.year} {Fund(scheme.fund).label}",
            fund=scheme.fund,
            product_name=product.name if product else "",
            outcome_on=c.outcome_on,
            outcome_reference=c.outcome_reference,
            year=scheme.year,
            rule_id=c.rule_id,
            rule_revision=rule.revision if rule else None,
            payable_fen=c.payable_fen,
            lines=tuple(lines_from_json(c.explanation)),
            created_by=names.get(c.created_by_id or 0, ""),
            submitted_by=names.get(c.submitted_by_id or 0, ""),
            submitted_at=c.submitted_at,
            reviewed_by=names.get(c.reviewed_by_id or 0, ""),
            reviewed_at=c.reviewed_at,
            review_note=c.review_note,
            decided_by=names.get(c.decided_by_id or 0, ""),
            decided_at=c.decided_at,
            reject_reason=c.reject_reason,
            paid_on=c.paid_on,
            voucher_no=c.voucher_no,
            overlap_acknowledged=c.overlap_acknowledged,
            version=c.version,
            attachments=files,
        )
    # Medical details are sensitive: every time someone reads them is on record.
    record_view(db, actor, Claim.__tablename__, claim_id, detail.claim_no or "")
    return detail
