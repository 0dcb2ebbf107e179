"""Forms of the quarterly evaluation: opening a round, grading a result."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from unionoffice.foundation.contract import ById, Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import AchievementInfo, GradeSave, RoundNew
from unionoffice.studios.labels import Grade
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import show_error
from unionoffice.ui.widgets.fields import combo, select_data
from unionoffice.ui.widgets.form_dialog import FormDialog


class NewRoundDialog(FormDialog):
    """GUI thread. The year and quarter of a new release meeting, and who sits on its panel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("开启新一轮评审"), parent)
        today = date.today()
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.quarter = QSpinBox()
        self.quarter.setRange(1, 4)
        self.quarter.setValue((today.month - 1) // 3 + 1)
        self.panel = QLineEdit()
        self.panel.setPlaceholderText(self.tr("如 技术委员会：张某、李某、王某"))
        self.row(form, self.tr("年度"), self.tr("年度"), self.year)
        self.row(form, self.tr("季度"), self.tr("季度"), self.quarter)
        self.row(form, self.tr("评审组"), self.tr("评审组"), self.panel)
        self.save_button.setText(self.tr("开启"))
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        return studios.NEW_ROUND, RoundNew(self.year.value(), self.quarter.value(), self.panel.text()), []


class GradeDialog(FormDialog):
    """GUI thread. The panel's grade and comment for one result of the open round."""

    def __init__(self, ctx: AppContext, achievement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("评定等级"), parent)
        self.setMinimumWidth(460)
        self.achievement: AchievementInfo | None = None
        form = QFormLayout()
        self.layout_.addLayout(form)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        form.addRow(self.tr("成果"), self.title_label)
        self.grade = combo([(g.label, g.value) for g in Grade], name="grade")
        self.comment = QPlainTextEdit()
        self.comment.setFixedHeight(70)
        self.row(form, self.tr("等级"), self.tr("等级"), self.grade)
        self.row(form, self.tr("评审意见"), self.tr("评审意见"), self.comment)
        self.finish_layout()
        self.save_button.setEnabled(False)
        ctx.calls.fetch(
            self, studios.GET_ACHIEVEMENT, ById(achievement_id), self._opened, self._failed_to_open
        )

    def _opened(self, achievement: AchievementInfo) -> None:
        self.achievement = achievement
        self.title_label.setText(achievement.title)
        select_data(self.grade, (achievement.grade or Grade.SECOND).value)
        self.comment.setPlainText(achievement.grade_comment)
        self.save_button.setEnabled(True)

    def _failed_to_open(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        a = self.achievement
        assert a is not None  # saving is enabled once it arrived
        request = GradeSave(a.id, a.version, Grade(self.grade.currentData()), self.comment.toPlainText())
        return studios.SAVE_GRADE, request, []
