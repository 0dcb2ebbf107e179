"""Enrolling members in a scheme year and recording who paid the fee and when."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, and_, case, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.medical.contract import (
    EnrolmentCounts,
    EnrolmentFilter,
    EnrolResult,
    MemberHit,
    PaymentResult,
    Remitted,
    Skipped,
    enrolment_columns,
)
from unionoffice.medical.labels import EntryKind, Fund
from unionoffice.medical.models import (
    Enrolment,
    EnrolmentProduct,
    LedgerEntry,
    LedgerKind,
    Product,
    SchemeYear,
)
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service import eligibility
from unionoffice.medical.service.common import load_scheme
from unionoffice.members.api import Member, MemberStatus

CHUNK = 2000


def enrol(
    db: Database,
    actor: Actor,
    scheme_year_id: int,
    *,
    branch_id: int | None = None,
    member_ids: list[int] | None = None,
    enrolled_on: date | None = None,
    insured: bool = False,
    product_ids: Sequence[int] = (),
    progress: Progress = NO_PROGRESS,
) -> EnrolResult:
    """Enrol the eligible members of a branch union (the others are counted, with the rule that
    kept them out), or the chosen members (then one who is not eligible refuses the request and
    nothing is written). Members already enrolled are skipped. ``insured``: the clerk checked
    basic employee medical insurance, which the rule in force may require."""
    actor.require(MedicalPerm.WRITE)
    if (branch_id is None) == (member_ids is None):
        raise UserError(translate("Medical", "请选择一个分工会，或选择要参保的会员。"))
    if branch_id is not None:
        actor.require_branch(branch_id)
    with db.transaction(actor) as s:
        scheme = load_scheme(s, scheme_year_id)
        on = enrolled_on or min(date.today(), scheme.coverage_end)
        if on > scheme.coverage_end:
            raise ValidationError(
                FieldProblem(
                    translate("Medical", "参保日期"), translate("Medical", "晚于保障期结束日，不能参保")
                )
            )
        outside = eligibility.window_problem(scheme, on)
        if outside is not None:
            raise ValidationError(outside)
        rule = eligibility.rule_in_force(s, scheme.fund, on)
        if rule is not None and rule.require_medical_insurance and not insured:
            raise ValidationError(
                FieldProblem(
                    translate("Medical", "职工医保"),
                    translate(
                        "Medical", "{rule}要求参加职工基本医疗保险：请核实后勾选“已参加职工医保”"
                    ).format(rule=eligibility.rule_name(rule)),
                )
            )
        products = _products(s, scheme, product_ids)
        query = select(Member.id, Member.branch_id, Member.status, Member.name, Member.birth_date).where(
            actor.branch_clause(Member.branch_id)
        )
        if branch_id is not None:
            query = query.where(Member.branch_id == branch_id)
        candidates: list[Row[int, int, str, str, date]] = []
        if member_ids is not None:
            wanted = sorted(set(member_ids))
            for start in range(0, len(wanted), CHUNK):
                candidates += s.execute(query.where(Member.id.in_(wanted[start : start + CHUNK]))).all()
            if len(candidates) != len(wanted):
                raise UserError(
                    translate("Medical", "所选会员中有 {n} 人不存在或不在您的管辖范围内。").format(
                        n=len(wanted) - len(candidates)
                    )
                )
        else:
            candidates = list(s.execute(query).all())
        existing = set(
            s.execute(select(Enrolment.member_id).where(Enrolment.scheme_year_id == scheme.id)).scalars()
        )
        continuing = eligibility.continuing_members(s, scheme)
        fee = scheme.fee_fen + sum(p.fee_fen for p in products)
        rows = []
        new_members: list[int] = []
        skipped: dict[str, list[str]] = defaultdict(list)
        already = 0
        for member_id, member_branch, status, name, born in candidates:
            if member_id in existing:
                already += 1
                continue
            why = eligibility.refusal(rule, eligibility.Person(member_id, name, status, born), on)
            if why is not None:
                skipped[why[0]].append(why[1])
                continue
            kind = eligibility.entry_kind(scheme, member_id in continuing, on)
            new_members.append(member_id)
            rows.append(
                {
                    "scheme_year_id": scheme.id,
                    "member_id": member_id,
                    "branch_id": member_branch,
                    "enrolled_on": on,
                    "covered_from": eligibility.covered_from(scheme, kind, on),
                    "entry_kind": kind.value,
                    "fee_fen": fee,
                    "medical_insurance": insured,
                    "version": 1,
                    "updated_by_id": actor.user_id,
                }
            )
        if member_ids is not None and skipped:
            # Chosen by name: the clerk meant each of them, so one who may not enrol stops it all.
            raise ValidationError(
                [
                    FieldProblem(translate("Medical", "会员"), text)
                    for texts in skipped.values()
                    for text in texts
                ]
            )
        for start in range(0, len(rows), CHUNK):
            progress.step(start, len(rows), translate("Medical", "正在登记参保…"))
            s.execute(insert(Enrolment), rows[start : start + CHUNK])
        if rows and products:
            _add_products(s, scheme.id, new_members, products)
        if rows:
            record(
                s,
                "enrol",
                Enrolment.__tablename__,
                scheme.id,
                translate("Medical", "{year} 年度批量参保 {n} 人").format(year=scheme.year, n=len(rows)),
                {
                    "member_ids": new_members[:50],
                    "count": len(rows),
                    "products": [p.id for p in products],
                },
            )
        reasons = {
            "status": translate("Medical", "不符合会籍或在职条件"),
            "age": translate("Medical", "超出参保年龄"),
        }
        return EnrolResult(
            len(rows),
            already,
            sum(len(texts) for texts in skipped.values()),
            [Skipped(reasons[key], len(texts), texts[0]) for key, texts in sorted(skipped.items())],
        )


def _products(s: Session, scheme: SchemeYear, product_ids: Sequence[int]) -> list[Product]:
    wanted = sorted(set(product_ids))
    if not wanted:
        return []
    found = list(
        s.execute(
            select(Product)
            .where(Product.id.in_(wanted), Product.scheme_year_id == scheme.id)
            .order_by(Product.id)
        ).scalars()
    )
    if len(found) != len(wanted):
        raise ValidationError(
            FieldProblem(
                translate("Medical", "可选保障"),
                translate("Medical", "所选保障不属于 {year} 年度{fund}").format(
                    year=scheme.year, fund=Fund(scheme.fund).label
                ),
            )
        )
    return found


def _add_products(s: Session, scheme_year_id: int, member_ids: list[int], products: list[Product]) -> None:
    for start in range(0, len(member_ids), CHUNK):
        ids = s.execute(
            select(Enrolment.id).where(
                Enrolment.scheme_year_id == scheme_year_id,
                Enrolment.member_id.in_(member_ids[start : start + CHUNK]),
            )
        ).scalars()
        s.execute(
            insert(EnrolmentProduct),
            [{"enrolment_id": e, "product_id": p.id, "fee_fen": p.fee_fen} for e in ids for p in products],
        )


def record_payments(
    db: Database,
    actor: Actor,
    scheme_year_id: int,
    member_ids: list[int],
    paid_on: date,
    progress: Progress = NO_PROGRESS,
) -> PaymentResult:
    """Mark fees as paid and book one fee-income entry per branch union in the ledger."""
    actor.require(MedicalPerm.WRITE)
    if paid_on > date.today():
        raise UserError(translate("Medical", "缴费日期不能晚于今天。"))
    with db.transaction(actor) as s:
        scheme = load_scheme(s, scheme_year_id)
        wanted = sorted(set(member_ids))
        rows: list[Row[int, int, int, date | None]] = []
        for start in range(0, len(wanted), CHUNK):
            rows += s.execute(
                select(Enrolment.id, Enrolment.branch_id, Enrolment.fee_fen, Enrolment.paid_on).where(
                    Enrolment.scheme_year_id == scheme.id,
                    Enrolment.member_id.in_(wanted[start : start + CHUNK]),
                    actor.branch_clause(Enrolment.branch_id),
                )
            ).all()
        if len(rows) != len(wanted):
            raise UserError(
                translate("Medical", "所选会员中有 {n} 人尚未参保 {year} 年度，请先登记参保。").format(
                    n=len(wanted) - len(rows), year=scheme.year
                )
            )
        to_pay = [r for r in rows if r.paid_on is None]
        by_branch: dict[int, int] = defaultdict(int)
        for r in to_pay:
            by_branch[r.branch_id] += r.fee_fen
        ids = [r.id for r in to_pay]
        for start in range(0, len(ids), CHUNK):
            progress.step(start, len(ids), translate("Medical", "正在登记缴费…"))
            s.execute(
                update(Enrolment)
                .where(Enrolment.id.in_(ids[start : start + CHUNK]))
                .values(paid_on=paid_on, version=Enrolment.version + 1, updated_by_id=actor.user_id)
            )
        for branch, amount in sorted(by_branch.items()):
            s.add(
                LedgerEntry(
                    scheme_year_id=scheme.id,
                    branch_id=branch,
                    kind=LedgerKind.FEE,
                    amount_fen=amount,
                    entry_date=paid_on,
                    created_by_id=actor.user_id,
                    memo=translate("Medical", "{n} 人缴纳 {year} 年度互助金").format(
                        n=sum(1 for r in to_pay if r.branch_id == branch), year=scheme.year
                    ),
                )
            )
        if ids:
            record(
                s,
                "pay_fee",
                Enrolment.__tablename__,
                scheme.id,
                translate("Medical", "登记 {n} 人缴费").format(n=len(ids)),
                {"enrolment_ids": ids[:50], "count": len(ids)},
            )
        return PaymentResult(len(ids), len(rows) - len(ids), sum(by_branch.values()))


def record_remittance(
    db: Database,
    actor: Actor,
    scheme_year_id: int,
    remitted_on: date | None,
    reference: str,
    branch_id: int | None = None,
) -> Remitted:
    """Pass the paid, not yet remitted contributions of a provincial scheme on to the province:
    one ledger entry under the province's receipt number, and each enrolment marked with it."""
    actor.require(MedicalPerm.ADMIN)
    problems = []
    if remitted_on is None:
        problems.append(FieldProblem(translate("Medical", "上缴日期"), translate("Medical", "必须填写")))
    elif remitted_on > date.today():
        problems.append(FieldProblem(translate("Medical", "上缴日期"), translate("Medical", "不能晚于今天")))
    if not reference.strip():
        problems.append(FieldProblem(translate("Medical", "省总回执号"), translate("Medical", "必须填写")))
    if problems:
        raise ValidationError(problems)
    assert remitted_on is not None
    if branch_id is not None:
        actor.require_branch(branch_id)
    with db.transaction(actor) as s:
        scheme = load_scheme(s, scheme_year_id)
        if scheme.fund != Fund.PROVINCE:
            raise UserError(translate("Medical", "只有省职工医疗互助保障的互助金需要上缴省总工会。"))
        where = [
            Enrolment.scheme_year_id == scheme.id,
            Enrolment.paid_on.is_not(None),
            Enrolment.remitted_on.is_(None),
            actor.branch_clause(Enrolment.branch_id),
        ]
        if branch_id is not None:
            where.append(Enrolment.branch_id == branch_id)
        pending = s.execute(select(Enrolment.id, Enrolment.branch_id, Enrolment.fee_fen).where(*where)).all()
        if not pending:
            raise UserError(translate("Medical", "没有已缴费、尚未上缴的互助金。"))
        # One entry per branch union under the one receipt, as the contributions came in.
        by_branch: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for enrolment_id, branch, fee in pending:
            by_branch[branch].append((enrolment_id, fee))
        ids = []
        for branch, rows in sorted(by_branch.items()):
            entry = LedgerEntry(
                scheme_year_id=scheme.id,
                branch_id=branch,
                kind=LedgerKind.REMITTANCE,
                amount_fen=sum(fee for _id, fee in rows),
                entry_date=remitted_on,
                reference=reference.strip()[:64],
                created_by_id=actor.user_id,
                memo=translate("Medical", "上缴省总 {n} 人 {year} 年度互助金").format(
                    n=len(rows), year=scheme.year
                ),
            )
            s.add(entry)
            s.flush()
            branch_ids = [i for i, _fee in rows]
            ids += branch_ids
            for start in range(0, len(branch_ids), CHUNK):
                s.execute(
                    update(Enrolment)
                    .where(Enrolment.id.in_(branch_ids[start : start + CHUNK]))
                    .values(
                        remitted_on=remitted_on,
                        remittance_id=entry.id,
                        version=Enrolment.version + 1,
                        updated_by_id=actor.user_id,
                    )
                )
        amount = sum(fee for _id, _branch, fee in pending)
        record(
            s,
            "remit",
            Enrolment.__tablename__,
            scheme.id,
            translate("Medical", "上缴省总 {n} 人").format(n=len(ids)),
            {"enrolment_ids": ids[:50], "count": len(ids), "reference": reference.strip()[:64]},
        )
        return Remitted(len(ids), amount)


