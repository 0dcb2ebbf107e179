"""Honours recommendation: the higher union's notice, its candidates and each step of their path
(committee meeting, public notice, submission, result), and the prefilled recommendation form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from unionoffice.congress import contract as congress
from unionoffice.congress.contract import CandidateDetail, CandidateFilter, CandidatesScreen, NoticeDetail
from unionoffice.congress.labels import Bound, PostCategory, Stage
from unionoffice.congress.perms import CongressPerm
from unionoffice.congress.views.common import figures_label, fill_choices
from unionoffice.foundation.contract import ById, FileData, ListWindow, Page
from unionoffice.foundation.i18n import translate
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import combo
from unionoffice.ui.widgets.files import choose_target, pdf, save_download

# Imports inside functions: the dialogs load when the clerk first opens one.


def ratio_text(ratio: congress.RatioInput) -> str:
    return translate("Congress", "{category}{bound} {percent}%").format(
        category=PostCategory(ratio.category).label, bound=Bound(ratio.bound).label, percent=ratio.percent
    )


class CandidatesPage(ListPage[CandidateFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = congress.LIST_CANDIDATES
    open_op = congress.OPEN_CANDIDATES
    columns = congress.candidate_columns()
    multi_select = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("candidate_table")
        self.notice: NoticeDetail | None = None
        self.studios: list[congress.Choice] = []

    def build(self) -> None:
        write, manage = CongressPerm.WRITE, CongressPerm.MANAGE
        self.add_menu(
            "file-plus",
            self.tr("推荐通知"),
            [
                ("plus", self.tr("登记新通知…"), self.new_notice),
                ("pencil", self.tr("修改本通知…"), self.edit_notice),
            ],
        )
        # The menu's toolbar button is the last action: only the office enters notices.
        self.toolbar.actions()[-1].setVisible(self.ctx.session.can(manage))
        self.add_action(
            "user-plus", self.tr("添加候选人"), self.add_candidate, permission=write, name="add_candidate"
        )
        self.add_action("gavel", self.tr("上会研究"), self.meeting, needs_selection=True, permission=write)
        self.add_action("flag", self.tr("公示"), self.public_notice, needs_selection=True, permission=write)
        self.add_action("send", self.tr("报送"), self.submit, needs_selection=True, permission=manage)
        self.add_action("award", self.tr("登记结果"), self.result, needs_selection=True, permission=manage)
        self.add_action(
            "printer", self.tr("推荐审批表"), self.form, needs_selection=True, name="recommendation_form"
        )
        self.notice_box = combo([], None, "candidate_notice")
        self.notice_box.currentIndexChanged.connect(self.reopen)
        self.add_filter_widget(self.notice_box, 3)
        self.search = self.add_search(self.tr("搜索：候选人"), name="candidate_search", stretch=2)
        self.stage = self.add_combo("stage", self.tr("全部进度"), [(s.label, s.value) for s in Stage])
        self.figures = figures_label("notice_figures")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.figures)

    def current_filter(self) -> CandidateFilter:
        return CandidateFilter(self.notice_box.currentData(), self.search.text(), self.stage.currentData())

    def opening_request(self) -> congress.CandidatesOpen:
        sort, descending = self.model.sort_key
        return congress.CandidatesOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: CandidatesScreen) -> Page:
        self.ctx.refs.take(screen.org)
        self.notice, self.studios = screen.notice, screen.studios
        fill_choices(self.notice_box, screen.notices, screen.notice.id if screen.notice else None)
        n = screen.notice
        if n is None:
            self.figures.setText(self.tr("还没有推荐通知：请先登记上级工会的通知。"))
        else:
            ratios = "、".join(ratio_text(r) for r in n.ratios) or self.tr("无")
            self.figures.setText(
                self.tr(
                    "{honour}（{level}，{issuer}）：名额 {quota} 名，{deadline} 前报送；结构比例：{ratios}。"
                    "候选人 {candidates} 名，已报送 {submitted} 名，获评 {awarded} 名。"
                ).format(
                    honour=n.honour_title,
                    level=level_label(n.level),
                    issuer=n.issuer,
                    quota=n.quota,
                    deadline=n.deadline.isoformat(),
                    ratios=ratios,
                    candidates=n.candidates,
                    submitted=n.submitted,
                    awarded=n.awarded,
                )
            )
        return screen.page

    def reopen(self) -> None:
        if self._opened:
            self.open()

    def _run(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reopen()

    def _needs_notice(self) -> NoticeDetail | None:
        if self.notice is None:
            info(self, self.tr("请先登记上级工会的推荐通知。"))
        return self.notice

    # Actions ------------------------------------------------------------------------------------
    def new_notice(self) -> None:
        from unionoffice.congress.views.candidate_dialogs import NoticeDialog

        self._run(NoticeDialog(self.ctx, None, self))

    def edit_notice(self) -> None:
        from unionoffice.congress.views.candidate_dialogs import NoticeDialog

        if (notice := self._needs_notice()) is not None:
            self._run(NoticeDialog(self.ctx, notice, self))

    def add_candidate(self) -> None:
        from unionoffice.congress.views.candidate_dialogs import CandidateDialog

        if (notice := self._needs_notice()) is not None:
            self._run(CandidateDialog(self.ctx, notice.id, self.studios, self))

    def meeting(self) -> None:
        from unionoffice.congress.views.candidate_dialogs import MeetingDialog

        self._run(MeetingDialog(self.ctx, self.selected_ids(), self))

    def public_notice(self) -> None:
        from unionoffice.congress.views.candidate_dialogs import PublicNoticeDialog

        self._run(PublicNoticeDialog(self.ctx, self.selected_ids(), self))

    def submit(self) -> None:
        from unionoffice.congress.views.candidate_dialogs import SubmitDialog

        if (notice := self._needs_notice()) is not None:
            self._run(SubmitDialog(self.ctx, notice, self.selected_ids(), self))

    def _with_candidate(self, then: Callable[[CandidateDetail], None]) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.ctx.calls.fetch(self, congress.OPEN_CANDIDATE, ById(chosen), then)

    def result(self) -> None:
        from unionoffice.congress.views.candidate_dialogs import ResultDialog

        self._with_candidate(lambda c: self._run(ResultDialog(self.ctx, c, self)))

    def activated(self) -> None:
        from unionoffice.congress.views.candidate_dialogs import CandidateDialog

        if self.notice is None:
            return
        notice_id, studios = self.notice.id, self.studios
        self._with_candidate(lambda c: self._run(CandidateDialog(self.ctx, notice_id, studios, self, c)))

    def form(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return

        def produced(file: FileData) -> None:
            target = choose_target(self, self.tr("保存推荐审批表"), file.name, pdf())
            if target is not None:
                save_download(
                    self.ctx,
                    self,
                    file,
                    target,
                    lambda path: info(self, self.tr("已保存：{path}").format(path=path)),
                )

        self.ctx.tasks.run_job(
            self, self.tr("正在生成推荐审批表…"), congress.RECOMMENDATION_FORM, ById(chosen), produced
        )


def level_label(level: str) -> str:
    return {
        "national": translate("Congress", "国家级"),
        "provincial": translate("Congress", "省级"),
        "municipal": translate("Congress", "市级"),
        "county": translate("Congress", "县级"),
        "company": translate("Congress", "公司级"),
    }.get(level, level)
