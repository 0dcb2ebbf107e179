"""The members operations of the service contract: each screen's call answered in one go."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from unionoffice.core import staging
from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, Empty, FileData, ListQuery, Page, Saved
from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.identity import mask_id_number
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.importer.preview import (
    SHOWN_ROWS,
    FieldChange,
    ImportApply,
    ImportOutcome,
    ImportPreviewData,
    UpdatePreview,
)
from unionoffice.members import (
    application_import,
    applications,
    cards,
    headcounts,
    importing,
    lifecycle,
    rates,
    realname,
    register,
    reports,
    returns,
    reviews,
    service,
)
from unionoffice.members.codes import CodeKind, code_list
from unionoffice.members.contract import (
    APPLICATION_TEMPLATE,
    APPLY_APPLICATION_IMPORT,
    APPLY_HEADCOUNT_IMPORT,
    APPLY_IMPORT,
    APPROVE_APPLICATIONS,
    CHANGE_STATUS,
    DECIDE_REVIEW,
    EXPORT_BIRTHDAYS,
    EXPORT_MONTHLY_RETURN,
    EXPORT_RATES,
    EXPORT_REALNAME,
    EXPORT_REGISTER,
    FLAG_FOR_REVIEW,
    HEADCOUNT_TEMPLATE,
    HISTORY,
    IMPORT_TEMPLATE,
    LIST,
    LIST_APPLICATIONS,
    LIST_HEADCOUNTS,
    LIST_REVIEWS,
    MONTHLY_RETURN,
    OPEN_APPLICATION_FORM,
    OPEN_APPLICATIONS,
    OPEN_FORM,
    OPEN_HEADCOUNTS,
    OPEN_REGISTER,
    OPEN_REVIEW,
    OPEN_REVIEWS,
    PLAN_APPLICATION_IMPORT,
    PLAN_HEADCOUNT_IMPORT,
    PLAN_IMPORT,
    RATES,
    REFRESH_REVIEWS,
    REJECT_APPLICATION,
    REJOIN,
    SAVE,
    SAVE_APPLICATION,
    SAVE_HEADCOUNT,
    TRANSFER,
    ApplicationFilter,
    ApplicationForm,
    ApplicationFormOpen,
    ApplicationSave,
    ApplicationsOpen,
    ApplicationsScreen,
    Approval,
    Approved,
    BirthdayRequest,
    CodeChoices,
    Exported,
    Flag,
    FormOpen,
    HeadcountFilter,
    HeadcountOpen,
    HeadcountSave,
    HeadcountScreen,
    History,
    MemberFilter,
    MemberForm,
    MemberSave,
    MonthlyReturn,
    Rates,
    RatesRequest,
    RealNameExport,
    Refreshed,
    RegisterExport,
    RegisterOpen,
    RegisterScreen,
    Rejection,
    Rejoin,
    ReturnFile,
    ReturnRequest,
    ReviewDecisionInput,
    ReviewDetail,
    ReviewFilter,
    ReviewsOpen,
    ReviewsScreen,
    StatusChange,
    Transfer,
    field_label,
)
from unionoffice.members.models import Member
from unionoffice.members.perms import MembersPerm
from unionoffice.members.search import member_source


def list_page(ctx: CallContext, query: ListQuery[MemberFilter]) -> Page:
    source = member_source(ctx.db, ctx.actor, query.filter).sorted_by(
        query.window.sort, query.window.descending
    )
    return source.page(query.window)


@implements(OPEN_REGISTER)
def _open_register(ctx: CallContext, request: RegisterOpen) -> RegisterScreen:
    ctx.actor.require(MembersPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        low, high = s.execute(
            select(func.min(Member.join_date), func.max(Member.join_date)).where(
                ctx.actor.branch_clause(Member.branch_id)
            )
        ).one()
    years = list(range(high.year, low.year - 1, -1)) if low is not None and high is not None else []
    return RegisterScreen(list_page(ctx, ListQuery(request.filter, request.window)), years, org)


@implements(LIST)
def _list(ctx: CallContext, query: ListQuery[MemberFilter]) -> Page:
    return list_page(ctx, query)


def code_choices() -> CodeChoices:
    def pairs(kind: CodeKind) -> list[tuple[str, str]]:
        return list(code_list(kind).entries)

    return CodeChoices(
        ethnicity=pairs(CodeKind.ETHNICITY),
        political_status=pairs(CodeKind.POLITICAL_STATUS),
        hukou_type=pairs(CodeKind.HUKOU_TYPE),
        employment_form=pairs(CodeKind.EMPLOYMENT_FORM),
    )


@implements(OPEN_FORM)
def _open_form(ctx: CallContext, request: FormOpen) -> MemberForm:
    detail = service.get_member(ctx.db, ctx.actor, request.member_id) if request.member_id else None
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    return MemberForm(detail, org, code_choices())


@implements(SAVE)
def _save(ctx: CallContext, request: MemberSave) -> Saved:
    if request.check_only:
        service.validate_member(ctx.db, ctx.actor, request.data, request.member_id)
        return Saved(request.member_id or 0)
    if request.member_id is None:
        return Saved(service.create_member(ctx.db, ctx.actor, request.data))
    service.update_member(ctx.db, ctx.actor, request.member_id, request.version, request.data)
    return Saved(request.member_id)


@implements(TRANSFER)
def _transfer(ctx: CallContext, request: Transfer) -> Saved:
    lifecycle.transfer(
        ctx.db,
        ctx.actor,
        request.member_id,
        request.version,
        request.branch_id,
        request.group_id,
        request.on,
        request.reason,
    )
    return Saved(request.member_id)


@implements(CHANGE_STATUS)
def _change_status(ctx: CallContext, request: StatusChange) -> Saved:
    lifecycle.change_status(ctx.db, ctx.actor, request)
    return Saved(request.member_id)


@implements(REJOIN)
def _rejoin(ctx: CallContext, request: Rejoin) -> Saved:
    lifecycle.rejoin(ctx.db, ctx.actor, request)
    return Saved(request.member_id)


@implements(HISTORY)
def _history(ctx: CallContext, request: ById) -> History:
    return History(lifecycle.history(ctx.db, ctx.actor, request.id))


# Import ----------------------------------------------------------------------------------------
def _plan(ctx: CallContext, key: str, file: FileData) -> importing.ImportPlan:
    with tempfile.TemporaryDirectory(prefix="unionoffice-import-") as folder:
        path = Path(folder) / Path(file.name).name
        path.write_bytes(file.content)
        plan = importing.plan_import(ctx.db, ctx.actor, path, ctx.progress)
    staging.remember(key, plan)
    return plan


@implements(PLAN_IMPORT)
def _plan_import(ctx: CallContext, file: FileData) -> ImportPreviewData:
    ctx.actor.require(MembersPerm.WRITE)
    key = staging.stage(ctx.db, ctx.actor, file)
    plan = _plan(ctx, key, file)
    preview = plan.preview
    new_rows = []
    for row in plan.new_rows[:SHOWN_ROWS]:
        values = row.values
        joined = values.get("join_date") or values.get("hire_date")
        branch, group = plan.place_of(row.row_number)
        number = mask_id_number(values["id_number"].number)
        shown_date = joined.isoformat() if joined else ""
        new_rows.append([str(row.row_number), values["name"], number, branch, group, shown_date])
    return ImportPreviewData(
        upload=key,
        source=plan.source,
        total_rows=len(preview.rows),
        problems=list(preview.problems),
        rejected_rows=plan.rejected,
        new_count=len(plan.new_rows),
        new_headers=[
            translate("Members", "行号"),
            translate("Members", "姓名"),
            translate("Members", "身份证号"),
            translate("Members", "分工会"),
            translate("Members", "小组"),
            translate("Members", "入会日期"),
        ],
        new_rows=new_rows,
        updates=[UpdatePreview(u.row_number, u.name, u.changes) for u in plan.updates[:SHOWN_ROWS]],
        update_count=len(plan.updates),
        unchanged=plan.unchanged,
        notes=list(preview.notes),
        ignored_columns=list(preview.ignored_columns),
    )


@implements(APPLY_IMPORT)
def _apply_import(ctx: CallContext, request: ImportApply) -> ImportOutcome:
    plan = staging.recall(request.upload)
    if not isinstance(plan, importing.ImportPlan) or plan.actor_id != ctx.actor.user_id:
        plan = _plan(ctx, request.upload, staging.staged(ctx.db, ctx.actor, request.upload))
    result = importing.apply_import(ctx.db, ctx.actor, plan, ImportMode(request.mode), ctx.progress)
    staging.unstage(ctx.db, ctx.actor, request.upload)
    return result


@implements(IMPORT_TEMPLATE)
def _template(ctx: CallContext, _request: Empty) -> FileData:
    return _written(importing.write_member_template, "会员导入模板")


# Exports ---------------------------------------------------------------------------------------
def _written(write: Callable[[Path], object], stem: str, suffix: str = ".xlsx") -> FileData:
    """Run ``write(path)`` into a temporary file and return its name and bytes."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / f"{stem}{suffix}"
        write(path)
        return FileData(path.name, path.read_bytes())


