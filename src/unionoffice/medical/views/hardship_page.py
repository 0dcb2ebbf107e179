"""Hardship alert: members whose self-paid costs this year pass the threshold, largest first, so
the union committee can offer help before anyone asks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from unionoffice.foundation.contract import ListWindow, Page
from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.money import format_fen
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import (
    Exported,
    HardshipFilter,
    HardshipOpen,
    HardshipScreen,
    SchemeInfo,
    ThresholdSave,
)
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.views.common import SchemeBound, SchemeHost, scheme_id
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import info, show_error
from unionoffice.ui.table_model import PAGE_SIZE
from unionoffice.ui.widgets.fields import MoneyField, error_label
from unionoffice.ui.widgets.files import choose_target, save_download


class HardshipPage(SchemeBound, ListPage[HardshipFilter]):
    """GUI thread. The threshold box starts at the year's own threshold; "查看" lists with the
    one typed; an administrator can keep it as the year's threshold."""

    list_op = medical.LIST_HARDSHIP
    open_op = medical.OPEN_HARDSHIP
    columns = medical.hardship_columns()

    def __init__(self, ctx: AppContext, host: SchemeHost, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.host = host
        self.threshold_fen: int | None = None  # None: the scheme's own
        self.model.loaded.connect(self._show_note)
        self.table.setObjectName("hardship_table")

    def reopen(self) -> None:
        self.threshold_fen = None  # another year: its own threshold
        self.open()

    def build(self) -> None:
        self.add_action(
            "save",
            self.tr("设为本年度预警线"),
            self.save_threshold,
            permission=MedicalPerm.ADMIN,
            name="hardship_save",
        )
        self.add_action("file-spreadsheet", self.tr("导出 Excel"), self.export)
        self.add_filter_widget(QLabel(self.tr("个人自付超过（元）")), 0)
        self.threshold = MoneyField()
        self.threshold.setObjectName("hardship_threshold")
        self.threshold.returnPressed.connect(self.apply_threshold)
        self.add_filter_widget(self.threshold, 0)
        show = QPushButton(icon("filter"), self.tr("查看"))
        show.setObjectName("hardship_show")
        show.clicked.connect(self.apply_threshold)
        self.add_filter_widget(show, 0)
        self.threshold_error = error_label("hardship_error")
        self.add_filter_widget(self.threshold_error, 0)
        self.note = QLabel()
        self.note.setObjectName("hardship_note")
        self.note.setWordWrap(True)
        self.add_filter_widget(self.note, 3)

    def current_filter(self) -> HardshipFilter:
        return HardshipFilter(scheme_id(self.host), self.threshold_fen)

    def opening_request(self) -> HardshipOpen:
        sort, descending = self.model.sort_key
        return HardshipOpen(self.host.pick(), self.threshold_fen, ListWindow(0, PAGE_SIZE, sort, descending))

    def opened(self, screen: HardshipScreen) -> Page:
        self.host.take(screen.choice)
        self.threshold_fen = screen.threshold_fen
        self.threshold.set_fen(screen.threshold_fen)
        return screen.page

    def _show_note(self, count: int) -> None:
        scheme = self.host.scheme
        if scheme is None or self.threshold_fen is None:
            self.note.clear()
            return
        self.note.setText(
            self.tr(
                "{year} 年度个人自付医疗费用（政策内自付 + 自费）超过 {x} 元的会员共 {n} 人，"
                "按自付金额从高到低排列，供工会委员会研究主动帮扶。"
            ).format(year=scheme.year, x=format_fen(self.threshold_fen), n=count)
        )

    def _typed(self) -> int | None:
        try:
            fen = self.threshold.fen(self.tr("预警线"))
        except ValidationError as error:
            self.threshold_error.setText(error.problems[0].message)
            self.threshold_error.show()
            return None
        self.threshold_error.hide()
        return fen

    # Actions --------------------------------------------------------------------------------
    def apply_threshold(self) -> None:
        fen = self._typed()
        if fen is not None:
            self.threshold_fen = fen
            self.reload()

    def save_threshold(self) -> None:
        scheme, fen = self.host.scheme, self._typed()
        if scheme is None or fen is None:
            return

        def saved(changed: SchemeInfo) -> None:
            self.host.scheme_updated(changed)
            self.threshold_fen = fen
            self.reload()

        self.ctx.calls.fetch(
            self, medical.SET_THRESHOLD, ThresholdSave(scheme.id, fen, scheme.version), saved, self._refused
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.threshold_error.setText(error.problems[0].message)
            self.threshold_error.show()
        else:
            show_error(self, error)

    def export(self) -> None:
        target = choose_target(self, self.tr("导出困难预警名单"), self.tr("困难预警名单.xlsx"))
        if target is None:
            return

        def exported(result: Exported) -> None:
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda _path: info(self, self.tr("已导出 {n} 人。").format(n=result.rows)),
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在导出…"), medical.EXPORT_HARDSHIP, self.current_filter(), exported
        )
