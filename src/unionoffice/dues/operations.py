"""The 经费与福利 operations of the service contract: each screen's call answered in one go."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from unionoffice.core import staging
from unionoffice.core.org.operations import reference_if_changed
from unionoffice.core.services import CallContext, implements
from unionoffice.dues import (
    arrears,
    budgets,
    ledger,
    payroll,
    prompts,
    reports,
    rulebook,
    signoff,
    welfare,
)
from unionoffice.dues.contract import (
    ADD_CAP_RULE,
    ADD_DUES_RULE,
    APPLY_PAYROLL,
    CANCEL_PAYMENTS,
    DUES_TOTALS,
    EXPORT_ARREARS,
    ISSUE_BATCH,
    LIST_ARREARS,
    LIST_DUES,
    LIST_WELFARE,
    MARK_DUES_PAID,
    MARK_PAYMENTS_PAID,
    OPEN_ARREARS,
    OPEN_BUDGETS,
    OPEN_DUES,
    OPEN_PAYMENT_FORM,
    OPEN_PROMPTS,
    OPEN_RULES,
    OPEN_WELFARE,
    PAY,
    PAYROLL_TEMPLATE,
    PLAN_BATCH,
    PLAN_PAYROLL,
    SAVE_BUDGET,
    SEARCH_MEMBERS,
    SIGNOFF_SHEETS,
    WELFARE_REPORT,
    ArrearsFilter,
    ArrearsOpen,
    ArrearsScreen,
    BatchIssued,
    BatchPlan,
    BatchRequest,
    BudgetInput,
    BudgetOpen,
    BudgetScreen,
    CapRuleInput,
    DuesFilter,
    DuesOpen,
    DuesPaid,
    DuesRuleInput,
    DuesScreen,
    DuesTotals,
    Exported,
    Marked,
    MemberChoices,
    MemberSearch,
    PaymentForm,
    PaymentFormOpen,
    PaymentInput,
    PaymentsCancel,
    PaymentsPaid,
    PayrollUpload,
    Prompts,
    PromptsOpen,
    RulesScreen,
    SignoffRequest,
    TotalsRequest,
    WelfareFilter,
    WelfareOpen,
    WelfareReport,
    WelfareScreen,
    field_label,
)
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.rules import month_label
from unionoffice.foundation.contract import Empty, FileData, ListQuery, Page, Saved
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.importer.preview import (
    SHOWN_ROWS,
    ImportApply,
    ImportOutcome,
    ImportPreviewData,
    UpdatePreview,
)
from unionoffice.foundation.money import format_fen


def _written(write: Callable[[Path], object], stem: str, suffix: str = ".xlsx") -> FileData:
    """Run ``write(path)`` into a temporary file and return its name and bytes."""
    with tempfile.TemporaryDirectory(prefix="unionoffice-export-") as folder:
        path = Path(folder) / f"{stem}{suffix}"
        write(path)
        return FileData(path.name, path.read_bytes())


# Dues of a month ---------------------------------------------------------------------------------
def _dues_page(ctx: CallContext, query: ListQuery[DuesFilter], month: date | None) -> Page:
    source = ledger.dues_source(ctx.db, ctx.actor, query.filter, month)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_DUES)
def _open_dues(ctx: CallContext, request: DuesOpen) -> DuesScreen:
    ctx.actor.require(DuesPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        months = ledger.months(s, ctx.actor)
        month = request.filter.month or (months[0] if months else None)
        summary = ledger.month_summary(s, ctx.actor, month) if month else None
        try:
            rule = rulebook.dues_rate_on(s, month or date.today())
            rule_text = rule.text() + (f"（{rule.source}）" if rule.source else "")
        except UserError as missing:
            rule_text = str(missing)
    page = _dues_page(ctx, ListQuery(request.filter, request.window), month)
    return DuesScreen(page=page, month=month, months=months, summary=summary, rule=rule_text, org=org)


@implements(LIST_DUES)
def _list_dues(ctx: CallContext, query: ListQuery[DuesFilter]) -> Page:
    month = query.filter.month
    if month is None:
        with ctx.db.read(ctx.actor) as s:
            found = ledger.months(s, ctx.actor)
        month = found[0] if found else None
    return _dues_page(ctx, query, month)


def _staged_name(month: date, name: str) -> str:
    """The month travels with the staged file, so a confirmation reaching another server process
    can check the sheet again."""
    return f"{month:%Y-%m}|{Path(name).name}"


def _from_staged(file: FileData) -> tuple[date, FileData]:
    month, _, name = file.name.partition("|")
    return date.fromisoformat(f"{month}-01"), FileData(name, file.content)


def _plan(ctx: CallContext, key: str, month: date, file: FileData) -> payroll.PayrollPlan:
    with tempfile.TemporaryDirectory(prefix="unionoffice-import-") as folder:
        path = Path(folder) / Path(file.name).name
        path.write_bytes(file.content)
        plan = payroll.plan_payroll(ctx.db, ctx.actor, path, month, ctx.progress)
    staging.remember(key, plan)
    return plan


def _status_text(line: payroll.PlannedLine) -> str:
    if line.row_number is None:
        return translate("Dues", "未交（不在工资表中）")
    return line.status.label


@implements(PLAN_PAYROLL)
def _plan_payroll(ctx: CallContext, request: PayrollUpload) -> ImportPreviewData:
    ctx.actor.require(DuesPerm.WRITE)
    month = payroll.check_month(request.month)
    key = staging.stage(
        ctx.db, ctx.actor, FileData(_staged_name(month, request.file.name), request.file.content)
    )
    plan = _plan(ctx, key, month, request.file)
    shown = sorted(plan.new, key=lambda line: (line.row_number is None, line.row_number or 0))[:SHOWN_ROWS]
    notes = [
        translate("Dues", "{month}会费标准：{rule}").format(month=month_label(month), rule=plan.rate.text())
    ]
    if plan.existing:
        notes.append(
            translate(
                "Dues",
                "{month}已有会费记录 {n} 条（{last}）。确认导入将按本表替换：有变化的 {changed} 条列在“信息变更”，"
                "现金补交的记录保持已交。",
            ).format(
                month=month_label(month),
                n=plan.existing,
                last=plan.last_import or translate("Dues", "来源不详"),
                changed=len(plan.changes),
            )
        )
    if plan.absent:
        notes.append(
            translate(
                "Dues", "名册中另有 {n} 名在会会员不在本表中，将记为本月未交（可在会费页登记现金补交）。"
            ).format(n=plan.absent)
        )
    return ImportPreviewData(
        upload=key,
        source=plan.source,
        total_rows=len(plan.preview.rows),
        problems=list(plan.preview.problems),
        rejected_rows=len(plan.preview.rejected_row_numbers),
        new_count=len(plan.new),
        new_headers=[
            translate("Dues", "行号"),
            field_label("employee_no"),
            field_label("name"),
            field_label("branch"),
            field_label("wage"),
            field_label("dues"),
            field_label("status"),
        ],
        new_rows=[
            [
                str(line.row_number) if line.row_number else "—",
                line.employee_no or "",
                line.name,
                plan.names.get(line.branch_id, ""),
                format_fen(line.wage_fen),
                format_fen(line.dues_fen),
                _status_text(line),
            ]
            for line in shown
        ],
        updates=[UpdatePreview(c.row_number, c.shown, c.changes) for c in plan.changes[:SHOWN_ROWS]],
        update_count=len(plan.changes),
        unchanged=plan.unchanged,
        notes=notes,
        ignored_columns=list(plan.preview.ignored_columns),
    )


@implements(APPLY_PAYROLL)
def _apply_payroll(ctx: CallContext, request: ImportApply) -> ImportOutcome:
    plan = staging.recall(request.upload)
    if not isinstance(plan, payroll.PayrollPlan) or plan.actor_id != ctx.actor.user_id:
        month, file = _from_staged(staging.staged(ctx.db, ctx.actor, request.upload))
        plan = _plan(ctx, request.upload, month, file)
    result = payroll.apply_payroll(ctx.db, ctx.actor, plan, ImportMode(request.mode), ctx.progress)
    staging.unstage(ctx.db, ctx.actor, request.upload)
    return result


@implements(PAYROLL_TEMPLATE)
def _payroll_template(ctx: CallContext, _request: Empty) -> FileData:
    ctx.actor.require(DuesPerm.READ)
    return _written(payroll.write_payroll_template, translate("Dues", "工资表导入模板"))


@implements(MARK_DUES_PAID)
def _mark_dues_paid(ctx: CallContext, request: DuesPaid) -> Marked:
    return Marked(ledger.mark_paid(ctx.db, ctx.actor, request.line_ids, request.paid_on))


@implements(DUES_TOTALS)
def _dues_totals(ctx: CallContext, request: TotalsRequest) -> DuesTotals:
    return ledger.dues_totals(ctx.db, ctx.actor, request.month)


# Arrears -----------------------------------------------------------------------------------------
def _arrears_page(ctx: CallContext, query: ListQuery[ArrearsFilter], month: date | None) -> Page:
    source = arrears.arrears_source(ctx.db, ctx.actor, query.filter, month)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_ARREARS)
def _open_arrears(ctx: CallContext, request: ArrearsOpen) -> ArrearsScreen:
    ctx.actor.require(DuesPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        months = ledger.months(s, ctx.actor)
    month = request.filter.month or (months[0] if months else None)
    # The count of six months or more and the page each walk the unpaid runs: side by side.
    lapsed = ctx.db.side_by_side(partial(_six_or_more, ctx, month))
    page = _arrears_page(ctx, ListQuery(request.filter, request.window), month)
    return ArrearsScreen(page=page, month=month, months=months, six_or_more=lapsed.result(), org=org)


def _six_or_more(ctx: CallContext, month: date | None) -> int:
    if month is None:
        return 0
    with ctx.db.read(ctx.actor) as s:
        return arrears.six_or_more(s, ctx.actor, month)


@implements(LIST_ARREARS)
def _list_arrears(ctx: CallContext, query: ListQuery[ArrearsFilter]) -> Page:
    month = query.filter.month
    if month is None:
        with ctx.db.read(ctx.actor) as s:
            month = arrears.latest_month(s, ctx.actor)
    return _arrears_page(ctx, query, month)


@implements(EXPORT_ARREARS)
def _export_arrears(ctx: CallContext, request: ArrearsFilter) -> Exported:
    found: list[int] = []
    file = _written(
        lambda path: found.append(arrears.export_arrears(ctx.db, ctx.actor, request, path)),
        translate("Dues", "会费欠缴名单"),
    )
    return Exported(file, found[0])


# Welfare -----------------------------------------------------------------------------------------
def _welfare_page(ctx: CallContext, query: ListQuery[WelfareFilter]) -> Page:
    source = welfare.welfare_source(ctx.db, ctx.actor, query.filter)
    return source.sorted_by(query.window.sort, query.window.descending).page(query.window)


@implements(OPEN_WELFARE)
def _open_welfare(ctx: CallContext, request: WelfareOpen) -> WelfareScreen:
    ctx.actor.require(DuesPerm.READ)
    year = request.filter.year or date.today().year
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        years = welfare.years(s, ctx.actor)
        count, total = welfare.year_figures(s, ctx.actor, year)
    page = _welfare_page(ctx, ListQuery(request.filter, request.window))
    return WelfareScreen(page=page, years=years, year=year, count=count, total_fen=total, org=org)


@implements(LIST_WELFARE)
def _list_welfare(ctx: CallContext, query: ListQuery[WelfareFilter]) -> Page:
    return _welfare_page(ctx, query)


@implements(OPEN_PAYMENT_FORM)
def _open_payment_form(ctx: CallContext, request: PaymentFormOpen) -> PaymentForm:
    ctx.actor.require(DuesPerm.READ)
    with ctx.db.read(ctx.actor) as s:
        return PaymentForm(welfare.cap_infos(s, request.on or date.today()))


@implements(SEARCH_MEMBERS)
def _search_members(ctx: CallContext, request: MemberSearch) -> MemberChoices:
    return MemberChoices(welfare.search_members(ctx.db, ctx.actor, request.text))


@implements(PAY)
def _pay(ctx: CallContext, request: PaymentInput) -> Saved:
    return Saved(welfare.pay(ctx.db, ctx.actor, request), 1)


@implements(PLAN_BATCH)
def _plan_batch(ctx: CallContext, request: BatchRequest) -> BatchPlan:
    return welfare.plan_batch(ctx.db, ctx.actor, request)


@implements(ISSUE_BATCH)
def _issue_batch(ctx: CallContext, request: BatchRequest) -> BatchIssued:
    batch_id, count, total, skipped = welfare.issue_batch(ctx.db, ctx.actor, request)
    return BatchIssued(batch_id=batch_id, count=count, total_fen=total, skipped=skipped)


@implements(MARK_PAYMENTS_PAID)
def _mark_payments_paid(ctx: CallContext, request: PaymentsPaid) -> Marked:
    return Marked(welfare.mark_paid(ctx.db, ctx.actor, request.payment_ids, request.paid_on))


@implements(CANCEL_PAYMENTS)
def _cancel_payments(ctx: CallContext, request: PaymentsCancel) -> Marked:
    return Marked(welfare.cancel(ctx.db, ctx.actor, request.payment_ids, request.reason))


@implements(SIGNOFF_SHEETS)
def _signoff_sheets(ctx: CallContext, request: SignoffRequest) -> Exported:
    found: list[int] = []
    title = translate("Dues", "{month}领取签字表").format(month=month_label(request.month))
    file = _written(
        lambda path: found.append(signoff.export_signoff(ctx.db, ctx.actor, request, path)), title, ".pdf"
    )
    return Exported(file, found[0])


@implements(WELFARE_REPORT)
def _welfare_report(ctx: CallContext, request: WelfareReport) -> Exported:
    found: list[int] = []
    suffix = ".pdf" if request.format == "pdf" else ".xlsx"
    file = _written(
        lambda path: found.append(reports.export_report(ctx.db, ctx.actor, request.year, path)),
        reports.title(request.year),
        suffix,
    )
    return Exported(file, found[0])


@implements(OPEN_PROMPTS)
def _open_prompts(ctx: CallContext, request: PromptsOpen) -> Prompts:
    ctx.actor.require(DuesPerm.READ)
    month = prompts.month_of(request.month)
    rows = prompts.prompt_rows(ctx.db, ctx.actor)
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        due, given = prompts.birthday_counts(s, ctx.actor, month)
    return Prompts(month=month, birthdays_due=due, birthdays_given=given, rows=rows, org=org)


# Budgets and rules --------------------------------------------------------------------------------
@implements(OPEN_BUDGETS)
def _open_budgets(ctx: CallContext, request: BudgetOpen) -> BudgetScreen:
    ctx.actor.require(DuesPerm.READ)
    year = request.year or date.today().year
    with ctx.db.read(ctx.actor) as s:
        org = reference_if_changed(s, ctx.actor, request.org_stamp)
        lines = budgets.budget_lines(s, ctx.actor, year)
        years = budgets.budget_years(s)
    return BudgetScreen(year=year, years=years, lines=lines, sources=budgets.source_names(), org=org)


@implements(SAVE_BUDGET)
def _save_budget(ctx: CallContext, request: BudgetInput) -> Saved:
    return Saved(budgets.save_budget(ctx.db, ctx.actor, request))


@implements(OPEN_RULES)
def _open_rules(ctx: CallContext, _request: Empty) -> RulesScreen:
    return rulebook.rules_screen(ctx.db, ctx.actor)


@implements(ADD_DUES_RULE)
def _add_dues_rule(ctx: CallContext, request: DuesRuleInput) -> Saved:
    return Saved(rulebook.add_dues_rule(ctx.db, ctx.actor, request))


@implements(ADD_CAP_RULE)
def _add_cap_rule(ctx: CallContext, request: CapRuleInput) -> Saved:
    return Saved(rulebook.add_cap_rule(ctx.db, ctx.actor, request))
