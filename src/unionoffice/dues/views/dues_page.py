"""Dues of a month: every member's line (from the payroll, or unpaid when not on it), the month's
summary and the rule in force; the payroll import and dues paid at the office."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QLabel, QVBoxLayout, QWidget

from unionoffice.dues import contract as dues
from unionoffice.dues.contract import DuesFilter, DuesScreen, Marked
from unionoffice.dues.labels import DuesStatus
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.views.common import month_text, recent_months
from unionoffice.foundation.contract import FileData, ListWindow, Page
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.foundation.money import format_fen
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import find_data, hold, refill
from unionoffice.ui.widgets.import_preview import run_import


class DuesPage(ListPage[DuesFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = dues.LIST_DUES
    open_op = dues.OPEN_DUES
    columns = dues.dues_columns()
    default_sort = ("branch", False)
    multi_select = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.summary_month: date | None = None  # the month the summary counts
        super().__init__(ctx, parent)
        self.table.setObjectName("dues_table")

    def build(self) -> None:
        self.add_action("file-up", self.tr("导入工资表…"), self.import_payroll, permission=DuesPerm.WRITE)
        self.add_action(
            "coins",
            self.tr("登记现金补交"),
            self.mark_paid,
            needs_selection=True,
            permission=DuesPerm.WRITE,
        )
        self.month = self.add_combo("dues_month", None)
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母、工号"), name="dues_search")
        self.branch = self.add_combo("dues_branch", self.tr("全部分工会"))
        self.status = self.add_combo(
            "dues_status", self.tr("全部状态"), [(s.label, s.value) for s in DuesStatus]
        )
        self.summary = QLabel()
        self.summary.setObjectName("dues_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(MUTED_TEXT)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.summary)

    def current_filter(self) -> DuesFilter:
        return DuesFilter(
            self.month.currentData(), self.search.text(), self.branch.currentData(), self.status.currentData()
        )

    def opening_request(self) -> dues.DuesOpen:
        sort, descending = self.model.sort_key
        return dues.DuesOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: DuesScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        self.month.blockSignals(True)
        self.month.clear()
        for month in screen.months:
            self.month.addItem(month_text(month), month)
        if screen.month is not None:
            self.month.setCurrentIndex(max(find_data(self.month, screen.month), 0))
        self.month.blockSignals(False)
        refill(self.branch, [(branch.name, branch.id) for branch in org.mine()])
        self.summary_month = screen.month
        self.show_summary(screen)
        return screen.page

    def reload(self) -> None:
        """Another month opens again: its lines and its summary come back in one call."""
        if self.summary_month is not None and self.month.currentData() != self.summary_month:
            self.open()
        else:
            super().reload()

    def show_filtered(self, **values: object) -> None:
        """Drill-down from the dashboard: ``month`` (a date or its ISO text), ``branch_id``,
        ``status``. Before the first showing the month and branch union are held in their boxes,
        so the opening call filters by them; while that call is under way it is waited for."""
        month = values.get("month")
        chosen = date.fromisoformat(month) if isinstance(month, str) else month
        branch, status = values.get("branch_id"), values.get("status")

        def apply() -> None:
            if isinstance(chosen, date):
                hold(self.month, month_text(chosen), chosen)
            hold(self.branch, "…", branch)
            super(DuesPage, self).show_filtered(dues_month=chosen, dues_branch=branch, dues_status=status)

        if self.opening:
            self.when_opened(apply)
        else:
            apply()

    def show_summary(self, screen: DuesScreen) -> None:
        s = screen.summary
        if s is None or screen.month is None:
            self.summary.setText(self.tr("尚无会费记录：请导入工资表。") + "\n" + screen.rule)
            return
        self.summary.setText(
            self.tr(
                "{month}：{members} 人，已交 {paid} 人，未交 {unpaid} 人，保留会籍免交 {exempt} 人；"
                "应缴 {due} 元，已收 {collected} 元（会费留在基层工会，不上缴）。\n会费标准：{rule}"
            ).format(
                month=month_text(screen.month),
                members=f"{s.members:,}",
                paid=f"{s.paid:,}",
                unpaid=f"{s.unpaid:,}",
                exempt=f"{s.exempt:,}",
                due=format_fen(s.due_fen),
                collected=format_fen(s.paid_fen),
                rule=screen.rule,
            )
        )

    def import_payroll(self) -> None:
        months = recent_months(date.today())
        texts = [month_text(m) for m in months]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("导入工资表"), self.tr("工资表所属月份："), texts, 0, False
        )
        if not ok:
            return
        month = months[texts.index(chosen)]

        def imported(result: ImportOutcome) -> None:
            self.open()  # the month list and summary change with the import
            info(
                self,
                self.tr("导入完成：新增 {new} 条，替换 {updated} 条会费记录。").format(
                    new=result.inserted, updated=result.updated
                ),
            )

        run_import(
            self.ctx,
            self,
            self.tr("选择{month}的工资表").format(month=chosen),
            dues.PLAN_PAYROLL,
            dues.APPLY_PAYROLL,
            imported,
            noun=self.tr("会费记录"),
            plan_request=lambda file: dues.PayrollUpload(month, FileData(file.name, file.content)),
        )

    def mark_paid(self) -> None:
        chosen = tuple(self.selected_ids())
        if not chosen or not confirm(
            self, self.tr("登记所选 {n} 条会费为现金补交（今天）吗？").format(n=len(chosen))
        ):
            return

        def done(result: Marked) -> None:
            self.open()
            info(self, self.tr("已登记 {n} 条。").format(n=result.count))

        self.ctx.calls.fetch(self, dues.MARK_DUES_PAID, dues.DuesPaid(chosen, date.today()), done)
