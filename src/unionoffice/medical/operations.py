"""The medical operations of the service contract: each screen's call answered in one go.

Thin adapters over ``service/``: opening a sub-page resolves its scheme year, reads the org
reference when the screen's copy is old and the first page of its list; a save or a workflow
step is one call; files travel as ``FileData``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, FileData, ListQuery, Page, Saved
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.medical.calculation import Band, Rule, parse_ratio
from unionoffice.medical.contract import (
    ADD_ALLOCATION,
    ADD_ATTACHMENTS,
    APPROVAL_FORM,
    APPROVE_CLAIM,
    ENROL,
    EXPORT_CLAIMS,
    EXPORT_HARDSHIP,
    FILE_PROVINCE_CLAIM,
    FIND_MEMBERS,
    GET_ATTACHMENT,
    GET_CLAIM,
    LIST_CLAIMS,
    LIST_ENROLMENT,
    LIST_HARDSHIP,
    LIST_LEDGER,
    OPEN_CLAIMS,
    OPEN_ENROLMENT,
    OPEN_HARDSHIP,
    OPEN_LEDGER,
    OPEN_RULES,
    PAY_CLAIM,
    PREVIEW_CLAIM,
    RECORD_OUTCOME,
    RECORD_PAYMENTS,
    REJECT_CLAIM,
    REMIT,
    RETURN_CLAIM,
    REVIEW_CLAIM,
    SAVE_CLAIM,
    SAVE_ELIGIBILITY,
    SAVE_PRODUCT,
    SAVE_RULE,
    SAVE_SCHEME,
    SET_THRESHOLD,
    SUBMIT_CLAIM,
    YEAR_REPORT,
    Allocation,
    Approved,
    AttachmentUpload,
    ClaimDetail,
    ClaimDraft,
    ClaimFilter,
    ClaimPayment,
    ClaimPreview,
    ClaimSave,
    ClaimsOpen,
    ClaimsScreen,
    ClaimStep,
    EligibilityInfo,
    EligibilitySave,
    EnrolmentFilter,
    EnrolmentOpen,
    EnrolmentScreen,
    EnrolRequest,
    EnrolResult,
    Exported,
    HardshipFilter,
    HardshipOpen,
    HardshipScreen,
    LedgerFilter,
    LedgerOpen,
    LedgerScreen,
    MemberHits,
    MemberSearch,
    OutcomeSave,
    PaymentRequest,
    PaymentResult,
    ProductInfo,
    ProductSave,
    RemitRequest,
    Remitted,
    ReportRequest,
    RuleInfo,
    RuleSave,
    RulesOpen,
    RulesScreen,
    SchemeInfo,
    SchemeSave,
    Submitted,
    ThresholdSave,
)
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service import (
    attachments,
    claims,
    eligibility,
    enrolment,
    hardship,
    ledger,
    province,
    reports,
    schemes,
)
from unionoffice.medical.service.listing import claim_source, export_claims


def _file(write: Callable[[Path], object], name: str) -> FileData:
    """Run ``write(path)`` into a temporary file named ``name`` and return its bytes."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / name
        write(path)
        return FileData(path.name, path.read_bytes())


def _resolved(filter_scheme: int | None, choice_scheme: SchemeInfo | None) -> int:
    """The scheme a list shows: the resolved one (-1 lists nothing when no scheme year exists)."""
    if choice_scheme is not None:
        return choice_scheme.id
    return filter_scheme if filter_scheme is not None else -1


# Claims ----------------------------------------------------------------------------------------
def _claims_page(ctx: CallContext, query: ListQuery[ClaimFilter]) -> Page:
    source = claim_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_CLAIMS)
