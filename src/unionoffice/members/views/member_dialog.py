"""The member form: new member or edit, with each problem shown under its own field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.identity import validate_id_number
from unionoffice.foundation.importer import CellError, parse_date
from unionoffice.members import contract as members
from unionoffice.members.contract import (
    CodeChoices,
    ExistingMember,
    FamilyInfo,
    FormOpen,
    MemberDetail,
    MemberForm,
    MemberInput,
    MemberSave,
    RealNameInfo,
    field_label,
)
from unionoffice.members.labels import Gender, MemberStatus, Relation
from unionoffice.members.perms import MembersPerm
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, show_error
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.branch_picker import BranchPicker
from unionoffice.ui.widgets.fields import DateField, error_label
from unionoffice.ui.widgets.form_dialog import FormDialog

EDUCATION = ("", "初中", "高中", "中专", "技校", "大专", "本科", "硕士", "博士")
FAMILY_COLUMNS = 4


class MemberDialog(FormDialog):
    """GUI thread. ``member_id=None`` adds a member. The member and the reference data arrive in
    one call; the form is disabled until then. Saving is one call."""

    def __init__(self, ctx: AppContext, member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("编辑会员") if member_id else self.tr("新增会员"), parent)
        self.member_id = member_id
        self.saved_id: int | None = None
        self.detail: MemberDetail | None = None
        self.setMinimumWidth(760)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.layout_.addLayout(columns)

        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(24)
        self.id_hint = QLabel()
        self.id_hint.setStyleSheet(MUTED_TEXT)
        self.gender = QComboBox()
        self.gender.addItem(self.tr("按身份证号"), None)
        self.gender.addItem(Gender.MALE.label, Gender.MALE.value)
        self.gender.addItem(Gender.FEMALE.label, Gender.FEMALE.value)
        self.employee_no = QLineEdit()
        self.phone = QLineEdit()
        self.org = BranchPicker(parent=self)
        self.base = QLineEdit()
        self.trade = QLineEdit()
        self.education = QComboBox()
        self.education.setEditable(True)
        self.education.addItems(EDUCATION)
        self.hire_date = DateField()
        self.join_date = DateField()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)

        self._row(left, "name", self.name)
        self._row(left, "id_number", self.id_number)
        left.addRow("", self.id_hint)
        self._row(left, "gender", self.gender)
        self._row(left, "employee_no", self.employee_no)
        self._row(left, "phone", self.phone)
        self._row(left, "education", self.education)
        self.row(right, "branch", self.tr("分工会 / 小组"), self.org)
        self.field_errors[field_label("branch")] = self.field_errors[field_label("group")] = (
            self.field_errors["branch"]
        )
        self._row(right, "base", self.base)
        self._row(right, "trade", self.trade)
        self._row(right, "hire_date", self.hire_date)
        self._row(right, "join_date", self.join_date)
        self.status_label = QLabel()
        right.addRow(self.tr("状态"), self.status_label)
        self._row(right, "notes", self.notes)
        self.layout_.addWidget(self._realname_box())
        self.layout_.addWidget(self._family_box())
        self.finish_layout()
        self.id_number.editingFinished.connect(self._check_id)
        self.org.changed.connect(self._default_base)
        self._set_ready(False)
        ctx.calls.fetch(
            self,
            members.OPEN_FORM,
            FormOpen(member_id, ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        self.row(form, key, field_label(key), widget)

    def _set_ready(self, ready: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QComboBox | QPlainTextEdit | QTableWidget | QPushButton):
                child.setEnabled(ready)
        self.save_button.setEnabled(ready and self.ctx.session.can(MembersPerm.WRITE))
        self.banner.setText("" if ready else self.tr("正在加载…"))
        self.banner.setVisible(not ready)

    def _opened(self, form: MemberForm) -> None:
        org = self.ctx.refs.take(form.org)
        self.detail = form.detail
        # A transfer target may be any branch; a new or edited member stays in the clerk's own.
        self.org.set_branches(org.mine())
        self._fill_codes(form.codes)
        self._set_ready(True)
        self._load()

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _realname_box(self) -> QGroupBox:
        """The real-name system's fields (工会会员实名制): coded lists from the services."""
        box = QGroupBox(self.tr("实名制信息"))
        columns = QHBoxLayout(box)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            columns.addLayout(form, 1)
        self.codes: dict[str, QComboBox] = {}
        for key, form in (("ethnicity", left), ("political_status", left), ("hukou_type", left)):
            box_ = QComboBox()
            box_.setObjectName(key)
            self.codes[key] = box_
            self._row(form, key, box_)
        self.native_place = QLineEdit()
        self.native_place.setPlaceholderText(self.tr("如 河南新乡"))
        self._row(left, "native_place", self.native_place)
        self.post = QLineEdit()
        self.title_ = QLineEdit()
        self.title_.setPlaceholderText(self.tr("如 工程师、技师"))
        self._row(right, "post", self.post)
        self._row(right, "title", self.title_)
        employment = QComboBox()
        employment.setObjectName("employment_form")
        self.codes["employment_form"] = employment
        self._row(right, "employment_form", employment)
        self.card_no = QLineEdit()
        self.card_no.setObjectName("card_no")
        self.card_no.setPlaceholderText(self.tr("由入会审批发放；此处只录入启用前已发的证号"))
        self._row(right, "card_no", self.card_no)
        return box

    def _fill_codes(self, codes: CodeChoices) -> None:
        for key, box in self.codes.items():
            box.clear()
            box.addItem(self.tr("（未填）"), None)
            for code, name in getattr(codes, key):
                box.addItem(name, code)

    def _family_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("家庭成员（选填，用于日后福利）"))
        layout = QVBoxLayout(box)
        self.family = QTableWidget(0, FAMILY_COLUMNS)
        self.family.setObjectName("family")
        self.family.setHorizontalHeaderLabels(
            [self.tr("关系"), self.tr("姓名"), self.tr("身份证号"), self.tr("出生日期")]
        )
        self.family.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.family.verticalHeader().hide()
        self.family.setMaximumHeight(130)
        layout.addWidget(self.family)
        buttons = QHBoxLayout()
        add = QPushButton(icon("user-plus"), self.tr("添加家庭成员"))
        add.clicked.connect(lambda: self._add_relative(None))
        remove = QPushButton(icon("trash-2"), self.tr("删除所选"))
        remove.clicked.connect(self._remove_relative)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.family_error = error_label("error_family")
        self.field_errors[field_label("family")] = self.family_error
        layout.addWidget(self.family_error)
        return box

    def _add_relative(self, relative: FamilyInfo | None) -> None:
        row = self.family.rowCount()
        self.family.insertRow(row)
        relation = QComboBox()
        for item in Relation:
            relation.addItem(item.label, item.value)
        if relative is not None:
            relation.setCurrentIndex(max(0, relation.findData(relative.relation)))
        self.family.setCellWidget(row, 0, relation)
        values = (
            ("", "", "")
            if relative is None
            else (
                relative.name,
                relative.id_number or "",
                relative.birth_date.isoformat() if relative.birth_date else "",
            )
        )
        for column, value in enumerate(values, start=1):
            self.family.setItem(row, column, QTableWidgetItem(value))

    def _remove_relative(self) -> None:
        for row in sorted({i.row() for i in self.family.selectedIndexes()}, reverse=True):
            self.family.removeRow(row)

    # Data -----------------------------------------------------------------------------------
    def _load(self) -> None:
        d = self.detail
        if d is None:
            self.status_label.setText(MemberStatus.ACTIVE.label)
            self._default_base()
            return
        self.name.setText(d.name)
        self.id_number.setText(d.id_number)
        if d.id_masked:
            # Shown masked: the number cannot be read here, so it cannot be edited here either.
            self.id_number.setReadOnly(True)
            self.id_hint.setText(self.tr("身份证号已脱敏显示，当前账号无权查看或修改。"))
        else:
            self._check_id()
        self.gender.setCurrentIndex(max(0, self.gender.findData(d.gender)))
        self.employee_no.setText(d.employee_no or "")
        self.phone.setText(d.phone or "")
        self.org.set_value(d.branch_id, d.group_id)
        self.base.setText(d.base or "")
        self.trade.setText(d.trade or "")
        self.education.setCurrentText(d.education or "")
        self.hire_date.set_date(d.hire_date)
        self.join_date.set_date(d.join_date)
        status = d.status.label + (f"・{d.status_cause.label}" if d.status_cause else "")
        status += f"（{d.status_date.isoformat()}）" if d.status_date else ""
        self.status_label.setText(status + (f" {d.status_reason}" if d.status_reason else ""))
        for key, box in self.codes.items():
            box.setCurrentIndex(max(0, box.findData(getattr(d.realname, key))))
        self.native_place.setText(d.realname.native_place or "")
        self.post.setText(d.realname.post or "")
        self.title_.setText(d.realname.title or "")
        self.card_no.setText(d.card_no or "")
        self.notes.setPlainText(d.notes or "")
        for relative in d.family:
            self._add_relative(relative)

    def _default_base(self) -> None:
        if not self.base.text().strip() or self.detail is None:
            self.base.setText(self.org.base_of_branch() or "")

    def _check_id(self) -> None:
        """Checked as soon as the clerk leaves the field: the birth date and gender it encodes."""
        if self.id_number.isReadOnly():
            return
        error = self.field_errors["id_number"]
        text = self.id_number.text()
        if not text.strip():
            error.hide()
            self.id_hint.clear()
            return
        try:
            parsed = validate_id_number(text)
        except ValidationError as problem:
            error.setText(problem.problems[0].message)
            error.show()
            self.id_hint.clear()
            return
        error.hide()
        if parsed.number != text:
            self.id_number.setText(parsed.number)
        gender = Gender(parsed.gender).label
        self.id_hint.setText(
            self.tr("出生日期 {date}，{gender}").format(date=parsed.birth_date.isoformat(), gender=gender)
        )

    def _family_values(self) -> tuple[FamilyInfo, ...]:
        out = []
        for row in range(self.family.rowCount()):
            widget = self.family.cellWidget(row, 0)
            relation = str(widget.currentData()) if isinstance(widget, QComboBox) else ""
            cells = [
                item.text() if (item := self.family.item(row, c)) is not None else "" for c in range(1, 4)
            ]
            if not any(cell.strip() for cell in cells):
                continue
            born = None
            if cells[2].strip():
                try:
                    born = parse_date(cells[2])
                except CellError as error:
                    raise ValidationError(
                        [
                            FieldProblem(
                                field_label("family"),
                                self.tr("第 {n} 位：出生日期").format(n=row + 1) + error.message,
                            )
                        ]
                    ) from None
            out.append(FamilyInfo(relation, cells[0], cells[1] or None, born))
        return tuple(out)

    def collect_input(self) -> tuple[MemberInput, list[FieldProblem]]:
        """The form's data, and the problems only the form can see (text that is not a date)."""
        problems = []
        dates = {}
        for key, field in (("hire_date", self.hire_date), ("join_date", self.join_date)):
            value, message = field.checked()
            dates[key] = value
            if message:
                problems.append(FieldProblem(field_label(key), message))
        try:
            family = self._family_values()
        except ValidationError as error:
            problems += error.problems
            family = ()
        branch_id, group_id = self.org.value()
        id_number = None if self.id_number.isReadOnly() else self.id_number.text()
        data = MemberInput(
            name=self.name.text(),
            id_number=id_number,
            branch_id=branch_id,
            group_id=group_id,
            join_date=dates["join_date"],
            hire_date=dates["hire_date"],
            gender=self.gender.currentData(),
            employee_no=self.employee_no.text(),
            phone=self.phone.text(),
            base=self.base.text(),
            trade=self.trade.text(),
            education=self.education.currentText(),
            notes=self.notes.toPlainText(),
            family=family,
            realname=RealNameInfo(
                ethnicity=self.codes["ethnicity"].currentData(),
                political_status=self.codes["political_status"].currentData(),
                hukou_type=self.codes["hukou_type"].currentData(),
                native_place=self.native_place.text(),
                post=self.post.text(),
                title=self.title_.text(),
                employment_form=self.codes["employment_form"].currentData(),
            ),
            card_no=self.card_no.text() or None,
        )
        return data, problems

    def collect(self) -> tuple[Operation[MemberSave, Saved], MemberSave, list[FieldProblem]]:
        data, problems = self.collect_input()
        detail = self.detail
        request = MemberSave(data, detail.id if detail else None, detail.version if detail else 0)
        return members.SAVE, request, problems

    def save(self) -> None:
        """The form's own problems (text that is not a date) are shown together with the services'
        (asked with ``check_only``), never one batch at a time."""
        op, request, problems = self.collect()
        if not problems:
            super().save()
            return

        def checked(_saved: Saved) -> None:
            self.show_problems(ValidationError(problems))

        def refused(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                seen = {p.field for p in problems}
                self.show_problems(
                    ValidationError(problems + [p for p in error.problems if p.field not in seen])
                )
            else:
                checked(Saved(0))

        self.ctx.calls.fetch(
            self, op, MemberSave(request.data, request.member_id, request.version, True), checked, refused
        )

    def saved(self, result: Saved) -> None:
        self.saved_id = result.id
        self.accept()

    def refused(self, error: BaseException) -> bool:
        if not isinstance(error, ExistingMember):
            return False
        if error.can_rejoin and confirm(self, str(error) + "\n\n" + self.tr("现在为其办理重新入会吗？")):
            from unionoffice.members.views.lifecycle_dialogs import RejoinDialog  # opened only here

            dialog = RejoinDialog(self.ctx, error.member_id, error.version, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.saved_id = error.member_id
                self.accept()
            return True
        show_error(self, error)
        return True

    def reload_after_conflict(self, _error: object = None) -> None:
        """Someone saved this member meanwhile: show what is stored now (what was typed is lost)."""
        self.family.setRowCount(0)
        self._set_ready(False)
        self.ctx.calls.fetch(
            self,
            members.OPEN_FORM,
            FormOpen(self.member_id, self.ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )
