"""The member form: new member or edit, with each problem shown under its own field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.identity import validate_id_number
from unionoffice.foundation.importer import CellError, parse_date
from unionoffice.members import service
from unionoffice.members.models import Gender, MemberStatus, Relation
from unionoffice.members.perms import MembersPerm
from unionoffice.members.service import FamilyInfo, MemberDetail, MemberInput, label
from unionoffice.members.views.widgets import DateField, OrgPicker, error_label
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, show_error

EDUCATION = ("", "初中", "高中", "中专", "技校", "大专", "本科", "硕士", "博士")
FAMILY_COLUMNS = 4


class MemberDialog(QDialog):
    """GUI thread. ``member_id=None`` adds a member; saving calls the service directly (one row, a blink)."""

    def __init__(self, ctx: AppContext, member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.saved_id: int | None = None
        self.detail: MemberDetail | None = (
            service.get_member(ctx.db, ctx.actor, member_id) if member_id else None
        )
        self.setWindowTitle(self.tr("编辑会员") if member_id else self.tr("新增会员"))
        self.setMinimumWidth(760)
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.banner = error_label()
        self.banner.setObjectName("banner")
        layout.addWidget(self.banner)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(24)
        self.id_hint = QLabel()
        self.id_hint.setStyleSheet("color: #555;")
        self.gender = QComboBox()
        self.gender.addItem(self.tr("按身份证号"), None)
        self.gender.addItem(Gender.MALE.label, Gender.MALE.value)
        self.gender.addItem(Gender.FEMALE.label, Gender.FEMALE.value)
        self.employee_no = QLineEdit()
        self.phone = QLineEdit()
        self.org = OrgPicker(service.org_choices(ctx.db, ctx.actor), parent=self)
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
        self._row(right, "branch", self.org, key_alias="group")
        self._row(right, "base", self.base)
        self._row(right, "trade", self.trade)
        self._row(right, "hire_date", self.hire_date)
        self._row(right, "join_date", self.join_date)
        self.status_label = QLabel()
        right.addRow(self.tr("状态"), self.status_label)
        self._row(right, "notes", self.notes)

        layout.addWidget(self._family_box())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.id_number.editingFinished.connect(self._check_id)
        self.org.changed.connect(self._default_base)
        self._load()

    # Layout helpers ---------------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, widget: QWidget, key_alias: str | None = None) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label()
        error.setObjectName(f"error_{key}")
        column.addWidget(error)
        self.errors[label(key)] = error
        if key_alias:
            self.errors[label(key_alias)] = error
        title = label(key) if key != "branch" else self.tr("分工会 / 小组")
        form.addRow(title, box)

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
        self.family_error = error_label()
        self.errors[label("family")] = self.family_error
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
        can_write = self.ctx.actor.can(MembersPerm.WRITE)
        self.save_button.setEnabled(can_write)
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
        status = d.status.label + (f"（{d.status_date.isoformat()}）" if d.status_date else "")
        self.status_label.setText(status + (f" {d.status_reason}" if d.status_reason else ""))
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
        error = self.errors[label("id_number")]
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
            relation = self.family.cellWidget(row, 0).currentData()  # type: ignore[union-attr]
            cells = [self.family.item(row, c).text() if self.family.item(row, c) else "" for c in range(1, 4)]
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
                                label("family"),
                                self.tr("第 {n} 位：出生日期").format(n=row + 1) + error.message,
                            )
                        ]
                    ) from None
            out.append(FamilyInfo(relation, cells[0], cells[1] or None, born))
        return tuple(out)

    def collect(self) -> tuple[MemberInput, list[FieldProblem]]:
        """The form's data, and the problems only the form can see (text that is not a date)."""
        problems = []
        dates = {}
        for key, field in (("hire_date", self.hire_date), ("join_date", self.join_date)):
            value, message = field.checked()
            dates[key] = value
            if message:
                problems.append(FieldProblem(label(key), message))
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
        )
        return data, problems

    def show_problems(self, error: ValidationError) -> None:
        for widget in self.errors.values():
            widget.hide()
        loose = []
        for problem in error.problems:
            target = self.errors.get(problem.field)
            if target is None:
                loose.append(str(problem))
                continue
            target.setText(
                problem.message if not target.isVisible() else f"{target.text()}；{problem.message}"
            )
            target.show()
        self.banner.setText(
            self.tr("请修正标红的内容后再保存。") + ("\n" + "\n".join(loose) if loose else "")
        )
        self.banner.show()

    @guarded
    def save(self) -> None:
        data, problems = self.collect()
        member_id = self.detail.id if self.detail else None
        try:
            if problems:
                # Show the form's own problems together with the service's, never one batch at a time.
                try:
                    service.validate_member(self.ctx.db, self.ctx.actor, data, member_id)
                except ValidationError as error:
                    seen = {p.field for p in problems}
                    problems += [p for p in error.problems if p.field not in seen]
                raise ValidationError(problems)
            if self.detail is None:
                self.saved_id = service.create_member(self.ctx.db, self.ctx.actor, data)
            else:
                service.update_member(self.ctx.db, self.ctx.actor, self.detail.id, self.detail.version, data)
                self.saved_id = self.detail.id
        except ValidationError as error:
            self.show_problems(error)
            return
        except service.ExistingMember as existing:
            if existing.can_rejoin and confirm(
                self, str(existing) + "\n\n" + self.tr("现在为其办理重新入会吗？")
            ):
                from unionoffice.members.views.lifecycle_dialogs import RejoinDialog

                dialog = RejoinDialog(self.ctx, existing.member_id, existing.version, self)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    self.saved_id = existing.member_id
                    self.accept()
                return
            show_error(self, existing)
            return
        self.accept()