def _open_claims(ctx: CallContext, request: ClaimsOpen) -> ClaimsScreen:
    with ctx.db.read(ctx.actor) as s:
        choice = schemes.scheme_choice(s, ctx.actor, request.pick)
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        products = eligibility.products_in(s, choice.scheme.id) if choice.scheme is not None else []
    flt = replace(request.filter, scheme_year_id=_resolved(request.filter.scheme_year_id, choice.scheme))
    return ClaimsScreen(choice, _claims_page(ctx, ListQuery(flt, request.window)), org, products)


@implements(LIST_CLAIMS)
def _list_claims(ctx: CallContext, query: ListQuery[ClaimFilter]) -> Page:
    return _claims_page(ctx, query)


@implements(GET_CLAIM)
def _get_claim(ctx: CallContext, request: ById) -> ClaimDetail:
    return claims.get_claim(ctx.db, ctx.actor, request.id)


@implements(FIND_MEMBERS)
def _find_members(ctx: CallContext, request: MemberSearch) -> MemberHits:
    return MemberHits(enrolment.search_members(ctx.db, ctx.actor, request.text))


@implements(PREVIEW_CLAIM)
def _preview(ctx: CallContext, request: ClaimDraft) -> ClaimPreview:
    """Problems are part of the answer, not a refusal: the form lists them while the clerk types."""
    try:
        return ClaimPreview(claims.preview(ctx.db, ctx.actor, request.data, request.claim_id))
    except ValidationError as error:
        return ClaimPreview(None, list(error.problems))


@implements(SAVE_CLAIM)
def _save_claim(ctx: CallContext, request: ClaimSave) -> Saved:
    if request.claim_id is None:
        return Saved(claims.create_claim(ctx.db, ctx.actor, request.data))
    claims.update_claim(ctx.db, ctx.actor, request.claim_id, request.data, request.version)
    return Saved(request.claim_id)


@implements(FILE_PROVINCE_CLAIM)
def _file_province_claim(ctx: CallContext, request: ClaimSave) -> Saved:
    return Saved(province.file_claim(ctx.db, ctx.actor, request.data))


@implements(RECORD_OUTCOME)
def _record_outcome(ctx: CallContext, request: OutcomeSave) -> Saved:
    province.record_outcome(ctx.db, ctx.actor, request)
    return Saved(request.claim_id)


@implements(SUBMIT_CLAIM)
def _submit(ctx: CallContext, request: ClaimStep) -> Submitted:
    number = claims.submit_claim(
        ctx.db, ctx.actor, request.claim_id, request.version, request.acknowledge_overlap
    )
    return Submitted(number)


@implements(REVIEW_CLAIM)
def _review(ctx: CallContext, request: ClaimStep) -> Saved:
    claims.review_claim(ctx.db, ctx.actor, request.claim_id, request.version, request.note)
    return Saved(request.claim_id)


@implements(RETURN_CLAIM)
def _return(ctx: CallContext, request: ClaimStep) -> Saved:
    claims.return_claim(ctx.db, ctx.actor, request.claim_id, request.version, request.note)
    return Saved(request.claim_id)


@implements(APPROVE_CLAIM)
def _approve(ctx: CallContext, request: ClaimStep) -> Approved:
    return Approved(claims.approve_claim(ctx.db, ctx.actor, request.claim_id, request.version))


@implements(REJECT_CLAIM)
def _reject(ctx: CallContext, request: ClaimStep) -> Saved:
    claims.reject_claim(ctx.db, ctx.actor, request.claim_id, request.version, request.note)
    return Saved(request.claim_id)


@implements(PAY_CLAIM)
def _pay(ctx: CallContext, request: ClaimPayment) -> Saved:
    if request.paid_on is None:
        raise ValidationError(
            FieldProblem(translate("Medical", "支付日期"), translate("Medical", "必须填写"))
        )
    claims.pay_claim(
        ctx.db, ctx.actor, request.claim_id, request.version, request.paid_on, request.voucher_no
    )
    return Saved(request.claim_id)


