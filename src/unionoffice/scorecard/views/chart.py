"""The scorecard's bar chart: each branch union's total, stacked by what each indicator gave it,
drawn with Qt Charts like the dashboard's charts (same palette, fonts and axis handling)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from unionoffice.scorecard.contract import Card

# The dashboard's palette (dashboard/views/chart_panel.py): a colour reads the same on both tabs.
PALETTE = ("#3C6EB4", "#E08A2E", "#4BA36B", "#C4504B", "#8A6BBE", "#6C7A89")


def _scaled(base: QFont, scale: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(bold)
    return font


class ScoreChart(QChartView):
    """GUI thread. Shows a ``Card`` (plain data from the services)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.bar_sets: list[QBarSet] = []

    def show_card(self, card: Card) -> None:
        chart = QChart()
        chart.setTitle(self.tr("{quarter}各分工会得分（按指标累计）").format(quarter=card.title))
        chart.setTitleFont(_scaled(self.font(), 1.1, bold=True))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(4)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QStackedBarSeries()
        self.bar_sets = []
        scored = [(i, line) for i, line in enumerate(card.indicators) if line.scored]
        for n, (i, line) in enumerate(scored):
            bar_set = QBarSet(line.label)
            colour = QColor(PALETTE[n % len(PALETTE)])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bar_set.append([float(b.scores[i]) for b in card.branches])  # bar heights only
            series.append(bar_set)
            self.bar_sets.append(bar_set)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([b.name.removesuffix("分工会") or b.name for b in card.branches])
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%.0f")
        axis_y.setTickCount(6)
        for axis in (axis_x, axis_y):
            axis.setLabelsFont(_scaled(self.font(), 0.9))
            axis.setTruncateLabels(False)  # QtCharts over-measures Chinese labels
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        legend = chart.legend()
        legend.setVisible(bool(scored))
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(_scaled(self.font(), 0.9))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
