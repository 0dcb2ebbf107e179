"""Statistics: the registry's figures as tables (computed by the services), exportable to .xlsx."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import Empty, FileData
from unionoffice.foundation.money import format_fen
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import StatsScreen, StatTable
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import info
from unionoffice.ui.style import HEADING
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.tables import fill_table, read_only_table

# Small tables side by side on the first row, the wide ones below at full width:
# table index → (row, column, row span, column span).
PLACEMENT = {
    0: (0, 0, 1, 1),
    6: (0, 1, 1, 1),
    2: (0, 2, 1, 1),
    1: (1, 0, 1, 3),
    5: (2, 0, 1, 3),
    4: (3, 0, 1, 3),
    3: (4, 0, 1, 3),
}


class StatsView(QWidget):
    """GUI thread. Built when its sub-tab is first shown; the figures come in one call."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tables: list[StatTable] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.headline = QLabel(self.tr("正在统计……"))
        self.headline.setObjectName("stats_headline")
        self.headline.setStyleSheet(f"font-size: 12pt; font-weight: 600; color: {HEADING};")
        refresh = QPushButton(icon("refresh-cw"), self.tr("刷新"))
        export = QPushButton(icon("file-spreadsheet"), self.tr("导出 Excel…"))
        refresh.clicked.connect(self.reload)
        export.clicked.connect(self.export)
        bar.addWidget(self.headline, 1)
        bar.addWidget(refresh)
        bar.addWidget(export)
        layout.addLayout(bar)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        scroll.setWidget(self.body)
        layout.addWidget(scroll)
        self.reload()

    def reload(self) -> None:
        self.ctx.calls.fetch(self, studios.STATISTICS, Empty(), self.show_stats, channel="stats")

    def show_stats(self, screen: StatsScreen) -> None:
        h = screen.headline
        self.headline.setText(
            self.tr(
                "工作室 {s} 个　发明专利 {i} 件　实用新型 {u} 件　经济效益 {b} 元　"
                "五小成果 {f} 项（一类及以上 {c} 项）"
            ).format(
                s=h.studios,
                i=h.inventions,
                u=h.utility_models,
                b=format_fen(h.benefit_fen),
                f=h.five_small,
                c=h.class_one_plus,
            )
        )
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.tables = screen.tables
        for index, table in enumerate(self.tables):
            box = QGroupBox(table.title)
            widget = read_only_table(box, f"stats_{index}")
            QVBoxLayout(box).addWidget(widget)
            fill_table(widget, table.headers, table.rows, right=range(1, len(table.headers)), spread=True)
            height = widget.horizontalHeader().height() + 26 * min(len(table.rows), 12) + 8
            widget.setMinimumHeight(height)
            widget.setMaximumHeight(height)
            self.grid.addWidget(box, *PLACEMENT.get(index, (5 + index, 0, 1, 3)))

    def export(self) -> None:
        target = choose_target(self, self.tr("导出统计"), self.tr("创新成果统计.xlsx"))
        if target is None:
            return

        def exported(file: FileData) -> None:
            save_download(
                self.ctx,
                self,
                file,
                target,
                lambda path: info(self, self.tr("已导出到 {path}").format(path=path)),
            )

        self.ctx.tasks.run_job(self, self.tr("正在导出统计…"), studios.EXPORT_STATISTICS, Empty(), exported)
