"""Forms for a studio: the whole studio (what it is, its leader, its level history and members),
and a single later recognition."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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
from unionoffice.foundation.errors import FieldProblem
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import CellError, parse_date
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import (
    RecognitionAdd,
    RecognitionInput,
    StudioDetail,
    StudioForm,
    StudioFormOpen,
    StudioInfo,
    StudioMemberEntry,
    StudioSave,
)
from unionoffice.studios.labels import Level, StudioStatus
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.views.checked_form import CheckedForm
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import show_error
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField, combo, error_label, select_data
from unionoffice.ui.widgets.form_dialog import FormDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a stored recognition's id, on its date cell


def level_combo(current: Level = Level.COUNTY) -> QComboBox:
    box = combo([(lv.label, lv.value) for lv in Level], name="level")
    select_data(box, current.value)
    return box


def required_date(field: DateField, key: str, problems: list[FieldProblem]) -> date | None:
    """The date typed in ``field``; a blank or unreadable one adds its problem under ``key``."""
    value, message = field.checked()
    if message:
        problems.append(FieldProblem(key, message))
    elif value is None:
        problems.append(FieldProblem(key, translate("Studios", "必须填写")))
    return value


def _editable_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setMinimumHeight(120)
    return table


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class StudioDialog(CheckedForm):
    """GUI thread. ``studio_id=None`` creates a studio. The form opens with one call (the studio
    as stored and the branch unions) and saves everything with one call: the studio, its level
    history (the level shown in lists is the highest recognition) and its members."""

    def __init__(self, ctx: AppContext, studio_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("编辑创新工作室") if studio_id else self.tr("新增创新工作室"), parent)
        self.studio_id = studio_id
        self.detail: StudioDetail | None = None
        self.saved_id: int | None = None
        self.setMinimumWidth(760)
        self._add_buttons: dict[str, QPushButton] = {}
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.layout_.addLayout(columns)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.leader = QLineEdit()
        self.leader.setObjectName("leader")
        self.leader.setPlaceholderText(self.tr("姓名（工号），如 张三（E100012）"))
        self.branch = combo([], name="branch")
        self.field = QLineEdit()
        self.status = combo([(st.label, st.value) for st in StudioStatus], name="status")
        self.founded_on = DateField()
        self.founded_on.setPlaceholderText(self.tr("留空则取首次命名日期"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(52)
        self.row(left, self.tr("名称"), self.tr("工作室名称"), self.name)
        self.row(left, self.tr("领衔人"), self.tr("领衔人"), self.leader)
        self.row(left, self.tr("分工会"), self.tr("分工会"), self.branch)
        self.row(left, self.tr("领域"), self.tr("领域"), self.field)
        self.row(right, self.tr("状态"), self.tr("状态"), self.status)
        self.row(right, self.tr("成立日期"), self.tr("成立日期"), self.founded_on)
        self.row(right, self.tr("备注"), self.tr("备注"), self.notes)
        self.layout_.addWidget(self._recognitions_box())
        self.layout_.addWidget(self._members_box())
        self.finish_layout()
        self.save_button.setEnabled(False)
        ctx.calls.fetch(
            self,
            studios.OPEN_STUDIO_FORM,
            StudioFormOpen(studio_id, ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )

    # Layout -------------------------------------------------------------------------------------
    def _box(self, title: str, key: str, table: QTableWidget, add: str, hint: str = "") -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        column.addWidget(table)
        buttons = QHBoxLayout()
        add_button = QPushButton(icon("plus"), add)
        add_button.setObjectName(f"add_{table.objectName()}")
        remove_button = QPushButton(icon("trash-2"), self.tr("删除所选"))
        remove_button.clicked.connect(lambda: self._remove_rows(table))
        buttons.addWidget(add_button)
        buttons.addWidget(remove_button)
        if hint:
            note = QLabel(hint)
            note.setStyleSheet(MUTED_TEXT)
            buttons.addWidget(note)
        buttons.addStretch(1)
        column.addLayout(buttons)
        error = error_label(f"error_{key}")
        self.field_errors[key] = error
        column.addWidget(error)
        self._add_buttons[table.objectName()] = add_button
        return box

    def _recognitions_box(self) -> QGroupBox:
        self.recognitions = _editable_table(
            "recognitions", [self.tr("级别"), self.tr("命名日期"), self.tr("命名单位"), self.tr("文号")]
        )
        box = self._box(
            self.tr("命名历程"),
            self.tr("命名历程"),
            self.recognitions,
            self.tr("添加命名"),
            self.tr("级别取历次命名中最高的一级"),
        )
        self._add_buttons["recognitions"].clicked.connect(lambda: self.add_recognition(None))
        return box

    def _members_box(self) -> QGroupBox:
        self.members = _editable_table("members", [self.tr("成员（姓名（工号））"), self.tr("角色")])
        box = self._box(
            self.tr("成员"), self.tr("成员"), self.members, self.tr("添加成员"), self.tr("领衔人总是成员")
        )
        self._add_buttons["members"].clicked.connect(lambda: self.add_member(None))
        return box

    def add_recognition(self, recognition: RecognitionInput | None) -> None:
        row = self.recognitions.rowCount()
        self.recognitions.insertRow(row)
        self.recognitions.setCellWidget(
            row, 0, level_combo(recognition.level if recognition else Level.COUNTY)
        )
        when = QTableWidgetItem((recognition.recognised_on if recognition else date.today()).isoformat())
        when.setData(ID_ROLE, recognition.id if recognition else None)
        self.recognitions.setItem(row, 1, when)
        self.recognitions.setItem(row, 2, QTableWidgetItem(recognition.body if recognition else ""))
        self.recognitions.setItem(row, 3, QTableWidgetItem(recognition.document_no if recognition else ""))

    def add_member(self, member: StudioMemberEntry | None) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        self.members.setItem(row, 0, QTableWidgetItem(member.person if member else ""))
        self.members.setItem(row, 1, QTableWidgetItem(member.role if member else self.tr("成员")))

    def _remove_rows(self, table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)

    # Data ---------------------------------------------------------------------------------------
    def _opened(self, form: StudioForm) -> None:
        org = self.ctx.refs.take(form.org)
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        self.save_button.setEnabled(self.ctx.session.can(StudiosPerm.WRITE))
        detail = self.detail = form.studio
        if detail is None:
            self.add_recognition(None)
            return
        st = detail.studio
        self.name.setText(st.name)
        self.leader.setText(detail.leader)
        select_data(self.branch, st.branch_id)
        self.field.setText(st.field)
        select_data(self.status, st.status)
        self.founded_on.set_date(st.founded_on)
        self.notes.setPlainText(st.notes)
        for recognition in detail.recognitions:
            self.add_recognition(recognition)
        for member in detail.members:
            self.add_member(member)

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _recognition_rows(self, problems: list[FieldProblem]) -> list[RecognitionInput]:
        key = self.tr("命名历程")
        rows = []
        for row in range(self.recognitions.rowCount()):
            level_box = self.recognitions.cellWidget(row, 0)
            assert isinstance(level_box, QComboBox)
            cells = [_text(self.recognitions, row, c) for c in (1, 2, 3)]
            if not any(cells[1:]) and not cells[0]:
                continue  # an empty row the clerk added and left
            item = self.recognitions.item(row, 1)
            stored_id = item.data(ID_ROLE) if item is not None else None
            try:
                when = parse_date(cells[0]) if cells[0] else None
            except CellError as error:
                problems.append(FieldProblem(key, self.tr("第 {n} 条：").format(n=row + 1) + error.message))
                continue
            if when is None:
                problems.append(FieldProblem(key, self.tr("第 {n} 条：请填写命名日期").format(n=row + 1)))
                continue
            level = Level(level_box.currentData())
            rows.append(RecognitionInput(level, when, cells[1], cells[2], stored_id))
        return rows

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        founded_on, message = self.founded_on.checked()
        if message:
            problems.append(FieldProblem(self.tr("成立日期"), message))
        recognitions = self._recognition_rows(problems)
        members = [
            StudioMemberEntry(_text(self.members, row, 0), _text(self.members, row, 1))
            for row in range(self.members.rowCount())
            if _text(self.members, row, 0)
        ]
        st = self.detail.studio if self.detail else None
        request = StudioSave(
            studio_id=st.id if st else None,
            version=st.version if st else 0,
            name=self.name.text(),
            leader=self.leader.text(),
            branch_id=self.branch.currentData(),
            field=self.field.text(),
            status=StudioStatus(self.status.currentData()),
            founded_on=founded_on,
            notes=self.notes.toPlainText(),
            recognitions=recognitions,
            members=members,
        )
        return studios.SAVE_STUDIO, request, problems

    def saved(self, result: Saved) -> None:
        self.saved_id = result.id
        self.accept()

    def reload_after_conflict(self, _error: object = None) -> None:
        """Someone saved this studio meanwhile: show what is stored now."""
        self.recognitions.setRowCount(0)
        self.members.setRowCount(0)
        self.branch.clear()
        self.save_button.setEnabled(False)
        self.ctx.calls.fetch(
            self,
            studios.OPEN_STUDIO_FORM,
            StudioFormOpen(self.studio_id, self.ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )


class RecognitionDialog(FormDialog):
    """GUI thread. A new recognition of ``studio`` (moving up a level, or renewed)."""

    def __init__(self, ctx: AppContext, studio: StudioInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("登记新的命名"), parent)
        self.studio = studio
        form = QFormLayout()
        self.layout_.addLayout(form)
        form.addRow(self.tr("工作室"), QLabel(studio.name))
        self.level = level_combo(Level(studio.level))
        self.recognised_on = DateField(date.today())
        self.body = QLineEdit()
        self.body.setObjectName("body")
        self.document_no = QLineEdit()
        self.row(form, self.tr("命名级别"), self.tr("命名级别"), self.level)
        self.row(form, self.tr("命名日期"), self.tr("命名日期"), self.recognised_on)
        self.row(form, self.tr("命名单位"), self.tr("命名单位"), self.body)
        self.row(form, self.tr("文号"), self.tr("文号"), self.document_no)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        recognised_on = required_date(self.recognised_on, self.tr("命名日期"), problems)
        recognition = RecognitionInput(
            Level(self.level.currentData()),
            recognised_on or date.today(),
            self.body.text(),
            self.document_no.text(),
        )
        return (
            studios.ADD_RECOGNITION,
            RecognitionAdd(self.studio.id, self.studio.version, recognition),
            problems,
        )
