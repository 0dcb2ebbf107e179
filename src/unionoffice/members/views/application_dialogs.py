"""The application form, the committee's approval of a batch, and a refusal with its reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem
from unionoffice.members import contract as members
from unionoffice.members.contract import (
    ApplicationDetail,
    ApplicationForm,
    ApplicationFormOpen,
    ApplicationInput,
    ApplicationSave,
    Approval,
    Approved,
    CodeChoices,
    RealNameInfo,
    Rejection,
    field_label,
)
from unionoffice.members.labels import ApplicationStatus
from unionoffice.members.perms import MembersPerm
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import show_error
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.branch_picker import BranchPicker
from unionoffice.ui.widgets.fields import DateField
from unionoffice.ui.widgets.form_dialog import FormDialog

EDUCATION = ("", "初中", "高中", "中专", "技校", "大专", "本科", "硕士", "博士")
CODED = ("ethnicity", "political_status", "hukou_type", "employment_form")


class ApplicationDialog(FormDialog):
    """GUI thread. One call opens it (the application, the code lists, the organisation), one saves."""

    def __init__(self, ctx: AppContext, application_id: int | None, parent: QWidget | None = None) -> None:
        title = self.tr("编辑入会申请") if application_id else self.tr("登记入会申请")
        super().__init__(ctx, title, parent)
        self.application_id = application_id
        self.detail: ApplicationDetail | None = None
        self.setMinimumWidth(760)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            columns.addLayout(form, 1)
        self.layout_.addLayout(columns)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(24)
        self.employee_no = QLineEdit()
        self.phone = QLineEdit()
        self.education = QComboBox()
        self.education.setEditable(True)
        self.education.addItems(EDUCATION)
        self.org = BranchPicker(parent=self)
        self.trade = QLineEdit()
        self.hire_date = DateField()
        self.applied_on = DateField(date.today())
        for key, widget, form in (
            ("name", self.name, left),
            ("id_number", self.id_number, left),
            ("employee_no", self.employee_no, left),
            ("phone", self.phone, left),
            ("education", self.education, left),
            ("trade", self.trade, right),
            ("hire_date", self.hire_date, right),
            ("applied_on", self.applied_on, right),
        ):
            self.row(form, key, field_label(key), widget)
        self.row(right, "branch", self.tr("分工会 / 小组"), self.org)
        self.field_errors[field_label("branch")] = self.field_errors[field_label("group")] = (
            self.field_errors["branch"]
        )
        self.layout_.addWidget(self._realname_box())
        self.layout_.addWidget(self._transfer_box())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(48)
        notes_form = QFormLayout()
        self.row(notes_form, "notes", field_label("notes"), self.notes)
        self.layout_.addLayout(notes_form)
        self.finish_layout()
        self._ready(False)
        ctx.calls.fetch(
            self,
            members.OPEN_APPLICATION_FORM,
            ApplicationFormOpen(application_id, ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )

    def _realname_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("实名制信息"))
        columns = QHBoxLayout(box)
        left, right = QFormLayout(), QFormLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.codes: dict[str, QComboBox] = {}
        for key, form in zip(CODED, (left, left, left, right), strict=True):
            combo = QComboBox()
            combo.setObjectName(key)
            self.codes[key] = combo
            self.row(form, key, field_label(key), combo)
        self.native_place = QLineEdit()
        self.post = QLineEdit()
        self.title_ = QLineEdit()
        self.row(left, "native_place", field_label("native_place"), self.native_place)
        self.row(right, "post", field_label("post"), self.post)
        self.row(right, "title", field_label("title"), self.title_)
        return box

    def _transfer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("会籍转入（原是其他单位工会会员时填写）"))
        form = QFormLayout(box)
        self.from_org = QLineEdit()
        self.from_org.setObjectName("from_org")
        self.letter_no = QLineEdit()
        self.row(form, field_label("other_org"), self.tr("原单位工会"), self.from_org)
        self.row(form, field_label("letter_no"), field_label("letter_no"), self.letter_no)
        return box

    def _ready(self, ready: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QComboBox | QPlainTextEdit):
                child.setEnabled(ready)
        self.save_button.setEnabled(ready and self.ctx.session.can(MembersPerm.WRITE))

    def _fill_codes(self, codes: CodeChoices) -> None:
        for key, combo in self.codes.items():
            combo.clear()
            combo.addItem(self.tr("（未填）"), None)
            for code, name in getattr(codes, key):
                combo.addItem(name, code)

    def _opened(self, form: ApplicationForm) -> None:
        org = self.ctx.refs.take(form.org)
        self.org.set_branches(org.mine())
        self._fill_codes(form.codes)
        self.detail = form.detail
        self._ready(True)
        if self.detail is None:
            return
        d = self.detail.data
        self.name.setText(d.name)
        self.id_number.setText(d.id_number or "")
        self.id_number.setReadOnly(self.detail.id_masked)
        self.employee_no.setText(d.employee_no or "")
        self.phone.setText(d.phone or "")
        self.education.setCurrentText(d.education or "")
        self.org.set_value(d.branch_id, d.group_id)
        self.trade.setText(d.trade or "")
        self.hire_date.set_date(d.hire_date)
        self.applied_on.set_date(d.applied_on)
        for key, combo in self.codes.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(d.realname, key))))
        self.native_place.setText(d.realname.native_place or "")
        self.post.setText(d.realname.post or "")
        self.title_.setText(d.realname.title or "")
        self.from_org.setText(d.from_org or "")
        self.letter_no.setText(d.letter_no or "")
        self.notes.setPlainText(d.notes or "")
        if self.detail.status != ApplicationStatus.PENDING:
            self.save_button.setEnabled(False)
            self.banner.setStyleSheet(MUTED_TEXT)
            self.banner.setText(
                self.tr("该申请{status}（{on}），不能再修改。").format(
                    status=ApplicationStatus(self.detail.status).label,
                    on=self.detail.decided_on.isoformat() if self.detail.decided_on else "",
                )
            )
            self.banner.show()

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def collect(self) -> tuple[Operation[ApplicationSave, Saved], ApplicationSave, list[FieldProblem]]:
        problems = []
        dates: dict[str, date | None] = {}
        for key, field in (("hire_date", self.hire_date), ("applied_on", self.applied_on)):
            value, message = field.checked()
            dates[key] = value
            if message:
                problems.append(FieldProblem(field_label(key), message))
        branch_id, group_id = self.org.value()
        data = ApplicationInput(
            name=self.name.text(),
            id_number=None if self.id_number.isReadOnly() else self.id_number.text(),
            branch_id=branch_id,
            group_id=group_id,
            applied_on=dates["applied_on"],
            hire_date=dates["hire_date"],
            employee_no=self.employee_no.text(),
            phone=self.phone.text(),
            trade=self.trade.text(),
            education=self.education.currentText(),
            realname=RealNameInfo(
                ethnicity=self.codes["ethnicity"].currentData(),
                political_status=self.codes["political_status"].currentData(),
                hukou_type=self.codes["hukou_type"].currentData(),
                native_place=self.native_place.text(),
                post=self.post.text(),
                title=self.title_.text(),
                employment_form=self.codes["employment_form"].currentData(),
            ),
            from_org=self.from_org.text(),
            letter_no=self.letter_no.text(),
            notes=self.notes.toPlainText(),
        )
        detail = self.detail
        request = ApplicationSave(data, detail.id if detail else None, detail.version if detail else 0)
        return members.SAVE_APPLICATION, request, problems


class ApproveDialog(FormDialog):
    """The committee's meeting that approved the chosen applications."""

    def __init__(
        self, ctx: AppContext, chosen: tuple[int, ...], next_card: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("批准入会"), parent)
        self.chosen = chosen
        self.setMinimumWidth(460)
        self.save_button.setText(self.tr("批准"))
        heading = QLabel(
            self.tr("批准所选 {n} 份申请。会员证号按申请先后依次发放，下一个是 {card}。").format(
                n=len(chosen), card=next_card
            )
        )
        heading.setWordWrap(True)
        self.layout_.insertWidget(0, heading)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.meeting_date = DateField(date.today())
        self.meeting_date.setObjectName("meeting_date")
        self.meeting_ref = QLineEdit()
        self.meeting_ref.setObjectName("meeting_ref")
        self.meeting_ref.setPlaceholderText(self.tr("如 2026年第23次委员会"))
        self.row(form, "meeting_date", field_label("meeting_date"), self.meeting_date)
        self.row(form, "meeting_ref", field_label("meeting_ref"), self.meeting_ref)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Approval, Approved], Approval, list[FieldProblem]]:
        on, message = self.meeting_date.checked()
        problems = [FieldProblem(field_label("meeting_date"), message)] if message else []
        request = Approval(application_ids=self.chosen, meeting_date=on, meeting_ref=self.meeting_ref.text())
        return members.APPROVE_APPLICATIONS, request, problems

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)


class RejectDialog(FormDialog):
    def __init__(self, ctx: AppContext, detail: ApplicationDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("不予批准"), parent)
        self.detail = detail
        self.setMinimumWidth(460)
        self.save_button.setText(self.tr("确定"))
        heading = QLabel(
            self.tr("{name} 的入会申请不予批准，请写明原因（会告知本人）。").format(name=detail.data.name)
        )
        heading.setWordWrap(True)
        self.layout_.insertWidget(0, heading)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.on = DateField(date.today())
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.row(form, "meeting_date", field_label("meeting_date"), self.on)
        self.row(form, "reason", self.tr("原因"), self.reason)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Rejection, Saved], Rejection, list[FieldProblem]]:
        on, message = self.on.checked()
        problems = [FieldProblem(field_label("meeting_date"), message)] if message else []
        request = Rejection(
            application_id=self.detail.id, version=self.detail.version, on=on, reason=self.reason.text()
        )
        return members.REJECT_APPLICATION, request, problems

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
