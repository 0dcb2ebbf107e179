"""The hardship operations of the service contract: each screen's call answered in one go."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, Empty, FileData, ListQuery, Page, Saved
from unionoffice.hardship.contract import (
    BATCH_SPRING,
    DELETE_PAYOUT,
    DISMISS,
    EXPORT_CANDIDATES,
    EXPORT_FILES,
    FIND_MEMBERS,
    LIST_CANDIDATES,
    LIST_FILES,
    LIST_PAYOUTS,
    OPEN_CANDIDATES,
    OPEN_FILE,
    OPEN_PAYOUT,
    OPEN_PAYOUTS,
    OPEN_REGISTER,
    OPEN_STANDARDS,
    REPORT,
    RESTORE,
    SAVE_FILE,
    SAVE_LINE,
    SAVE_PAYOUT,
    SAVE_RULE,
    SIGN_SHEET,
    STEP,
    YEAR_TOTALS,
    BatchDone,
    BatchInput,
    ByYear,
    CandidateFilter,
    CandidateScreen,
    CandidatesOpen,
    DismissInput,
    Exported,
    FileFilter,
    FileForm,
    FileOpen,
    FileSave,
    LineSave,
    MemberChoices,
    MemberLookup,
    PayoutDelete,
    PayoutFilter,
    PayoutForm,
    PayoutFormOpen,
    PayoutSave,
    PayoutScreen,
    PayoutsOpen,
    RegisterOpen,
    RegisterScreen,
    ReportRequest,
    RuleInfo,
    SheetRequest,
    Standards,
    StepInput,
    YearTotals,
)
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.service import candidates, documents, files, payouts, pipeline, register, standards
from unionoffice.hardship.service.common import today


def written(write: Callable[[Path], object], name: str) -> FileData:
    """Run ``write(path)`` into a temporary file and return its name and bytes."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / name
        write(path)
        return FileData(path.name, path.read_bytes())


# Files -------------------------------------------------------------------------------------------
def _files_page(ctx: CallContext, query: ListQuery[FileFilter]) -> Page:
    source = register.file_source(ctx.db, ctx.actor, query.filter).sorted_by(
        query.window.sort, query.window.descending
    )
    return source.page(query.window)


