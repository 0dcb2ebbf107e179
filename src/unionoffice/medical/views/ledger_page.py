"""The fund ledger of the selected year: income and payouts per branch union, every entry,
allocations, and the yearly report as PDF or Excel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.org import service as org
from unionoffice.foundation.money import format_fen
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service import ledger, reports
from unionoffice.medical.service.schemes import SchemeInfo
from unionoffice.medical.views.common import (
    date_edit,
    fill_table,
    money_edit,
    parse_money,
    read_only_table,
    to_date,
)
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info
from unionoffice.ui.table_model import LazyTableModel


class AllocationDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记拨款收入"))
        form = QFormLayout(self)
        self.branch = QComboBox()
        self.branch.addItem(self.tr("全会（不分分工会）"), None)
        for unit in org.branches(ctx.db, ctx.actor):
            self.branch.addItem(unit.name, unit.id)
        self.amount = money_edit()
        self.when = date_edit(date.today())
        self.memo = QLineEdit()
        self.memo.setPlaceholderText(self.tr("如：公司行政拨款、上级工会补助"))
        form.addRow(self.tr("分工会"), self.branch)
        form.addRow(self.tr("金额（元）"), self.amount)
        form.addRow(self.tr("日期"), self.when)
        form.addRow(self.tr("摘要"), self.memo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class LedgerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scheme: SchemeInfo | None = None
        layout = QVBoxLayout(self)
        self.totals = QLabel()
        self.totals.setObjectName("aid_totals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("font-size: 11pt; color: #1f4e79;")
        layout.addWidget(self.totals)
        actions = QHBoxLayout()
        if ctx.actor.can(MedicalPerm.ADMIN):
            add = QPushButton(icon("plus"), self.tr("登记拨款"))
            add.clicked.connect(self.add_allocation)
            actions.addWidget(add)
        for text, icon_name, suffix in (
            (self.tr("年度报告 PDF"), "file-down", "pdf"),
            (self.tr("年度报告 Excel"), "file-spreadsheet", "xlsx"),
        ):
            button = QPushButton(icon(icon_name), text)
            button.clicked.connect(lambda _=False, s=suffix: self.export_report(s))
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        self.summary = read_only_table()
        self.summary.setObjectName("ledger_summary")
        split.addWidget(self.summary)
        self.entries = QTableView()
        self.entries.setSortingEnabled(True)
        self.entries.verticalHeader().setDefaultSectionSize(24)
        self.model = LazyTableModel(parent=self)
        self.entries.setModel(self.model)
        split.addWidget(self.entries)
        split.setSizes([230, 400])
        layout.addWidget(split, 1)

    def set_scheme(self, scheme: SchemeInfo | None) -> None:
        self.scheme = scheme
        self.reload()

    @guarded
    def reload(self) -> None:
        if self.scheme is None:
            return
        db, actor, s = self.ctx.db, self.ctx.actor, self.scheme
        rows = ledger.ledger_summary(db, actor, s.id)
        headers = [
            self.tr("分工会"),
            self.tr("参保人数"),
            self.tr("会费收入"),
            self.tr("拨款收入"),
            self.tr("互助金支出"),
            self.tr("结余"),
            self.tr("受助人次"),
            self.tr("受助人数"),
        ]
        fill_table(
            self.summary,
            headers,
            [
                [
                    r.branch_name,
                    r.enrolled,
                    format_fen(r.fee_fen),
                    format_fen(r.allocation_fen),
                    format_fen(r.payout_fen),
                    format_fen(r.balance_fen),
                    r.claims_paid,
                    r.members_helped,
                ]
                for r in rows
            ],
            right={1, 2, 3, 4, 5, 6, 7},
        )
        font = self.summary.font()
        font.setBold(True)
        for c in range(self.summary.columnCount()):
            self.summary.item(len(rows) - 1, c).setFont(font)
        for c in range(1, len(headers)):
            self.summary.setColumnWidth(c, 130)
        self.summary.setColumnWidth(0, 180)
        first = min((x.year for x in _schemes(self.ctx) if x.fund == s.fund), default=s.year)
        history = ledger.aid_totals(db, actor, s.fund, first, s.year)
        before = ledger.aid_totals(db, actor, s.fund, first, s.year - 1) if first < s.year else None
        text = self.tr("{first}–{last} 年累计支付互助金 {paid} 元，受助 {m} 人（{n} 人次）。").format(
            first=first,
            last=s.year,
            paid=format_fen(history.paid_fen),
            m=history.members_helped,
            n=history.claims,
        )
        if before is not None:
            text += self.tr("其中 {first}–{last} 年：{paid} 元，{m} 人。").format(
                first=first, last=s.year - 1, paid=format_fen(before.paid_fen), m=before.members_helped
            )
        self.totals.setText(text)
        self.model.set_source(ledger.ledger_source(db, actor, s.id))
        self.entries.resizeColumnsToContents()

    @guarded
    def add_allocation(self) -> None:
        if self.scheme is None:
            return
        dialog = AllocationDialog(self.ctx, self)
        while dialog.exec():
            try:
                ledger.add_allocation(
                    self.ctx.db,
                    self.ctx.actor,
                    self.scheme.id,
                    dialog.branch.currentData(),
                    parse_money(self.tr("金额"), dialog.amount.text()),
                    to_date(dialog.when),
                    dialog.memo.text(),
                )
            except Exception as exc:  # noqa: BLE001 - show and let the admin correct the form
                from unionoffice.ui.messages import show_error

                show_error(self, exc)
                continue
            break
        self.reload()

    @guarded
    def export_report(self, suffix: str) -> None:
        if self.scheme is None:
            return
        name = self.tr("{year}年度医疗互助报告").format(year=self.scheme.year) + f".{suffix}"
        filters = self.tr("PDF 文件 (*.pdf)") if suffix == "pdf" else self.tr("Excel 文件 (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存年度报告"), name, filters)
        if not path:
            return
        db, actor, scheme_id = self.ctx.db, self.ctx.actor, self.scheme.id

        def work(progress):  # type: ignore[no-untyped-def]
            from unionoffice.medical import report_files

            data = reports.year_report(db, actor, scheme_id)
            if suffix == "pdf":
                return str(report_files.write_pdf(data, path, progress))
            return str(report_files.write_xlsx(data, path, reports.paid_claim_rows(db, actor, scheme_id)))

        self.ctx.tasks.run(
            self,
            self.tr("正在生成年度报告…"),
            work,
            lambda done: info(self, self.tr("已保存：{p}").format(p=done)),
        )


def _schemes(ctx: AppContext):  # type: ignore[no-untyped-def]
    from unionoffice.medical.service.schemes import list_schemes

    return list_schemes(ctx.db, ctx.actor)
