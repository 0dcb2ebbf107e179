"""Organisation tree screen: add, rename, merge and retire units (admins)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.org import contract as org
from unionoffice.core.org.contract import Merge, NewUnit, Retire, TreeRequest, UnitChange, UnitInfo, UnitTree
from unionoffice.core.org.labels import BASES, UnitKind
from unionoffice.foundation.contract import Operation
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitDialog(QDialog):
    def __init__(self, unit: UnitInfo | None, kind: UnitKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改单位") if unit else self.tr("新增{kind}").format(kind=kind.label))
        form = QFormLayout(self)
        self.name = QLineEdit(unit.name if unit else "")
        self.base = QComboBox()
        self.base.addItem(self.tr("（不限）"), None)
        for base in BASES:
            self.base.addItem(base, base)
        if unit and unit.base:
            self.base.setCurrentIndex(self.base.findData(unit.base))
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 1_000_000)
        self.headcount.setValue(unit.headcount or 0 if unit else 0)
        self.headcount.setSpecialValueText(self.tr("未填"))
        form.addRow(self.tr("名称："), self.name)
        form.addRow(self.tr("生产基地："), self.base)
        if kind == UnitKind.BRANCH:
            form.addRow(self.tr("职工人数（算入会率）："), self.headcount)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str | None, int | None]:
        return self.name.text(), self.base.currentData(), self.headcount.value() or None


class OrgView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("plus"), self.tr("新增下级单位"))
        self.edit_button = QPushButton(icon("pencil"), self.tr("修改"))
        self.merge_button = QPushButton(icon("git-merge"), self.tr("合并到…"))
        self.retire_button = QPushButton(icon("ban"), self.tr("撤销"))
        self.show_retired = QCheckBox(self.tr("显示已撤销单位"))
        for button in (self.add_button, self.edit_button, self.merge_button, self.retire_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.show_retired)
        layout.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("名称"),
                self.tr("类型"),
                self.tr("生产基地"),
                self.tr("在会会员"),
                self.tr("职工人数"),
                self.tr("状态"),
            ]
        )
        self.tree.setColumnWidth(0, 280)
        layout.addWidget(self.tree)
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.merge_button.clicked.connect(self.merge_unit)
        self.retire_button.clicked.connect(self.retire_unit)
        self.show_retired.toggled.connect(self.reload)
        self.tree.itemDoubleClicked.connect(self.edit_unit)
        self.units: dict[int, UnitInfo] = {}
        self.reload()

    def reload(self) -> None:
        self.ctx.calls.fetch(
            self, org.TREE, TreeRequest(self.show_retired.isChecked()), self._show, channel="tree"
        )

    def _act(self, op: Operation[Any, Any], request: Any, then: Callable[[Any], None] | None = None) -> None:
        """A change, then the tree as it is now."""

        def done(result: Any) -> None:
            if then is not None:
                then(result)
            self.reload()

        self.ctx.calls.fetch(self, op, request, done)

    def _show(self, tree: UnitTree) -> None:
        self.units = {u.id: u for u in tree.units}
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for unit in self.units.values():
            item = QTreeWidgetItem(
                [
                    unit.name,
                    unit.kind.label,
                    unit.base or "",
                    str(unit.member_count),
                    "" if unit.headcount is None else str(unit.headcount),
                    self.tr("正常") if unit.active else self.tr("已撤销"),
                ]
            )
            item.setData(0, ID_ROLE, unit.id)
            item.setIcon(
                0, icon({"company": "building-2", "branch": "building", "group": "users"}[unit.kind])
            )
            for column in (3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[unit.id] = item
        # Attach after all items exist: sort order is per parent, so a child may come first.
        for unit in self.units.values():
            parent = items.get(unit.parent_id) if unit.parent_id else None
            if parent is not None:
                parent.addChild(items[unit.id])
            else:
                self.tree.addTopLevelItem(items[unit.id])
        self.tree.expandToDepth(0)

    def reload_after_conflict(self, _error: object) -> None:
        """The conflict dialog's "reload": show what the other person saved."""
        self.reload()

    def selected(self) -> UnitInfo | None:
        item = self.tree.currentItem()
        return self.units.get(item.data(0, ID_ROLE)) if item else None

    @guarded
    def add_unit(self) -> None:
        parent = self.selected()
        if parent is None or parent.kind == UnitKind.GROUP:
            info(self, self.tr("请先选中公司工会（新增分工会）或分工会（新增工会小组）。"))
            return
        kind = UnitKind.BRANCH if parent.kind == UnitKind.COMPANY else UnitKind.GROUP
        dialog = UnitDialog(None, kind, self)
        if dialog.exec():
            name, base, headcount = dialog.values()
            self._act(org.CREATE_UNIT, NewUnit(parent.id, name, base, headcount))

    @guarded
    def edit_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        dialog = UnitDialog(unit, unit.kind, self)
        if dialog.exec():
            name, base, headcount = dialog.values()
            self._act(org.UPDATE_UNIT, UnitChange(unit.id, unit.version, name, base, headcount))

    @guarded
    def merge_unit(self) -> None:
        unit = self.selected()
        if unit is None or unit.kind == UnitKind.COMPANY:
            return
        targets = [u for u in self.units.values() if u.kind == unit.kind and u.id != unit.id and u.active]
        names = [u.name for u in targets]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("合并单位"),
            self.tr("把“{name}”的会员和下级单位并入：").format(name=unit.name),
            names,
            0,
            False,
        )
        if not ok or not chosen:
            return
        target = targets[names.index(chosen)]
        if confirm(
            self,
            self.tr("确定把“{a}”并入“{b}”吗？“{a}”将被撤销，历史记录保留。").format(
                a=unit.name, b=target.name
            ),
        ):
            self._act(
                org.MERGE_UNITS,
                Merge(unit.id, target.id),
                lambda moved: info(self, self.tr("已合并，转移会员 {n} 名。").format(n=moved.members)),
            )

    @guarded
    def retire_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        if confirm(self, self.tr("确定撤销“{name}”吗？撤销后历史记录保留。").format(name=unit.name)):
            self._act(org.RETIRE_UNIT, Retire(unit.id, unit.version))
