"""Shown when a save loses to someone else's change (``ConcurrentEditError``), for every module.

"This record was changed by X at T": the clerk can reload (the form's own
``reload_after_conflict`` hook, looked up from the widget that failed up to the window), or
compare what they typed with what is stored now, field by field, before deciding.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.errors import ConcurrentEditError
from unionoffice.ui.icons import icon

RELOAD_HOOK = "reload_after_conflict"


class ConflictDialog(QDialog):
    RELOAD = 2

    def __init__(self, error: ConcurrentEditError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(self.tr("记录已被他人修改"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        headline = QLabel(self._headline())
        headline.setWordWrap(True)
        headline.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(headline)
        detail = QLabel(self.tr("您的修改没有保存。重新加载可看到对方保存的内容，再决定是否重新修改。"))
        detail.setWordWrap(True)
        layout.addWidget(detail)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("您填写的"), self.tr("当前保存的")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(False)
        layout.addWidget(self.table)
        self.no_difference = QLabel()
        self.no_difference.setWordWrap(True)
        self.no_difference.setVisible(False)
        layout.addWidget(self.no_difference)

        buttons = QDialogButtonBox()
        self.reload_button = QPushButton(icon("refresh-cw"), self.tr("重新加载"))
        self.compare_button = QPushButton(icon("arrow-right-left"), self.tr("比较"))
        self.close_button = QPushButton(self.tr("关闭"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self.done(self.RELOAD))
        self.compare_button.clicked.connect(self.show_comparison)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _headline(self) -> str:
        e = self.error
        if e.changed_by and e.changed_at:
            what = e.entity or self.tr("记录")
            return self.tr("这条{what}已被 {who} 于 {when} 修改。").format(
                what=what, who=e.changed_by, when=e.changed_at
            )
        return str(e)

    def show_comparison(self) -> None:
        """Fields the clerk changed that now hold something else; else everything as stored now."""
        differences = self.error.differences()
        if differences:
            rows = [(d.label, d.mine, d.stored) for d in differences]
        else:
            rows = [(self.error.labels.get(k, k), "", v) for k, v in self.error.current.items()]
            self.no_difference.setText(
                self.tr(
                    "您填写的内容与对方保存的没有冲突，或者本次操作没有可比较的字段。下面是当前保存的内容。"
                )
                if self.error.current
                else self.tr("该记录已不存在，没有可比较的内容。")
            )
            self.no_difference.setVisible(True)
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2 and differences:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.setColumnHidden(1, not differences)
        self.table.setVisible(bool(rows))
        self.compare_button.setEnabled(False)
        self.adjustSize()


def reload_hook(widget: QWidget | None):  # type: ignore[no-untyped-def]
    """The nearest ``reload_after_conflict`` from the failing widget up to its window."""
    while widget is not None:
        hook = getattr(widget, RELOAD_HOOK, None)
        if callable(hook):
            return hook
        widget = widget.parentWidget()
    return None


def show_conflict(parent: QWidget | None, error: ConcurrentEditError) -> None:
    dialog = ConflictDialog(error, parent)
    hook = reload_hook(parent)
    dialog.reload_button.setEnabled(hook is not None)
    if dialog.exec() == ConflictDialog.RELOAD and hook is not None:
        hook(error)