@implements(EXPORT_REGISTER)
def _export_register(ctx: CallContext, request: RegisterExport) -> Exported:
    rows: list[int] = []
    file = _written(
        lambda path: rows.append(
            reports.export_members(ctx.db, ctx.actor, request.filter, path, request.unmasked, ctx.progress)
        ),
        "会员名册",
    )
    return Exported(file, rows[0])


@implements(EXPORT_BIRTHDAYS)
def _export_birthdays(ctx: CallContext, request: BirthdayRequest) -> Exported:
    rows: list[int] = []
    year = request.year or date.today().year
    file = _written(
        lambda path: rows.append(reports.export_birthdays(ctx.db, ctx.actor, request.month, path, year)),
        f"{year}年{request.month}月生日名单",
    )
    return Exported(file, rows[0])


@implements(RATES)
def _rates(ctx: CallContext, request: RatesRequest) -> Rates:
    return Rates(rates.membership_rates(ctx.db, ctx.actor, request.on), request.on)


@implements(EXPORT_RATES)
def _export_rates(ctx: CallContext, request: RatesRequest) -> Exported:
    found: list[int] = []
    file = _written(
        lambda path: found.append(len(rates.export_rates(ctx.db, ctx.actor, path, request.on))),
        "各分工会入会率",
    )
    return Exported(file, found[0])


