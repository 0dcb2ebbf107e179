"""The 数据概览 tab: headline figures with their change from last year, charts, drill-down, report.

The tab appears at once with a "loading" line. Opening it is one call that brings the years,
every figure and chart and the organisation reference; a change of year or scope is one call,
and an answer overtaken by a newer choice is dropped. A click on a figure or a bar opens the
matching list in its module's tab through the navigator.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionoffice.dashboard import contract as dashboard
from unionoffice.dashboard.contract import (
    Board,
    DashboardOpen,
    DashboardScreen,
    Drill,
    FiguresRequest,
    Headline,
    ReportRequest,
)
from unionoffice.dashboard.labels import ReportFormat
from unionoffice.dashboard.views.chart_panel import ChartPanel
from unionoffice.foundation.contract import FileData
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import info, show_error
from unionoffice.ui.style import MUTED, MUTED_TEXT
from unionoffice.ui.widgets.files import choose_target, save_download

CARD_ORDER = ("members", "rate", "aid", "helped", "entries", "five_small", "patents", "benefit")
CHART_ORDER = ("members", "aid_years", "aid_types", "entries", "quarters", "patents")
FIGURE = "#1f3a60"  # the dark blue of the report's headings
RISING, FALLING = "#2f7d46", "#b5443c"


class HeadlineCard(QFrame):
    """One key figure; a click opens the list behind it."""

    clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headline_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(
            "#headline_card { background: #ffffff; border: 1px solid #d5dae3; border-radius: 6px; }"
            "#headline_card:hover { border-color: #3c6eb4; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setStyleSheet(f"color: {MUTED};")
        self.value = QLabel("—")
        self.value.setStyleSheet(f"font-size: 20pt; font-weight: 600; color: {FIGURE};")
        self.change = QLabel(" ")
        for label in (self.title, self.value, self.change):
            layout.addWidget(label)
        self.headline: Headline | None = None

    def show_headline(self, h: Headline) -> None:
        self.headline = h
        self.title.setText(h.title)
        self.value.setText(h.text)
        self.change.setText(h.change_text or " ")
        self.change.setStyleSheet(f"color: {RISING if h.rising else FALLING};")
        self.setToolTip(self.tr("点击查看明细"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.headline is not None:
            self.clicked.emit(self.headline.drill)
        super().mouseReleaseEvent(event)


class DashboardTab(QWidget):
    """GUI thread; the figures are computed by the services, asked for on a worker."""

    figures_shown = Signal(object)  # the Board, after the cards and charts show it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Board | None = None
        self._opened = False
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_filters())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        grid = QVBoxLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        cards = QGridLayout()
        cards.setSpacing(8)
        self.cards: dict[str, HeadlineCard] = {}
        for i, key in enumerate(CARD_ORDER):
            card = HeadlineCard()
            card.clicked.connect(self.drill_down)
            cards.addWidget(card, i // 4, i % 4)
            self.cards[key] = card
        grid.addLayout(cards)
        charts = QGridLayout()
        charts.setSpacing(8)
        self.charts: dict[str, ChartPanel] = {}
        for i, key in enumerate(CHART_ORDER):
            panel = ChartPanel()
            panel.setObjectName(f"chart_{key}")
            panel.drill.connect(self.drill_down)
            charts.addWidget(panel, i // 3, i % 3)
            self.charts[key] = panel
        grid.addLayout(charts, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(self.tr("工会工作数据概览"))
        title.setStyleSheet(f"font-size: 14pt; font-weight: 600; color: {FIGURE};")
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("年度")))
        self.year = QComboBox()
        self.year.setObjectName("year_filter")
        bar.addWidget(self.year)
        bar.addWidget(QLabel(self.tr("范围")))
        self.branch = QComboBox()
        self.branch.setObjectName("branch_filter")
        self.branch.addItem(self.tr("全会"), None)
        bar.addWidget(self.branch)
        self.status = QLabel(self.tr("正在统计…"))
        self.status.setObjectName("status")
        self.status.setStyleSheet(MUTED_TEXT)
        bar.addWidget(self.status, 1)
        self.refresh_button = QPushButton(icon("refresh-cw"), self.tr("刷新"))
        self.refresh_button.clicked.connect(self.reload)
        bar.addWidget(self.refresh_button)
        self.report_button = QPushButton(icon("printer"), self.tr("年度工作报告…"))
        self.report_button.setObjectName("report_button")
        self.report_button.clicked.connect(self.save_report)
        bar.addWidget(self.report_button)
        for box in (self.year, self.branch):  # filled after the first showing: follow the contents
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for widget in (self.year, self.branch, self.refresh_button, self.report_button):
            widget.setEnabled(False)  # until the opening call brings the years and branch unions
        return bar

    # Loading --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            request = DashboardOpen(org_stamp=self.ctx.refs.org_stamp)
            self.ctx.calls.fetch(self, dashboard.OPEN, request, self.opened, self._failed, channel="figures")

    def opened(self, screen: DashboardScreen) -> None:
        org = self.ctx.refs.take(screen.org)
        for widget in (self.year, self.branch):
            widget.blockSignals(True)
        for y in reversed(screen.years):
            self.year.addItem(self.tr("{y} 年").format(y=y), y)
        self.year.setCurrentIndex(max(self.year.findData(screen.board.year), 0))
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        for widget in (self.year, self.branch):
            widget.blockSignals(False)
            widget.setEnabled(True)
        self.year.currentIndexChanged.connect(self.reload)
        self.branch.currentIndexChanged.connect(self.reload)
        self.refresh_button.setEnabled(True)
        self.report_button.setEnabled(True)
        self.show_board(screen.board)

    def reload(self) -> None:
        """The figures of the chosen year and scope: one call; a newer choice drops this answer."""
        if not self.year.isEnabled():
            return
        self.status.setText(self.tr("正在统计…"))
        request = FiguresRequest(self.year.currentData(), self.branch.currentData())
        self.ctx.calls.fetch(
            self, dashboard.FIGURES, request, self.show_board, self._failed, channel="figures"
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("统计失败"))
        show_error(self, error)

    def show_board(self, board: Board) -> None:
        self.board = board
        for h in board.headlines:
            self.cards[h.key].show_headline(h)
        for key, panel in self.charts.items():
            panel.show_chart(board.chart(key))
        self.status.setText(
            self.tr("{scope} · {year} 年 · 点击数字或柱子查看明细").format(
                scope=board.scope_name, year=board.year
            )
        )
        self.figures_shown.emit(board)

    # Drill-down -----------------------------------------------------------------------------
    def drill_down(self, drill: Drill) -> None:
        navigator = self.ctx.navigator
        if navigator is None or not navigator.show_filtered(drill.module, **drill.filters):
            info(self, self.tr("当前账号看不到该模块的明细。"))

    # Report ---------------------------------------------------------------------------------
    def save_report(self) -> None:
        year, branch_id = self.year.currentData(), self.branch.currentData()
        scope = "" if branch_id is None else self.branch.currentText()
        target = choose_target(
            self,
            self.tr("保存年度工作报告"),
            self.tr("{scope}{year}年度工会工作报告.pdf").format(scope=scope, year=year),
            self.tr("PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)"),
        )
        if target is None:
            return
        if target.suffix.lower() not in (".pdf", ".xlsx"):
            target = target.with_name(target.name + ".pdf")
        request = ReportRequest(year, branch_id, ReportFormat(target.suffix.lower().lstrip(".")))

        def made(file: FileData) -> None:
            save_download(
                self.ctx,
                self,
                file,
                target,
                lambda path: info(self, self.tr("已生成年度工作报告：{path}").format(path=path)),
            )

        self.ctx.tasks.run_job(self, self.tr("正在生成年度工作报告…"), dashboard.REPORT, request, made)
