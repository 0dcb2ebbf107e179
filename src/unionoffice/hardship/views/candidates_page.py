"""免申即享: members whose households may need help, from data the union already holds, each with
its reasons. Nobody applies: the committee opens a file or sets the candidate aside with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPlainTextEdit, QWidget

from unionoffice.foundation.contract import ById, Empty, ListWindow, Operation, Page
from unionoffice.foundation.errors import FieldProblem
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import (
    CandidateFilter,
    CandidateScreen,
    DismissInput,
    Exported,
    field_label,
)
from unionoffice.hardship.labels import Origin
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.views.file_dialog import FileDialog
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.form_dialog import FormDialog

REASONS, DETAILS = 4, 5  # columns of the list


class CandidatesPage(ListPage[CandidateFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = hs.LIST_CANDIDATES
    open_op = hs.OPEN_CANDIDATES
    columns = hs.candidate_columns()
    default_sort = ("reasons", False)
    file_opened = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("candidate_table")
        self.year = 0
        note = QLabel(
            self.tr(
                "名单由系统根据工会已掌握的数据生成（医疗互助大额费用和困难预警、重病或意外、会员去世、"
                "在册亲属的变故等），无需本人申请。委员会逐一研究：建立档案，或写明理由后排除（本年内不再列出，出现新线索时重新列出）。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(note)

    def build(self) -> None:
        write = HardshipPerm.WRITE
        self.open_action = self.add_action(
            "file-plus",
            self.tr("建立档案"),
            self.open_file,
            needs_selection=True,
            permission=write,
            name="open_file",
        )
        self.dismiss_action = self.add_action(
            "ban", self.tr("不予建档…"), self.dismiss, needs_selection=True, permission=write, name="dismiss"
        )
        self.restore_action = self.add_action(
            "undo-2",
            self.tr("恢复到名单"),
            self.restore,
            needs_selection=True,
            permission=write,
            name="restore",
        )
        self.toolbar.addSeparator()
        self.add_action("file-down", self.tr("导出名单…"), self.export)
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母、工号"), name="candidate_search")
        self.branch = self.add_combo("branch", self.tr("全部分工会"))
        self.signal = self.add_combo("signal", self.tr("全部线索"))
        self.view = self.add_combo("view", None, [(self.tr("待研究"), False), (self.tr("本年已排除"), True)])
        self.view.currentIndexChanged.connect(self.update_actions)

    def current_filter(self) -> CandidateFilter:
        return CandidateFilter(
            text=self.search.text(),
            branch_id=self.branch.currentData(),
            signal=self.signal.currentData(),
            dismissed=bool(self.view.currentData()),
        )

    def opening_request(self) -> hs.CandidatesOpen:
        sort, descending = self.model.sort_key
        return hs.CandidatesOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: CandidateScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        self.year = screen.year
        for combo, items in (
            (self.branch, [(b.name, b.id) for b in org.mine()]),
            (self.signal, [(s.label, s.key) for s in screen.signals]),
        ):
            combo.blockSignals(True)
            for text, value in items:
                combo.addItem(text, value)
            combo.blockSignals(False)
        return screen.page

    def update_actions(self) -> None:
        super().update_actions()
        dismissed = bool(self.view.currentData()) if hasattr(self, "view") else False
        chosen = self.selected_id() is not None
        self.open_action.setEnabled(chosen and not dismissed)
        self.dismiss_action.setEnabled(chosen and not dismissed)
        self.restore_action.setEnabled(chosen and dismissed)

    def _selected_text(self, column: int) -> str:
        index = self.table.currentIndex()
        value = self.model.data(self.model.index(index.row(), column)) if index.isValid() else None
        return str(value or "")

    # Actions ----------------------------------------------------------------------------------
    def open_file(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        note = self.tr("免申即享名单：{reasons}（{details}）").format(
            reasons=self._selected_text(REASONS), details=self._selected_text(DETAILS)
        )
        dialog = FileDialog(self.ctx, None, member_id, Origin.CANDIDATE, note, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.file_opened.emit()

    def dismiss(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        name = str(self.model.data(self.model.index(self.table.currentIndex().row(), 0)) or "")
        if DismissDialog(self.ctx, member_id, name, self._selected_text(REASONS), self).exec():
            self.reload()

    def restore(self) -> None:
        member_id = self.selected_id()
        if member_id is not None and confirm(self, self.tr("把该会员恢复到本年的候选名单吗？")):
            self.ctx.calls.fetch(self, hs.RESTORE, ById(member_id), lambda _done: self.reload())

    def export(self) -> None:
        target = choose_target(
            self, self.tr("导出免申即享名单"), self.tr("{year}年免申即享候选名单.xlsx").format(year=self.year)
        )
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(self, self.tr("已导出 {n} 人到 {path}").format(n=result.rows, path=path)),
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在导出名单…"), hs.EXPORT_CANDIDATES, self.current_filter(), exported
        )


class DismissDialog(FormDialog):
    """The committee's reason for not opening a file this year."""

    def __init__(
        self, ctx: AppContext, member_id: int, name: str, reasons: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("不予建档"), parent)
        self.member_id = member_id
        self.setMinimumWidth(480)
        about = QLabel(self.tr("{name}　线索：{reasons}").format(name=name, reasons=reasons))
        about.setWordWrap(True)
        self.layout_.addWidget(about)
        form = QFormLayout()
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(90)
        self.reason.setPlaceholderText(
            self.tr("委员会研究的意见，如：经了解家庭收入稳定，本人表示不需要帮扶")
        )
        self.row(form, "reason", field_label("reason"), self.reason)
        self.layout_.addLayout(form)
        self.finish_layout()

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        return hs.DISMISS, DismissInput(self.member_id, self.reason.toPlainText()), []

    def saved(self, result: Empty) -> None:
        self.result_value = result
        self.accept()
