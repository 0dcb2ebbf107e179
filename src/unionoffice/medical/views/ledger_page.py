"""The fund ledger of the chosen year: income and payouts per branch union, the totals the union
quotes, every entry, allocations, and the yearly report as PDF or Excel."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from unionoffice.foundation.contract import FileData, ListWindow, Operation, Page, Saved
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    Allocation,
    LedgerFilter,
    LedgerOpen,
    LedgerRow,
    LedgerScreen,
    ReportRequest,
    SchemeInfo,
)
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.views.common import SchemeBound, SchemeHost, scheme_id
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.style import HEADING
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import DateField, MoneyField
from unionoffice.ui.widgets.files import choose_target, pdf, save_download, xlsx
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table

SUMMARY_HEIGHT = 260  # at most; more branch unions scroll


class AllocationDialog(FormDialog):
    """Money put into the fund: the company's or the higher union's allocation."""

    def __init__(self, ctx: AppContext, scheme: SchemeInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记拨款收入"), parent)
        self.scheme = scheme
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.branch = QComboBox()
        self.branch.addItem(self.tr("全会（不分分工会）"), None)
        for branch in ctx.refs.take(None).mine():
            self.branch.addItem(branch.name, branch.id)
        self.amount = MoneyField()
        self.when = DateField(date.today())
        self.memo = QLineEdit()
        self.memo.setPlaceholderText(self.tr("如：公司行政拨款、上级工会补助"))
        self.row(form, self.tr("分工会"), self.tr("分工会"), self.branch)
        self.row(form, self.tr("金额"), self.tr("金额（元）"), self.amount)
        self.row(form, self.tr("日期"), self.tr("日期"), self.when)
        self.row(form, self.tr("摘要"), self.tr("摘要"), self.memo)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Allocation, Saved], Allocation, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        try:
            amount = self.amount.fen(self.tr("金额"))
        except ValidationError as error:
            problems += error.problems
            amount = None
        when, message = self.when.checked()
        if message:
            problems.append(FieldProblem(self.tr("日期"), message))
        request = Allocation(self.scheme.id, self.branch.currentData(), amount, when, self.memo.text())
        return medical.ADD_ALLOCATION, request, problems


class LedgerPage(SchemeBound, ListPage[LedgerFilter]):
    """GUI thread. The summary, the totals and the first page of entries arrive in one call."""

    list_op = medical.LIST_LEDGER
    open_op = medical.OPEN_LEDGER
    columns = medical.ledger_columns()
    default_sort = ("date", True)

    def __init__(self, ctx: AppContext, host: SchemeHost, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.host = host
        self.table.setObjectName("ledger_entries")

    def reopen(self) -> None:
        self.open()

    def build(self) -> None:
        self.allocation_action = self.add_action(
            "plus", self.tr("登记拨款"), self.add_allocation, permission=MedicalPerm.ADMIN, name="allocation"
        )
        self.toolbar.addSeparator()
        self.add_action("file-down", self.tr("年度报告 PDF"), lambda: self.export_report("pdf"))
        self.add_action("file-spreadsheet", self.tr("年度报告 Excel"), lambda: self.export_report("xlsx"))
        self.totals = QLabel()
        self.totals.setObjectName("aid_totals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet(f"font-size: 11pt; color: {HEADING};")
        self.summary = read_only_table(self, "ledger_summary")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.totals)  # under the toolbar, above the entries' own bar
        layout.insertWidget(2, self.summary)
        self.add_filter_widget(QLabel(self.tr("台账明细")), 0)

    def current_filter(self) -> LedgerFilter:
        return LedgerFilter(scheme_id(self.host))

    def opening_request(self) -> LedgerOpen:
        sort, descending = self.model.sort_key
        return LedgerOpen(
            self.host.pick(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: LedgerScreen) -> Page:
        self.host.take(screen.choice)
        self.ctx.refs.take(screen.org)
        province = screen.choice.scheme is not None and screen.choice.scheme.is_province
        self.allocation_action.setVisible(not province and self.ctx.session.can(MedicalPerm.ADMIN))
        self._show_summary(screen.rows, province)
        self._show_totals(screen)
        return screen.page

    def _show_summary(self, rows: list[LedgerRow], province: bool) -> None:
        """Our own fund: income, payouts, balance. The provincial scheme: contributions collected,
        passed on to the province, still to pass on, and what the province paid our members."""
        if province:
            headers = [
                self.tr("分工会"),
                self.tr("参保人数"),
                self.tr("互助金收入"),
                self.tr("上缴省总"),
                self.tr("尚未上缴"),
                self.tr("省总赔付"),
                self.tr("受助人次"),
                self.tr("受助人数"),
            ]
            money = [(r.fee_fen, r.remitted_fen, r.balance_fen, r.aid_paid_fen) for r in rows]
        else:
            headers = [
                self.tr("分工会"),
                self.tr("参保人数"),
                self.tr("互助金收入"),
                self.tr("拨款收入"),
                self.tr("互助金支出"),
                self.tr("结余"),
                self.tr("受助人次"),
                self.tr("受助人数"),
            ]
            money = [(r.fee_fen, r.allocation_fen, r.payout_fen, r.balance_fen) for r in rows]
        values: list[tuple[Any, ...]] = [
            (r.branch_name, r.enrolled, *(format_fen(m) for m in amounts), r.claims_paid, r.members_helped)
            for r, amounts in zip(rows, money, strict=True)
        ]
        fill_table(self.summary, headers, values, right=set(range(1, len(headers))), spread=True)
        # As tall as its rows: one per branch union and the total, no empty band below.
        height = self.summary.horizontalHeader().sizeHint().height() + 24 * len(values) + 4
        self.summary.setFixedHeight(min(max(height, 60), SUMMARY_HEIGHT))
        if rows:
            font = self.summary.font()
            font.setBold(True)
            for column in range(len(headers)):
                item = self.summary.item(len(rows) - 1, column)
                if item is not None:
                    item.setFont(font)

    def _show_totals(self, screen: LedgerScreen) -> None:
        history, earlier = screen.history, screen.earlier
        if history is None:
            self.totals.setText("")
            return
        scheme = screen.choice.scheme
        sentence = (
            self.tr("{first}–{last} 年省总工会累计赔付 {paid} 元，受助 {m} 人（{n} 人次）。")
            if scheme is not None and scheme.is_province
            else self.tr("{first}–{last} 年累计支付互助金 {paid} 元，受助 {m} 人（{n} 人次）。")
        )
        text = sentence.format(
            first=history.year_from,
            last=history.year_to,
            paid=format_fen(history.paid_fen),
            m=history.members_helped,
            n=history.claims,
        )
        if earlier is not None:
            text += self.tr("其中 {first}–{last} 年：{paid} 元，{m} 人。").format(
                first=earlier.year_from,
                last=earlier.year_to,
                paid=format_fen(earlier.paid_fen),
                m=earlier.members_helped,
            )
        self.totals.setText(text)

    # Actions --------------------------------------------------------------------------------
    def add_allocation(self) -> None:
        scheme = self.host.scheme
        if scheme is not None and AllocationDialog(self.ctx, scheme, self).exec():
            self.open()

    def export_report(self, suffix: str) -> None:
        scheme = self.host.scheme
        if scheme is None:
            return
        name = self.tr("{year}年度医疗互助报告").format(year=scheme.year) + f".{suffix}"
        target = choose_target(self, self.tr("保存年度报告"), name, pdf() if suffix == "pdf" else xlsx())
        if target is None:
            return

        def written(file: FileData) -> None:
            save_download(
                self.ctx, self, file, target, lambda path: info(self, self.tr("已保存：{p}").format(p=path))
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在生成年度报告…"), medical.YEAR_REPORT, ReportRequest(scheme.id, suffix), written
        )
