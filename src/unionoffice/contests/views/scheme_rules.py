"""Ranking rules of the scheme editor: tie-break order and award cut-offs (by count or percentage)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.contests.views.row_table import Column, RowTable
from unionoffice.contests.views.scheme_events import number_text, parse_decimal
from unionoffice.foundation.errors import FieldProblem
from unionoffice.ui.icons import icon


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
            self._button(self.tr("添加"), "plus", self.add_tie),
            self._button(self.tr("删除"), "trash-2", self.remove_tie),
            self._button(self.tr("上移"), "", lambda: self.move_tie(-1)),
            self._button(self.tr("下移"), "", lambda: self.move_tie(1)),
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
        self.award_mode.addItem(self.tr("按人数（前 N 名）"), "count")
        self.award_mode.addItem(self.tr("按比例（前 N%）"), "percent")
        mode_bar.addWidget(self.award_mode)
        mode_bar.addStretch(1)
        awards_layout.addLayout(mode_bar)
        self.awards = RowTable([Column(self.tr("奖项")), Column(self.tr("名额（人数或 %）"), width=150)])
        self.awards.setObjectName("awards_table")
        awards_layout.addWidget(self.awards)
        bar = QHBoxLayout()
        self.buttons += [
            self._button(self.tr("添加奖项"), "plus", lambda: self.awards.add_row(["", ""])),
            self._button(self.tr("删除奖项"), "trash-2", self.awards.remove_current),
        ]
        for b in self.buttons[-2:]:
            bar.addWidget(b)
        bar.addStretch(1)
        note = QLabel(self.tr("名次在分界处并列时，并列者都得较高奖项。"))
        note.setStyleSheet("color: #555;")
        bar.addWidget(note)
        awards_layout.addLayout(bar)
        layout.addWidget(awards, 1)
        self.editable_widgets: list[QWidget] = [
            self.tie_list,
            self.tie_choice,
            self.award_mode,
            self.awards,
            *self.buttons,
        ]

    def _button(self, text: str, icon_name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        button.clicked.connect(slot)
        return button

    def load(self, tie_break: tuple[str, ...], mode: str, levels: tuple[tuple[str, Decimal], ...]) -> None:
        self.tie_list.clear()
        for rule in tie_break:
            self._add_rule_item(rule)
        self.award_mode.setCurrentIndex(max(0, self.award_mode.findData(mode)))
        self.awards.set_rows([[label, number_text(amount)] for label, amount in levels])
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

    def collect_awards(self, problems: list[FieldProblem]) -> tuple[str, tuple[tuple[str, Decimal], ...]]:
        levels = []
        for n, (label, text) in enumerate(self.awards.rows(), start=1):
            amount = parse_decimal(text)
            if amount is None:
                problems.append(
                    FieldProblem(
                        self.tr("第 {n} 个奖项“{label}”").format(n=n, label=label),
                        self.tr("名额“{text}”不是数字").format(text=text),
                    )
                )
            levels.append((label, amount or Decimal(0)))
        return self.award_mode.currentData(), tuple(levels)
