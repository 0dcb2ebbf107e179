"""Putting a member on the six-month review list, and the committee's decision."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem
from unionoffice.members import contract as members
from unionoffice.members.contract import Flag, MemberDetail, ReviewDecisionInput, field_label
from unionoffice.members.labels import ReviewDecision
from unionoffice.ui.context import AppContext
from unionoffice.ui.widgets.fields import DateField
from unionoffice.ui.widgets.form_dialog import FormDialog


class FlagDialog(FormDialog):
    def __init__(self, ctx: AppContext, detail: MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("列入会籍审查"), parent)
        self.detail = detail
        self.setMinimumWidth(480)
        self.save_button.setText(self.tr("列入"))
        heading = QLabel(
            self.tr(
                "{name}（{branch}）列入六个月规则审查名单，由会员委员会决定是否视为自动退会；"
                "列入本身不改变会籍。"
            ).format(name=detail.name, branch=detail.branch_name)
        )
        heading.setWordWrap(True)
        self.layout_.insertWidget(0, heading)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText(self.tr("如：2026年5月起未交会费，联系不上本人，未参加小组活动"))
        self.evidence.setFixedHeight(80)
        self.row(form, field_label("evidence"), self.tr("列入原因"), self.evidence)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Flag, Saved], Flag, list[FieldProblem]]:
        return members.FLAG_FOR_REVIEW, Flag(self.detail.id, self.evidence.toPlainText()), []


class DecisionDialog(FormDialog):
    """The committee's decision on one member of the list."""

    def __init__(
        self, ctx: AppContext, review_id: int, version: int, heading: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("会员委员会决定"), parent)
        self.review_id, self.version = review_id, version
        self.setMinimumWidth(480)
        self.save_button.setText(self.tr("记录决定"))
        label = QLabel(heading)
        label.setWordWrap(True)
        self.layout_.insertWidget(0, label)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.decision = QComboBox()
        self.decision.setObjectName("decision")
        for decision in ReviewDecision:
            self.decision.addItem(decision.label, decision.value)
        self.meeting_date = DateField(date.today())
        self.note = QLineEdit()
        self.row(form, "decision", self.tr("委员会决定"), self.decision)
        self.row(form, "meeting_date", field_label("meeting_date"), self.meeting_date)
        self.row(form, "note", self.tr("说明"), self.note)
        warning = QLabel(
            self.tr("选“视为自动退会”将把该会员的状态改为退会（视为自动退会），依据记入变动记录。")
        )
        warning.setWordWrap(True)
        self.layout_.addWidget(warning)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[ReviewDecisionInput, Saved], ReviewDecisionInput, list[FieldProblem]]:
        on, message = self.meeting_date.checked()
        problems = [FieldProblem(field_label("meeting_date"), message)] if message else []
        request = ReviewDecisionInput(
            review_id=self.review_id,
            version=self.version,
            decision=self.decision.currentData(),
            meeting_date=on,
            note=self.note.text(),
        )
        return members.DECIDE_REVIEW, request, problems
