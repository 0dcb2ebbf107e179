"""Birthday list, membership rates and the monthly change return."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice.members import contract as members
from unionoffice.members.contract import (
    BirthdayRequest,
    BranchRate,
    Exported,
    MonthlyReturn,
    Rates,
    RatesRequest,
    ReturnFile,
    ReturnRequest,
    return_columns,
    return_figures,
)
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField, calendar_edit, error_label, picked_date
from unionoffice.ui.widgets.files import choose_target, pdf, save_download, xlsx
from unionoffice.ui.widgets.tables import fill_table, read_only_table


class BirthdayDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("生日名单"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setValue(date.today().month % 12 + 1)  # next month's cakes are ordered now
        self.month.setSuffix(self.tr(" 月"))
        form.addRow(self.tr("生日月份"), self.month)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def export(self) -> None:
        month = self.month.value()
        target = choose_target(self, self.tr("保存生日名单"), self.tr("{m}月生日名单.xlsx").format(m=month))
        if target is None:
            return
        parent = self.parentWidget() or self
        ctx = self.ctx

        def exported(result: Exported) -> None:
            text = self.tr("{m} 月生日的在会会员 {n} 名，已按分工会分表导出。").format(m=month, n=result.rows)
            save_download(ctx, parent, result.file, target, lambda _path: info(parent, text))

        ctx.tasks.run_job(
            parent, self.tr("正在导出生日名单…"), members.EXPORT_BIRTHDAYS, BirthdayRequest(month), exported
        )
        self.accept()


class RatesDialog(QDialog):
    """Rates now, or on a past day with the headcount recorded for that month."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("各分工会入会率"))
        self.resize(720, 320)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计日期")))
        self.on = DateField()
        self.on.setObjectName("rates_on")
        self.on.setPlaceholderText(self.tr("不填为当前；如 2024-12-31"))
        self.on.returnPressed.connect(self.load)
        bar.addWidget(self.on, 1)
        show = QPushButton(self.tr("查询"))
        show.clicked.connect(self.load)
        bar.addWidget(show)
        layout.addLayout(bar)
        self.error = error_label("rates_error")
        layout.addWidget(self.error)
        self.table = read_only_table(self, "rates")
        layout.addWidget(self.table)
        note = QLabel(
            self.tr("入会率 = 在会会员 ÷ 当月职工人数；保留会籍会员（退休、失业）在册但不计入入会率。")
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("导出…"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(Rates())
        self.load()

    def _request(self) -> RatesRequest | None:
        on, message = self.on.checked()
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        return None if message else RatesRequest(on)

    def load(self) -> None:
        request = self._request()
        if request is not None:
            self.ctx.calls.fetch(self, members.RATES, request, self._fill, channel="rates")

    def _fill(self, rates: Rates) -> None:
        def month(r: BranchRate) -> str:
            return f"{r.headcount_month.year}-{r.headcount_month.month:02d}" if r.headcount_month else ""

        fill_table(
            self.table,
            [
                self.tr("分工会"),
                self.tr("职工人数"),
                self.tr("人数所属月份"),
                self.tr("在会会员"),
                self.tr("入会率"),
                self.tr("保留会籍"),
            ],
            [
                (
                    r.branch,
                    self.tr("未填") if r.headcount is None else r.headcount,
                    month(r),
                    r.members,
                    r.rate_text,
                    r.retained,
                )
                for r in rates.rates
            ],
            right={1, 3, 4, 5},
            spread=True,
        )

    def export(self) -> None:
        request = self._request()
        if request is None:
            return
        target = choose_target(self, self.tr("保存入会率表"), self.tr("入会率.xlsx"))
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(self, self.tr("已导出到 {path}").format(path=path)),
            )

        self.ctx.tasks.run_job(self, self.tr("正在导出…"), members.EXPORT_RATES, request, exported)


class MonthlyReturnDialog(QDialog):
    """The monthly change return: one call per month chosen, files made by a job."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("会员增减情况表"))
        self.resize(1060, 380)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("月份")))
        last_month = date.today().replace(day=1) - timedelta(days=1)
        self.month = calendar_edit(last_month)
        self.month.setObjectName("return_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(False)
        self.month.dateChanged.connect(self.load)
        bar.addWidget(self.month)
        bar.addStretch(1)
        self.balance = QLabel()
        self.balance.setObjectName("balance")
        bar.addWidget(self.balance)
        layout.addLayout(bar)
        self.table = read_only_table(self, "monthly_return")
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "月末 = 月初 + 新入会 + 转入 − 转出 − 退会（含除名）− 去世；分工会一行含分工会之间的调动，"
                "合计一行只计与外单位工会之间的会籍接转。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        pdf = buttons.addButton(self.tr("导出 PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        pdf.setObjectName("export_pdf")
        pdf.clicked.connect(lambda: self.export("pdf"))
        book = buttons.addButton(self.tr("导出 Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        book.clicked.connect(lambda: self.export("xlsx"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.report: MonthlyReturn | None = None
        self.load()

    def chosen(self) -> date:
        return picked_date(self.month).replace(day=1)

    def load(self) -> None:
        self.balance.setText(self.tr("正在统计…"))
        request = ReturnRequest(self.chosen())
        self.ctx.calls.fetch(self, members.MONTHLY_RETURN, request, self._fill, channel="month")

    def _fill(self, report: MonthlyReturn) -> None:
        self.report = report
        lines = [*report.rows, report.total]
        fill_table(
            self.table,
            [self.tr("分工会"), *return_columns()],
            [(r.branch, *return_figures(r)) for r in lines],
            right=set(range(1, len(return_columns()) + 1)),
            spread=True,
        )
        ok = all(r.balances for r in lines)
        self.balance.setText(self.tr("各行收支平衡") if ok else self.tr("有行不平衡，请检查变动记录"))

    def export(self, kind: str) -> None:
        month = self.chosen()
        suffix, filters = (".pdf", pdf()) if kind == "pdf" else (".xlsx", xlsx())
        name = self.tr("{y}年{m}月会员增减情况表").format(y=month.year, m=month.month) + suffix
        target = choose_target(self, self.tr("保存会员增减情况表"), name, filters)
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(self, self.tr("已导出到 {path}").format(path=path)),
            )

        self.ctx.tasks.run_job(
            self,
            self.tr("正在生成会员增减情况表…"),
            members.EXPORT_MONTHLY_RETURN,
            ReturnFile(month, kind),
            exported,
        )