def enrolment_of(s: Session, scheme_year_id: int, member_id: int) -> Enrolment | None:
    return s.execute(
        select(Enrolment).where(Enrolment.scheme_year_id == scheme_year_id, Enrolment.member_id == member_id)
    ).scalar_one_or_none()


def enrolment_source(db: Database, actor: Actor, flt: EnrolmentFilter) -> QuerySource:
    actor.require(MedicalPerm.READ)
    branch = aliased(OrgUnit)
    products = (
        select(func.aggregate_strings(Product.name, "、"))
        .join(EnrolmentProduct, EnrolmentProduct.product_id == Product.id)
        .where(EnrolmentProduct.enrolment_id == Enrolment.id)
        .scalar_subquery()
    )
    query = (
        select(
            Enrolment.member_id,
            Member.name,
            Member.employee_no,
            branch.name,
            Enrolment.enrolled_on,
            Enrolment.covered_from,
            Enrolment.entry_kind,
            Enrolment.fee_fen,
            products,
            Enrolment.paid_on,
            Enrolment.remitted_on,
        )
        .join(Member, Member.id == Enrolment.member_id)
        .join(branch, branch.id == Enrolment.branch_id)
        .where(Enrolment.scheme_year_id == flt.scheme_year_id, actor.branch_clause(Enrolment.branch_id))
    )
    if flt.branch_id is not None:
        query = query.where(Enrolment.branch_id == flt.branch_id)
    if flt.unpaid_only:
        query = query.where(Enrolment.paid_on.is_(None))
    text = flt.text.strip()
    if text:
        query = query.where(
            Member.name.startswith(text)
            | Member.name_initials.startswith(text.lower())
            | (Member.employee_no == text)
        )
    sort = {
        "name": Member.name,
        "employee_no": Member.employee_no,
        "branch": branch.name,
        "enrolled_on": Enrolment.enrolled_on,
        "covered_from": Enrolment.covered_from,
        "kind": Enrolment.entry_kind,
        "fee": Enrolment.fee_fen,
        "paid_on": Enrolment.paid_on,
        "remitted_on": Enrolment.remitted_on,
    }

    def fmt(row: Sequence[Any]) -> tuple[Any, ...]:
        name, emp, branch_name, enrolled, cover, kind, fee, product_names, paid, remitted = row
        return (
            name,
            emp or "",
            branch_name,
            enrolled.isoformat(),
            cover.isoformat(),
            EntryKind(kind).label if kind else "",
            format_fen(fee),
            product_names or "",
            paid.isoformat() if paid else translate("Medical", "未缴"),
            remitted.isoformat() if remitted else "",
        )

    return QuerySource(db, query, enrolment_columns(), sort, default_order=(Enrolment.id,), formatter=fmt)


