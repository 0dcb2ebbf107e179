"""The proposals of a congress session: the list with its overdue filter, the resolution rate,
each step of a proposal's path, and the report for the congress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from unionoffice.congress import contract as congress
from unionoffice.congress.contract import ProposalDetail, ProposalFilter, ProposalForm, ProposalsScreen
from unionoffice.congress.labels import OVERDUE, ProposalStatus
from unionoffice.congress.perms import CongressPerm
from unionoffice.congress.views.common import figures_label, fill_choices
from unionoffice.foundation.contract import FileData, ListWindow, Page
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import combo
from unionoffice.ui.widgets.files import choose_target, pdf, save_download, xlsx

# Imports inside functions: the dialogs load when the clerk first opens one.


class ProposalsPage(ListPage[ProposalFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = congress.LIST_PROPOSALS
    open_op = congress.OPEN_PROPOSALS
    columns = congress.proposal_columns()
    default_sort = ("number", False)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("proposal_table")

    def build(self) -> None:
        write, manage = CongressPerm.WRITE, CongressPerm.MANAGE
        self.add_action("plus", self.tr("征集提案"), self.add_proposal, permission=write, name="add_proposal")
        self.add_action("pencil", self.tr("修改"), self.edit, needs_selection=True, permission=write)
        self.add_action("gavel", self.tr("立案审查"), self.review, needs_selection=True, permission=manage)
        self.add_action("send", self.tr("交办"), self.assign, needs_selection=True, permission=manage)
        self.add_action("pen-line", self.tr("登记答复"), self.reply, needs_selection=True, permission=write)
        self.add_action(
            "circle-check", self.tr("办结"), self.close_proposal, needs_selection=True, permission=write
        )
        self.add_menu(
            "file-down",
            self.tr("提案工作报告"),
            [
                ("file-text", self.tr("导出 PDF…"), lambda: self.export("pdf")),
                ("file-spreadsheet", self.tr("导出 Excel…"), lambda: self.export("xlsx")),
            ],
        )
        self.session = combo([], None, "proposal_session")
        self.session.currentIndexChanged.connect(self.reopen)
        self.add_filter_widget(self.session, 2)
        self.search = self.add_search(self.tr("搜索：提案号、案由、提案人、承办部门"), name="proposal_search")
        self.branch = self.add_combo("branch", self.tr("全部分工会"))
        statuses = [(s.label, s.value) for s in ProposalStatus]
        self.status = self.add_combo(
            "status", self.tr("全部状态"), [(self.tr("逾期未答复"), OVERDUE), *statuses]
        )
        self.figures = figures_label("proposal_figures")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.figures)

    def current_filter(self) -> ProposalFilter:
        return ProposalFilter(
            self.session.currentData(),
            self.search.text(),
            self.branch.currentData(),
            self.status.currentData(),
        )

    def opening_request(self) -> congress.ProposalsOpen:
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return congress.ProposalsOpen(self.current_filter(), window, self.ctx.refs.org_stamp)

    def opened(self, screen: ProposalsScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        if self.branch.count() == 1:
            self.branch.blockSignals(True)
            for branch in org.mine():
                self.branch.addItem(branch.name, branch.id)
            self.branch.blockSignals(False)
        fill_choices(self.session, screen.sessions, screen.session_id)
        stats = screen.stats
        if stats is None:
            self.figures.setText(self.tr("还没有职代会：请先在“职工代表”页新建一次职代会。"))
        else:
            rate = f"{stats.rate}%" if stats.rate else "—"
            self.figures.setText(
                self.tr(
                    "提案 {total} 件，立案 {accepted} 件，已办结 {closed} 件，办结率 {rate}；逾期未答复 {overdue} 件。"
                ).format(
                    total=stats.total,
                    accepted=stats.accepted,
                    closed=stats.closed,
                    rate=rate,
                    overdue=stats.overdue,
                )
            )
        return screen.page

    def reopen(self) -> None:
        """The list and the figures again, in one call (after a change, or another session)."""
        if self._opened:
            self.open()

    # Actions ------------------------------------------------------------------------------------
    def _with_form(self, proposal_id: int | None, then: Callable[[ProposalForm], None]) -> None:
        session_id = self.session.currentData()
        if session_id is None:
            info(self, self.tr("请先在“职工代表”页新建一次职代会。"))
            return
        self.ctx.calls.fetch(
            self, congress.OPEN_PROPOSAL, congress.ProposalFormOpen(session_id, proposal_id), then
        )

    def _step(self, make: Callable[[ProposalDetail], QDialog]) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return

        def loaded(form: ProposalForm) -> None:
            assert form.proposal is not None
            if make(form.proposal).exec() == QDialog.DialogCode.Accepted:
                self.reopen()

        self._with_form(chosen, loaded)

    def add_proposal(self) -> None:
        from unionoffice.congress.views.proposal_dialogs import ProposalDialog

        def loaded(form: ProposalForm) -> None:
            dialog = ProposalDialog(self.ctx, self.session.currentData(), form, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.reopen()

        self._with_form(None, loaded)

    def edit(self) -> None:
        from unionoffice.congress.views.proposal_dialogs import ProposalDialog

        chosen = self.selected_id()
        if chosen is None:
            return

        def loaded(form: ProposalForm) -> None:
            if (
                ProposalDialog(self.ctx, self.session.currentData(), form, self).exec()
                == QDialog.DialogCode.Accepted
            ):
                self.reopen()

        self._with_form(chosen, loaded)

    def review(self) -> None:
        from unionoffice.congress.views.proposal_dialogs import ReviewDialog

        self._step(lambda p: ReviewDialog(self.ctx, p, self))

    def assign(self) -> None:
        from unionoffice.congress.views.proposal_dialogs import AssignDialog

        self._step(lambda p: AssignDialog(self.ctx, p, self))

    def reply(self) -> None:
        from unionoffice.congress.views.proposal_dialogs import ReplyDialog

        self._step(lambda p: ReplyDialog(self.ctx, p, self))

    def close_proposal(self) -> None:
        from unionoffice.congress.views.proposal_dialogs import CloseDialog

        self._step(lambda p: CloseDialog(self.ctx, p, self))

    def activated(self) -> None:
        """Double-click: the proposal's next step."""
        from unionoffice.congress.views.proposal_dialogs import next_step

        self._step(lambda p: next_step(self.ctx, p, self))

    def export(self, kind: str) -> None:
        session_id = self.session.currentData()
        if session_id is None:
            return
        request = congress.ReportRequest(session_id, kind, date.today())

        def produced(file: FileData) -> None:
            target = choose_target(
                self, self.tr("保存提案工作报告"), file.name, pdf() if kind == "pdf" else xlsx()
            )
            if target is not None:
                save_download(
                    self.ctx,
                    self,
                    file,
                    target,
                    lambda path: info(self, self.tr("报告已保存：{path}").format(path=path)),
                )

        self.ctx.tasks.run_job(
            self, self.tr("正在生成提案工作报告…"), congress.EXPORT_REPORT, request, produced
        )
