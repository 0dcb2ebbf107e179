"""The events and their scoring items, master and detail: pick an event above, edit its items below.
Weights and maxima are typed as text and read as exact decimals, never through a float."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from itertools import count
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from unionoffice.contests.contract import EventDef, ItemDef, number_text
from unionoffice.contests.labels import AggregationRule, EventKind, ItemKind
from unionoffice.contests.views.buttons import button
from unionoffice.contests.views.row_table import Column, RowTable
from unionoffice.foundation.errors import FieldProblem

# Event columns; column 0 is a hidden key that ties an event row to its items while rows move.
E_KEY, E_CODE, E_NAME, E_KIND, E_WEIGHT, E_AGG, E_DROP, E_MIN = range(8)
I_CODE, I_NAME, I_MAX, I_WEIGHT, I_KIND = range(5)


def parse_decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace("％", "").replace("%", "").replace("×", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class EventsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = count(1)
        self.editable = True
        self._items: dict[str, list[list[Any]]] = {}
        self._shown: str | None = None
        layout = QVBoxLayout(self)
        events_box = QGroupBox(self.tr("科目（各科目权重之和应为 100%）"))
        events_layout = QVBoxLayout(events_box)
        self.events = RowTable(
            [
                Column(""),
                Column(self.tr("编号"), width=80, tip=self.tr("科目编号，用于方案文件和并列名次规则")),
                Column(self.tr("科目名称")),
                Column(
                    self.tr("类型"),
                    "choice",
                    tuple((k.value, k.label) for k in EventKind),
                    width=90,
                ),
                Column(self.tr("权重 %"), width=80),
                Column(
                    self.tr("汇总规则"),
                    "choice",
                    tuple((k.value, k.label) for k in AggregationRule),
                    width=140,
                    tip=self.tr("各评委给分如何合成一个细则得分"),
                ),
                Column(
                    self.tr("去掉个数"),
                    "int",
                    minimum=0,
                    maximum=5,
                    width=80,
                    tip=self.tr("去掉几个最高分和几个最低分"),
                ),
                Column(
                    self.tr("评委≥"),
                    "int",
                    minimum=1,
                    maximum=30,
                    width=70,
                    tip=self.tr("评委人数达到此数时才去掉最高最低分，否则按平均分"),
                ),
            ]
        )
        self.events.setObjectName("events_table")
        self.events.setColumnHidden(E_KEY, True)
        self.events.currentCellChanged.connect(self._event_changed)
        self.events.edited.connect(self._refresh)
        events_layout.addWidget(self.events)
        bar = QHBoxLayout()
        self.event_buttons = [
            button(self.tr("添加科目"), "plus", self.add_event),
            button(self.tr("删除科目"), "trash-2", self.remove_event),
            button(self.tr("上移"), "", lambda: self.events.move_current(-1)),
            button(self.tr("下移"), "", lambda: self.events.move_current(1)),
        ]
        for b in self.event_buttons:
            bar.addWidget(b)
        bar.addStretch(1)
        self.weight_total = QLabel()
        self.weight_total.setObjectName("weight_total")
        bar.addWidget(self.weight_total)
        events_layout.addLayout(bar)
        layout.addWidget(events_box, 1)

        self.items_box = QGroupBox()
        items_layout = QVBoxLayout(self.items_box)
        self.items = RowTable(
            [
                Column(self.tr("编号"), width=80),
                Column(self.tr("评分细则")),
                Column(self.tr("满分"), width=90),
                Column(self.tr("权重 ×"), width=90, tip=self.tr("细则得分乘以此数后计入科目得分，通常为 1")),
                Column(
                    self.tr("评分方式"),
                    "choice",
                    tuple((k.value, k.label) for k in ItemKind),
                    width=110,
                    tip=self.tr("客观测量项（如用时、试卷分）由一名评委录入"),
                ),
            ]
        )
        self.items.setObjectName("items_table")
        self.items.edited.connect(self._refresh)
        items_layout.addWidget(self.items)
        bar = QHBoxLayout()
        self.item_buttons = [
            button(self.tr("添加细则"), "plus", self.add_item),
            button(self.tr("删除细则"), "trash-2", self.items.remove_current),
            button(self.tr("上移"), "", lambda: self.items.move_current(-1)),
            button(self.tr("下移"), "", lambda: self.items.move_current(1)),
        ]
        for b in self.item_buttons:
            bar.addWidget(b)
        bar.addStretch(1)
        self.item_total = QLabel()
        bar.addWidget(self.item_total)
        items_layout.addLayout(bar)
        layout.addWidget(self.items_box, 1)

    # Loading and editing --------------------------------------------------------------------
    def load(self, events: tuple[EventDef, ...]) -> None:
        self._items.clear()
        self._shown = None
        rows = []
        for e in events:
            key = str(next(self._keys))
            rows.append(
                [
                    key,
                    e.code,
                    e.name,
                    e.kind,
                    number_text(e.weight_pct),
                    e.aggregation,
                    e.drop_n,
                    e.drop_min_judges,
                ]
            )
            self._items[key] = [
                [i.code, i.name, number_text(i.max_marks), number_text(i.weight), i.kind] for i in e.items
            ]
        self.events.set_rows(rows)
        if rows:
            self.events.setCurrentCell(0, E_NAME)
        self._show_items()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.events.set_read_only(not editable)
        self.items.set_read_only(not editable)
        for widget in (*self.event_buttons, *self.item_buttons):
            widget.setEnabled(editable)
        self._refresh()

    def add_event(self) -> int:
        used = {row[E_CODE] for row in self.events.rows()}
        code = next(f"E{n}" for n in count(self.events.rowCount() + 1) if f"E{n}" not in used)
        left = Decimal(100) - self.weight_sum()
        key = str(next(self._keys))
        self._items[key] = []
        return self.events.add_row(
            [
                key,
                code,
                "",
                EventKind.PRACTICAL.value,
                number_text(left) if left > 0 else "",
                AggregationRule.TRIMMED.value,
                1,
                5,
            ]
        )

    def remove_event(self) -> None:
        row = self.events.currentRow()
        if row < 0:
            return
        key = self.events.value(row, E_KEY)
        self.events.remove_current()
        self._items.pop(key, None)
        if self._shown == key:
            self._shown = None
            self._show_items()

    def add_item(self) -> int:
        if self._shown is None:
            return -1
        used = {row[I_CODE] for row in self.items.rows()}
        code = next(f"{n}" for n in count(self.items.rowCount() + 1) if f"{n}" not in used)
        return self.items.add_row([code, "", "", "1", ItemKind.JUDGED.value])

    def _event_changed(self, row: int, _col: int, _old_row: int, _old_col: int) -> None:
        self._stash()
        self._shown = self.events.value(row, E_KEY) if row >= 0 else None
        self._show_items()

    def _stash(self) -> None:
        if self._shown is not None and self._shown in self._items:
            self._items[self._shown] = self.items.rows()

    def _show_items(self) -> None:
        self.items.set_rows(self._items.get(self._shown, []) if self._shown else [])
        name = next((r[E_NAME] for r in self.events.rows() if r[E_KEY] == self._shown), None)
        self.items_box.setTitle(
            self.tr("“{name}”的评分细则").format(name=name or self.tr("未命名科目"))
            if self._shown
            else self.tr("评分细则（请先选择一个科目）")
        )
        for b in self.item_buttons:
            b.setEnabled(self._shown is not None and self.editable)

    def weight_sum(self) -> Decimal:
        return sum((parse_decimal(r[E_WEIGHT]) or Decimal(0) for r in self.events.rows()), Decimal(0))

    def _refresh(self) -> None:
        total = self.weight_sum()
        ok = total == 100
        self.weight_total.setText(
            self.tr("权重合计：{total}%").format(total=number_text(total))
            + ("" if ok else self.tr("（应为 100%）"))
        )
        self.weight_total.setStyleSheet(f"font-weight: bold; color: {'#2e7d32' if ok else '#c62828'};")
        for r in range(self.events.rowCount()):
            trimmed = self.events.value(r, E_AGG) == AggregationRule.TRIMMED
            for col in (E_DROP, E_MIN):
                widget = self.events.widget_at(r, col)
                if widget is not None:
                    widget.setEnabled(trimmed and self.editable)
        full = Decimal(0)
        for item in self.items.rows():
            top, weight = parse_decimal(item[I_MAX]), parse_decimal(item[I_WEIGHT])
            full += (top or 0) * (weight or 0)
        self.item_total.setText(
            self.tr("本科目满分：{total}").format(total=number_text(full)) if self._shown else ""
        )
        if self._shown:
            name = next((r[E_NAME] for r in self.events.rows() if r[E_KEY] == self._shown), "")
            self.items_box.setTitle(self.tr("“{name}”的评分细则").format(name=name or self.tr("未命名科目")))

    # Reading back ---------------------------------------------------------------------------
    def collect(self, problems: list[FieldProblem]) -> tuple[EventDef, ...]:
        """The events as typed; a number that is not a number is named by event, item and column."""
        self._stash()
        events = []
        for n, r in enumerate(self.events.rows(), start=1):
            where = self.tr("第 {n} 个科目“{name}”").format(n=n, name=r[E_NAME] or r[E_CODE])
            weight = parse_decimal(r[E_WEIGHT])
            if weight is None:
                problems.append(FieldProblem(where, self.tr("权重“{text}”不是数字").format(text=r[E_WEIGHT])))
            items = []
            for m, i in enumerate(self._items.get(r[E_KEY], []), start=1):
                at = self.tr("{where}第 {m} 个细则“{name}”").format(
                    where=where, m=m, name=i[I_NAME] or i[I_CODE]
                )
                top, factor = parse_decimal(i[I_MAX]), parse_decimal(i[I_WEIGHT])
                if top is None:
                    problems.append(FieldProblem(at, self.tr("满分“{text}”不是数字").format(text=i[I_MAX])))
                if factor is None:
                    problems.append(
                        FieldProblem(at, self.tr("权重“{text}”不是数字").format(text=i[I_WEIGHT]))
                    )
                items.append(
                    ItemDef(
                        i[I_CODE],
                        i[I_NAME],
                        i[I_KIND],
                        top or Decimal(0),
                        Decimal(1) if factor is None else factor,
                    )
                )
            events.append(
                EventDef(
                    r[E_CODE],
                    r[E_NAME],
                    r[E_KIND],
                    weight or Decimal(0),
                    tuple(items),
                    r[E_AGG],
                    r[E_DROP],
                    r[E_MIN],
                )
            )
        return tuple(events)

    def targets(self) -> list[tuple[str, str]]:
        """Tie-break rules the current events and items allow: (rule, words)."""
        self._stash()
        result = []
        for r in self.events.rows():
            result.append(
                (
                    f"event:{r[E_CODE]}",
                    self.tr("科目“{name}”得分高者在前").format(name=r[E_NAME] or r[E_CODE]),
                )
            )
            for i in self._items.get(r[E_KEY], []):
                result.append(
                    (
                        f"item:{r[E_CODE]}/{i[I_CODE]}",
                        self.tr("细则“{event}／{item}”得分高者在前").format(
                            event=r[E_NAME] or r[E_CODE], item=i[I_NAME] or i[I_CODE]
                        ),
                    )
                )
        return result
