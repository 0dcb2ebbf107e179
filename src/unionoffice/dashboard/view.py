"""The 数据概览 tab: headline figures with their change from last year, charts, drill-down, report.

The tab appears at once with a "loading" line; figures are computed on the task runner's worker
and the cards and charts fill in when they arrive, so a 100,000-member database never freezes
the window. A change of filter while a computation runs simply supersedes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionoffice.dashboard.chart_view import ChartPanel
from unionoffice.dashboard.service import Drill, Figures, Headline, dashboard_figures, dashboard_scope
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info

CHART_ORDER = ("members", "aid_years", "aid_types", "entries", "quarters", "patents")


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
        self.title.setStyleSheet("color: #5b6577;")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #1f3a60;")
        self.change = QLabel(" ")
        for label in (self.title, self.value, self.change):
            layout.addWidget(label)
        self.headline: Headline | None = None

    def show_headline(self, h: Headline) -> None:
        self.headline = h
        self.title.setText(h.title)
        self.value.setText(h.text)
        self.change.setText(h.change_text or " ")
        rising = h.previous is not None and h.value >= h.previous
        self.change.setStyleSheet(f"color: {'#2f7d46' if rising else '#b5443c'};")
        self.setToolTip(self.tr("点击查看明细"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.headline is not None:
            self.clicked.emit(self.headline.drill)
        super().mouseReleaseEvent(event)


class DashboardTab(QWidget):
    """GUI thread; ``dashboard_figures`` runs on the task runner's worker."""

    figures_shown = Signal(object)  # emitted after the cards and charts show new figures

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: Figures | None = None
        self._request = 0
        scope = dashboard_scope(ctx.db, ctx.actor)
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_filters(scope.years, scope.default_year, scope.branches))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        grid = QVBoxLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        cards = QGridLayout()
        cards.setSpacing(8)
        self.cards: dict[str, HeadlineCard] = {}
        keys = ("members", "rate", "aid", "helped", "entries", "five_small", "patents", "benefit")
        for i, key in enumerate(keys):
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
        self.year.currentIndexChanged.connect(self.reload)
        self.branch.currentIndexChanged.connect(self.reload)
        self.reload()

    def _build_filters(
        self, years: list[int], default_year: int, branches: list[tuple[int, str]]
    ) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(self.tr("工会工作数据概览"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1f3a60;")
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("年度")))
        self.year = QComboBox()
        self.year.setObjectName("year_filter")
        for y in reversed(years):
            self.year.addItem(self.tr("{y} 年").format(y=y), y)
        self.year.setCurrentIndex(max(self.year.findData(default_year), 0))
        bar.addWidget(self.year)
        bar.addWidget(QLabel(self.tr("范围")))
        self.branch = QComboBox()
        self.branch.setObjectName("branch_filter")
        self.branch.addItem(self.tr("全会"), None)
        for branch_id, name in branches:
            self.branch.addItem(name, branch_id)
        bar.addWidget(self.branch)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setStyleSheet("color: #5b6577;")
        bar.addWidget(self.status, 1)
        refresh = QPushButton(icon("refresh-cw"), self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        bar.addWidget(refresh)
        report = QPushButton(icon("printer"), self.tr("年度工作报告…"))
        report.setObjectName("report_button")
        report.clicked.connect(self.save_report)
        bar.addWidget(report)
        return bar

    # Loading --------------------------------------------------------------------------------
    @guarded
    def reload(self, *_args: object) -> None:
        self._request += 1
        request, year, branch_id = self._request, self.year.currentData(), self.branch.currentData()
        self.status.setText(self.tr("正在统计…"))
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(
            self,
            self.tr("正在统计…"),
            lambda progress: dashboard_figures(db, actor, year, branch_id, progress),
            lambda figures: self._arrived(request, figures),
            on_failure=self._failed,
            show_progress=False,
        )

    def _arrived(self, request: int, figures: Figures) -> None:
        if request != self._request:
            return  # the filters changed meanwhile; a newer computation is on its way
        self.show_figures(figures)

    def _failed(self, error: BaseException) -> None:
        from unionoffice.ui.messages import show_error

        self.status.setText(self.tr("统计失败"))
        show_error(self, error)

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        for h in figures.headlines:
            self.cards[h.key].show_headline(h)
        for key, panel in self.charts.items():
            panel.show_chart(figures.chart(key))
        self.status.setText(
            self.tr("{scope} · {year} 年 · 点击数字或柱子查看明细").format(
                scope=figures.scope_name, year=figures.year
            )
        )
        self.figures_shown.emit(figures)

    # Drill-down -----------------------------------------------------------------------------
    @guarded
    def drill_down(self, drill: Drill) -> None:
        navigator = self.ctx.navigator
        view = navigator.open_tab(drill.module) if navigator is not None else None
        if view is None:
            info(self, self.tr("当前账号看不到该模块的明细。"))
            return
        view.show_filtered(**drill.filters)

    # Report ---------------------------------------------------------------------------------
    @guarded
    def save_report(self) -> None:
        year, branch_id = self.year.currentData(), self.branch.currentData()
        scope = "" if branch_id is None else self.branch.currentText()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存年度工作报告"),
            self.tr("{scope}{year}年度工会工作报告.pdf").format(scope=scope, year=year),
            self.tr("PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".pdf", ".xlsx"):
            path += ".pdf"
        from unionoffice.dashboard.report import write_report

        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(
            self,
            self.tr("正在生成年度工作报告…"),
            lambda progress: write_report(db, actor, year, path, branch_id, progress),
            lambda _figures: info(self, self.tr("已生成年度工作报告：{path}").format(path=path)),
        )