@implements(MONTHLY_RETURN)
def _monthly_return(ctx: CallContext, request: ReturnRequest) -> MonthlyReturn:
    return register.monthly_return(ctx.db, ctx.actor, request.month)


@implements(EXPORT_MONTHLY_RETURN)
def _export_monthly_return(ctx: CallContext, request: ReturnFile) -> Exported:
    suffix = ".pdf" if request.format == "pdf" else ".xlsx"
    found: list[MonthlyReturn] = []
    month = request.month
    file = _written(
        lambda path: found.append(returns.export_return(ctx.db, ctx.actor, month, path)),
        f"{month.year}年{month.month}月会员增减情况表",
        suffix,
    )
    return Exported(file, len(found[0].rows))


@implements(EXPORT_REALNAME)
def _export_realname(ctx: CallContext, request: RealNameExport) -> Exported:
    found: list[int] = []
    name = Path(realname.file_name())
    file = _written(
        lambda path: found.append(
            realname.export_realname(ctx.db, ctx.actor, path, request.unmasked, ctx.progress)
        ),
        name.stem,
    )
    return Exported(file, found[0])


# Applications ----------------------------------------------------------------------------------
@implements(OPEN_APPLICATIONS)
def _open_applications(ctx: CallContext, request: ApplicationsOpen) -> ApplicationsScreen:
    ctx.actor.require(MembersPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        pending, oldest = applications.pending_summary(s, ctx.actor)
        try:
            upcoming = cards.next_card(s, date.today())
        except ValidationError as error:
            upcoming = error.problems[0].message
    page = _application_page(ctx, ListQuery(request.filter, request.window))
    return ApplicationsScreen(
        page=page,
        pending=pending,
        oldest_days=(date.today() - oldest).days if oldest else None,
        next_card=upcoming,
        org=org,
    )


def _application_page(ctx: CallContext, query: ListQuery[ApplicationFilter]) -> Page:
    source = applications.application_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(LIST_APPLICATIONS)
def _list_applications(ctx: CallContext, query: ListQuery[ApplicationFilter]) -> Page:
    return _application_page(ctx, query)


@implements(OPEN_APPLICATION_FORM)
def _open_application_form(ctx: CallContext, request: ApplicationFormOpen) -> ApplicationForm:
    detail = (
        applications.get_application(ctx.db, ctx.actor, request.application_id)
        if request.application_id
        else None
    )
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    return ApplicationForm(detail, code_choices(), org)


@implements(SAVE_APPLICATION)
def _save_application(ctx: CallContext, request: ApplicationSave) -> Saved:
    return Saved(
        applications.save_application(
            ctx.db, ctx.actor, request.data, request.application_id, request.version
        )
    )


@implements(APPROVE_APPLICATIONS)
def _approve(ctx: CallContext, request: Approval) -> Approved:
    return applications.approve(ctx.db, ctx.actor, request)


@implements(REJECT_APPLICATION)
def _reject(ctx: CallContext, request: Rejection) -> Saved:
    applications.reject(ctx.db, ctx.actor, request)
    return Saved(request.application_id)


def _staged_plan(ctx: CallContext, key: str, file: FileData, plan_of: Callable[[Path], Any]) -> Any:
    with tempfile.TemporaryDirectory(prefix="unionoffice-import-") as folder:
        path = Path(folder) / Path(file.name).name
        path.write_bytes(file.content)
        plan = plan_of(path)
    staging.remember(key, plan)
    return plan


@implements(PLAN_APPLICATION_IMPORT)
def _plan_application_import(ctx: CallContext, file: FileData) -> ImportPreviewData:
    ctx.actor.require(MembersPerm.WRITE)
    key = staging.stage(ctx.db, ctx.actor, file)
    plan: application_import.ApplicationPlan = _staged_plan(
        ctx, key, file, lambda path: application_import.plan_import(ctx.db, ctx.actor, path, ctx.progress)
    )
    new_rows = []
    for row in plan.new_rows[:SHOWN_ROWS]:
        values = row.values
        branch_id, group_id = plan.places[row.row_number]
        hired, applied = values.get("hire_date"), values.get("applied_on") or values.get("hire_date")
        new_rows.append(
            [
                str(row.row_number),
                values["name"],
                mask_id_number(values["id_number"].number),
                plan.names.get(branch_id, ""),
                plan.names.get(group_id, "") if group_id else "",
                hired.isoformat() if hired else "",
                applied.isoformat() if applied else date.today().isoformat(),
            ]
        )
    notes = list(plan.preview.notes)
    if plan.already_pending:
        notes.append(
            translate("Members", "{n} 人已有待审批的申请，不再重复导入。").format(n=plan.already_pending)
        )
    return ImportPreviewData(
        upload=key,
        source=plan.source,
        total_rows=len(plan.preview.rows),
        problems=list(plan.preview.problems),
        rejected_rows=len(plan.preview.rejected_row_numbers),
        new_count=len(plan.new_rows),
        new_headers=[
            translate("Members", "行号"),
            translate("Members", "姓名"),
            translate("Members", "身份证号"),
            translate("Members", "分工会"),
            translate("Members", "小组"),
            translate("Members", "入职日期"),
            translate("Members", "申请日期"),
        ],
        new_rows=new_rows,
        unchanged=plan.already_pending,
        notes=notes,
        ignored_columns=list(plan.preview.ignored_columns),
    )


@implements(APPLY_APPLICATION_IMPORT)
def _apply_application_import(ctx: CallContext, request: ImportApply) -> ImportOutcome:
    plan = staging.recall(request.upload)
    if not isinstance(plan, application_import.ApplicationPlan) or plan.actor_id != ctx.actor.user_id:
        file = staging.staged(ctx.db, ctx.actor, request.upload)
        plan = _staged_plan(
            ctx,
            request.upload,
            file,
            lambda path: application_import.plan_import(ctx.db, ctx.actor, path, ctx.progress),
        )
    result = application_import.apply_import(ctx.db, ctx.actor, plan, ImportMode(request.mode), ctx.progress)
    staging.unstage(ctx.db, ctx.actor, request.upload)
    return result


@implements(APPLICATION_TEMPLATE)
def _application_template(ctx: CallContext, _request: Empty) -> FileData:
    return _written(application_import.write_application_template, "入会申请导入模板")


# Headcount ---------------------------------------------------------------------------------------
def _headcount_page(ctx: CallContext, query: ListQuery[HeadcountFilter]) -> Page:
    source = headcounts.headcount_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_HEADCOUNTS)
