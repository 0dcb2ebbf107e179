"""Qt Charts for the dashboard: a ``Chart`` (plain data from the services) drawn as bars you can click."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from unionoffice.dashboard.contract import Chart
from unionoffice.dashboard.labels import ValueKind

# One palette for every chart (and close to the PDF's blue), so a colour reads the same everywhere.
PALETTE = ("#3C6EB4", "#E08A2E", "#4BA36B", "#C4504B", "#8A6BBE", "#6C7A89")


def plotted(value: int, kind: ValueKind) -> float:
    """Bar heights only: money is drawn in 万元; the figures shown as text stay exact."""
    return float(Decimal(value) / 1_000_000) if kind is ValueKind.FEN else float(value)


def chart_font(base: QFont, scale: float) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    return font


class ChartPanel(QChartView):
    """GUI thread. Emits ``drill`` with the filter of the bar that was clicked."""

    drill = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(250)
        self.spec: Chart | None = None
        self.bar_sets: list[QBarSet] = []
        self.series: QAbstractBarSeries | None = None

    def show_chart(self, spec: Chart) -> None:
        self.spec = spec
        chart = QChart()
        chart.setTitle(f"{spec.title}（{spec.unit}）")
        title_font = chart_font(self.font(), 1.1)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series: QAbstractBarSeries
        if spec.horizontal:  # long category names (trades) read better down the side
            series = QHorizontalStackedBarSeries()
        else:
            series = QStackedBarSeries() if spec.stacked else QBarSeries()
        self.bar_sets = []
        top = 0.0
        for i, data in enumerate(spec.sets):
            bar_set = QBarSet(data.name)
            bar_set.setColor(QColor(PALETTE[i % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[i % len(PALETTE)]))
            bar_set.append([plotted(v, spec.value_kind) for v in data.values])
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        if spec.stacked:
            totals = [
                sum(plotted(s.values[i], spec.value_kind) for s in spec.sets)
                for i in range(len(spec.categories))
            ]
            top = max(totals, default=0.0)
        else:
            top = max((plotted(v, spec.value_kind) for s in spec.sets for v in s.values), default=0.0)
        # One bound-method connection on the series, not a lambda per set: a lambda holding self
        # makes a Qt/Python reference cycle that the garbage collector may then free on the
        # worker thread, which crashes PySide.
        series.clicked.connect(self._clicked)
        self.series = series
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(spec.categories)
        axis_y = QValueAxis()
        axis_y.setRange(0, max(top * 1.05, 4))
        axis_y.applyNiceNumbers()  # round ticks (0, 1000, 2000…) rather than 1250, 3750
        axis_y.setLabelFormat("%.0f")
        label_font = chart_font(self.font(), 0.9)
        for axis in (axis_x, axis_y):
            axis.setLabelsFont(label_font)
            # QtCharts over-measures Chinese labels and elides "门诊特殊病" to "门诊特殊…" even
            # when it fits; the category names here are short, so never truncate.
            axis.setTruncateLabels(False)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignLeft if spec.horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignBottom if spec.horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        legend = chart.legend()
        legend.setVisible(len(spec.sets) > 1)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(chart_font(self.font(), 0.9))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setToolTip(self.tr("点击柱子查看对应的明细列表"))

    def _clicked(self, index: int, bar_set: QBarSet) -> None:
        if self.spec is None or bar_set not in self.bar_sets:
            return
        drills = self.spec.sets[self.bar_sets.index(bar_set)].drills
        if 0 <= index < len(drills):
            self.drill.emit(drills[index])

    def click_bar(self, set_index: int, index: int) -> None:
        """The signal a mouse click on a bar sends (tests use it)."""
        if self.series is not None:
            self.series.clicked.emit(index, self.bar_sets[set_index])
