"""One payout, the Spring Festival batch, and the year's totals per household and programme."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import Empty, Operation
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import (
    BatchDone,
    BatchInput,
    ByYear,
    CategoryAmount,
    Household,
    PayoutDelete,
    PayoutForm,
    PayoutFormOpen,
    PayoutInput,
    PayoutSave,
    YearTotals,
    field_label,
)
from unionoffice.hardship.labels import ELIGIBLE, Category, Programme
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, info, show_error
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField, MoneyField
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table


def year_box(year: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName("year")
    box.setRange(2000, 2100)
    box.setValue(year)
    return box


class PayoutDialog(FormDialog):
    """GUI thread. ``payout_id`` None: a new payout (of ``year``)."""

    def __init__(
        self, ctx: AppContext, payout_id: int | None, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("修改发放记录") if payout_id else self.tr("登记帮扶发放"), parent)
        self.payout_id = payout_id
        self.version = 0
        self.households: dict[int, Household] = {}
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.household = QComboBox()
        self.household.setObjectName("household")
        self.programme = QComboBox()
        self.programme.setObjectName("programme")
        for p in Programme:
            self.programme.addItem(p.label, p.value)
        self.year = year_box(year)
        self.paid_on = DateField(date.today())
        self.paid_on.setObjectName("paid_on")
        self.amount = MoneyField()
        self.amount.setObjectName("amount")
        self.student = QComboBox()
        self.student.setObjectName("student")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.row(form, "household", field_label("household"), self.household)
        self.row(form, "programme", field_label("programme"), self.programme)
        self.row(form, "year", field_label("year"), self.year)
        self.row(form, "paid_on", field_label("paid_on"), self.paid_on)
        self.row(form, "amount", field_label("amount"), self.amount)
        self.row(form, "student", field_label("student"), self.student)
        self.row(form, "note", field_label("note"), self.note)
        self.layout_.addLayout(form)
        self.hint = QLabel(self.tr("送温暖、金秋助学只发给已审批建档的家庭；应急救助可发给办理中的家庭。"))
        self.hint.setStyleSheet(MUTED_TEXT)
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.hint)
        self.delete_button = QPushButton(icon("trash-2"), self.tr("删除此记录"))
        self.delete_button.setObjectName("delete")
        self.delete_button.setVisible(payout_id is not None)
        self.delete_button.clicked.connect(self._delete)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.finish_layout()
        self.household.currentIndexChanged.connect(self._fill_students)
        self.programme.currentIndexChanged.connect(self._fill_students)
        self.save_button.setEnabled(False)
        ctx.calls.fetch(self, hs.OPEN_PAYOUT, PayoutFormOpen(payout_id), self._opened, self._failed)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _opened(self, form: PayoutForm) -> None:
        self.version = form.version
        self.households = {h.file_id: h for h in form.households}
        self.household.blockSignals(True)
        for h in form.households:
            self.household.addItem(
                h.label if h.approved else self.tr("{label}（办理中）").format(label=h.label), h.file_id
            )
        self.household.blockSignals(False)
        d = form.data
        if d is not None:
            self.household.setCurrentIndex(max(0, self.household.findData(d.file_id)))
            self.programme.setCurrentIndex(max(0, self.programme.findData(d.programme.value)))
            self.year.setValue(d.year)
            self.paid_on.set_date(d.paid_on)
            self.amount.set_fen(d.amount_fen)
            self.note.setText(d.note)
        self._fill_students()
        if d is not None and d.person_id is not None:
            self.student.setCurrentIndex(max(0, self.student.findData(d.person_id)))
        self.save_button.setEnabled(True)

    def _fill_students(self) -> None:
        self.student.clear()
        household = self.households.get(self.household.currentData())
        schooling = self.programme.currentData() == Programme.SCHOOLING.value
        for student in household.students if household and schooling else ():
            self.student.addItem(student.name, student.id)
        self.student.setEnabled(schooling)

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        paid_on, message = self.paid_on.checked()
        if message:
            problems.append(FieldProblem(field_label("paid_on"), message))
        try:
            amount = self.amount.fen(field_label("amount"))
        except ValidationError as error:
            problems += error.problems
            amount = None
        data = PayoutInput(
            file_id=self.household.currentData(),
            programme=Programme(self.programme.currentData()),
            year=self.year.value(),
            paid_on=paid_on,
            amount_fen=amount,
            person_id=self.student.currentData() if self.student.isEnabled() else None,
            note=self.note.text(),
        )
        return hs.SAVE_PAYOUT, PayoutSave(data, self.payout_id, self.version), problems

    def _delete(self) -> None:
        if self.payout_id is None or not confirm(
            self, self.tr("删除这条发放记录吗？（误录时使用，删除会记入操作日志）")
        ):
            return
        self.ctx.calls.fetch(
            self, hs.DELETE_PAYOUT, PayoutDelete(self.payout_id, self.version), self._deleted
        )

    def _deleted(self, _done: Empty) -> None:
        self.accept()


class BatchDialog(FormDialog):
    """送温暖 for every approved household without one this year, by category."""

    def __init__(
        self, ctx: AppContext, year: int, branch_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("批量登记送温暖"), parent)
        self.branch_id = branch_id
        self.setMinimumWidth(480)
        about = QLabel(
            self.tr(
                "为{scope}已审批建档、本年度尚未发放送温暖的每户困难家庭各登记一笔，金额按困难类别。"
            ).format(scope=self.tr("所选分工会") if branch_id else self.tr("全部分工会"))
        )
        about.setWordWrap(True)
        self.layout_.addWidget(about)
        form = QFormLayout()
        self.year = year_box(year)
        self.paid_on = DateField(date.today())
        self.paid_on.setObjectName("paid_on")
        self.row(form, "year", field_label("year"), self.year)
        self.row(form, "paid_on", field_label("paid_on"), self.paid_on)
        self.amounts: dict[Category, MoneyField] = {}
        for category in ELIGIBLE:
            field = MoneyField()
            field.setObjectName(f"amount_{category.value}")
            self.amounts[category] = field
            self.row(
                form, category.label, self.tr("{category}（元/户）").format(category=category.label), field
            )
        self.note = QLineEdit(self.tr("春节送温暖慰问金"))
        self.row(form, "note", field_label("note"), self.note)
        self.layout_.addLayout(form)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        paid_on, message = self.paid_on.checked()
        if message:
            problems.append(FieldProblem(field_label("paid_on"), message))
        amounts = []
        for category, field in self.amounts.items():
            try:
                fen = field.fen(category.label)
            except ValidationError as error:
                problems += error.problems
                continue
            amounts.append(CategoryAmount(category, fen or 0))
        request = BatchInput(
            year=self.year.value(),
            paid_on=paid_on,
            amounts=tuple(amounts),
            branch_id=self.branch_id,
            note=self.note.text(),
        )
        return hs.BATCH_SPRING, request, problems

    def saved(self, result: BatchDone) -> None:
        info(
            self,
            self.tr("已为 {n} 户登记送温暖，合计 {total} 元；{already} 户本年度已经发放过。").format(
                n=result.payouts, total=format_fen(result.total_fen), already=result.already
            ),
        )
        self.result_value = result
        self.accept()


class TotalsDialog(QDialog):
    """The year's help per household and per programme. GUI thread."""

    def __init__(
        self, ctx: AppContext, year: int, branch_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.branch_id = branch_id
        self.setWindowTitle(self.tr("年度帮扶汇总"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = year_box(year)
        bar.addWidget(QLabel(self.tr("年度：")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.programmes = read_only_table(self, "programmes")
        self.programmes.setMaximumHeight(140)
        layout.addWidget(self.programmes)
        self.households = read_only_table(self, "households")
        layout.addWidget(self.households, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.year.valueChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.ctx.calls.fetch(
            self, hs.YEAR_TOTALS, ByYear(self.year.value(), self.branch_id), self._show, channel="year"
        )

    def _show(self, totals: YearTotals) -> None:
        rows: list[list[object]] = [
            [p.programme.label, p.households, p.payouts, format_fen(p.total_fen)] for p in totals.programmes
        ]
        rows.append(
            [
                self.tr("合计"),
                len(totals.households),
                sum(p.payouts for p in totals.programmes),
                format_fen(sum(p.total_fen for p in totals.programmes)),
            ]
        )
        fill_table(
            self.programmes,
            [self.tr("项目"), self.tr("受助户数"), self.tr("发放笔数"), self.tr("金额（元）")],
            rows,
            right=(1, 2, 3),
            spread=True,
        )
        fill_table(
            self.households,
            [self.tr("档案号"), self.tr("户主（会员）"), self.tr("分工会"), self.tr("困难类别")]
            + [p.label for p in Programme]
            + [self.tr("合计（元）")],
            [
                [h.file_no, h.name, h.branch, Category(h.category).label]
                + [format_fen(v) if v else "" for v in h.by_programme]
                + [format_fen(h.total_fen)]
                for h in totals.households
            ],
            right=tuple(range(4, 4 + len(Programme) + 1)),
            ids=[h.file_id for h in totals.households],
        )
