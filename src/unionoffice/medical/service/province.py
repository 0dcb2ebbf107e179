"""The provincial workers' medical mutual-aid scheme (省职工医疗互助保障): the union files the claim
with the province and records what the province decided (the amount, the date, the province's
reference). It computes nothing and approves nothing: no rule of ours, no four-eyes review, no
payment from the union's ledger."""

from __future__ import annotations

from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.concurrency import check_version
from unionoffice.core.sequences import next_number
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.medical.contract import ClaimInput, OutcomeSave
from unionoffice.medical.labels import ClaimStatus, Fund
from unionoffice.medical.models import Claim, ClaimInvoice, Product, SchemeYear
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service.claims import CLAIM_PREFIX, claim_problems, used_under_product
from unionoffice.medical.service.common import load_claim, load_scheme, money_problem, today


def _province_scheme(s: Session, scheme_year_id: int | None) -> SchemeYear | None:
    scheme = s.get(SchemeYear, scheme_year_id) if scheme_year_id is not None else None
    if scheme is not None and scheme.fund != Fund.PROVINCE:
        raise UserError(translate("Medical", "本会医疗互助基金的申请请用“新建申请”，由本会核算和审批。"))
    return scheme


def file_claim(db: Database, actor: Actor, data: ClaimInput) -> int:
    """Record a claim filed with the province on ``data.filed_on``; it gets its SH number now."""
    actor.require(MedicalPerm.WRITE)
    with db.transaction(actor) as s:
        _province_scheme(s, data.scheme_year_id)
        problems, found = claim_problems(s, actor, data, province=True)
        if problems:
            raise ValidationError(problems)
        member, scheme = found.member, found.scheme
        assert member is not None and scheme is not None  # _problems refuses a claim without them
        assert data.admission_date is not None and data.discharge_date is not None
        assert data.total_fen is not None and data.insurance_fen is not None
        assert data.covered_self_fen is not None and data.uncovered_self_fen is not None
        number = next_number(s, f"medical.claim.{Fund.PROVINCE.value}.{scheme.year}")
        claim = Claim(
            claim_no=f"{CLAIM_PREFIX[Fund.PROVINCE]}{scheme.year}-{number:05d}",
            scheme_year_id=scheme.id,
            member_id=member.id,
            branch_id=member.branch_id,
            benefit_type=data.benefit_type,
            product_id=data.product_id,
            hospital=data.hospital.strip(),
            diagnosis=data.diagnosis.strip(),
            admission_date=data.admission_date,
            discharge_date=data.discharge_date,
            total_fen=data.total_fen,
            insurance_fen=data.insurance_fen,
            covered_self_fen=data.covered_self_fen,
            uncovered_self_fen=data.uncovered_self_fen,
            payable_fen=0,
            explanation="[]",
            status=ClaimStatus.SUBMITTED,
            filed_on=data.filed_on,
            created_by_id=actor.user_id,
            submitted_by_id=actor.user_id,
            submitted_at=utcnow(),
        )
        s.add(claim)
        s.flush()
        for invoice in data.invoice_numbers:
            s.add(ClaimInvoice(claim_id=claim.id, invoice_no=invoice))
        return claim.id


def record_outcome(db: Database, actor: Actor, outcome: OutcomeSave) -> None:
    """What the province decided: paid (amount, date, its reference) or not paid (with its reason).
    The amount is what the province paid; within an optional product's own cap."""
    actor.require(MedicalPerm.WRITE)
    problems = []
    reference_label, date_label = translate("Medical", "省总受理号"), translate("Medical", "结果日期")
    if outcome.outcome_on is None:
        problems.append(FieldProblem(date_label, translate("Medical", "必须填写")))
    elif outcome.outcome_on > today():
        problems.append(FieldProblem(date_label, translate("Medical", "不能晚于今天")))
    if outcome.paid:
        if not outcome.reference.strip():
            problems.append(FieldProblem(reference_label, translate("Medical", "必须填写")))
        problem = money_problem(translate("Medical", "省总赔付金额"), outcome.amount_fen)
        if problem is None and outcome.amount_fen == 0:
            problem = FieldProblem(
                translate("Medical", "省总赔付金额"), translate("Medical", "应大于 0；不予赔付请选“不予赔付”")
            )
        if problem:
            problems.append(problem)
    elif not outcome.reason.strip():
        problems.append(FieldProblem(translate("Medical", "不予赔付原因"), translate("Medical", "必须填写")))
    if problems:
        raise ValidationError(problems)
    assert outcome.outcome_on is not None
    with db.transaction(actor) as s:
        claim = load_claim(s, actor, outcome.claim_id)
        scheme = load_scheme(s, claim.scheme_year_id)
        if scheme.fund != Fund.PROVINCE:
            raise UserError(translate("Medical", "本会医疗互助基金的申请由本会审批和支付，不登记省总结果。"))
        check_version(s, claim, outcome.version)
        if claim.status != ClaimStatus.SUBMITTED:
            raise UserError(
                translate("Medical", "申请 {no} 已登记过省总结果（{status}）。").format(
                    no=claim.claim_no, status=ClaimStatus(claim.status).province_label()
                )
            )
        if claim.filed_on is not None and outcome.outcome_on < claim.filed_on:
            raise ValidationError(
                FieldProblem(
                    date_label, translate("Medical", "早于报送日期 {d}").format(d=claim.filed_on.isoformat())
                )
            )
        if outcome.paid and claim.product_id is not None:
            assert outcome.amount_fen is not None
            product = s.get(Product, claim.product_id)
            assert product is not None  # a foreign key
            used = used_under_product(s, claim.member_id, product.id, claim.id)
            if outcome.amount_fen > product.cap_fen - used:
                raise ValidationError(
                    FieldProblem(
                        translate("Medical", "省总赔付金额"),
                        translate(
                            "Medical",
                            "超出“{name}”的年度封顶 {cap} 元（本年度已赔付 {used} 元），请核对省总的结果",
                        ).format(name=product.name, cap=format_fen(product.cap_fen), used=format_fen(used)),
                    )
                )
        claim.outcome_on, claim.outcome_reference = outcome.outcome_on, outcome.reference.strip()[:64]
        claim.decided_by_id, claim.decided_at = actor.user_id, utcnow()
        if outcome.paid:
            assert outcome.amount_fen is not None
            claim.status, claim.payable_fen, claim.paid_on = (
                ClaimStatus.PAID,
                outcome.amount_fen,
                outcome.outcome_on,
            )
        else:
            claim.status, claim.payable_fen = ClaimStatus.REJECTED, 0
            claim.reject_reason = outcome.reason.strip()[:255]
