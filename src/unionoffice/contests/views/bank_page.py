"""The question bank of the contest's trade: its versions, what the newest holds by knowledge area
and kind, the import (with the one preview), the practice booklet and workbook, a practice test."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from unionoffice.contests import contract as contests
from unionoffice.contests.contract import BankExport, BankUpload, BankView, ContestDetail, PracticeRequest
from unionoffice.contests.labels import ContestPage, QuestionKind
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.views.buttons import button
from unionoffice.contests.views.part import ContestHost, ContestPart
from unionoffice.foundation.contract import Empty, FileData
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import info
from unionoffice.ui.style import HEADING, MUTED_TEXT
from unionoffice.ui.widgets.files import choose_target, pdf, save_download, xlsx
from unionoffice.ui.widgets.import_preview import run_import
from unionoffice.ui.widgets.tables import fill_table, read_only_table, selected_id


class BankPart(ContestPart):
    page = ContestPage.BANK

    def __init__(self, ctx: AppContext, host: ContestHost, contest_id: int | None) -> None:
        super().__init__(ctx, host, contest_id)
        self.view: BankView | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("bank_heading")
        self.heading.setStyleSheet(f"font-weight: bold; color: {HEADING};")
        bar.addWidget(self.heading, 1)
        if ctx.session.can(ContestsPerm.ADMIN):
            bar.addWidget(button(self.tr("导入题库…"), "file-up", self.import_bank, "import_bank"))
            bar.addWidget(button(self.tr("题库模板"), "file-spreadsheet", self.save_template))
        self.exports = [
            button(self.tr("导出练习册（PDF）…"), "printer", lambda: self.export("pdf"), "export_booklet"),
            button(self.tr("导出题库（.xlsx）…"), "file-down", lambda: self.export("xlsx")),
            button(self.tr("生成模拟测试…"), "file-text", self.practice_test, "practice_test"),
        ]
        for made in self.exports:
            bar.addWidget(made)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("版本（每次导入都是新的版本，已有版本不变；组卷使用最新版本）")))
        self.versions = read_only_table(name="bank_versions")
        self.versions.setMaximumHeight(150)
        layout.addWidget(self.versions)
        self.counts_title = QLabel()
        layout.addWidget(self.counts_title)
        self.counts = read_only_table(name="bank_counts")
        layout.addWidget(self.counts, 1)
        note = QLabel(
            self.tr(
                "练兵期间把练习册和模拟测试发给各分工会；正式试卷在“理论考试”页按组卷要求从最新版本中抽题，"
                "考场包中不含答案。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        layout.addWidget(note)
        self._enable()

    def show_detail(self, detail: ContestDetail) -> None:
        if detail.bank is not None:
            self.show_bank(detail.bank)

    def clear(self) -> None:
        self.view = None
        self.heading.setText("")
        self.versions.setRowCount(0)
        self.counts.setRowCount(0)
        self._enable()

    def show_bank(self, view: BankView) -> None:
        self.view = view
        self.heading.setText(self.tr("“{trade}”工种题库").format(trade=view.trade))
        fill_table(
            self.versions,
            [self.tr("版本"), self.tr("题目数"), self.tr("导入时间"), self.tr("导入人"), self.tr("来源文件")],
            [
                (self.tr("第 {n} 版").format(n=b.version), b.questions, b.created_at, b.created_by, b.source)
                for b in view.versions
            ],
            right={1},
            ids=[b.id for b in view.versions],
        )
        if view.versions:
            self.versions.selectRow(0)
        areas = list(dict.fromkeys(a.area for a in view.counts))
        kinds = list(QuestionKind)
        table = {
            area: [next((a.count for a in view.counts if a.area == area and a.kind == k), 0) for k in kinds]
            for area in areas
        }
        rows: list[list[object]] = [[area, *found, sum(found)] for area, found in table.items()]
        if rows:
            totals = [sum(found[n] for found in table.values()) for n in range(len(kinds))]
            rows.append([self.tr("合计"), *totals, sum(totals)])
        headers = [self.tr("知识领域"), *(k.label for k in kinds), self.tr("合计")]
        fill_table(self.counts, headers, rows, right={1, 2, 3, 4}, spread=True)
        newest = view.versions[0].version if view.versions else None
        self.counts_title.setText(
            self.tr("最新版本（第 {n} 版）按知识领域和题型：").format(n=newest)
            if newest
            else self.tr("还没有题库：请导入（可先下载题库模板）。")
        )
        self._enable()

    def _enable(self) -> None:
        for made in self.exports:
            made.setEnabled(bool(self.view and self.view.versions))

    def chosen_bank(self) -> int | None:
        return selected_id(self.versions) or (
            self.view.versions[0].id if self.view and self.view.versions else None
        )

    # Actions --------------------------------------------------------------------------------------
    def import_bank(self) -> None:
        if self.view is None:
            return
        trade = self.view.trade

        def imported(result: ImportOutcome) -> None:
            info(self, self.tr("已导入 {n} 道题，成为新的题库版本。").format(n=result.inserted))
            self.host.refresh()

        run_import(
            self.ctx,
            self,
            self.tr("选择题库表格"),
            contests.PLAN_BANK,
            contests.APPLY_BANK,
            imported,
            noun=self.tr("试题"),
            plan_request=lambda file: BankUpload(trade, file),
        )

    def save_template(self) -> None:
        target = choose_target(self, self.tr("保存题库模板"), self.tr("题库导入模板.xlsx"))
        if target is not None:
            self.ctx.calls.fetch(self, contests.BANK_TEMPLATE, Empty(), lambda file: self._save(file, target))

    def export(self, fmt: str) -> None:
        bank_id = self.chosen_bank()
        if bank_id is None:
            return
        suggested = self.tr("练习题库.pdf") if fmt == "pdf" else self.tr("题库.xlsx")
        target = choose_target(self, self.tr("导出题库"), suggested, pdf() if fmt == "pdf" else xlsx())
        if target is None:
            return
        self.ctx.tasks.run_job(
            self,
            self.tr("正在导出题库…"),
            contests.EXPORT_BANK,
            BankExport(bank_id, fmt),
            lambda file: self._save(file, target),
        )

    def practice_test(self) -> None:
        bank_id = self.chosen_bank()
        if bank_id is None:
            return
        target = choose_target(self, self.tr("保存模拟测试"), self.tr("模拟测试.pdf"), pdf())
        if target is None:
            return
        self.ctx.tasks.run_job(
            self,
            self.tr("正在生成模拟测试…"),
            contests.PRACTICE_TEST,
            PracticeRequest(bank_id, self.contest_id),
            lambda file: self._save(file, target),
        )

    def _save(self, file: FileData, target: Path) -> None:
        save_download(
            self.ctx, self, file, target, lambda path: info(self, self.tr("已保存：{path}").format(path=path))
        )
