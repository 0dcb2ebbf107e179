"""The members operations of the service contract: each screen's call answered in one go."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from unionoffice.core import staging
from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.foundation.contract import ById, Empty, FileData, ListQuery, Page, Saved
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.identity import mask_id_number
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.importer.preview import (
    SHOWN_ROWS,
    ImportApply,
    ImportOutcome,
    ImportPreviewData,
    UpdatePreview,
)
from unionoffice.members import importing, lifecycle, reports, service
from unionoffice.members.contract import (
    APPLY_IMPORT,
    CHANGE_STATUS,
    EXPORT_BIRTHDAYS,
    EXPORT_RATES,
    EXPORT_REGISTER,
    HISTORY,
    IMPORT_TEMPLATE,
    LIST,
    OPEN_FORM,
    OPEN_REGISTER,
    PLAN_IMPORT,
    RATES,
    REJOIN,
    SAVE,
    TRANSFER,
    BirthdayRequest,
    Exported,
    FormOpen,
    History,
    MemberFilter,
    MemberForm,
    MemberSave,
    Rates,
    RegisterExport,
    RegisterOpen,
    RegisterScreen,
    Rejoin,
    StatusChange,
    Transfer,
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


@implements(OPEN_FORM)
def _open_form(ctx: CallContext, request: FormOpen) -> MemberForm:
    detail = service.get_member(ctx.db, ctx.actor, request.member_id) if request.member_id else None
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
    return MemberForm(detail, org)


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
def _rates(ctx: CallContext, _request: Empty) -> Rates:
    return Rates(reports.membership_rates(ctx.db, ctx.actor))


@implements(EXPORT_RATES)
def _export_rates(ctx: CallContext, _request: Empty) -> Exported:
    found: list[int] = []
    file = _written(
        lambda path: found.append(len(reports.export_rates(ctx.db, ctx.actor, path))), "各分工会入会率"
    )
    return Exported(file, found[0])