@implements(ADD_ATTACHMENTS)
def _add_attachments(ctx: CallContext, request: AttachmentUpload) -> ClaimDetail:
    claim_id = request.claim_id
    if claim_id is None:  # a scan needs a claim to belong to: the draft is saved first
        if request.draft is None:
            raise ValidationError(translate("Medical", "请先填写申请，再添加附件。"))
        claim_id = claims.create_claim(ctx.db, ctx.actor, request.draft)
    with tempfile.TemporaryDirectory(prefix="unionoffice-scan-") as folder:
        for n, file in enumerate(request.files):
            ctx.progress.step(n, len(request.files), translate("Medical", "正在保存附件…"))
            path = Path(folder) / Path(file.name).name
            path.write_bytes(file.content)
            attachments.add_attachment(ctx.db, ctx.actor, claim_id, path)
    return claims.get_claim(ctx.db, ctx.actor, claim_id)


@implements(GET_ATTACHMENT)
def _get_attachment(ctx: CallContext, request: ById) -> FileData:
    with tempfile.TemporaryDirectory(prefix="unionoffice-scan-") as folder:
        path = Path(attachments.attachment_file(ctx.db, ctx.actor, request.id, folder))
        return FileData(path.name, path.read_bytes())


@implements(APPROVAL_FORM)
def _approval_form(ctx: CallContext, request: ById) -> FileData:
    # The PDF toolkit loads ReportLab and the fonts: only when a form is printed.
    from unionoffice.medical.approval_form import write_form

    detail = claims.get_claim(ctx.db, ctx.actor, request.id)
    name = f"{translate('Medical', '审批表')}-{detail.claim_no or detail.id}-{detail.member_name}.pdf"
    return _file(lambda path: write_form(detail, path), name)


@implements(EXPORT_CLAIMS)
def _export_claims(ctx: CallContext, request: ClaimFilter) -> Exported:
    rows: list[int] = []
    file = _file(
        lambda path: rows.append(export_claims(ctx.db, ctx.actor, request, str(path), ctx.progress)),
        translate("Medical", "互助金申请") + ".xlsx",
    )
    return Exported(file, rows[0])


# Enrolment -------------------------------------------------------------------------------------
def _enrolment_page(ctx: CallContext, query: ListQuery[EnrolmentFilter]) -> Page:
    source = enrolment.enrolment_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_ENROLMENT)
def _open_enrolment(ctx: CallContext, request: EnrolmentOpen) -> EnrolmentScreen:
    with ctx.db.read(ctx.actor) as s:
        choice = schemes.scheme_choice(s, ctx.actor, request.pick)
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        scheme_id = _resolved(request.filter.scheme_year_id, choice.scheme)
        scheme = choice.scheme
        counts = products = rule = None
        if scheme is not None:
            counts = enrolment.counts_in(s, ctx.actor, scheme_id, request.filter.branch_id)
            products = eligibility.products_in(s, scheme.id)
            rule = eligibility.rule_info_in_force(s, scheme.fund, date.today())
    flt = replace(request.filter, scheme_year_id=scheme_id)
    page = _enrolment_page(ctx, ListQuery(flt, request.window))
    return EnrolmentScreen(choice, page, counts, org, products or [], rule)


@implements(LIST_ENROLMENT)
def _list_enrolment(ctx: CallContext, query: ListQuery[EnrolmentFilter]) -> Page:
    return _enrolment_page(ctx, query)


@implements(ENROL)
def _enrol(ctx: CallContext, request: EnrolRequest) -> EnrolResult:
    return enrolment.enrol(
        ctx.db,
        ctx.actor,
        request.scheme_year_id,
        branch_id=request.branch_id,
        member_ids=request.member_ids,
        enrolled_on=request.enrolled_on,
        insured=request.insured,
        product_ids=request.product_ids,
        progress=ctx.progress,
    )


@implements(REMIT)
def _remit(ctx: CallContext, request: RemitRequest) -> Remitted:
    return enrolment.record_remittance(
        ctx.db, ctx.actor, request.scheme_year_id, request.remitted_on, request.reference, request.branch_id
    )


