"""A proposal's forms: collecting it, the committee's review, assignment, the reply, closing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from unionoffice.congress import contract as congress
from unionoffice.congress.contract import ProposalDetail, ProposalForm, field_label
from unionoffice.congress.labels import Decision, ProposalCategory, ProposalStatus, Satisfaction
from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import info
from unionoffice.ui.widgets.fields import DateField, combo, select_data
from unionoffice.ui.widgets.form_dialog import FormDialog


def _text_box(name: str, height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setFixedHeight(height)
    return box


def _date(key: str, field: DateField, problems: list[FieldProblem]) -> date | None:
    value, message = field.checked()
    if message:
        problems.append(FieldProblem(field_label(key), message))
    return value


class ProposalDialog(FormDialog):
    """Collecting a proposal (or correcting it before the committee decides)."""

    def __init__(
        self, ctx: AppContext, session_id: int, form: ProposalForm, parent: QWidget | None = None
    ) -> None:
        found = form.proposal
        title = self.tr("征集提案") if found is None else self.tr("第 {n} 号提案").format(n=found.number)
        super().__init__(ctx, title, parent)
        self.session_id, self.found = session_id, found
        self.setMinimumWidth(560)
        layout = QFormLayout()
        self.layout_.addLayout(layout)
        self.proposer = combo(
            [(c.label, c.id) for c in form.representatives], self.tr("（请选择）"), "proposer"
        )
        self.cosigners = QListWidget()
        self.cosigners.setObjectName("cosigners")
        self.cosigners.setFixedHeight(110)
        for choice in form.representatives:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            checked = found is not None and choice.id in found.cosigner_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.cosigners.addItem(item)
        self.category = combo(
            [(c.label, c.value) for c in ProposalCategory], self.tr("（请选择）"), "category"
        )
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("如：关于改善倒班宿舍条件的提案"))
        self.text = _text_box("text", 120)
        self.submitted_on = DateField(date.today())
        for key, widget in (
            ("proposer", self.proposer),
            ("cosigners", self.cosigners),
            ("category", self.category),
            ("title", self.title_edit),
            ("text", self.text),
            ("submitted_on", self.submitted_on),
        ):
            self.row(layout, field_label(key), field_label(key), widget)
        if found is not None:
            select_data(self.proposer, found.proposer_id)
            select_data(self.category, found.category)
            self.title_edit.setText(found.title)
            self.text.setPlainText(found.text)
            self.submitted_on.set_date(found.submitted_on)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.ProposalInput, Saved], congress.ProposalInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        cosigners = [
            self.cosigners.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.cosigners.count())
            if self.cosigners.item(i).checkState() == Qt.CheckState.Checked
        ]
        request = congress.ProposalInput(
            session_id=self.session_id,
            proposer_id=self.proposer.currentData(),
            cosigner_ids=cosigners,
            category=self.category.currentData(),
            title=self.title_edit.text(),
            text=self.text.toPlainText(),
            submitted_on=_date("submitted_on", self.submitted_on, problems),
            proposal_id=self.found.id if self.found else None,
            version=self.found.version if self.found else 0,
        )
        return congress.SAVE_PROPOSAL, request, problems


class _StepDialog(FormDialog):
    """A step of one proposal: its heading, then the step's fields."""

    def __init__(self, ctx: AppContext, title: str, proposal: ProposalDetail, parent: QWidget | None) -> None:
        super().__init__(ctx, title, parent)
        self.proposal = proposal
        self.setMinimumWidth(520)
        heading = QLabel(
            self.tr("第 {n} 号提案：{title}（提案人 {who}，{branch}）").format(
                n=proposal.number, title=proposal.title, who=proposal.proposer, branch=proposal.branch
            )
        )
        heading.setWordWrap(True)
        self.layout_.insertWidget(0, heading)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)

    def add(self, key: str, widget: QWidget) -> None:
        self.row(self.form, field_label(key), field_label(key), widget)


