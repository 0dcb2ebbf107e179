"""Results of one contest: ranking table, per-judge statistics, imports, lock/unlock and exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.service import export, packages, results, sheets
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info

AWARD_COLOURS = {"一等奖": "#fff4cc", "二等奖": "#eef3fa", "三等奖": "#f6ede4"}


class ResultsPage(QWidget):
    def __init__(self, ctx: AppContext, tab: QWidget) -> None:
        super().__init__()
        self.ctx = ctx
        self.tab = tab
        self.contest_id: int | None = None
        self.current: results.ContestResults | None = None
        admin = ctx.actor.can(ContestsPerm.ADMIN)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.state = QLabel()
        self.state.setObjectName("results_state")
        bar.addWidget(self.state, 1)
        self.buttons: dict[str, QPushButton] = {}
        actions = (
            [
                ("import", self.tr("导入评分包…"), "file-up", self.import_packages),
                ("marks", self.tr("导入纸质评分表…"), "file-spreadsheet", self.import_marks),
            ]
            if admin
            else []
        )
        if admin:
            actions += [
                ("lock", self.tr("锁定成绩"), "lock", self.lock),
                ("unlock", self.tr("解锁…"), "lock-open", self.unlock),
            ]
        actions += [("export", self.tr("导出…"), "file-down", self.export)]
        for key, text, icon_name, slot in actions:
            button = QPushButton(icon(icon_name), text)
            button.setObjectName(f"results_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setObjectName("results_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        split.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(
            QLabel(self.tr("评委评分偏离（与同组其他评委平均分之差，占该细则满分的百分比）"))
        )
        self.judges = QTableWidget()
        self.judges.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.judges.verticalHeader().setVisible(False)
        lower_layout.addWidget(self.judges)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #555;")
        lower_layout.addWidget(self.rules)
        split.addWidget(lower)
        self.judges.verticalHeader().setDefaultSectionSize(22)
        split.setSizes([420, 320])
        layout.addWidget(split)

    @guarded
    def show_contest(self, contest_id: int) -> None:
        self.contest_id = contest_id
        r = results.compute_results(self.ctx.db, self.ctx.actor, contest_id)
        self.current = r
        header, rows = export.table_rows(r)
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(header)
        numeric = set(range(4, len(header) - 2)) | {0}
        for y, (row, data) in enumerate(zip(r.rows, rows, strict=True)):
            colour = AWARD_COLOURS.get(row.award)
            for x, value in enumerate(data):
                cell = QTableWidgetItem(value)
                if x in numeric or x == 1:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        if x in numeric
                        else Qt.AlignmentFlag.AlignCenter
                    )
                if colour:
                    cell.setBackground(QBrush(QColor(colour)))
                self.table.setItem(y, x, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(len(header) - 1, QHeaderView.ResizeMode.Stretch)
        judge_header = [
            self.tr("评委"),
            self.tr("比较的评分数"),
            self.tr("平均偏离"),
            self.tr("平均绝对偏离"),
            self.tr("提示"),
        ]
        self.judges.clear()
        self.judges.setColumnCount(len(judge_header))
        self.judges.setHorizontalHeaderLabels(judge_header)
        self.judges.setRowCount(len(r.judges))
        for y, j in enumerate(r.judges):
            values = [
                j.name,
                str(j.marks),
                f"{j.mean_pct}%",
                f"{j.mean_abs_pct}%",
                self.tr("偏离较大，请复核") if j.flagged else "",
            ]
            for x, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if j.flagged:
                    cell.setForeground(QBrush(QColor("#b42318")))
                self.judges.setItem(y, x, cell)
        self.judges.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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
        self.state.setText(state)
        for key in ("import", "marks", "lock"):
            if key in self.buttons:
                self.buttons[key].setEnabled(not r.locked)
        if "unlock" in self.buttons:
            self.buttons["unlock"].setEnabled(r.locked)

    def _refresh(self, message: str) -> None:
        info(self, message)
        self.tab.reload()  # type: ignore[attr-defined]

    @guarded
    def import_packages(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择评委交回的评分包"), "", self.tr("评分包 (*.uojudge)")
        )
        if not files:
            return

        def work(progress):  # type: ignore[no-untyped-def]
            lines = []
            for n, path in enumerate(files):
                progress.step(n, len(files))
                try:
                    lines.append(packages.import_package(self.ctx.db, self.ctx.actor, path).describe())
                except Exception as error:
                    from unionoffice.foundation.errors import UserError

                    if not isinstance(error, UserError):
                        raise
                    lines.append(
                        self.tr("{name}：未导入。{reason}").format(name=path.rsplit("/", 1)[-1], reason=error)
                    )
            return "\n".join(lines)

        self.ctx.tasks.run(self, self.tr("正在导入评分包…"), work, self._refresh)

    @guarded
    def import_marks(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择已填写的纸质评分表"), "", self.tr("Excel 文件 (*.xlsx *.xls)")
        )
        if path:
            self.ctx.tasks.run(
                self,
                self.tr("正在导入评分表…"),
                lambda progress: sheets.import_marking_sheet(
                    self.ctx.db, self.ctx.actor, path, progress
                ).describe(),
                self._refresh,
            )

    def _version(self) -> int:
        from unionoffice.contests.service.entrants import list_contests

        return next(c.version for c in list_contests(self.ctx.db, self.ctx.actor) if c.id == self.contest_id)

    @guarded
    def lock(self) -> None:
        if self.contest_id is None or not confirm(
            self, self.tr("锁定后评分不能再修改，如需更正须填写理由解锁。确认锁定成绩吗？")
        ):
            return
        results.lock_results(self.ctx.db, self.ctx.actor, self.contest_id, self._version())
        self.tab.reload()  # type: ignore[attr-defined]

    @guarded
    def unlock(self) -> None:
        if self.contest_id is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("解锁成绩"),
            self.tr("请写明解锁理由（将记入审计日志）："),
            QLineEdit.EchoMode.Normal,
        )
        if ok:
            results.unlock_results(self.ctx.db, self.ctx.actor, self.contest_id, reason, self._version())
            self.tab.reload()  # type: ignore[attr-defined]

    @guarded
    def export(self) -> None:
        if self.current is None:
            return
        r = self.current
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("导出成绩"),
            f"{r.name}成绩.xlsx",
            self.tr("Excel 文件 (*.xlsx);;PDF 成绩表 (*.pdf);;CSV 文件 (*.csv)"),
        )
        if not path:
            return
        writer = (
            export.write_results_pdf
            if path.lower().endswith(".pdf")
            else (export.write_csv if path.lower().endswith(".csv") else export.write_results_xlsx)
        )
        self.ctx.tasks.run(
            self,
            self.tr("正在导出成绩…"),
            lambda progress: writer(r, path),
            lambda _result: info(self, self.tr("已导出：{path}").format(path=path)),
        )