@implements(OPEN_REGISTER)
def _open_register(ctx: CallContext, request: RegisterOpen) -> RegisterScreen:
    ctx.actor.require(HardshipPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    return RegisterScreen(_files_page(ctx, ListQuery(request.filter, request.window)), org)


@implements(LIST_FILES)
def _list_files(ctx: CallContext, query: ListQuery[FileFilter]) -> Page:
    return _files_page(ctx, query)


@implements(OPEN_FILE)
def _open_file(ctx: CallContext, request: FileOpen) -> FileForm:
    return files.open_form(ctx.db, ctx.actor, request.file_id, request.member_id, request.org_stamp)


@implements(FIND_MEMBERS)
def _find_members(ctx: CallContext, request: MemberLookup) -> MemberChoices:
    return MemberChoices(files.find_members(ctx.db, ctx.actor, request.text))


@implements(SAVE_FILE)
def _save_file(ctx: CallContext, request: FileSave) -> Saved:
    return Saved(files.save_file(ctx.db, ctx.actor, request))


@implements(STEP)
def _step(ctx: CallContext, request: StepInput) -> Saved:
    return Saved(request.file_id, pipeline.step(ctx.db, ctx.actor, request))


@implements(EXPORT_FILES)
def _export_files(ctx: CallContext, request: FileFilter) -> Exported:
    rows: list[int] = []
    file = written(
        lambda path: rows.append(register.export_files(ctx.db, ctx.actor, request, path, ctx.progress)),
        "困难职工档案.xlsx",
    )
    return Exported(file, rows[0])


# Candidates --------------------------------------------------------------------------------------
@implements(OPEN_CANDIDATES)
def _open_candidates(ctx: CallContext, request: CandidatesOpen) -> CandidateScreen:
    ctx.actor.require(HardshipPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    page = candidates.page(ctx.db, ctx.actor, request.filter, request.window)
    return CandidateScreen(page, today().year, candidates.signal_choices(), org)


@implements(LIST_CANDIDATES)
def _list_candidates(ctx: CallContext, query: ListQuery[CandidateFilter]) -> Page:
    return candidates.page(ctx.db, ctx.actor, query.filter, query.window)


@implements(DISMISS)
def _dismiss(ctx: CallContext, request: DismissInput) -> Empty:
    candidates.dismiss(ctx.db, ctx.actor, request.member_id, request.reason)
    return Empty()


@implements(RESTORE)
def _restore(ctx: CallContext, request: ById) -> Empty:
    candidates.restore(ctx.db, ctx.actor, request.id)
    return Empty()


@implements(EXPORT_CANDIDATES)
def _export_candidates(ctx: CallContext, request: CandidateFilter) -> Exported:
    rows: list[int] = []
    name = f"{today().year}年免申即享候选名单.xlsx"
    file = written(lambda path: rows.append(candidates.export(ctx.db, ctx.actor, request, path)), name)
    return Exported(file, rows[0])


# Payouts -----------------------------------------------------------------------------------------
def _payouts_page(ctx: CallContext, query: ListQuery[PayoutFilter]) -> Page:
    source = payouts.payout_source(ctx.db, ctx.actor, query.filter).sorted_by(
        query.window.sort, query.window.descending
    )
    return payouts.payout_page(ctx.db, ctx.actor, source, query.window)


@implements(OPEN_PAYOUTS)
def _open_payouts(ctx: CallContext, request: PayoutsOpen) -> PayoutScreen:
    ctx.actor.require(HardshipPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    page = _payouts_page(ctx, ListQuery(request.filter, request.window))
    return PayoutScreen(page, payouts.payout_years(ctx.db, ctx.actor), org)


@implements(LIST_PAYOUTS)
def _list_payouts(ctx: CallContext, query: ListQuery[PayoutFilter]) -> Page:
    return _payouts_page(ctx, query)


@implements(OPEN_PAYOUT)
def _open_payout(ctx: CallContext, request: PayoutFormOpen) -> PayoutForm:
    return payouts.open_form(ctx.db, ctx.actor, request.payout_id, request.file_id)


@implements(SAVE_PAYOUT)
def _save_payout(ctx: CallContext, request: PayoutSave) -> Saved:
    return Saved(payouts.save_payout(ctx.db, ctx.actor, request.data, request.payout_id, request.version))


@implements(DELETE_PAYOUT)
def _delete_payout(ctx: CallContext, request: PayoutDelete) -> Empty:
    payouts.delete_payout(ctx.db, ctx.actor, request.payout_id, request.version)
    return Empty()


@implements(BATCH_SPRING)
def _batch_spring(ctx: CallContext, request: BatchInput) -> BatchDone:
    return payouts.batch_spring(ctx.db, ctx.actor, request)


@implements(YEAR_TOTALS)
def _year_totals(ctx: CallContext, request: ByYear) -> YearTotals:
    return payouts.year_totals(ctx.db, ctx.actor, request.year, request.branch_id)


@implements(SIGN_SHEET)
def _sign_sheet(ctx: CallContext, request: SheetRequest) -> FileData:
    sheet = documents.sign_off_sheet(ctx.db, ctx.actor, request.programme, request.year, request.branch_id)
    name = f"{request.year}年{request.programme.label}领取签字表.pdf"
    return written(lambda path: documents.write_sign_off_pdf(sheet, path), name)


@implements(REPORT)
def _report(ctx: CallContext, request: ReportRequest) -> FileData:
    data = documents.year_report(ctx.db, ctx.actor, request.year, ctx.progress)
    if request.format == "xlsx":
        return written(
            lambda path: documents.write_report_xlsx(data, path), f"{request.year}年困难职工帮扶报告.xlsx"
        )
    return written(
        lambda path: documents.write_report_pdf(data, path), f"{request.year}年困难职工帮扶报告.pdf"
    )


# 低保 figures and rules ------------------------------------------------------------------------------
@implements(OPEN_STANDARDS)
def _open_standards(ctx: CallContext, _request: Empty) -> Standards:
    return standards.standards(ctx.db, ctx.actor)


@implements(SAVE_LINE)
def _save_line(ctx: CallContext, request: LineSave) -> Saved:
    return Saved(standards.save_line(ctx.db, ctx.actor, request))


@implements(SAVE_RULE)
def _save_rule(ctx: CallContext, request: RuleInfo) -> Saved:
    return Saved(standards.save_rule(ctx.db, ctx.actor, request))
