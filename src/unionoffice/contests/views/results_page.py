"""Results of one contest: ranking table, per-judge statistics, imports, lock/unlock and exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionoffice.contests import contract as contests
from unionoffice.contests.contract import (
    ContestDetail,
    ContestResults,
    LockChange,
    MarksOutcome,
    Report,
    ResultsExport,
    Uploads,
    number_text,
    result_table,
)
from unionoffice.contests.labels import ContestPage
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.views.part import ContestHost, ContestPart
from unionoffice.foundation.contract import ById, Empty, FileData
from unionoffice.foundation.progress import Progress
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import ERROR, MUTED_TEXT
from unionoffice.ui.widgets.files import choose_target, choose_upload, read_upload, save_download
from unionoffice.ui.widgets.tables import fill_table, read_only_table

AWARD_COLOURS = ("#fff4cc", "#eef3fa", "#f6ede4", "#f3f6ee")  # first, second, third prize, …


class ResultsPart(ContestPart):
    page = ContestPage.RESULTS

    def __init__(self, ctx: AppContext, host: ContestHost, contest_id: int | None) -> None:
        super().__init__(ctx, host, contest_id)
        self.results: ContestResults | None = None
        admin = ctx.session.can(ContestsPerm.ADMIN)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("results_state")
        bar.addWidget(self.state, 1)
        self.buttons: dict[str, QPushButton] = {}
        actions = [
            ("import", self.tr("导入评分包…"), "file-up", self.import_packages),
            ("marks", self.tr("导入纸质评分表…"), "file-spreadsheet", self.import_marks),
            ("lock", self.tr("锁定成绩"), "lock", self.lock),
            ("unlock", self.tr("解锁…"), "lock-open", self.unlock),
        ]
        for key, text, icon_name, slot in [
            *(actions if admin else []),
            ("outcomes", self.tr("晋级与推荐名单…"), "award", self.export_outcomes),
            ("export", self.tr("导出…"), "file-down", self.export),
        ]:
            button = QPushButton(icon(icon_name), text)
            button.setObjectName(f"results_{key}")
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = read_only_table(name="results_table")
        split.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(
            QLabel(self.tr("评委评分偏离（与同组其他评委平均分之差，占该细则满分的百分比）"))
        )
        self.judges = read_only_table(name="judge_stats")
        lower_layout.addWidget(self.judges)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet(MUTED_TEXT)
        lower_layout.addWidget(self.rules)
        split.addWidget(lower)
        split.setSizes([420, 260])
        layout.addWidget(split)
        self._enable(None)

    # Showing ------------------------------------------------------------------------------------
    def show_detail(self, detail: ContestDetail) -> None:
        if detail.results is not None:
            self.show_results(detail.results)

    def clear(self) -> None:
        self.results = None
        self.table.setRowCount(0)
        self.judges.setRowCount(0)
        self.state.setText("")
        self.rules.setText("")
        self._enable(None)

    def show_results(self, r: ContestResults) -> None:
        self.results = r
        header, rows = result_table(r)
        numeric = set(range(4, len(header) - 2)) | {0}
        fill_table(self.table, header, rows, right=numeric)
        awards = list(dict.fromkeys(row.award for row in r.rows if row.award))
        for y, row in enumerate(r.rows):
            if not row.award:
                continue
            colour = QBrush(QColor(AWARD_COLOURS[min(awards.index(row.award), len(AWARD_COLOURS) - 1)]))
            for x in range(len(header)):
                cell = self.table.item(y, x)
                if cell is not None:
                    cell.setBackground(colour)
        fill_table(
            self.judges,
            [
                self.tr("评委"),
                self.tr("比较的评分数"),
                self.tr("平均偏离"),
                self.tr("平均绝对偏离"),
                self.tr("提示"),
            ],
            [
                (
                    j.name,
                    j.marks,
                    f"{j.mean_pct}%",
                    f"{j.mean_abs_pct}%",
                    self.tr("偏离较大，请复核") if j.flagged else "",
                )
                for j in r.judges
            ],
            right={1, 2, 3},
            spread=True,
        )
        for y, j in enumerate(r.judges):
            if j.flagged:
                for x in range(5):
                    cell = self.judges.item(y, x)
                    if cell is not None:
                        cell.setForeground(QBrush(QColor(ERROR)))
        self.rules.setText(self.tr("计分规则：") + "；".join(r.rules))
        ranked = sum(1 for row in r.rows if row.rank is not None)
        if r.locked:
            state = self.tr("成绩已于 {at} 由 {who} 锁定").format(at=r.locked_at, who=r.locked_by)
            if r.marks_match_lock is False:
                state += self.tr("　注意：锁定后评分数据有变化！")
        else:
            state = self.tr("成绩未锁定（评分 {marks} 个，已排名 {ranked} / {total} 人）").format(
                marks=r.mark_count, ranked=ranked, total=len(r.rows)
            )
        state += self.tr("　实际参赛 {n} 人").format(n=r.participants)
        if r.pass_line is not None:
            state += self.tr("，合格线 {line} 分").format(line=number_text(r.pass_line))
        self.state.setText(state)
        self._enable(r)

    def _enable(self, r: ContestResults | None) -> None:
        for key in ("import", "marks", "lock"):
            if key in self.buttons:
                self.buttons[key].setEnabled(r is not None and not r.locked)
        if "unlock" in self.buttons:
            self.buttons["unlock"].setEnabled(r is not None and r.locked)
        self.buttons["export"].setEnabled(r is not None)
        self.buttons["outcomes"].setEnabled(r is not None and bool(r.outcomes))

    # Imports ------------------------------------------------------------------------------------
    def import_packages(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择评委交回的评分包"), "", self.tr("评分包 (*.uojudge)")
        )
        if not files:
            return

        def read(_progress: Progress) -> Uploads:
            return Uploads([FileData(Path(f).name, Path(f).read_bytes()) for f in files])

        def imported(report: Report) -> None:
            info(self, "\n".join(report.lines))
            self.host.refresh()

        def uploaded(uploads: Uploads) -> None:
            self.ctx.tasks.run_job(
                self, self.tr("正在导入评分包…"), contests.IMPORT_PACKAGES, uploads, imported
            )

        self.ctx.tasks.run(self, self.tr("正在读取评分包…"), read, uploaded)

    def import_marks(self) -> None:
        path = choose_upload(self, self.tr("选择已填写的纸质评分表"), self.tr("Excel 文件 (*.xlsx *.xls)"))
        if path is None:
            return

        def imported(outcome: MarksOutcome) -> None:
            info(self, outcome.describe())
            self.host.refresh()

        def uploaded(file: FileData) -> None:
            self.ctx.tasks.run_job(self, self.tr("正在导入评分表…"), contests.IMPORT_MARKS, file, imported)

        read_upload(self.ctx, self, path, uploaded)

    # Lock ---------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.contest_id is None or self.head is None:
            return
        if not confirm(self, self.tr("锁定后评分不能再修改，如需更正须填写理由解锁。确认锁定成绩吗？")):
            return
        self.ctx.calls.fetch(
            self, contests.LOCK, LockChange(self.contest_id, self.head.version), self._changed
        )

    def unlock(self) -> None:
        if self.contest_id is None or self.head is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("解锁成绩"),
            self.tr("请写明解锁理由（将记入审计日志）："),
            QLineEdit.EchoMode.Normal,
        )
        if ok:
            self.ctx.calls.fetch(
                self, contests.UNLOCK, LockChange(self.contest_id, self.head.version, reason), self._changed
            )

    def _changed(self, _result: Empty) -> None:
        self.host.refresh()

    def export_outcomes(self) -> None:
        if self.results is None or self.contest_id is None:
            return
        target = choose_target(self, self.tr("导出晋级与推荐名单"), f"{self.results.name}晋级与推荐名单.xlsx")
        if target is None:
            return

        def made(file: FileData) -> None:
            save_download(
                self.ctx, self, file, target, lambda p: info(self, self.tr("已导出：{path}").format(path=p))
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在导出名单…"), contests.EXPORT_OUTCOMES, ById(self.contest_id), made
        )

    # Export -------------------------------------------------------------------------------------
    def export(self) -> None:
        if self.results is None or self.contest_id is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("导出成绩"),
            f"{self.results.name}成绩.xlsx",
            self.tr("Excel 文件 (*.xlsx);;PDF 成绩表 (*.pdf);;CSV 文件 (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        fmt = target.suffix.lower().lstrip(".")
        if fmt not in ("xlsx", "pdf", "csv"):
            target, fmt = target.with_suffix(".xlsx"), "xlsx"

        def made(file: FileData) -> None:
            save_download(
                self.ctx, self, file, target, lambda p: info(self, self.tr("已导出：{path}").format(path=p))
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在导出成绩…"), contests.EXPORT_RESULTS, ResultsExport(self.contest_id, fmt), made
        )