def enrolment_counts(
    db: Database, actor: Actor, scheme_year_id: int, branch_id: int | None = None
) -> EnrolmentCounts:
    actor.require(MedicalPerm.READ)
    with db.read(actor) as s:
        return counts_in(s, actor, scheme_year_id, branch_id)


def counts_in(s: Session, actor: Actor, scheme_year_id: int, branch_id: int | None = None) -> EnrolmentCounts:
    """Enrolled, paid and active-but-not-enrolled members of a year (one branch union or all in scope)."""
    where = [Enrolment.scheme_year_id == scheme_year_id, actor.branch_clause(Enrolment.branch_id)]
    if branch_id is not None:
        where.append(Enrolment.branch_id == branch_id)
    unremitted = case((Enrolment.paid_on.is_not(None) & Enrolment.remitted_on.is_(None), 1), else_=0)
    enrolled, paid, pending, pending_fen = s.execute(
        select(
            func.count(),
            func.count(Enrolment.paid_on),
            func.coalesce(func.sum(unremitted), 0),
            func.coalesce(func.sum(unremitted * Enrolment.fee_fen), 0),
        ).where(*where)
    ).one()
    member_where = [Member.status == MemberStatus.ACTIVE, actor.branch_clause(Member.branch_id)]
    if branch_id is not None:
        member_where.append(Member.branch_id == branch_id)
    missing = s.execute(
        select(func.count())
        .select_from(Member)
        .outerjoin(
            Enrolment, and_(Enrolment.member_id == Member.id, Enrolment.scheme_year_id == scheme_year_id)
        )
        .where(*member_where, Enrolment.id.is_(None))
    ).scalar_one()
    return EnrolmentCounts(enrolled, paid, missing, int(pending), int(pending_fen))


def search_members(db: Database, actor: Actor, text: str, limit: int = 30) -> list[MemberHit]:
    """Members a clerk may file a claim for, by name, pinyin initials or employee number."""
    actor.require(MedicalPerm.READ)
    text = text.strip()
    if not text:
        return []
    branch = aliased(OrgUnit)
    with db.read(actor) as s:
        rows = s.execute(
            select(Member.id, Member.name, Member.employee_no, branch.name, Member.status)
            .join(branch, branch.id == Member.branch_id)
            .where(
                actor.branch_clause(Member.branch_id),
                Member.name.startswith(text)
                | Member.name_initials.startswith(text.lower())
                | (Member.employee_no == text.upper()),
            )
            .order_by(Member.name, Member.id)
            .limit(limit)
        ).all()
    return [MemberHit(r[0], r[1], r[2] or "", r[3], MemberStatus(r[4]).label) for r in rows]
