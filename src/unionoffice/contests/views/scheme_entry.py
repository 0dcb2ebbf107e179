"""报名与考试: who may enter (skill levels, age, entries per branch union) and the theory paper's
blueprint (how many questions of each kind and knowledge area, points each, minutes)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from unionoffice.contests.contract import EntryRules, ExamLine, ExamPlan, number_text
from unionoffice.contests.labels import QuestionKind, SkillLevel
from unionoffice.contests.views.buttons import button
from unionoffice.contests.views.row_table import Column, RowTable
from unionoffice.contests.views.scheme_events import parse_decimal
from unionoffice.foundation.errors import FieldProblem
from unionoffice.ui.style import MUTED_TEXT

K_KIND, K_AREA, K_COUNT, K_POINTS = range(4)


def _optional(spin: QSpinBox) -> int | None:
    """0 shows as 不限 and means no limit."""
    return spin.value() or None


class EntryExamPage(QWidget):
    def __init__(self, theory_max: Callable[[], Decimal | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theory_max = theory_max
        layout = QVBoxLayout(self)
        rules = QGroupBox(self.tr("报名条件（导入报名表时逐行检查）"))
        form = QFormLayout(rules)
        self.min_level, self.max_level = self._level_combo("min_level"), self._level_combo("max_level")
        levels = QHBoxLayout()
        levels.addWidget(self.min_level)
        levels.addWidget(QLabel(self.tr("至")))
        levels.addWidget(self.max_level)
        levels.addStretch(1)
        form.addRow(self.tr("技能等级"), levels)
        self.min_age, self.max_age = (
            self._spin("min_age", 0, 70, self.tr(" 岁")),
            self._spin("max_age", 0, 70, self.tr(" 岁")),
        )
        ages = QHBoxLayout()
        ages.addWidget(self.min_age)
        ages.addWidget(QLabel(self.tr("至")))
        ages.addWidget(self.max_age)
        ages.addWidget(QLabel(self.tr("（比赛当天的周岁）")))
        ages.addStretch(1)
        form.addRow(self.tr("年龄"), ages)
        self.quota = self._spin("branch_quota", 0, 10_000, self.tr(" 人"))
        quota = QHBoxLayout()
        quota.addWidget(self.quota)
        quota.addWidget(QLabel(self.tr("（名额，按会员所在的分工会计）")))
        quota.addStretch(1)
        form.addRow(self.tr("每个分工会最多"), quota)
        layout.addWidget(rules)

        exam = QGroupBox(self.tr("理论考试组卷（从本工种题库的最新版本中抽题）"))
        exam_layout = QVBoxLayout(exam)
        top = QHBoxLayout()
        self.has_exam = QCheckBox(self.tr("用题库组卷（理论试卷得分自动计入理论科目的客观测量细则）"))
        self.has_exam.setObjectName("has_exam")
        top.addWidget(self.has_exam, 1)
        top.addWidget(QLabel(self.tr("考试时长")))
        self.minutes = self._spin("minutes", 10, 600, self.tr(" 分钟"))
        self.minutes.setSpecialValueText("")
        self.minutes.setValue(90)
        top.addWidget(self.minutes)
        exam_layout.addLayout(top)
        self.lines = RowTable(
            [
                Column(self.tr("题型"), "choice", tuple((k.value, k.label) for k in QuestionKind), width=110),
                Column(self.tr("知识领域（空白为不限）")),
                Column(self.tr("题量"), "int", minimum=1, maximum=1000, width=80),
                Column(self.tr("每题分值"), width=90),
            ]
        )
        self.lines.setObjectName("exam_lines")
        self.lines.edited.connect(self.refresh)
        exam_layout.addWidget(self.lines)
        bar = QHBoxLayout()
        self.line_buttons = [
            button(
                self.tr("添加一行"),
                "plus",
                lambda: self.lines.add_row([QuestionKind.SINGLE.value, "", 10, "1"]),
            ),
            button(self.tr("删除一行"), "trash-2", self.lines.remove_current),
        ]
        for made in self.line_buttons:
            bar.addWidget(made)
        bar.addStretch(1)
        self.total = QLabel()
        self.total.setObjectName("exam_total")
        bar.addWidget(self.total)
        exam_layout.addLayout(bar)
        note = QLabel(
            self.tr("同一题型的每题分值应相同；试卷总分须等于理论试卷细则的满分。A、B 卷题目相同、顺序不同。")
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        exam_layout.addWidget(note)
        layout.addWidget(exam, 1)
        self.has_exam.toggled.connect(self.refresh)

    def _level_combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(self.tr("不限"), None)
        for level in SkillLevel:
            box.addItem(f"{level.label}（{level.grade}）", level.value)
        return box

    def _spin(self, name: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setSpecialValueText(self.tr("不限"))
        spin.setMaximumWidth(110)
        return spin

    def load(self, rules: EntryRules, plan: ExamPlan | None) -> None:
        self.min_level.setCurrentIndex(max(0, self.min_level.findData(rules.min_level)))
        self.max_level.setCurrentIndex(max(0, self.max_level.findData(rules.max_level)))
        self.min_age.setValue(rules.min_age or 0)
        self.max_age.setValue(rules.max_age or 0)
        self.quota.setValue(rules.branch_quota or 0)
        self.has_exam.setChecked(plan is not None)
        self.minutes.setValue(plan.minutes if plan else 90)
        lines = plan.lines if plan else ()
        self.lines.set_rows([[line.kind, line.area, line.count, number_text(line.points)] for line in lines])
        self.refresh()

    def set_editable(self, editable: bool) -> None:
        self.setEnabled(editable)

    def refresh(self) -> None:
        on = self.has_exam.isChecked()
        for widget in (self.lines, self.minutes, *self.line_buttons):
            widget.setEnabled(on)
        if not on:
            self.total.setText("")
            return
        total = sum(
            ((parse_decimal(row[K_POINTS]) or Decimal(0)) * row[K_COUNT] for row in self.lines.rows()),
            Decimal(0),
        )
        target = self._theory_max()
        text = self.tr("试卷总分：{total}").format(total=number_text(total))
        if target is not None:
            text += self.tr("（理论试卷满分 {max}）").format(max=number_text(target))
        self.total.setText(text)
        good = target is not None and total == target
        self.total.setStyleSheet(f"font-weight: bold; color: {'#2e7d32' if good else '#c62828'};")

    def collect(self, problems: list[FieldProblem]) -> tuple[EntryRules, ExamPlan | None]:
        rules = EntryRules(
            self.min_level.currentData(),
            self.max_level.currentData(),
            _optional(self.min_age),
            _optional(self.max_age),
            _optional(self.quota),
        )
        if not self.has_exam.isChecked():
            return rules, None
        lines = []
        for n, row in enumerate(self.lines.rows(), start=1):
            points = parse_decimal(row[K_POINTS])
            if points is None:
                problems.append(
                    FieldProblem(
                        self.tr("组卷第 {n} 行").format(n=n),
                        self.tr("每题分值“{text}”不是数字").format(text=row[K_POINTS]),
                    )
                )
            lines.append(ExamLine(row[K_KIND], row[K_AREA], row[K_COUNT], points or Decimal(0)))
        return rules, ExamPlan(tuple(lines), self.minutes.value())
