"""A branch union combo and the matching union-group combo, fed from the session's reference."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from unionoffice.core.org.contract import BranchRef
from unionoffice.foundation.i18n import translate


class BranchPicker(QWidget):
    changed = Signal()

    def __init__(
        self,
        branches: tuple[BranchRef, ...] = (),
        with_blank_group: bool = True,
        everything: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``everything``: a first branch item meaning "all branch unions" (filters)."""
        super().__init__(parent)
        self._blank_group = with_blank_group
        self._everything = everything
        self._branches: dict[int, BranchRef] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.branch = QComboBox()
        self.branch.setObjectName("branch")
        self.group = QComboBox()
        self.group.setObjectName("group")
        layout.addWidget(self.branch, 1)
        layout.addWidget(self.group, 1)
        self.branch.currentIndexChanged.connect(self._fill_groups)
        self.group.currentIndexChanged.connect(self.changed)
        self.set_branches(branches)

    def set_branches(self, branches: tuple[BranchRef, ...]) -> None:
        """New reference data; keeps the current choice where it still exists."""
        keep = self.value()
        self._branches = {b.id: b for b in branches}
        self.branch.blockSignals(True)
        self.branch.clear()
        if self._everything is not None:
            self.branch.addItem(self._everything, None)
        for branch in branches:
            self.branch.addItem(branch.name, branch.id)
        self.branch.blockSignals(False)
        self._fill_groups()
        self.set_value(*keep)

    def _fill_groups(self) -> None:
        self.group.blockSignals(True)
        self.group.clear()
        if self._blank_group or self.branch.currentData() is None:
            blank = (
                translate("Widgets", "全部小组") if self._everything else translate("Widgets", "（不分小组）")
            )
            self.group.addItem(blank, None)
        branch = self._branches.get(self.branch.currentData())
        for group in branch.groups if branch else ():
            self.group.addItem(group.name, group.id)
        self.group.blockSignals(False)
        self.changed.emit()

    def set_value(self, branch_id: int | None, group_id: int | None = None) -> None:
        index = self.branch.findData(branch_id)
        if index >= 0:
            self.branch.setCurrentIndex(index)
        index = self.group.findData(group_id)
        if index >= 0:
            self.group.setCurrentIndex(index)

    def value(self) -> tuple[int | None, int | None]:
        return self.branch.currentData(), self.group.currentData()

    def base_of_branch(self) -> str | None:
        branch = self._branches.get(self.branch.currentData())
        return branch.base if branch else None
