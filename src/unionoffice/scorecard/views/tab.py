"""The 分工会比较 tab: the quarter's indicators × branch unions, the ranking, a chart, highlights,
the weights (edited by administrators) and the bulletin.

Opening the comparison is one call (the quarters on offer and the newest complete quarter's
scorecard); a change of quarter is one call (an answer overtaken by a newer choice is dropped);
saving weights is one call answered with the recomputed scorecard; the bulletin is a job. The
weight history page loads when first shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from unionoffice.foundation.contract import Empty, FileData
from unionoffice.scorecard import contract as scorecard
from unionoffice.scorecard.contract import (
    BulletinRequest,
    Card,
    QuarterRequest,
    ScorecardOpen,
    ScorecardScreen,
    WeightHistory,
)
from unionoffice.scorecard.labels import Quarter, value_text
from unionoffice.scorecard.perms import ScorecardPerm
from unionoffice.scorecard.views.chart import ScoreChart
from unionoffice.scorecard.views.weights_dialog import WeightsDialog
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import info, show_error
from unionoffice.ui.style import HEADING, MUTED_TEXT, WARNING_TEXT
from unionoffice.ui.widgets.files import choose_target, pdf, save_download
from unionoffice.ui.widgets.lazy_tabs import LazyTabs
from unionoffice.ui.widgets.tables import fill_table, read_only_table


class ComparePage(QWidget):
    """GUI thread; every figure is computed by the services, asked for on a worker."""

    card_shown = Signal(object)  # the Card, once table, chart and highlights show it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card: Card | None = None
        self.quarters: list[str] = []
        self._opened = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_TEXT)
        self.notes.hide()
        layout.addWidget(self.notes)
        self.table = read_only_table(name="scores")
        layout.addWidget(self.table)
        self.rule = QLabel(
            self.tr("得分 = 数值 ÷ 最好分工会的数值 × 权重（越低越好的指标：最好的数值 ÷ 数值 × 权重）。")
        )
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(MUTED_TEXT)
        layout.addWidget(self.rule)
        below = QHBoxLayout()
        self.chart = ScoreChart()
        below.addWidget(self.chart, 3)
        side = QVBoxLayout()
        heading = QLabel(self.tr("本季亮点"))
        heading.setStyleSheet(f"font-weight: 600; color: {HEADING};")
        side.addWidget(heading)
        self.highlights = QLabel()
        self.highlights.setObjectName("highlights")
        self.highlights.setWordWrap(True)
        self.highlights.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.highlights, 1)
        below.addLayout(side, 2)
        layout.addLayout(below, 1)

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("季度")))
        self.quarter = QComboBox()
        self.quarter.setObjectName("quarter")
        self.quarter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.quarter)
        self.status = QLabel(self.tr("正在统计…"))
        self.status.setObjectName("status")
        self.status.setStyleSheet(MUTED_TEXT)
        bar.addWidget(self.status, 1)
        self.weights_button = QPushButton(icon("sliders-horizontal"), self.tr("编辑权重…"))
        self.weights_button.setObjectName("weights_button")
        self.weights_button.clicked.connect(self.edit_weights)
        self.weights_button.setVisible(self.ctx.session.can(ScorecardPerm.WEIGHTS))
        bar.addWidget(self.weights_button)
        self.bulletin_button = QPushButton(icon("printer"), self.tr("生成工会简报…"))
        self.bulletin_button.setObjectName("bulletin_button")
        self.bulletin_button.clicked.connect(self.save_bulletin)
        bar.addWidget(self.bulletin_button)
        for widget in (self.quarter, self.weights_button, self.bulletin_button):
            widget.setEnabled(False)  # until the opening call brings the quarters
        return bar

    # Loading --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            self.ctx.calls.fetch(
                self, scorecard.OPEN, ScorecardOpen(), self.opened, self._failed, channel="card"
            )

    def opened(self, screen: ScorecardScreen) -> None:
        self.quarters = screen.quarters
        self.quarter.blockSignals(True)
        for code in screen.quarters:
            self.quarter.addItem(Quarter.parse(code).label, code)
        self.quarter.setCurrentIndex(max(self.quarter.findData(screen.card.quarter), 0))
        self.quarter.blockSignals(False)
        self.quarter.currentIndexChanged.connect(self.reload)
        for widget in (self.quarter, self.weights_button, self.bulletin_button):
            widget.setEnabled(True)
        self.show_card(screen.card)

    def reload(self) -> None:
        self.status.setText(self.tr("正在统计…"))
        request = QuarterRequest(self.quarter.currentData())
        self.ctx.calls.fetch(self, scorecard.CARD, request, self.show_card, self._failed, channel="card")

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("统计失败"))
        show_error(self, error)

    def show_card(self, card: Card) -> None:
        self.card = card
        headers = [self.tr("指标"), self.tr("权重")] + [b.name for b in card.branches]
        rows: list[list[str]] = []
        for i, line in enumerate(card.indicators):
            weight = str(line.weight) if line.scored else self.tr("不计分")
            rows.append(
                [f"{line.label}（{line.unit}）", weight]
                + [value_text(b.values[i], line.unit) for b in card.branches]
            )
            if line.scored:
                rows.append([self.tr("　得分"), ""] + [f"{b.scores[i]:.2f}" for b in card.branches])
        rows.append(
            [self.tr("总分"), "100" if any(x.scored for x in card.indicators) else "0"]
            + [f"{b.total:.2f}" for b in card.branches]
        )
        rows.append([self.tr("名次"), ""] + [self._rank(b.rank, b.previous_rank) for b in card.branches])
        fill_table(self.table, headers, rows, right=range(1, len(headers)), spread=True)
        self._fit_height()
        self.chart.show_card(card)
        self.highlights.setText(
            "\n".join(f"· {h}" for h in card.highlights) or self.tr("本季度没有可比较的数据。")
        )
        self.notes.setText("\n".join(card.notes))
        self.notes.setVisible(bool(card.notes))
        since = card.weights_from.isoformat() if card.weights_from else self.tr("未设定")
        self.status.setText(
            self.tr("{quarter}（{start} 至 {end}）· 权重自 {since} 起用").format(
                quarter=card.title, start=card.start.isoformat(), end=card.end.isoformat(), since=since
            )
        )
        self.card_shown.emit(card)

    def _fit_height(self) -> None:
        """The table is short (two rows per indicator): show it whole and give the rest to the chart."""
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(
            rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2
        )

    def _rank(self, rank: int, before: int | None) -> str:
        if before is None or before == rank:
            return str(rank)
        arrow = "↑" if before > rank else "↓"
        return self.tr("{rank}（{arrow}{n}）").format(rank=rank, arrow=arrow, n=abs(before - rank))

    # Actions --------------------------------------------------------------------------------
    def edit_weights(self) -> None:
        if self.card is None:
            return
        dialog = WeightsDialog(self.ctx, self.card, self.quarters, self)
        if dialog.exec() and isinstance(dialog.result_value, Card):
            self.show_card(dialog.result_value)

    def save_bulletin(self) -> None:
        if self.card is None:
            return
        quarter = self.card.quarter
        target = choose_target(
            self, self.tr("保存工会简报"), self.tr("工会简报（分工会比较）{q}.pdf").format(q=quarter), pdf()
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")

        def made(file: FileData) -> None:
            save_download(
                self.ctx,
                self,
                file,
                target,
                lambda path: info(self, self.tr("已生成工会简报：{path}").format(path=path)),
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在生成工会简报…"), scorecard.BULLETIN, BulletinRequest([quarter]), made
        )


class WeightHistoryPage(QWidget):
    """Every weight set with the day it began; loads when first shown."""

    loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._opened = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("每个季度按其第一天起用的权重计分；较早季度的简报仍按当时的权重重印。"))
        intro.setStyleSheet(MUTED_TEXT)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = read_only_table(name="history")
        layout.addWidget(self.table, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            self.ctx.calls.fetch(
                self, scorecard.HISTORY, Empty(), self.show_history, lambda e: show_error(self, e)
            )

    def show_history(self, history: WeightHistory) -> None:
        keys = list(history.labels)
        headers = [self.tr("起用日期")] + [history.labels[k] for k in keys] + [self.tr("合计")]
        rows = []
        for weight_set in history.sets:
            weights = {w.key: w.weight for w in weight_set.weights}
            rows.append(
                [weight_set.effective_from.isoformat()]
                + [str(weights.get(k, 0)) for k in keys]
                + [str(sum(weights.values()))]
            )
        fill_table(self.table, headers, rows, right=range(1, len(headers)), spread=True)
        self.loaded.emit(history)


class ScorecardTab(QWidget):
    """GUI thread. The comparison and the weight history, each built when first shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = LazyTabs()
        self.pages.add_page("compare", self.tr("季度比较"), "chart-column", lambda p: ComparePage(ctx, p))
        self.pages.add_page("weights", self.tr("权重历史"), "history", lambda p: WeightHistoryPage(ctx, p))
        layout.addWidget(self.pages)

    def compare(self) -> ComparePage:
        page = self.pages.page("compare")
        assert isinstance(page, ComparePage)
        return page
