"""Judge mode: the focused, keyboard-first marking grid a judge uses offline on a laptop, for a
skill contest's event or a five-small round's score sheet (the package says which).

Type a mark, press Enter, the next cell opens. Each keystroke is saved to the working copy;
marks out of range turn red with the reason; the last column is the running total.
Runs on the GUI thread only; no database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.judging.marks import format_centi
from unionoffice.core.judging.package import FIVE_SMALL, PackageItem
from unionoffice.core.judging.workbook import JudgeWorkbook
from unionoffice.foundation.errors import UserError
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info, show_error
from unionoffice.ui.style import DONE_FILL, ERROR_FILL, HEADING, MUTED_TEXT

FIRST_ITEM_COLUMN = 2
BAD = QBrush(QColor(ERROR_FILL))
DONE = QBrush(QColor(DONE_FILL))


class _MarkDelegate(QStyledItemDelegate):
    """Line editor that saves every keystroke to the working copy."""

    def __init__(self, window: JudgeWindow) -> None:
        super().__init__(window.grid)
        self.window = window

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row, col = index.row(), index.column()
        editor.textEdited.connect(lambda text: self.window.typed(row, col, text))
        return editor


class MarkGrid(QTableWidget):
    """Enter commits and moves to the next cell (right, then the next contestant's first item)."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_next()
            return
        super().closeEditor(editor, hint)

    def move_next(self) -> None:
        row, col = self.currentRow(), self.currentColumn()
        last = self.columnCount() - 2  # the total column is not editable
        if col < last:
            col += 1
        elif row < self.rowCount() - 1:
            row, col = row + 1, FIRST_ITEM_COLUMN
        else:
            return
        self.setCurrentCell(row, col)
        self.edit(self.currentIndex())


class JudgeWindow(QMainWindow):
    def __init__(self, package_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = JudgeWorkbook(package_path)
        p = self.book.package
        self.items = list(p.items)
        self.setWindowTitle(
            self.tr("评委评分 — {judge} · {event}").format(judge=p.judge_name, event=p.event_name)
        )
        self.setWindowIcon(icon("gavel"))
        central = QWidget()
        layout = QVBoxLayout(central)
        title = QLabel(
            self.tr("{contest}　|　{event}　|　评委：{judge}").format(
                contest=p.contest_name, event=p.event_name, judge=p.judge_name
            )
        )
        title.setStyleSheet(f"font-size: 16px; font-weight: bold; color: {HEADING};")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "直接输入分数后按回车，自动跳到下一格；每次按键都会立即保存，断电不丢失。"
                "全部评完后点“完成并签名”。"
            )
        )
        hint.setStyleSheet(MUTED_TEXT)
        layout.addWidget(hint)
        self.grid = MarkGrid(len(self.book.bibs), len(self.items) + 3)
        self.grid.setObjectName("judge_grid")
        five_small = p.kind == FIVE_SMALL
        headers = (
            [self.tr("成果编号"), self.tr("成果名称")] if five_small else [self.tr("参赛号"), self.tr("姓名")]
        )
        headers += [
            self.tr("{name}\n（满分 {max}）").format(name=i.name, max=format_centi(i.max_centi))
            for i in self.items
        ]
        headers.append(self.tr("合计"))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(30)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if five_small:  # a result's title is longer than a contestant's name
            self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setMinimumHeight(48)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.setItemDelegate(_MarkDelegate(self))
        font = self.grid.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.grid.setFont(font)
        self._filling = True
        names = {c.bib: c.name for c in p.contestants}
        for row, bib in enumerate(self.book.bibs):
            for col, text in ((0, bib), (1, names[bib])):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(row, col, cell)
            for n, item in enumerate(self.items):
                cell = QTableWidgetItem(self.book.text(bib, item.id))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.setItem(row, FIRST_ITEM_COLUMN + n, cell)
                self._paint(row, FIRST_ITEM_COLUMN + n)
            total = QTableWidgetItem()
            total.setFlags(Qt.ItemFlag.ItemIsEnabled)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            total.setFont(self._bold())
            self.grid.setItem(row, len(self.items) + FIRST_ITEM_COLUMN, total)
            self._update_total(row)
        self._filling = False
        self.grid.itemChanged.connect(self._changed)
        layout.addWidget(self.grid, 1)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("judge_status")
        bar.addWidget(self.status, 1)
        self.finish_button = QPushButton(icon("badge-check"), self.tr("完成并签名"))
        self.finish_button.setObjectName("finish_button")
        self.finish_button.clicked.connect(self.finish)
        bar.addWidget(self.finish_button)
        layout.addLayout(bar)
        self.setCentralWidget(central)
        QShortcut(QKeySequence("Ctrl+S"), self, self.finish)
        self._update_status()
        if self.book.bibs and self.items:
            self.grid.setCurrentCell(0, FIRST_ITEM_COLUMN)
        self.resize(1100, 700)

    def _bold(self) -> QFont:
        font = self.grid.font()
        font.setBold(True)
        return font

    # Key ----------------------------------------------------------------------------------
    def ask_key(self) -> bool:
        """Ask for the key on the judge's key slip until it matches or the judge gives up."""
        while not self.book.unlocked:
            text, ok = QInputDialog.getText(
                self,
                self.tr("输入评分密钥"),
                self.tr("请输入密钥单上的评分密钥（32 位字母数字，可带短横线）："),
                QLineEdit.EchoMode.Normal,
            )
            if not ok:
                return False
            try:
                self.book.unlock(text)
            except UserError as error:
                info(self, str(error), self.tr("密钥不正确"))
        return True

    # Editing --------------------------------------------------------------------------------
    def _cell_item(self, col: int) -> PackageItem | None:
        index = col - FIRST_ITEM_COLUMN
        return self.items[index] if 0 <= index < len(self.items) else None

    def typed(self, row: int, col: int, text: str) -> None:
        item = self._cell_item(col)
        if item is None:
            return
        problem = self.book.set_text(self.book.bibs[row], item.id, text)
        self.status.setText(problem or self.tr("已保存"))

    def _changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        item = self._cell_item(cell.column())
        if item is None:
            return
        self.book.set_text(self.book.bibs[cell.row()], item.id, cell.text())
        self._filling = True
        self._paint(cell.row(), cell.column())
        self._update_total(cell.row())
        self._filling = False
        self._update_status()

    def _paint(self, row: int, col: int) -> None:
        item = self._cell_item(col)
        cell = self.grid.item(row, col)
        if item is None or cell is None:
            return
        problem = self.book.check(item.id, cell.text())
        cell.setBackground(BAD if problem else (DONE if cell.text() else QBrush()))
        cell.setToolTip(problem or "")

    def _update_total(self, row: int) -> None:
        total = self.book.total(self.book.bibs[row])
        cell = self.grid.item(row, len(self.items) + FIRST_ITEM_COLUMN)
        if cell is not None:
            cell.setText(f"{total:.2f}".rstrip("0").rstrip("."))

    def _update_status(self) -> None:
        cells = len(self.book.bibs) * len(self.items)
        bad = [p for p in self.book.problems() if "未评分" not in p]
        text = self.tr("已评 {done} / {total} 格").format(done=self.book.filled_count(), total=cells)
        if bad:
            text += self.tr("　|　{n} 格分数有误（红色）").format(n=len(bad))
        self.status.setText(text)

    # Finish ---------------------------------------------------------------------------------
    @guarded
    def finish(self) -> None:
        if not self.book.unlocked and not self.ask_key():
            return
        office = self.tr("工会办公室") if self.book.package.kind == FIVE_SMALL else self.tr("竞赛办公室")
        question = self.tr("签名后生成的评分包将交回{office}导入。确认完成评分并签名吗？").format(
            office=office
        )
        if not confirm(self, question):
            return
        out = self.book.finish()
        self.last_output = out
        info(
            self,
            self.tr("已签名并保存为：\n{path}\n请将此文件交给{office}。").format(path=out, office=office),
            self.tr("完成"),
        )


def open_judge_window(path: str | Path) -> JudgeWindow | None:
    window = JudgeWindow(path)
    if not window.ask_key():
        return None
    window.show()
    return window


def run_judge_mode(app: QApplication, path: str) -> int:
    try:
        window = open_judge_window(path)
    except UserError as error:
        show_error(None, error)
        return 2
    if window is None:
        return 0
    return app.exec()
