"""One welfare payment to one member: the caps in force are shown beside the item; a payment
over its cap (or a second birthday card in a year) is refused by the services, naming the cap."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from unionoffice.dues import contract as dues
from unionoffice.dues.contract import MemberChoices, PaymentForm, field_label
from unionoffice.dues.labels import WelfareItem
from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.ui.context import AppContext
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField, MoneyField
from unionoffice.ui.widgets.form_dialog import FormDialog


class PaymentDialog(FormDialog):
    """GUI thread; the member search and the save run on a worker."""

    def __init__(self, ctx: AppContext, form: PaymentForm, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("发放福利慰问"), parent)
        self.caps = {c.item: c for c in form.caps}
        layout = QFormLayout()
        self.search = QLineEdit()
        self.search.setObjectName("payment_search")
        self.search.setPlaceholderText(self.tr("输入姓名、拼音首字母或工号查找"))
        self.search.textChanged.connect(self.find_members)
        self.member = QComboBox()
        self.member.setObjectName("payment_member")
        box = QWidget()
        inner = QFormLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addRow(self.search)
        inner.addRow(self.member)
        self.row(layout, field_label("member"), field_label("member"), box)
        self.item = QComboBox()
        self.item.setObjectName("payment_item")
        for item in WelfareItem:
            self.item.addItem(item.label, item.value)
        self.item.currentIndexChanged.connect(self.show_cap)
        self.row(layout, field_label("item"), field_label("item"), self.item)
        self.cap = QLabel()
        self.cap.setObjectName("payment_cap")
        self.cap.setStyleSheet(MUTED_TEXT)
        self.cap.setWordWrap(True)
        layout.addRow("", self.cap)
        self.amount = MoneyField()
        self.amount.setObjectName("payment_amount")
        self.row(layout, field_label("amount"), field_label("amount"), self.amount)
        self.event_date = DateField(date.today())
        self.event_date.setObjectName("payment_date")
        self.row(layout, field_label("event_date"), field_label("event_date"), self.event_date)
        self.note = QLineEdit()
        self.note.setObjectName("payment_note")
        self.row(layout, field_label("note"), field_label("note"), self.note)
        self.layout_.addLayout(layout)
        self.finish_layout()
        self.setMinimumWidth(480)
        self.show_cap()

    def show_cap(self) -> None:
        cap = self.caps.get(self.item.currentData())
        self.cap.setText(cap.text if cap is not None else self.tr("该项目尚无标准，不能发放。"))

    def find_members(self, text: str) -> None:
        if len(text.strip()) < 1:
            return

        def found(choices: MemberChoices) -> None:
            self.member.clear()
            for c in choices.members:
                shown = f"{c.name}（{c.employee_no}） {c.branch} {c.group}"
                if c.status != "active":
                    shown += f" [{c.status_label}]"
                self.member.addItem(shown, c.id)

        self.ctx.calls.fetch(
            self, dues.SEARCH_MEMBERS, dues.MemberSearch(text.strip()), found, channel="search"
        )

    def show_problems(self, error: ValidationError) -> None:
        super().show_problems(error)
        for label in self.field_errors.values():
            label.setWordWrap(True)  # a refusal names the cap and its source: a long line
        self.adjustSize()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        day, wrong = self.event_date.checked()
        if wrong:
            problems.append(FieldProblem(field_label("event_date"), wrong))
        amount = self.amount.fen(field_label("amount"))
        request = dues.PaymentInput(
            member_id=self.member.currentData(),
            item=self.item.currentData(),
            amount_fen=amount,
            event_date=day,
            note=self.note.text(),
        )
        return dues.PAY, request, problems
