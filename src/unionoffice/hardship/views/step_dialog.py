"""One step of a file's pipeline (visit, notice, approval, review, closing, follow-up): its date
and what happened. The file as stored now arrives in one call; the step is one call."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import FileDetail, FileForm, FileOpen, StepInput, field_label
from unionoffice.hardship.labels import STEP_FROM, Category, CloseReason, Stage, StepKind
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import info, show_error
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField
from unionoffice.ui.widgets.form_dialog import FormDialog


class StepDialog(FormDialog):
    """GUI thread."""

    def __init__(self, ctx: AppContext, file_id: int, kind: StepKind, parent: QWidget | None = None) -> None:
        super().__init__(ctx, kind.label, parent)
        self.file_id = file_id
        self.kind = kind
        self.detail: FileDetail | None = None
        self.setMinimumWidth(520)
        self.about = QLabel()
        self.about.setObjectName("about")
        self.about.setWordWrap(True)
        self.layout_.addWidget(self.about)
        form = QFormLayout()
        self.on = DateField(date.today())
        self.on.setObjectName("on")
        self.row(form, "on", field_label("on"), self.on)
        self.reason = QComboBox()
        self.reason.setObjectName("close_reason")
        for reason in CloseReason:
            self.reason.addItem(reason.label, reason.value)
        if kind == StepKind.CLOSE:
            self.row(form, "close_reason", field_label("close_reason"), self.reason)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setFixedHeight(80)
        self.note.setPlaceholderText(self._placeholder())
        self.row(form, "note", field_label("note"), self.note)
        self.layout_.addLayout(form)
        self.hint = QLabel()
        self.hint.setStyleSheet(MUTED_TEXT)
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.hint)
        self.finish_layout()
        self.save_button.setEnabled(False)
        ctx.calls.fetch(self, hs.OPEN_FILE, FileOpen(file_id), self._opened, self._failed)

    def _placeholder(self) -> str:
        return {
            StepKind.VISIT: self.tr("走访人员、核实的家庭人口、收入和支出情况"),
            StepKind.NOTICE: self.tr("公示地点和方式（不填则记录公示期）"),
            StepKind.APPROVE: self.tr("工会委员会的审批意见"),
            StepKind.REVIEW: self.tr("复核情况：家庭变化、收入变化（先在档案中更新收支再复核）"),
            StepKind.CLOSE: self.tr("销档的依据"),
            StepKind.FOLLOW_UP: self.tr("回访情况"),
        }.get(self.kind, "")

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _opened(self, form: FileForm) -> None:
        d = form.detail
        if d is None:
            self.reject()
            return
        self.detail = d
        if d.stage not in STEP_FROM[self.kind]:
            info(
                self,
                self.tr("档案 {no} 当前为“{stage}”，不能办理“{step}”。").format(
                    no=d.file_no, stage=Stage(d.stage).label, step=self.kind.label
                ),
            )
            self.reject()
            return
        self.about.setText(
            self.tr("{no}　{name}（{branch}）　{category}　{stage}").format(
                no=d.file_no,
                name=d.member_name,
                branch=d.branch_name,
                category=Category(d.category).label,
                stage=Stage(d.stage).label,
            )
        )
        if self.kind == StepKind.APPROVE and d.notice_until is not None:
            self.hint.setText(
                self.tr("公示期至 {until}（按工作日计，节假日不计），最早 {first} 可审批。").format(
                    until=d.notice_until.isoformat(), first=(d.notice_until + timedelta(days=1)).isoformat()
                )
            )
        elif self.kind == StepKind.NOTICE:
            self.hint.setText(
                self.tr("公示期从公示日的下一个工作日起算，节假日和周末不计（调休上班日计入）。")
            )
        elif self.kind == StepKind.CLOSE and d.stage == Stage.APPROVED:
            self.hint.setText(self.tr("已建档的家庭销档后还要跟踪回访，跟踪期按现行规则计算。"))
        elif self.kind == StepKind.FOLLOW_UP and d.follow_up_until is not None:
            self.hint.setText(self.tr("跟踪期至 {until}。").format(until=d.follow_up_until.isoformat()))
        self.save_button.setEnabled(True)

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        assert self.detail is not None
        on, message = self.on.checked()
        problems = [FieldProblem(field_label("on"), message)] if message else []
        reason = CloseReason(self.reason.currentData()) if self.kind == StepKind.CLOSE else None
        request = StepInput(self.file_id, self.detail.version, self.kind, on, self.note.toPlainText(), reason)
        return hs.STEP, request, problems
