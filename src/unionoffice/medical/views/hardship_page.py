"""Hardship alert: members whose self-paid costs this year pass the admin's threshold."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from unionoffice.foundation.money import format_fen
from unionoffice.medical.perms import MedicalPerm
from unionoffice.medical.service import hardship
from unionoffice.medical.service.schemes import SchemeInfo, get_scheme
from unionoffice.medical.views.common import fill_table, money_edit, parse_money, read_only_table, yuan_text
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info


class HardshipPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scheme: SchemeInfo | None = None
        self.rows: list[hardship.HardshipRow] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("个人自付超过（元）")))
        self.threshold = money_edit()
        self.threshold.setObjectName("hardship_threshold")
        self.threshold.returnPressed.connect(self.reload)
        bar.addWidget(self.threshold)
        show = QPushButton(icon("filter"), self.tr("查看"))
        show.clicked.connect(self.reload)
        bar.addWidget(show)
        if ctx.actor.can(MedicalPerm.ADMIN):
            save = QPushButton(icon("save"), self.tr("设为本年度预警线"))
            save.setObjectName("hardship_save")
            save.clicked.connect(self.save_threshold)
            bar.addWidget(save)
        export = QPushButton(icon("file-spreadsheet"), self.tr("导出 Excel"))
        export.clicked.connect(self.export)
        bar.addWidget(export)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = read_only_table()
        self.table.setObjectName("hardship_table")
        layout.addWidget(self.table, 1)

    def set_scheme(self, scheme: SchemeInfo | None) -> None:
        self.scheme = scheme
        self.threshold.setText(yuan_text(scheme.hardship_threshold_fen) if scheme else "")
        self.reload()

    def _headers(self) -> list[str]:
        return [
            self.tr("姓名"),
            self.tr("工号"),
            self.tr("分工会"),
            self.tr("申请件数"),
            self.tr("医疗总费用"),
            self.tr("个人自付合计"),
            self.tr("已获互助金"),
            self.tr("仍需负担"),
        ]

    @guarded
    def reload(self) -> None:
        if self.scheme is None:
            return
        threshold = parse_money(self.tr("预警线"), self.threshold.text(), required=False)
        used, self.rows = hardship.hardship_list(self.ctx.db, self.ctx.actor, self.scheme.id, threshold)
        self.note.setText(
            self.tr(
                "{year} 年度个人自付医疗费用（政策内自付 + 自费）超过 {x} 元的会员共 {n} 人，"
                "按自付金额从高到低排列，供工会委员会研究主动帮扶。"
            ).format(year=self.scheme.year, x=format_fen(used), n=len(self.rows))
        )
        fill_table(
            self.table,
            self._headers(),
            [
                [
                    r.name,
                    r.employee_no,
                    r.branch_name,
                    r.claims,
                    format_fen(r.total_fen),
                    format_fen(r.self_paid_fen),
                    format_fen(r.aid_fen),
                    format_fen(r.burden_fen),
                ]
                for r in self.rows
            ],
            right={3, 4, 5, 6, 7},
        )

    @guarded
    def save_threshold(self) -> None:
        if self.scheme is None:
            return
        fen = parse_money(self.tr("预警线"), self.threshold.text())
        hardship.set_hardship_threshold(self.ctx.db, self.ctx.actor, self.scheme.id, fen, self.scheme.version)
        self.scheme = get_scheme(self.ctx.db, self.ctx.actor, self.scheme.id)
        self.reload()

    @guarded
    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出困难预警名单"), self.tr("困难预警名单.xlsx"), self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return
        from unionoffice.foundation.xlsx import FEN, Sheet, write_xlsx

        rows = [
            [
                r.name,
                r.employee_no,
                r.branch_name,
                r.claims,
                r.total_fen,
                r.self_paid_fen,
                r.aid_fen,
                r.burden_fen,
            ]
            for r in self.rows
        ]
        write_xlsx(
            path,
            [
                Sheet(
                    self.tr("困难预警"),
                    self._headers(),
                    rows,
                    number_formats={4: FEN, 5: FEN, 6: FEN, 7: FEN},
                )
            ],
        )
        info(self, self.tr("已导出 {n} 人。").format(n=len(rows)))
