"""The welfare register: payments of a year (single ones and batches such as this month's
birthday cards), a new payment, this month's birthdays as a batch, the sign-off sheets per union
group, and ticking what was signed for."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QVBoxLayout, QWidget

from unionoffice.dues import contract as dues
from unionoffice.dues.contract import Exported, Marked, PaymentForm, WelfareFilter, WelfareScreen
from unionoffice.dues.labels import PaymentStatus, WelfareItem
from unionoffice.dues.perms import DuesPerm
from unionoffice.dues.views.common import month_text
from unionoffice.foundation.contract import ListWindow, Page
from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.ui.context import AppContext
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import MUTED_TEXT
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import hold, parse_money, refill
from unionoffice.ui.widgets.files import choose_target, pdf, save_download


class WelfarePage(ListPage[WelfareFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = dues.LIST_WELFARE
    open_op = dues.OPEN_WELFARE
    columns = dues.welfare_columns()
    default_sort = ("event_date", True)
    multi_select = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table.setObjectName("welfare_table")

    def build(self) -> None:
        welfare = DuesPerm.WELFARE
        self.add_action("plus", self.tr("发放…"), self.new_payment, permission=welfare, name="welfare_pay")
        self.add_action(
            "cake", self.tr("本月生日蛋糕卡"), self.birthdays, permission=welfare, name="welfare_birthdays"
        )
        self.add_action("printer", self.tr("签字表 PDF…"), self.signoff, name="welfare_signoff")
        self.add_action(
            "check",
            self.tr("已签领"),
            self.mark_paid,
            needs_selection=True,
            permission=welfare,
            name="welfare_paid",
        )
        self.year = self.add_combo("welfare_year", None)
        self.search = self.add_search(self.tr("搜索：姓名、拼音首字母、工号"), name="welfare_search")
        self.item = self.add_combo(
            "welfare_item", self.tr("全部项目"), [(i.label, i.value) for i in WelfareItem]
        )
        self.branch = self.add_combo("welfare_branch", self.tr("全部分工会"))
        self.status = self.add_combo(
            "welfare_status", self.tr("全部状态"), [(s.label, s.value) for s in PaymentStatus]
        )
        self.summary = QLabel()
        self.summary.setObjectName("welfare_summary")
        self.summary.setStyleSheet(MUTED_TEXT)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.summary)

    def current_filter(self) -> WelfareFilter:
        return WelfareFilter(
            self.year.currentData(),
            self.search.text(),
            self.item.currentData(),
            self.branch.currentData(),
            self.status.currentData(),
        )

    def opening_request(self) -> dues.WelfareOpen:
        sort, descending = self.model.sort_key
        return dues.WelfareOpen(
            self.current_filter(), ListWindow(0, PAGE_SIZE, sort, descending), self.ctx.refs.org_stamp
        )

    def opened(self, screen: WelfareScreen) -> Page:
        org = self.ctx.refs.take(screen.org)
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted({*screen.years, screen.year}, reverse=True):
            self.year.addItem(self.tr("{year}年").format(year=year), year)
        self.year.setCurrentIndex(max(self.year.findData(screen.year), 0))
        self.year.blockSignals(False)
        refill(self.branch, [(branch.name, branch.id) for branch in org.mine()])
        self.summary.setText(
            self.tr("{year} 年共发放 {n} 笔，{total} 元（不含已撤销）。").format(
                year=screen.year, n=f"{screen.count:,}", total=format_fen(screen.total_fen)
            )
        )
        return screen.page

    def show_filtered(self, **values: object) -> None:
        """Drill-down from the dashboard: ``year``, ``item``, ``branch_id``, ``status``. Before the
        first showing the year and branch union are held in their boxes, so the opening call
        filters by them; while that call is under way it is waited for."""
        year, item, branch, status = (values.get(k) for k in ("year", "item", "branch_id", "status"))

        def apply() -> None:
            if isinstance(year, int):
                hold(self.year, self.tr("{year}年").format(year=year), year)
            hold(self.branch, "…", branch)
            super(WelfarePage, self).show_filtered(
                welfare_year=year, welfare_item=item, welfare_branch=branch, welfare_status=status
            )

        if self.opening:
            self.when_opened(apply)
        else:
            apply()

    def new_payment(self) -> None:
        from unionoffice.dues.views.payment_dialog import PaymentDialog  # loads on the first payment

        def loaded(form: PaymentForm) -> None:
            dialog = PaymentDialog(self.ctx, form, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.open()

        self.ctx.calls.fetch(self, dues.OPEN_PAYMENT_FORM, dues.PaymentFormOpen(), loaded)

    def birthdays(self) -> None:
        today = date.today()
        text, ok = QInputDialog.getText(
            self,
            self.tr("本月生日蛋糕卡"),
            self.tr("{month}过生日的在会会员每人发放（元）：").format(month=month_text(today)),
            text="200",
        )
        if not ok:
            return
        try:
            fen = parse_money(self.tr("每人金额"), text)
        except ValidationError as error:
            info(self, str(error))
            return
        request = dues.BatchRequest(item=WelfareItem.BIRTHDAY.value, event_date=today, amount_fen=fen)

        def planned(plan: dues.BatchPlan) -> None:
            question = self.tr(
                "将向 {n} 人发放，共 {total} 元；{skipped} 人不符合条件被跳过。确认发放吗？"
            ).format(n=plan.eligible, total=format_fen(plan.total_fen), skipped=plan.skipped_count)
            if confirm(self, question):
                self.ctx.calls.fetch(self, dues.ISSUE_BATCH, request, lambda _done: self.open())

        self.ctx.calls.fetch(self, dues.PLAN_BATCH, request, planned)

    def signoff(self) -> None:
        item = WelfareItem(self.item.currentData() or WelfareItem.BIRTHDAY.value)
        year = self.year.currentData() or date.today().year
        months = [date(year, m, 1) for m in range(12, 0, -1)]
        texts = [month_text(m) for m in months]
        default = texts.index(month_text(date.today().replace(day=1))) if year == date.today().year else 0
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("签字表"),
            self.tr("{item}：哪个月的签字表？").format(item=item.label),
            texts,
            default,
            False,
        )
        if not ok:
            return
        month = months[texts.index(chosen)]
        target = choose_target(
            self,
            self.tr("保存签字表"),
            self.tr("{item}签字表-{month}.pdf").format(item=item.label, month=f"{month:%Y-%m}"),
            pdf(),
        )
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(
                    self, self.tr("签字表已保存（{n} 人）：{path}").format(n=result.rows, path=path)
                ),
            )

        request = dues.SignoffRequest(item=item.value, month=month, branch_id=self.branch.currentData())
        self.ctx.tasks.run_job(self, self.tr("正在生成签字表…"), dues.SIGNOFF_SHEETS, request, exported)

    def mark_paid(self) -> None:
        chosen = tuple(self.selected_ids())
        if not chosen:
            return

        def done(result: Marked) -> None:
            self.open()
            info(self, self.tr("已勾记 {n} 笔为已签领。").format(n=result.count))

        self.ctx.calls.fetch(self, dues.MARK_PAYMENTS_PAID, dues.PaymentsPaid(chosen, date.today()), done)
