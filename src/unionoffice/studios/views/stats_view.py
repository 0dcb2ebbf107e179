"""Statistics: the figures as tables (computed on the worker), exportable to .xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.money import format_fen
from unionoffice.studios.labels import Kind
from unionoffice.studios.service.stats import Statistics, StatTable, stat_tables, statistics
from unionoffice.studios.views.common import fill_table, read_only_table
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info


class StatsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tables: list[StatTable] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.headline = QLabel()
        self.headline.setObjectName("stats_headline")
        self.headline.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1f4e79;")
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

    @guarded
    def reload(self) -> None:
        ctx = self.ctx
        ctx.tasks.run(
            self,
            self.tr("正在统计……"),
            lambda progress: statistics(ctx.db, ctx.actor),
            self.show_stats,
            cancellable=False,
        )

    def show_stats(self, st: Statistics) -> None:
        self.headline.setText(
            self.tr(
                "工作室 {s} 个　发明专利 {i} 件　实用新型 {u} 件　经济效益 {b} 元　"
                "五小成果 {f} 项（一类及以上 {c} 项）"
            ).format(
                s=st.studios_total,
                i=st.patent_total(Kind.INVENTION),
                u=st.patent_total(Kind.UTILITY),
                b=format_fen(st.benefit_total_fen),
                f=st.five_small_total,
                c=st.class_one_plus,
            )
        )
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.tables = stat_tables(st)
        # Small tables side by side on the first row, the wide ones below at full width.
        placement = {
            0: (0, 0, 1, 1),
            6: (0, 1, 1, 1),
            2: (0, 2, 1, 1),
            1: (1, 0, 1, 3),
            5: (2, 0, 1, 3),
            4: (3, 0, 1, 3),
            3: (4, 0, 1, 3),
        }
        for index, table in enumerate(self.tables):
            box = QGroupBox(table.title)
            widget = read_only_table(box)
            QVBoxLayout(box).addWidget(widget)
            fill_table(widget, table.headers, table.rows, right_from=1, spread=True)
            height = widget.horizontalHeader().height() + 26 * min(len(table.rows), 12) + 8
            widget.setMinimumHeight(height)
            widget.setMaximumHeight(height)
            self.grid.addWidget(box, *placement.get(index, (5 + index, 0, 1, 3)))

    @guarded
    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出统计"), self.tr("创新成果统计.xlsx"), "Excel (*.xlsx)"
        )
        if not path:
            return
        from unionoffice.foundation.xlsx import Sheet, write_xlsx

        write_xlsx(Path(path), [Sheet(t.title, t.headers, t.rows) for t in self.tables])
        info(self, self.tr("已导出到 {path}").format(path=path))