class ReviewDialog(_StepDialog):
    def __init__(self, ctx: AppContext, proposal: ProposalDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("提案委员会审查"), proposal, parent)
        self.decision: QComboBox = combo([(d.label, d.value) for d in Decision], None, "decision")
        self.reason = _text_box("reason", 70)
        self.reviewed_on = DateField(proposal.reviewed_on or date.today())
        self.add("decision", self.decision)
        self.add("reason", self.reason)
        self.add("reviewed_on", self.reviewed_on)
        self.reason.setPlainText(proposal.review_reason)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.ReviewInput, Saved], congress.ReviewInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        request = congress.ReviewInput(
            proposal_id=self.proposal.id,
            version=self.proposal.version,
            decision=self.decision.currentData(),
            reason=self.reason.toPlainText(),
            reviewed_on=_date("reviewed_on", self.reviewed_on, problems),
        )
        return congress.REVIEW_PROPOSAL, request, problems


class AssignDialog(_StepDialog):
    def __init__(self, ctx: AppContext, proposal: ProposalDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("交办承办部门"), proposal, parent)
        self.department = QLineEdit(proposal.department)
        self.department.setObjectName("department")
        self.assigned_on = DateField(proposal.assigned_on or date.today())
        self.due_on = DateField(proposal.due_on)
        self.add("department", self.department)
        self.add("assigned_on", self.assigned_on)
        self.add("due_on", self.due_on)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.AssignInput, Saved], congress.AssignInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        request = congress.AssignInput(
            proposal_id=self.proposal.id,
            version=self.proposal.version,
            department=self.department.text(),
            assigned_on=_date("assigned_on", self.assigned_on, problems),
            due_on=_date("due_on", self.due_on, problems),
        )
        return congress.ASSIGN_PROPOSAL, request, problems


class ReplyDialog(_StepDialog):
    def __init__(self, ctx: AppContext, proposal: ProposalDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记书面答复"), proposal, parent)
        self.reply = _text_box("reply", 120)
        self.reply.setPlainText(proposal.reply)
        self.replied_on = DateField(proposal.replied_on or date.today())
        self.add("reply", self.reply)
        self.add("replied_on", self.replied_on)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.ReplyInput, Saved], congress.ReplyInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        request = congress.ReplyInput(
            proposal_id=self.proposal.id,
            version=self.proposal.version,
            reply=self.reply.toPlainText(),
            replied_on=_date("replied_on", self.replied_on, problems),
        )
        return congress.REPLY_PROPOSAL, request, problems


class CloseDialog(_StepDialog):
    def __init__(self, ctx: AppContext, proposal: ProposalDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("提案人意见与办结"), proposal, parent)
        self.satisfaction = combo(
            [(s.label, s.value) for s in Satisfaction], self.tr("（请选择）"), "satisfaction"
        )
        self.closed_on = DateField(date.today())
        self.add("satisfaction", self.satisfaction)
        self.add("closed_on", self.closed_on)
        self.finish_layout()

    def collect(
        self,
    ) -> tuple[Operation[congress.CloseInput, Saved], congress.CloseInput, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        request = congress.CloseInput(
            proposal_id=self.proposal.id,
            version=self.proposal.version,
            satisfaction=self.satisfaction.currentData(),
            closed_on=_date("closed_on", self.closed_on, problems),
        )
        return congress.CLOSE_PROPOSAL, request, problems


class _Done(QDialog):
    """Nothing left to do: says so and closes."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        super().__init__(parent)
        self._text = text

    def exec(self) -> int:
        info(self.parentWidget(), self._text)
        return QDialog.DialogCode.Rejected.value


def next_step(ctx: AppContext, proposal: ProposalDetail, parent: QWidget) -> QDialog:
    """The form of the proposal's next step."""
    status = ProposalStatus(proposal.status)
    if status is ProposalStatus.SUBMITTED:
        return ReviewDialog(ctx, proposal, parent)
    if status is ProposalStatus.ACCEPTED:
        return AssignDialog(ctx, proposal, parent)
    if status is ProposalStatus.ASSIGNED:
        return ReplyDialog(ctx, proposal, parent)
    if status is ProposalStatus.REPLIED:
        return CloseDialog(ctx, proposal, parent)
    text = translate("Congress", "第 {n} 号提案：{status}。").format(n=proposal.number, status=status.label)
    return _Done(parent, text)
