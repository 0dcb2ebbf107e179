"""The quarterly evaluation: rounds on the left, the selected round's results on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionoffice.studios.labels import RoundStatus
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service import rounds
from unionoffice.studios.service.achievements import AchievementFilter, achievement_source
from unionoffice.studios.views.common import lazy_table, selected_id, size_columns
from unionoffice.studios.views.dialogs import GradeDialog
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info


class RoundsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        can = ctx.actor.can(StudiosPerm.EVALUATE)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        QVBoxLayout(self).addWidget(split)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(icon("play"), self.tr("开启新一轮评审"))
        self.open_button.setVisible(can)
        self.open_button.clicked.connect(self.open_round)
        self.rounds = QListWidget()
        self.rounds.setObjectName("rounds_list")
        self.rounds.currentItemChanged.connect(self.show_round)
        left_layout.addWidget(self.open_button)
        left_layout.addWidget(self.rounds)
        split.addWidget(left)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1f4e79;")
        self.detail = QLabel()
        layout.addWidget(self.header)
        layout.addWidget(self.detail)
        bar = QHBoxLayout()
        self.collect_button = QPushButton(icon("download"), self.tr("收集已申报的五小成果"))
        self.grade_button = QPushButton(icon("star"), self.tr("评定等级…"))
        self.withdraw_button = QPushButton(icon("undo-2"), self.tr("撤出本轮"))
        self.close_button = QPushButton(icon("lock"), self.tr("结束评审并发布"))
        for button in (self.collect_button, self.grade_button, self.withdraw_button, self.close_button):
            button.setVisible(can)
            bar.addWidget(button)
        bar.addStretch()
        layout.addLayout(bar)
        self.collect_button.clicked.connect(self.collect)
        self.grade_button.clicked.connect(self.grade)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.close_button.clicked.connect(self.close_round)
        self.table, self.model = lazy_table(self)
        self.table.doubleClicked.connect(self.grade)
        layout.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([220, 900])
        self.reload()

    @guarded
    def reload(self, select_id: int | None = None) -> None:
        current = select_id or (
            self.rounds.currentItem().data(Qt.ItemDataRole.UserRole) if self.rounds.currentItem() else None
        )
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in rounds.list_rounds(self.ctx.db, self.ctx.actor):
            item = QListWidgetItem(
                icon("lock-open" if r.status is RoundStatus.OPEN else "lock"), f"{r.title}　{r.status.label}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.rounds.addItem(item)
            if r.id == current or (current is None and self.rounds.count() == 1):
                self.rounds.setCurrentItem(item)
        self.rounds.blockSignals(False)
        self.show_round()

    def current_round_id(self) -> int | None:
        item = self.rounds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @guarded
    def show_round(self, *_args) -> None:
        round_id = self.current_round_id()
        if round_id is None:
            self.header.setText(self.tr("还没有评审轮次"))
            self.detail.setText("")
            return
        r = rounds.get_round(self.ctx.db, self.ctx.actor, round_id)
        self.header.setText(self.tr("{title}五小成果发布会").format(title=r.title))
        closed = r.closed_on.isoformat() if r.closed_on else self.tr("进行中")
        self.detail.setText(
            self.tr(
                "开启：{opened}　结束：{closed}　收集成果 {n} 项，已评定 {g} 项，待评定 {p} 项　评审组：{panel}"
            ).format(
                opened=r.opened_on.isoformat(),
                closed=closed,
                n=r.entries,
                g=r.graded,
                p=r.entries - r.graded,
                panel=r.panel or "—",
            )
        )
        is_open = r.status is RoundStatus.OPEN
        for button in (self.collect_button, self.grade_button, self.withdraw_button, self.close_button):
            button.setEnabled(is_open)
        self.model.set_source(
            achievement_source(self.ctx.db, self.ctx.actor, AchievementFilter(round_id=round_id))
        )
        size_columns(self.table)

    @guarded
    def open_round(self) -> None:
        today = date.today()
        default = f"{today.year}-{(today.month - 1) // 3 + 1}"
        text, ok = QInputDialog.getText(
            self, self.tr("开启评审"), self.tr("年度-季度，如 2026-3："), text=default
        )
        if not ok:
            return
        year, _, quarter = text.strip().partition("-")
        from unionoffice.foundation.errors import UserError

        if not (year.isdigit() and quarter.isdigit()):
            raise UserError(self.tr("请按“年度-季度”填写，如 2026-3。"))
        round_id = rounds.open_round(self.ctx.db, self.ctx.actor, int(year), int(quarter))
        self.reload(round_id)

    @guarded
    def collect(self) -> None:
        round_id = self.current_round_id()
        if round_id is None:
            return
        count = rounds.collect(self.ctx.db, self.ctx.actor, round_id)
        info(self, self.tr("收集了 {n} 项已申报的五小成果。").format(n=count))
        self.reload()

    @guarded
    def grade(self, *_args) -> None:
        achievement_id = selected_id(self.table)
        if achievement_id is None:
            return
        if GradeDialog(self.ctx, achievement_id, self).exec():
            row = self.table.currentIndex().row()
            self.reload()
            self.table.selectRow(min(row + 1, self.model.rowCount() - 1))  # on to the next result

    @guarded
    def withdraw(self) -> None:
        achievement_id = selected_id(self.table)
        if achievement_id is not None and confirm(self, self.tr("把该成果撤出本轮评审，退回“已申报”？")):
            rounds.withdraw(self.ctx.db, self.ctx.actor, achievement_id)
            self.reload()

    @guarded
    def close_round(self) -> None:
        round_id = self.current_round_id()
        if round_id is None:
            return
        r = rounds.get_round(self.ctx.db, self.ctx.actor, round_id)
        if not confirm(
            self,
            self.tr("结束{title}评审？结束后等级不能再修改，评级成果将发布并可用于证书和汇编。").format(
                title=r.title
            ),
        ):
            return
        count = rounds.close_round(self.ctx.db, self.ctx.actor, round_id, r.version)
        info(self, self.tr("评审已结束，发布评级成果 {n} 项。").format(n=count))
        self.reload()
