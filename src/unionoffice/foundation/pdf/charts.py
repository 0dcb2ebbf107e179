"""Vector charts for reports (reportlab.graphics): a Drawing is a Flowable, so it goes in a story."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors

from unionoffice.foundation.pdf import fonts
from unionoffice.foundation.pdf.fallback import split_runs

BAR_BLUE = colors.HexColor("#3C6EB4")
GRID_GREY = colors.HexColor("#D5DAE3")


def text_shape(x: float, y: float, text: str, font: str, size: float, anchor: str = "middle") -> Group:
    """Text as graphics shapes, one String per fallback run (a String has a single font)."""
    runs = split_runs(text, font)
    widths = [fonts.reportlab_font(name).stringWidth(chunk, size) for name, chunk in runs]
    x -= {"start": 0, "middle": sum(widths) / 2, "end": sum(widths)}[anchor]
    group = Group()
    for (name, chunk), width in zip(runs, widths, strict=True):
        group.add(String(x, y, chunk, fontName=name, fontSize=size, textAnchor="start"))
        x += width
    return group


def bar_chart(
    data: Sequence[tuple[str, int | Decimal]],
    width: float,
    height: float,
    *,
    title: str = "",
    font: str = fonts.SANS,
    font_size: float = 8,
    value_max: float | None = None,
    value_step: float | None = None,
) -> Drawing:
    """A vertical bar chart of ``(label, value)`` pairs; values may be int or Decimal. ``value_max``
    and ``value_step`` fix the value axis (a score out of 100), else ReportLab chooses."""
    fonts.register(font)
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the renderer otherwise starts from Helvetica, not embedded
    drawing.initialFontSize = font_size
    chart = VerticalBarChart()
    top_room = font_size * 2.8 if title else font_size
    chart.x, chart.y = font_size * 5, font_size * 2.5
    chart.width = width - chart.x - font_size
    chart.height = height - chart.y - top_room
    # Plot coordinates only: the figures printed in the report's tables stay Decimal
    chart.data = [[float(value) for _, value in data]]
    chart.bars[0].fillColor = BAR_BLUE
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = [""] * len(data)  # labels drawn below, with fallback
    chart.categoryAxis.labels.fontName = font  # else ReportLab names Helvetica, unembedded
    chart.barLabels.fontName = font
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = font_size
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    if value_step is not None:
        chart.valueAxis.valueStep = value_step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID_GREY
    drawing.add(chart)
    step = chart.width / max(len(data), 1)
    for i, (label, _) in enumerate(data):
        x = chart.x + step * (i + 0.5)
        drawing.add(text_shape(x, chart.y - font_size * 1.5, label, font, font_size))
    if title:
        drawing.add(text_shape(width / 2, height - font_size * 1.6, title, font, font_size * 1.3))
    return drawing