def _open_headcounts(ctx: CallContext, request: HeadcountOpen) -> HeadcountScreen:
    ctx.actor.require(MembersPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    return HeadcountScreen(_headcount_page(ctx, ListQuery(request.filter, request.window)), org)


@implements(LIST_HEADCOUNTS)
def _list_headcounts(ctx: CallContext, query: ListQuery[HeadcountFilter]) -> Page:
    return _headcount_page(ctx, query)


@implements(SAVE_HEADCOUNT)
def _save_headcount(ctx: CallContext, request: HeadcountSave) -> Saved:
    return Saved(
        headcounts.save_headcount(ctx.db, ctx.actor, request.data, request.headcount_id, request.version)
    )


@implements(PLAN_HEADCOUNT_IMPORT)
def _plan_headcount_import(ctx: CallContext, file: FileData) -> ImportPreviewData:
    ctx.actor.require(MembersPerm.WRITE)
    key = staging.stage(ctx.db, ctx.actor, file)
    plan: headcounts.HeadcountPlan = _staged_plan(
        ctx, key, file, lambda path: headcounts.plan_import(ctx.db, ctx.actor, path, ctx.progress)
    )
    new_rows = [
        [str(row), plan.names.get(branch, ""), f"{month.year}-{month.month:02d}", str(count)]
        for row, branch, month, count in plan.new_rows[:SHOWN_ROWS]
    ]
    label = field_label("headcount")
    return ImportPreviewData(
        upload=key,
        source=plan.source,
        total_rows=len(plan.preview.rows),
        problems=list(plan.preview.problems),
        rejected_rows=len(plan.preview.rejected_row_numbers),
        new_count=len(plan.new_rows),
        new_headers=[translate("Members", "行号"), field_label("branch"), field_label("month"), label],
        new_rows=new_rows,
        updates=[
            UpdatePreview(u.row_number, u.shown, (FieldChange(label, str(u.before), str(u.after)),))
            for u in plan.updates[:SHOWN_ROWS]
        ],
        update_count=len(plan.updates),
        unchanged=plan.unchanged,
        notes=list(plan.preview.notes),
        ignored_columns=list(plan.preview.ignored_columns),
    )


@implements(APPLY_HEADCOUNT_IMPORT)
def _apply_headcount_import(ctx: CallContext, request: ImportApply) -> ImportOutcome:
    plan = staging.recall(request.upload)
    if not isinstance(plan, headcounts.HeadcountPlan) or plan.actor_id != ctx.actor.user_id:
        file = staging.staged(ctx.db, ctx.actor, request.upload)
        plan = _staged_plan(
            ctx,
            request.upload,
            file,
            lambda path: headcounts.plan_import(ctx.db, ctx.actor, path, ctx.progress),
        )
    result = headcounts.apply_import(ctx.db, ctx.actor, plan, ImportMode(request.mode))
    staging.unstage(ctx.db, ctx.actor, request.upload)
    return result


@implements(HEADCOUNT_TEMPLATE)
def _headcount_template(ctx: CallContext, _request: Empty) -> FileData:
    return _written(headcounts.write_headcount_template, "职工人数导入模板")


# The six-month review list -----------------------------------------------------------------------
def _review_page(ctx: CallContext, query: ListQuery[ReviewFilter]) -> Page:
    source = reviews.review_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_REVIEWS)
