"""系统管理 → 节假日: each year's public holidays and worked weekend days, as the State Council
announces them. Notices "of at least five working days" are counted with them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.calendar import contract as calendar
from unionoffice.core.calendar.contract import ByYear, CalendarEntry, YearCalendar
from unionoffice.foundation.contract import Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.foundation.importer import CellError, parse_date
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.style import MUTED_TEXT, WARNING_TEXT
from unionoffice.ui.widgets.form_dialog import FormDialog
from unionoffice.ui.widgets.tables import fill_table, read_only_table


class CalendarView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = YearCalendar(date.today().year, False)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.edit_button = QPushButton(icon("pencil"), self.tr("编辑本年安排…"))
        bar.addWidget(QLabel(self.tr("年份：")))
        bar.addWidget(self.year)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.table = read_only_table(self, "days")
        layout.addWidget(self.table)
        hint = QLabel(
            self.tr(
                "每年 11 月前后国务院办公厅公布下一年的节假日安排，请及时录入；公示期等按工作日计算的期限会用到。"
            )
        )
        hint.setStyleSheet(MUTED_TEXT)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.year.valueChanged.connect(self.reload)
        self.edit_button.clicked.connect(self.edit)
        self.reload()

    def reload(self) -> None:
        self.ctx.calls.fetch(self, calendar.YEAR, ByYear(self.year.value()), self._show, channel="year")

    def reload_after_conflict(self, _error: object = None) -> None:
        self.reload()

    def _show(self, year: YearCalendar) -> None:
        self.current = year
        if year.entered:
            self.state.setStyleSheet("")
            self.state.setText(self.tr("依据：{source}").format(source=year.source or self.tr("（未填）")))
        else:
            self.state.setStyleSheet(WARNING_TEXT)
            self.state.setText(self.tr("{year} 年的节假日安排尚未录入。").format(year=year.year))
        kinds = {True: self.tr("放假"), False: self.tr("调休上班")}
        weekdays = [
            self.tr("周一"),
            self.tr("周二"),
            self.tr("周三"),
            self.tr("周四"),
            self.tr("周五"),
            self.tr("周六"),
            self.tr("周日"),
        ]
        fill_table(
            self.table,
            [self.tr("日期"), self.tr("星期"), self.tr("安排"), self.tr("名称")],
            [(d.day.isoformat(), weekdays[d.day.weekday()], kinds[d.holiday], d.name) for d in year.days],
        )

    def edit(self) -> None:
        if YearDialog(self.ctx, self.current, self).exec():
            self.reload()


class YearDialog(FormDialog):
    """The year's days as a small editable table (date, holiday or worked, name)."""

    def __init__(self, ctx: AppContext, year: YearCalendar, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("{year} 年节假日安排").format(year=year.year), parent)
        self.year = year.year
        self.resize(560, 560)
        form = QFormLayout()
        self.source = QLineEdit(year.source)
        self.source.setPlaceholderText(
            self.tr("如：国务院办公厅关于{year}年部分节假日安排的通知").format(year=year.year)
        )
        self.row(form, "source", self.tr("依据："), self.source)
        self.layout_.addLayout(form)
        self.days = QTableWidget(0, 3)
        self.days.setObjectName("days")
        self.days.setHorizontalHeaderLabels([self.tr("日期"), self.tr("安排"), self.tr("名称")])
        self.days.horizontalHeader().setStretchLastSection(True)
        self.days.verticalHeader().hide()
        self.layout_.addWidget(self.days)
        buttons = QHBoxLayout()
        add = QPushButton(icon("plus"), self.tr("添加一天"))
        add.clicked.connect(lambda: self._add(None))
        remove = QPushButton(icon("trash-2"), self.tr("删除所选"))
        remove.clicked.connect(self._remove)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        for entry in year.days:
            self._add(entry)
        self.finish_layout()

    def _add(self, entry: CalendarEntry | None) -> None:
        row = self.days.rowCount()
        self.days.insertRow(row)
        day = entry.day if entry else date(self.year, 1, 1)
        self.days.setItem(row, 0, QTableWidgetItem(day.isoformat()))
        kind = QComboBox()
        kind.addItem(self.tr("放假"), True)
        kind.addItem(self.tr("调休上班"), False)
        kind.setCurrentIndex(0 if entry is None or entry.holiday else 1)
        self.days.setCellWidget(row, 1, kind)
        self.days.setItem(row, 2, QTableWidgetItem(entry.name if entry else ""))
        self.days.setCurrentCell(row, 0)

    def _remove(self) -> None:
        for row in sorted({i.row() for i in self.days.selectedIndexes()}, reverse=True):
            self.days.removeRow(row)

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        entries, problems = [], []
        for row in range(self.days.rowCount()):
            text = self.days.item(row, 0).text() if self.days.item(row, 0) else ""
            kind = self.days.cellWidget(row, 1)
            name = self.days.item(row, 2).text() if self.days.item(row, 2) else ""
            try:
                day = parse_date(text)
            except CellError as error:
                problems.append(FieldProblem(self.tr("第 {n} 行").format(n=row + 1), error.message))
                continue
            if day is not None and isinstance(kind, QComboBox):
                entries.append(CalendarEntry(day, bool(kind.currentData()), name))
        entries.sort(key=lambda e: e.day)
        return calendar.SAVE_YEAR, YearCalendar(self.year, True, self.source.text(), entries), problems
