"""Ranking rules of the scheme editor: tie-break order and award cut-offs (by count or percentage)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.contests.contract import ContestDef, number_text
from unionoffice.contests.labels import AwardMode
from unionoffice.contests.views.buttons import button
from unionoffice.contests.views.row_table import Column, RowTable
from unionoffice.contests.views.scheme_events import parse_decimal
from unionoffice.foundation.errors import FieldProblem
from unionoffice.ui.style import MUTED_TEXT


class RulesPage(QWidget):
    def __init__(self, targets: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._targets = targets
        layout = QVBoxLayout(self)
        ties = QGroupBox(self.tr("总分相同时的名次（按顺序比较，仍相同则并列）"))
        ties_layout = QVBoxLayout(ties)
        self.tie_list = QListWidget()
        self.tie_list.setObjectName("tie_list")
        ties_layout.addWidget(self.tie_list)
        bar = QHBoxLayout()
        self.tie_choice = QComboBox()
        self.tie_choice.setMinimumWidth(260)
        bar.addWidget(self.tie_choice, 1)
        self.buttons = [
            button(self.tr("添加"), "plus", self.add_tie),
            button(self.tr("删除"), "trash-2", self.remove_tie),
            button(self.tr("上移"), "", lambda: self.move_tie(-1)),
            button(self.tr("下移"), "", lambda: self.move_tie(1)),
        ]
        for b in self.buttons:
            bar.addWidget(b)
        ties_layout.addLayout(bar)
        layout.addWidget(ties, 1)

        awards = QGroupBox(self.tr("奖项名额"))
        awards_layout = QVBoxLayout(awards)
        mode_bar = QHBoxLayout()
        mode_bar.addWidget(QLabel(self.tr("名额方式")))
        self.award_mode = QComboBox()
        self.award_mode.setObjectName("award_mode")
        for mode in AwardMode:
            self.award_mode.addItem(mode.label, mode.value)
        mode_bar.addWidget(self.award_mode)
        mode_bar.addStretch(1)
        awards_layout.addLayout(mode_bar)
        yes_no = (("", self.tr("否")), ("yes", self.tr("是")))
        self.awards = RowTable(
            [
                Column(self.tr("奖项")),
                Column(self.tr("名额（人数或 %）"), width=150),
                Column(self.tr("晋升一级技能等级"), "choice", yes_no, width=140),
                Column(self.tr("推荐评选荣誉"), "choice", yes_no, width=120),
            ]
        )
        self.awards.setObjectName("awards_table")
        awards_layout.addWidget(self.awards)
        bar = QHBoxLayout()
        self.buttons += [
            button(self.tr("添加奖项"), "plus", lambda: self.awards.add_row(["", "", "", ""])),
            button(self.tr("删除奖项"), "trash-2", self.awards.remove_current),
        ]
        for b in self.buttons[-2:]:
            bar.addWidget(b)
        bar.addStretch(1)
        note = QLabel(self.tr("名次在分界处并列时，并列者都得较高奖项。"))
        note.setStyleSheet(MUTED_TEXT)
        bar.addWidget(note)
        awards_layout.addLayout(bar)
        line_bar = QHBoxLayout()
        self.has_pass_line = QCheckBox(self.tr("合格线"))
        self.has_pass_line.setObjectName("has_pass_line")
        self.pass_line = QLineEdit()
        self.pass_line.setObjectName("pass_line")
        self.pass_line.setMaximumWidth(90)
        self.pass_line.setPlaceholderText("60")
        self.has_pass_line.toggled.connect(self.pass_line.setEnabled)
        line_bar.addWidget(self.has_pass_line)
        line_bar.addWidget(self.pass_line)
        line_bar.addWidget(
            QLabel(self.tr("分：总成绩低于合格线者不获奖，无论名次；按比例设奖时，比例按实际参赛人数计算。"))
        )
        line_bar.addStretch(1)
        awards_layout.addLayout(line_bar)
        layout.addWidget(awards, 1)
        self.editable_widgets: list[QWidget] = [
            self.tie_list,
            self.tie_choice,
            self.award_mode,
            self.awards,
            self.has_pass_line,
            self.pass_line,
            *self.buttons,
        ]

    def load(self, d: ContestDef) -> None:
        self.tie_list.clear()
        for rule in d.tie_break:
            self._add_rule_item(rule)
        self.award_mode.setCurrentIndex(max(0, self.award_mode.findData(d.award_mode)))
        self.awards.set_rows(
            [
                [
                    label,
                    number_text(amount),
                    "yes" if label in d.promote_awards else "",
                    "yes" if label in d.recommend_awards else "",
                ]
                for label, amount in d.award_levels
            ]
        )
        self.has_pass_line.setChecked(d.pass_line is not None)
        self.pass_line.setEnabled(d.pass_line is not None)
        self.pass_line.setText("" if d.pass_line is None else number_text(d.pass_line))
        self.refresh()

    def set_editable(self, editable: bool) -> None:
        for widget in self.editable_widgets:
            widget.setEnabled(editable)

    def refresh(self) -> None:
        """Rules name events and items as they are typed now (the events page may have changed)."""
        words = dict(self._targets())
        chosen = set()
        for n in range(self.tie_list.count()):
            item = self.tie_list.item(n)
            rule = item.data(Qt.ItemDataRole.UserRole)
            chosen.add(rule)
            item.setText(words.get(rule, self.tr("{rule}（该科目或细则已不存在，请删除）").format(rule=rule)))
        self.tie_choice.clear()
        for rule, text in words.items():
            if rule not in chosen:
                self.tie_choice.addItem(text, rule)

    def _add_rule_item(self, rule: str) -> None:
        item = QListWidgetItem(rule)
        item.setData(Qt.ItemDataRole.UserRole, rule)
        self.tie_list.addItem(item)

    def add_tie(self) -> None:
        rule = self.tie_choice.currentData()
        if rule:
            self._add_rule_item(rule)
            self.refresh()

    def remove_tie(self) -> None:
        row = self.tie_list.currentRow()
        if row >= 0:
            self.tie_list.takeItem(row)
            self.refresh()

    def move_tie(self, delta: int) -> None:
        row = self.tie_list.currentRow()
        if row < 0 or not 0 <= row + delta < self.tie_list.count():
            return
        item = self.tie_list.takeItem(row)
        self.tie_list.insertItem(row + delta, item)
        self.tie_list.setCurrentRow(row + delta)

    def tie_break(self) -> tuple[str, ...]:
        return tuple(
            self.tie_list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.tie_list.count())
        )

    def collect_awards(self, problems: list[FieldProblem]) -> Awards:
        levels = []
        promote, recommend = [], []
        for n, (label, text, up, named) in enumerate(self.awards.rows(), start=1):
            if up:
                promote.append(label)
            if named:
                recommend.append(label)
            amount = parse_decimal(text)
            if amount is None:
                problems.append(
                    FieldProblem(
                        self.tr("第 {n} 个奖项“{label}”").format(n=n, label=label),
                        self.tr("名额“{text}”不是数字").format(text=text),
                    )
                )
            levels.append((label, amount or Decimal(0)))
        line = None
        if self.has_pass_line.isChecked():
            line = parse_decimal(self.pass_line.text())
            if line is None:
                problems.append(
                    FieldProblem(
                        self.tr("合格线"), self.tr("“{text}”不是数字").format(text=self.pass_line.text())
                    )
                )
        return Awards(self.award_mode.currentData(), tuple(levels), line, tuple(promote), tuple(recommend))


@dataclass(frozen=True)
class Awards:
    """What the ranking page collects for the scheme."""

    mode: str
    levels: tuple[tuple[str, Decimal], ...]
    pass_line: Decimal | None
    promote: tuple[str, ...]
    recommend: tuple[str, ...]