@implements(RECORD_PAYMENTS)
def _record_payments(ctx: CallContext, request: PaymentRequest) -> PaymentResult:
    if request.member_ids is not None:
        ids = request.member_ids
    else:
        flt = request.filter or EnrolmentFilter(request.scheme_year_id)
        ids = enrolment.enrolment_source(ctx.db, ctx.actor, flt).ids()
    return enrolment.record_payments(
        ctx.db, ctx.actor, request.scheme_year_id, ids, request.paid_on, ctx.progress
    )


# Ledger ----------------------------------------------------------------------------------------
def _ledger_page(ctx: CallContext, query: ListQuery[LedgerFilter]) -> Page:
    scheme_id = query.filter.scheme_year_id if query.filter.scheme_year_id is not None else -1
    source = ledger.ledger_source(ctx.db, ctx.actor, scheme_id, query.filter.branch_id)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_LEDGER)
def _open_ledger(ctx: CallContext, request: LedgerOpen) -> LedgerScreen:
    with ctx.db.read(ctx.actor) as s:
        choice = schemes.scheme_choice(s, ctx.actor, request.pick)
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        scheme = choice.scheme
        if scheme is None:
            return LedgerScreen(choice, Page([], 0, 0), org=org)
        rows = ledger.summary_in(s, ctx.actor, scheme.id)
        first = schemes.first_year_in(s, scheme.fund)
        history = ledger.aid_totals_in(s, ctx.actor, scheme.fund, first, scheme.year, by_year=False)
        earlier = (
            ledger.aid_totals_in(s, ctx.actor, scheme.fund, first, scheme.year - 1, by_year=False)
            if first < scheme.year
            else None
        )
    page = _ledger_page(ctx, ListQuery(LedgerFilter(scheme.id), request.window))
    return LedgerScreen(choice, page, rows, history, earlier, org)


@implements(LIST_LEDGER)
def _list_ledger(ctx: CallContext, query: ListQuery[LedgerFilter]) -> Page:
    return _ledger_page(ctx, query)


@implements(ADD_ALLOCATION)
def _add_allocation(ctx: CallContext, request: Allocation) -> Saved:
    if request.entry_date is None:
        raise ValidationError(FieldProblem(translate("Medical", "日期"), translate("Medical", "必须填写")))
    entry = ledger.add_allocation(
        ctx.db,
        ctx.actor,
        request.scheme_year_id,
        request.branch_id,
        request.amount_fen,
        request.entry_date,
        request.memo,
    )
    return Saved(entry)


@implements(YEAR_REPORT)
def _year_report(ctx: CallContext, request: ReportRequest) -> FileData:
    # The PDF toolkit loads ReportLab and the fonts: only when a report is written.
    from unionoffice.medical import report_files

    data = reports.year_report(ctx.db, ctx.actor, request.scheme_year_id)
    name = translate("Medical", "{year}年度医疗互助报告").format(year=data.scheme.year)
    if request.suffix == "pdf":
        return _file(lambda path: report_files.write_pdf(data, path, ctx.progress), name + ".pdf")
    claim_rows = reports.paid_claim_rows(ctx.db, ctx.actor, request.scheme_year_id)
    return _file(lambda path: report_files.write_xlsx(data, path, claim_rows), name + ".xlsx")


# Hardship --------------------------------------------------------------------------------------
def _hardship_page(ctx: CallContext, query: ListQuery[HardshipFilter], threshold: int) -> Page:
    scheme_id = query.filter.scheme_year_id if query.filter.scheme_year_id is not None else -1
    source = hardship.hardship_source(ctx.db, ctx.actor, scheme_id, threshold)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_HARDSHIP)
