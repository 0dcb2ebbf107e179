"""The claims list: filters, sort columns and formatting for the lazy table and exports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import aliased

from unionoffice.core.auth.actor import Actor
from unionoffice.core.listing import QuerySource
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.progress import Progress
from unionoffice.foundation.xlsx import DATE, FEN, Sheet, write_xlsx
from unionoffice.medical.contract import ClaimFilter, claim_columns
from unionoffice.medical.models import BenefitType, Claim, ClaimStatus, Fund, SchemeYear
from unionoffice.medical.perms import MedicalPerm
from unionoffice.members.api import Member


def _query(actor: Actor, flt: ClaimFilter) -> tuple[Select, type[OrgUnit]]:
    branch = aliased(OrgUnit)
    query = (
        select(
            Claim.id,
            Claim.claim_no,
            Member.name,
            branch.name,
            Claim.benefit_type,
            Claim.admission_date,
            Claim.discharge_date,
            Claim.total_fen,
            Claim.covered_self_fen,
            Claim.uncovered_self_fen,
            Claim.payable_fen,
            Claim.status,
            Claim.paid_on,  # ours, or the day the province paid
            Claim.outcome_reference,
            SchemeYear.fund,
        )
        .join(Member, Member.id == Claim.member_id)
        .join(branch, branch.id == Claim.branch_id)
        .join(SchemeYear, SchemeYear.id == Claim.scheme_year_id)
        .where(actor.branch_clause(Claim.branch_id))
    )
    if flt.scheme_year_id is not None:
        query = query.where(Claim.scheme_year_id == flt.scheme_year_id)
    if flt.year is not None:
        query = query.where(SchemeYear.year == flt.year)
    if flt.branch_id is not None:
        query = query.where(Claim.branch_id == flt.branch_id)
    if flt.status:
        query = query.where(Claim.status == flt.status)
    if flt.benefit_type:
        query = query.where(Claim.benefit_type == flt.benefit_type)
    if flt.member_id is not None:
        query = query.where(Claim.member_id == flt.member_id)
    if flt.admitted_from is not None:
        query = query.where(Claim.admission_date >= flt.admitted_from)
    if flt.admitted_to is not None:
        query = query.where(Claim.admission_date <= flt.admitted_to)
    text = flt.text.strip()
    if text:
        query = query.where(
            or_(
                Member.name.startswith(text),
                Member.name_initials.startswith(text.lower()),
                Member.employee_no == text,
                Claim.claim_no == text.upper(),
            )
        )
    return query, branch


def _fmt(row: Sequence[Any]) -> tuple[Any, ...]:
    no, name, branch, kind, adm, dis, total, covered, uncovered, payable, status, paid, reference, fund = row
    return (
        no or translate("Medical", "（草稿）"),
        name,
        branch,
        BenefitType(kind).label,
        adm.isoformat(),
        dis.isoformat(),
        format_fen(total),
        format_fen(covered),
        format_fen(uncovered),
        "" if fund == Fund.PROVINCE and status == ClaimStatus.SUBMITTED else format_fen(payable),
        ClaimStatus(status).label_in(fund),
        paid.isoformat() if paid else "",
        reference,
    )


def claim_source(db: Database, actor: Actor, flt: ClaimFilter) -> QuerySource:
    actor.require(MedicalPerm.READ)
    query, branch = _query(actor, flt)
    sort = {
        "claim_no": Claim.claim_no,
        "member": Member.name,
        "branch": branch.name,
        "type": Claim.benefit_type,
        "admission": Claim.admission_date,
        "discharge": Claim.discharge_date,
        "total": Claim.total_fen,
        "covered": Claim.covered_self_fen,
        "uncovered": Claim.uncovered_self_fen,
        "payable": Claim.payable_fen,
        "status": Claim.status,
        "paid_on": Claim.paid_on,
        "reference": Claim.outcome_reference,
    }
    return QuerySource(db, query, claim_columns(), sort, default_order=(Claim.id.desc(),), formatter=_fmt)


def export_claims(
    db: Database, actor: Actor, flt: ClaimFilter, path: str, progress: Progress | None = None
) -> int:
    """The filtered list as .xlsx with amounts as numbers (yuan); returns the row count."""
    actor.require(MedicalPerm.READ)
    query, _branch = _query(actor, flt)
    with db.read(actor) as s:
        rows = s.execute(query.order_by(Claim.claim_no, Claim.id)).all()
    out = []
    for i, r in enumerate(rows):
        if progress is not None and i % 500 == 0:
            progress.step(i, len(rows), translate("Medical", "正在导出…"))
        out.append(
            (
                r[1] or translate("Medical", "（草稿）"),
                r[2],
                r[3],
                BenefitType(r[4]).label,
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                ClaimStatus(r[11]).label_in(r[14]),
                r[12],
                r[13],
            )
        )
    headers = [c.title for c in claim_columns()]
    formats = {4: DATE, 5: DATE, 6: FEN, 7: FEN, 8: FEN, 9: FEN, 11: DATE}
    write_xlsx(path, [Sheet(translate("Medical", "互助金申请"), headers, out, number_formats=formats)])
    return len(out)
