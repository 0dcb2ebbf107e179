"""A new congress session, and representatives added from the register by employee number."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from unionoffice.congress import contract as congress
from unionoffice.congress.contract import field_label
from unionoffice.congress.labels import PostCategory
from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem
from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.fields import DateField, combo
from unionoffice.ui.widgets.form_dialog import FormDialog


class SessionDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新建职代会"), parent)
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.name = QLineEdit()
        self.name.setObjectName("session_name")
        self.name.setPlaceholderText(self.tr("如：第五届职工代表大会第三次会议"))
        self.held_on = DateField(date.today())
        self.row(form, field_label("name"), field_label("name"), self.name)
        self.row(form, field_label("held_on"), field_label("held_on"), self.held_on)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.SessionInput, Saved], congress.SessionInput, list[FieldProblem]]:
        held_on, message = self.held_on.checked()
        problems = [FieldProblem(field_label("held_on"), message)] if message else []
        return congress.SAVE_SESSION, congress.SessionInput(self.name.text(), held_on), problems


class AddRepresentativesDialog(FormDialog):
    """Representatives elected in the branch unions, typed or pasted by employee number."""

    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("添加职工代表"), parent)
        self.session_id = session_id
        self.setMinimumWidth(480)
        self.save_button.setText(self.tr("添加"))
        note = QLabel(
            self.tr(
                "填写或粘贴选举产生的代表的工号（可多个，用空格、逗号或换行分隔），他们须是名册中的在会会员。"
            )
        )
        note.setWordWrap(True)
        self.layout_.insertWidget(0, note)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.numbers = QPlainTextEdit()
        self.numbers.setObjectName("employee_nos")
        self.numbers.setFixedHeight(100)
        self.category = combo([(c.label, c.value) for c in PostCategory], None, "post_category")
        self.row(form, field_label("employee_nos"), field_label("employee_nos"), self.numbers)
        self.row(form, field_label("post_category"), field_label("post_category"), self.category)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[
        Operation[congress.RepresentativesAdd, congress.RosterChanged],
        congress.RepresentativesAdd,
        list[FieldProblem],
    ]:
        request = congress.RepresentativesAdd(
            self.session_id, self.numbers.toPlainText(), self.category.currentData()
        )
        return congress.ADD_REPRESENTATIVES, request, []