def _open_hardship(ctx: CallContext, request: HardshipOpen) -> HardshipScreen:
    with ctx.db.read(ctx.actor) as s:
        choice = schemes.scheme_choice(s, ctx.actor, request.pick)
    scheme = choice.scheme
    if scheme is None:
        return HardshipScreen(choice, Page([], 0, 0), 0)
    threshold = scheme.hardship_threshold_fen if request.threshold_fen is None else request.threshold_fen
    query = ListQuery(HardshipFilter(scheme.id, threshold), request.window)
    return HardshipScreen(choice, _hardship_page(ctx, query, threshold), threshold)


@implements(LIST_HARDSHIP)
def _list_hardship(ctx: CallContext, query: ListQuery[HardshipFilter]) -> Page:
    flt = query.filter
    threshold = hardship.threshold_of(ctx.db, ctx.actor, flt.scheme_year_id or -1, flt.threshold_fen)
    return _hardship_page(ctx, query, threshold)


@implements(SET_THRESHOLD)
def _set_threshold(ctx: CallContext, request: ThresholdSave) -> SchemeInfo:
    hardship.set_hardship_threshold(
        ctx.db, ctx.actor, request.scheme_year_id, request.threshold_fen, request.version
    )
    return schemes.get_scheme(ctx.db, ctx.actor, request.scheme_year_id)


@implements(EXPORT_HARDSHIP)
def _export_hardship(ctx: CallContext, request: HardshipFilter) -> Exported:
    ctx.actor.require(MedicalPerm.READ)
    scheme_id = request.scheme_year_id if request.scheme_year_id is not None else -1
    rows: list[int] = []
    file = _file(
        lambda path: rows.append(
            hardship.export_hardship(ctx.db, ctx.actor, scheme_id, request.threshold_fen, path)
        ),
        translate("Medical", "困难预警名单") + ".xlsx",
    )
    return Exported(file, rows[0])


# Schemes and rules -----------------------------------------------------------------------------
@implements(OPEN_RULES)
def _open_rules(ctx: CallContext, request: RulesOpen) -> RulesScreen:
    with ctx.db.read(ctx.actor) as s:
        choice = schemes.scheme_choice(s, ctx.actor, request.pick)
        scheme = choice.scheme
        if scheme is None:
            return RulesScreen(choice)
        rules = [] if scheme.is_province else schemes.current_rule_infos(s, scheme.id)
        return RulesScreen(
            choice, rules, eligibility.rules_in(s, scheme.fund), eligibility.products_in(s, scheme.id)
        )


@implements(SAVE_SCHEME)
def _save_scheme(ctx: CallContext, request: SchemeSave) -> SchemeInfo:
    if request.scheme_year_id is None:
        return schemes.create_scheme(ctx.db, ctx.actor, request.data)
    return schemes.update_scheme(ctx.db, ctx.actor, request.scheme_year_id, request.data, request.version)


@implements(SAVE_RULE)
def _save_rule(ctx: CallContext, request: RuleSave) -> RuleInfo:
    ctx.actor.require(MedicalPerm.ADMIN)
    bands, problems = [], []
    for row, band in enumerate(request.bands, start=1):
        try:
            bands.append(
                Band(band.upper_fen, parse_ratio(band.ratio, translate("MedicalCalc", "补助分段"), row))
            )
        except ValidationError as error:
            problems += error.problems
    if problems:
        raise ValidationError(problems)
    rule = Rule(
        request.deductible_fen,
        tuple(bands),
        request.per_claim_cap_fen,
        request.annual_cap_fen,
        request.lump_sum_fen,
    )
    return schemes.save_rule(
        ctx.db, ctx.actor, request.scheme_year_id, request.benefit_type, rule, request.note, request.version
    )


@implements(SAVE_ELIGIBILITY)
def _save_eligibility(ctx: CallContext, request: EligibilitySave) -> EligibilityInfo:
    return eligibility.save_rule(ctx.db, ctx.actor, request)


@implements(SAVE_PRODUCT)
def _save_product(ctx: CallContext, request: ProductSave) -> ProductInfo:
    return eligibility.save_product(ctx.db, ctx.actor, request)