def _open_reviews(ctx: CallContext, request: ReviewsOpen) -> ReviewsScreen:
    ctx.actor.require(MembersPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    page = _review_page(ctx, ListQuery(request.filter, request.window))
    return ReviewsScreen(page, len(reviews.lapse_sources()), org)


@implements(LIST_REVIEWS)
def _list_reviews(ctx: CallContext, query: ListQuery[ReviewFilter]) -> Page:
    return _review_page(ctx, query)


@implements(OPEN_REVIEW)
def _open_review(ctx: CallContext, request: ById) -> ReviewDetail:
    return reviews.get_review(ctx.db, ctx.actor, request.id)


@implements(FLAG_FOR_REVIEW)
def _flag(ctx: CallContext, request: Flag) -> Saved:
    return Saved(reviews.flag(ctx.db, ctx.actor, request.member_id, request.evidence))


@implements(REFRESH_REVIEWS)
def _refresh_reviews(ctx: CallContext, _request: Empty) -> Refreshed:
    return Refreshed(reviews.refresh(ctx.db, ctx.actor))


@implements(DECIDE_REVIEW)
def _decide_review(ctx: CallContext, request: ReviewDecisionInput) -> Saved:
    reviews.decide(ctx.db, ctx.actor, request)
    return Saved(request.review_id)
