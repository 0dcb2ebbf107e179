"""The quarterly evaluation: the rounds on the left, the chosen round's results on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from unionoffice.foundation.contract import ById, ListWindow, Page
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import (
    AchievementFilter,
    Count,
    RoundClose,
    RoundInfo,
    RoundsOpen,
    RoundsScreen,
    ScoresApplied,
)
from unionoffice.studios.labels import RoundStatus
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.views.panel_dialogs import PanelDialog, RulesDialog
from unionoffice.studios.views.round_dialogs import GradeDialog, NewRoundDialog
from unionoffice.studios.views.score_sheet import PayoutDialog, ScoreSheetDialog
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import HEADING
from unionoffice.ui.table_model import PAGE_SIZE


class RoundsView(ListPage[AchievementFilter]):
    """GUI thread. Opening, choosing a round and every refresh after an action are one call each
    (``OPEN_ROUNDS``: the rounds with their counts and the chosen round's first page)."""

    list_op = studios.LIST_ROUND_ENTRIES
    open_op = studios.OPEN_ROUNDS
    columns = studios.round_entry_columns()
    current: RoundInfo | None = None  # the round shown
    _select_row: int | None = None  # the row to choose when the next refresh arrives

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("round_entries")
        self.rounds = QListWidget()
        self.rounds.setObjectName("rounds_list")
        self.rounds.currentItemChanged.connect(self._round_chosen)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setObjectName("round_header")
        self.header.setStyleSheet(f"font-size: 14pt; font-weight: 600; color: {HEADING};")
        self.detail = QLabel()
        self.detail.setObjectName("round_detail")
        self.detail.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # ListPage's own
        layout.removeWidget(self.table)
        column.addWidget(self.header)
        column.addWidget(self.detail)
        column.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.rounds)
        split.addWidget(right)
        split.setSizes([220, 900])
        layout.addWidget(split, 1)
        self.update_actions()

    def build(self) -> None:
        evaluate = StudiosPerm.EVALUATE
        self.add_action(
            "play", self.tr("开启新一轮评审…"), self.open_round, permission=evaluate, name="open_round"
        )
        self.collect_action = self.add_action(
            "download", self.tr("收集已申报的五小成果"), self.collect, permission=evaluate, name="collect"
        )
        self.grade_action = self.add_action(
            "star",
            self.tr("评定等级…"),
            self.activated,
            permission=evaluate,
            needs_selection=True,
            name="grade",
        )
        self.withdraw_action = self.add_action(
            "undo-2",
            self.tr("撤出本轮"),
            self.withdraw,
            permission=evaluate,
            needs_selection=True,
            name="withdraw",
        )
        self.close_action = self.add_action(
            "lock", self.tr("结束评审并发布"), self.close_round, permission=evaluate, name="close_round"
        )
        self.toolbar.addSeparator()
        if self.ctx.session.can(evaluate):
            self.add_menu(
                "users",
                self.tr("评审组评分"),
                [
                    ("sliders-horizontal", self.tr("评分标准…"), self.open_rules),
                    ("users", self.tr("评审组与评分包…"), self.open_panel),
                    ("list-checks", self.tr("按评分定级"), self.grade_from_scores),
                ],
            )
        self.sheet_action = self.add_action(
            "clipboard-list", self.tr("评分表…"), self.score_sheet, needs_selection=True, name="score_sheet"
        )
        self.add_action("coins", self.tr("奖金发放表…"), self.payouts, name="payouts")

    def current_filter(self) -> AchievementFilter:
        return AchievementFilter(round_id=self.current.id if self.current else -1)

    def opening_request(self) -> RoundsOpen:
        return RoundsOpen(self.current.id if self.current else None, self._window())

    def _window(self) -> ListWindow:
        sort, descending = self.model.sort_key
        return ListWindow(0, PAGE_SIZE, sort, descending)

    def opened(self, screen: RoundsScreen) -> Page:
        self.current = screen.current
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for r in screen.rounds:
            item = QListWidgetItem(
                icon("lock-open" if r.status is RoundStatus.OPEN else "lock"), f"{r.title}　{r.status.label}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.rounds.addItem(item)
            if screen.current is not None and r.id == screen.current.id:
                self.rounds.setCurrentItem(item)
        self.rounds.blockSignals(False)
        self._show_round(screen.current)
        return screen.page

    def _show_round(self, r: RoundInfo | None) -> None:
        if r is None:
            self.header.setText(self.tr("还没有评审轮次"))
            self.detail.setText("")
        else:
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
        self.update_actions()

    def update_actions(self) -> None:
        super().update_actions()
        is_open = self.current is not None and self.current.status is RoundStatus.OPEN
        chosen = self.selected_id() is not None
        self.collect_action.setEnabled(is_open)
        self.close_action.setEnabled(is_open)
        self.grade_action.setEnabled(is_open and chosen)
        self.withdraw_action.setEnabled(is_open and chosen)

    def refresh_screen(self, round_id: int | None = None) -> None:
        """The rounds and the chosen round as stored now, in one call."""
        if round_id is not None and self.current is not None and round_id != self.current.id:
            self.current = None
        wanted = round_id if round_id is not None else (self.current.id if self.current else None)

        def arrived(screen: RoundsScreen) -> None:
            page = self.opened(screen)
            self.model.set_filter(self.list_op, self.current_filter())
            self.model.show(page)
            row, self._select_row = self._select_row, None
            if row is not None and self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

        self.ctx.calls.fetch(self, self.open_op, RoundsOpen(wanted, self._window()), arrived, channel="list")

    def _round_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        round_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if round_id is not None and (self.current is None or round_id != self.current.id):
            self.refresh_screen(round_id)

    # Actions ------------------------------------------------------------------------------------
    def open_round(self) -> None:
        dialog = NewRoundDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_screen(dialog.result_value.id)

    def collect(self) -> None:
        if self.current is None:
            return

        def collected(result: Count) -> None:
            info(self, self.tr("收集了 {n} 项已申报的五小成果。").format(n=result.count))
            self.refresh_screen()

        self.ctx.calls.fetch(self, studios.COLLECT, ById(self.current.id), collected)

    def activated(self) -> None:
        achievement_id = self.selected_id()
        if achievement_id is None or not (self.current and self.current.status is RoundStatus.OPEN):
            return
        if not self.ctx.session.can(StudiosPerm.EVALUATE):
            return
        if GradeDialog(self.ctx, achievement_id, self).exec() == QDialog.DialogCode.Accepted:
            self._select_row = self.table.currentIndex().row() + 1  # on to the next result
            self.refresh_screen()

    def withdraw(self) -> None:
        achievement_id = self.selected_id()
        if achievement_id is not None and confirm(self, self.tr("把该成果撤出本轮评审，退回“已申报”？")):
            self.ctx.calls.fetch(
                self, studios.WITHDRAW, ById(achievement_id), lambda _done: self.refresh_screen()
            )

    def close_round(self) -> None:
        r = self.current
        if r is None:
            return
        if not confirm(
            self,
            self.tr("结束{title}评审？结束后等级不能再修改，评级成果将发布并可用于证书和汇编。").format(
                title=r.title
            ),
        ):
            return

        def closed(result: Count) -> None:
            info(self, self.tr("评审已结束，发布评级成果 {n} 项。").format(n=result.count))
            self.refresh_screen()

        self.ctx.calls.fetch(self, studios.CLOSE_ROUND, RoundClose(r.id, r.version), closed)

    # The scoring panel ------------------------------------------------------------------------------
    def open_rules(self) -> None:
        RulesDialog(self.ctx, self).exec()

    def open_panel(self) -> None:
        if self.current is None:
            return
        dialog = PanelDialog(self.ctx, self.current.id, self)
        dialog.exec()
        if dialog.changed:
            self.refresh_screen()

    def grade_from_scores(self) -> None:
        r = self.current
        if r is None or not confirm(
            self, self.tr("按评审组的评分和等级分数线，为评分完整的成果评定等级？已评定的将按评分改写。")
        ):
            return

        def graded(result: ScoresApplied) -> None:
            text = self.tr("已按评分评定 {n} 项成果。").format(n=result.graded)
            if result.incomplete:
                text += self.tr("\n{n} 项评分尚不完整，未评定。").format(n=result.incomplete)
            info(self, text)
            self.refresh_screen()

        self.ctx.calls.fetch(self, studios.GRADE_FROM_SCORES, ById(r.id), graded)

    def score_sheet(self) -> None:
        achievement_id = self.selected_id()
        if achievement_id is not None:
            ScoreSheetDialog(self.ctx, achievement_id, self).exec()

    def payouts(self) -> None:
        if self.current is not None:
            PayoutDialog(self.ctx, self.current.id, self).exec()
