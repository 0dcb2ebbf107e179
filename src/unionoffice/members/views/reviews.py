"""The six-month rule's review list: members put before the committee (by hand, or by the dues
ledger once it exists) and what it decided. Nobody leaves the register from here without a decision."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from unionoffice.foundation.contract import ById, Empty, ListWindow, Page
from unionoffice.members import contract as members
from unionoffice.members.contract import Refreshed, ReviewDetail, ReviewFilter, ReviewsScreen
from unionoffice.members.labels import ReviewSource
from unionoffice.members.perms import MembersPerm
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE

# Imports inside functions: the dialogs load when the clerk first opens one.


class ReviewsPage(ListPage[ReviewFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = members.LIST_REVIEWS
    open_op = members.OPEN_REVIEWS
    columns = members.review_columns()
    default_sort = ("flagged_on", False)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("review_table")

    def build(self) -> None:
        write = MembersPerm.WRITE
        self.decide_action = self.add_action(
            "gavel", self.tr("委员会决定…"), self.activated, needs_selection=True, permission=write
        )
        self.refresh_action = self.add_action(
            "refresh-cw", self.tr("从会费记录更新"), self.refresh_from_dues, permission=write
        )
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母、工号"), name="review_search")
        self.branch = self.add_combo("review_branch", self.tr("全部分工会"))
        self.pending = self.add_combo(
            "review_state", None, [(self.tr("待决定"), True), (self.tr("已决定"), False)]
        )
        self.note = QLabel()
        self.note.setObjectName("review_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(MUTED_TEXT)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.note)

    def current_filter(self) -> ReviewFilter:
        return ReviewFilter(self.search.text(), self.branch.currentData(), bool(self.pending.currentData()))

    def opening_request(self) -> members.ReviewsOpen:
        sort, descending = self.model.sort_key
        window = ListWindow(0, PAGE_SIZE, sort, descending)
        return members.ReviewsOpen(self.current_filter(), window, self.ctx.refs.org_stamp)

    def opened(self, screen: ReviewsScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        self.branch.blockSignals(True)
        for branch in org.mine():
            self.branch.addItem(branch.name, branch.id)
        self.branch.blockSignals(False)
        rule = self.tr(
            "会员连续六个月不交会费、不参加工会组织生活的，由会员委员会审查决定是否视为自动退会；本名单不会自动除去任何人。"
        )
        if screen.dues_sources:
            self.note.setText(rule)
        else:
            self.refresh_action.setVisible(False)
            self.note.setText(
                rule + self.tr("尚无会费记录可查：请在“会员名册”中选中会员，用“列入会籍审查”人工列入。")
            )
        return screen.page

    def activated(self) -> None:
        from unionoffice.members.views.review_dialogs import DecisionDialog

        chosen = self.selected_id()
        if chosen is None:
            return

        def loaded(review: ReviewDetail) -> None:
            if review.decision is not None:
                info(self, self.tr("委员会已对此作出决定。"))
                return
            heading = self.tr("{name}（{branch}），{on} 因“{source}”列入：{evidence}").format(
                name=review.name,
                branch=review.branch,
                on=review.flagged_on.isoformat(),
                source=ReviewSource(review.source).label,
                evidence=review.evidence,
            )
            dialog = DecisionDialog(self.ctx, review.id, review.version, heading, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.reload()

        self.ctx.calls.fetch(self, members.OPEN_REVIEW, ById(chosen), loaded)

    def refresh_from_dues(self) -> None:
        def refreshed(result: Refreshed) -> None:
            info(self, self.tr("审查名单新增 {n} 人，等待会员委员会决定。").format(n=result.added))
            self.reload()

        self.ctx.calls.fetch(self, members.REFRESH_REVIEWS, Empty(), refreshed)
