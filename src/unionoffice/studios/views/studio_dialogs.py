"""Forms for a studio: a new studio with its first recognition, and a later recognition."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from unionoffice.foundation.contract import Operation, Saved
from unionoffice.foundation.errors import FieldProblem
from unionoffice.foundation.i18n import translate
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import (
    RecognitionAdd,
    RecognitionInput,
    StudioForm,
    StudioFormOpen,
    StudioInfo,
    StudioSave,
)
from unionoffice.studios.labels import Level
from unionoffice.studios.views.checked_form import CheckedForm
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import show_error
from unionoffice.ui.widgets.fields import DateField, combo, select_data
from unionoffice.ui.widgets.form_dialog import FormDialog


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


class StudioDialog(CheckedForm):
    """GUI thread. A new studio: what it is, who leads it, and the recognition that created it.
    The branch unions arrive with the form's one opening call; saving is one call."""

    def __init__(self, ctx: AppContext, studio_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("新增创新工作室"), parent)
        self.saved_id: int | None = None
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.leader = QLineEdit()
        self.leader.setObjectName("leader")
        self.leader.setPlaceholderText(self.tr("姓名（工号），如 张三（E100012）"))
        self.branch = combo([], name="branch")
        self.field = QLineEdit()
        self.level = level_combo()
        self.recognised_on = DateField(date.today())
        self.body = QLineEdit()
        self.body.setObjectName("body")
        self.document_no = QLineEdit()
        self.row(form, self.tr("名称"), self.tr("工作室名称"), self.name)
        self.row(form, self.tr("领衔人"), self.tr("领衔人"), self.leader)
        self.row(form, self.tr("分工会"), self.tr("分工会"), self.branch)
        self.row(form, self.tr("领域"), self.tr("领域"), self.field)
        self.row(form, self.tr("命名级别"), self.tr("命名级别"), self.level)
        self.row(form, self.tr("命名日期"), self.tr("命名日期"), self.recognised_on)
        self.row(form, self.tr("命名单位"), self.tr("命名单位"), self.body)
        self.row(form, self.tr("文号"), self.tr("文号"), self.document_no)
        self.finish_layout()
        self.save_button.setEnabled(False)
        ctx.calls.fetch(
            self,
            studios.OPEN_STUDIO_FORM,
            StudioFormOpen(studio_id, ctx.refs.org_stamp),
            self._opened,
            self._failed_to_open,
        )

    def _opened(self, form: StudioForm) -> None:
        org = self.ctx.refs.take(form.org)
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        self.save_button.setEnabled(True)

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        recognised_on = required_date(self.recognised_on, self.tr("命名日期"), problems)
        request = StudioSave(
            name=self.name.text(),
            leader=self.leader.text(),
            branch_id=self.branch.currentData(),
            field=self.field.text(),
            recognition=RecognitionInput(
                Level(self.level.currentData()),
                recognised_on or date.today(),
                self.body.text(),
                self.document_no.text(),
            ),
        )
        return studios.SAVE_STUDIO, request, problems

    def saved(self, result: Saved) -> None:
        self.saved_id = result.id
        self.accept()


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
