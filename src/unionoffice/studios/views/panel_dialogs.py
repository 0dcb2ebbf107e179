"""Running a five-small scoring panel: the score-sheet rules (a new version), and a round's panel
(its judges, the packages going out and coming back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.core.judging.folders import key_folder
from unionoffice.foundation.contract import ById, Empty, FileData, Operation
from unionoffice.foundation.errors import FieldProblem
from unionoffice.foundation.progress import Progress
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import (
    BandRow,
    CriterionRow,
    PackageFiles,
    PackagesImported,
    PackageUpload,
    PanelScreen,
    PanelSet,
    RuleInfo,
    RuleSave,
    RulesScreen,
)
from unionoffice.studios.labels import GRADED, Grade
from unionoffice.studios.views.checked_form import CheckedForm
from unionoffice.studios.views.score_sheet import points
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import info, show_error
from unionoffice.ui.style import ERROR_TEXT, HEADING_TEXT, MUTED_TEXT
from unionoffice.ui.widgets.fields import DateField, error_label
from unionoffice.ui.widgets.tables import fill_table, read_only_table


def rule_summary(rule: RuleInfo) -> str:
    criteria = "、".join(f"{c.name} {points(c.max_centi)}" for c in rule.criteria)
    lines = "　".join(f"{b.grade.label} ≥ {points(b.min_centi)}" for b in rule.bands)
    return f"{criteria}　|　{lines}"


def _grid(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class RulesDialog(CheckedForm):
    """GUI thread. The versions so far, and a new one starting from the newest (or from the
    common example the first time). Versions are never edited: rounds were judged by them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("五小成果评分标准"), parent)
        self.setMinimumWidth(760)
        self.versions = read_only_table(self, "rule_versions")
        self.versions.setMaximumHeight(130)
        self.layout_.addWidget(QLabel(self.tr("已有版本（评审组成立时采用当季度末施行的版本）")))
        self.layout_.addWidget(self.versions)
        box = QGroupBox(self.tr("新版本"))
        column = QVBoxLayout(box)
        form = QFormLayout()
        column.addLayout(form)
        self.effective_from = DateField()
        self.effective_from.setObjectName("effective_from")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        trim = QWidget()
        trim_row = QHBoxLayout(trim)
        trim_row.setContentsMargins(0, 0, 0, 0)
        self.drop_n = QSpinBox()
        self.drop_n.setRange(0, 5)
        self.min_judges = QSpinBox()
        self.min_judges.setRange(1, 30)
        trim_row.addWidget(QLabel(self.tr("各去掉")))
        trim_row.addWidget(self.drop_n)
        trim_row.addWidget(QLabel(self.tr("个，评委不少于")))
        trim_row.addWidget(self.min_judges)
        trim_row.addWidget(QLabel(self.tr("人时")))
        trim_row.addStretch(1)
        self.row(form, self.tr("施行日期"), self.tr("施行日期"), self.effective_from)
        self.row(form, self.tr("名称"), self.tr("名称"), self.name)
        self.row(form, self.tr("去掉最高最低分"), self.tr("去掉最高最低分"), trim)
        self.criteria = _grid("criteria", [self.tr("代码"), self.tr("评分项目"), self.tr("满分")])
        self.criteria.setMinimumHeight(150)
        column.addWidget(QLabel(self.tr("评分项目（各项满分相加为总分）")))
        column.addWidget(self.criteria)
        buttons = QHBoxLayout()
        add = QPushButton(icon("plus"), self.tr("添加项目"))
        add.clicked.connect(lambda: self._add_criterion(CriterionRow("", "", "")))
        remove = QPushButton(icon("trash-2"), self.tr("删除所选"))
        remove.clicked.connect(self._remove_criteria)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self._error(column, self.tr("评分项目"))
        self.bands = _grid(
            "bands", [self.tr("等级"), self.tr("分数线（不低于）"), self.tr("每项成果奖金（元）")]
        )
        self.bands.setFixedHeight(26 * len(GRADED) + self.bands.horizontalHeader().sizeHint().height() + 4)
        column.addWidget(QLabel(self.tr("等级分数线与奖金（奖金按完成人份额分配）")))
        column.addWidget(self.bands)
        self._error(column, self.tr("等级分数线"))
        self.layout_.addWidget(box)
        self.finish_layout()
        self.save_button.setEnabled(False)
        ctx.calls.fetch(self, studios.OPEN_RULES, Empty(), self._opened)

    def _error(self, layout: QVBoxLayout, key: str) -> None:
        label = error_label(f"error_{key}")
        self.field_errors[key] = label
        layout.addWidget(label)

    def _add_criterion(self, row: CriterionRow) -> None:
        n = self.criteria.rowCount()
        self.criteria.insertRow(n)
        for column, text in enumerate((row.code, row.name, row.maximum)):
            self.criteria.setItem(n, column, QTableWidgetItem(text))

    def _remove_criteria(self) -> None:
        for row in sorted({i.row() for i in self.criteria.selectedIndexes()}, reverse=True):
            self.criteria.removeRow(row)

    def _opened(self, screen: RulesScreen) -> None:
        fill_table(
            self.versions,
            [self.tr("施行日期"), self.tr("名称"), self.tr("评分项目与分数线"), self.tr("奖金（元）")],
            [
                (
                    r.effective_from.isoformat(),
                    r.name,
                    rule_summary(r),
                    "　".join(f"{b.grade.label} {points(b.reward_fen)}" for b in r.bands),
                )
                for r in screen.rules
            ],
        )
        s = screen.suggestion
        self.name.setText(s.name)
        self.drop_n.setValue(s.drop_n)
        self.min_judges.setValue(s.min_judges)
        for criterion in s.criteria:
            self._add_criterion(criterion)
        given = {b.grade: b for b in s.bands}
        self.bands.setRowCount(len(GRADED))
        for row, grade in enumerate(GRADED):
            band = given.get(grade, BandRow(grade, "", ""))
            label = QTableWidgetItem(grade.label)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setData(Qt.ItemDataRole.UserRole, grade.value)
            self.bands.setItem(row, 0, label)
            self.bands.setItem(row, 1, QTableWidgetItem(band.minimum))
            self.bands.setItem(row, 2, QTableWidgetItem(band.reward))
        self.save_button.setEnabled(True)

    def collect(self) -> tuple[Operation[Any, Any], Any, list[FieldProblem]]:
        problems: list[FieldProblem] = []
        effective_from, message = self.effective_from.checked()
        if message:
            problems.append(FieldProblem(self.tr("施行日期"), message))
        criteria = [
            CriterionRow(_cell(self.criteria, r, 0), _cell(self.criteria, r, 1), _cell(self.criteria, r, 2))
            for r in range(self.criteria.rowCount())
            if any(_cell(self.criteria, r, c) for c in range(3))
        ]
        bands = [
            BandRow(Grade(GRADED[r].value), _cell(self.bands, r, 1), _cell(self.bands, r, 2))
            for r in range(self.bands.rowCount())
            if _cell(self.bands, r, 1)  # a grade without a line is not awarded
        ]
        request = RuleSave(
            effective_from=effective_from,
            name=self.name.text(),
            drop_n=self.drop_n.value(),
            min_judges=self.min_judges.value(),
            criteria=criteria,
            bands=bands,
        )
        return studios.SAVE_RULE, request, problems


class PanelDialog(QDialog):
    """GUI thread. A round's panel: choose the judges (one call), export their signed packages and
    the key slip into a folder, import the signed packages they hand back (each file checked on
    its own). Every change shows the panel as stored now."""

    def __init__(self, ctx: AppContext, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.panel: PanelScreen | None = None
        self.changed = False
        self.setWindowTitle(self.tr("评审组与评分包"))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("正在加载…"))
        self.heading.setStyleSheet(HEADING_TEXT)
        self.rule = QLabel()
        self.rule.setObjectName("panel_rule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(MUTED_TEXT)
        layout.addWidget(self.heading)
        layout.addWidget(self.rule)
        columns = QHBoxLayout()
        pick = QGroupBox(self.tr("评委（勾选后保存）"))
        pick_column = QVBoxLayout(pick)
        self.candidates = QListWidget()
        self.candidates.setObjectName("candidates")
        pick_column.addWidget(self.candidates)
        self.save_button = QPushButton(icon("save"), self.tr("保存评审组"))
        self.save_button.setObjectName("save_panel")
        self.save_button.clicked.connect(self.save_panel)
        pick_column.addWidget(self.save_button)
        columns.addWidget(pick, 2)
        state = QGroupBox(self.tr("评审组"))
        state_column = QVBoxLayout(state)
        self.judges = read_only_table(self, "panel_judges")
        state_column.addWidget(self.judges)
        self.progress = QLabel()
        self.progress.setObjectName("panel_progress")
        state_column.addWidget(self.progress)
        row = QHBoxLayout()
        self.export_button = QPushButton(icon("package"), self.tr("导出评分包…"))
        self.export_button.setObjectName("export_packages")
        self.export_button.clicked.connect(self.export_packages)
        self.import_button = QPushButton(icon("package-open"), self.tr("导入已评分的评分包…"))
        self.import_button.setObjectName("import_packages")
        self.import_button.clicked.connect(self.import_packages)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        state_column.addLayout(row)
        columns.addWidget(state, 3)
        layout.addLayout(columns, 1)
        self.report = QLabel()
        self.report.setObjectName("import_report")
        self.report.setWordWrap(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._enable(False)
        self.reload()

    def _enable(self, ready: bool) -> None:
        has_panel = ready and self.panel is not None and bool(self.panel.judges)
        self.save_button.setEnabled(ready)
        self.export_button.setEnabled(has_panel)
        self.import_button.setEnabled(has_panel)

    def reload(self) -> None:
        self.ctx.calls.fetch(self, studios.OPEN_PANEL, ById(self.round_id), self._show, channel="panel")

    def _show(self, screen: PanelScreen) -> None:
        self.panel = screen
        self.heading.setText(self.tr("{title}五小成果评审组").format(title=screen.round.title))
        self.rule.setText(
            self.tr("评分标准：{name}（{date} 起施行）　{summary}").format(
                name=screen.rule.name,
                date=screen.rule.effective_from.isoformat(),
                summary=rule_summary(screen.rule),
            )
            if screen.rule is not None
            else self.tr("当季度还没有施行中的评分标准：请先设定“评分标准”。")
        )
        chosen = {j.user_id for j in screen.judges}
        self.candidates.clear()
        for candidate in screen.candidates:
            item = QListWidgetItem(candidate.name)
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if candidate.id in chosen else Qt.CheckState.Unchecked)
            self.candidates.addItem(item)
        fill_table(
            self.judges,
            [self.tr("评委"), self.tr("评分密钥（密钥单）"), self.tr("已交回")],
            [
                (
                    j.name,
                    j.key_slip,
                    self.tr("第 {n} 版").format(n=j.submitted_seq) if j.submitted_seq else self.tr("未交回"),
                )
                for j in screen.judges
            ],
        )
        self.progress.setText(
            self.tr("本轮成果 {n} 项，评分完整 {done} 项。").format(n=screen.entries, done=screen.complete)
        )
        self._enable(screen.rule is not None)

    def chosen_ids(self) -> list[int]:
        return [
            int(self.candidates.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.candidates.count())
            if self.candidates.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save_panel(self) -> None:
        def saved(_result: object) -> None:
            self.changed = True
            self.reload()

        self._enable(False)
        self.ctx.calls.fetch(
            self, studios.SET_PANEL, PanelSet(self.round_id, self.chosen_ids()), saved, self._refused
        )

    def _refused(self, error: BaseException) -> None:
        self._enable(True)
        show_error(self, error)

    def export_packages(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存评分包的文件夹"))
        if not folder:
            return

        def write(files: PackageFiles) -> None:
            keys = key_folder(Path(folder))

            def save(_progress: Progress) -> int:
                for target_folder, batch in ((Path(folder), files.files), (keys, files.keys)):
                    target_folder.mkdir(parents=True, exist_ok=True)
                    for file in batch:
                        target = target_folder / file.name
                        partial = target.with_name(target.name + ".part")
                        partial.write_bytes(file.content)
                        partial.replace(target)
                return len(files.files)

            text = self.tr(
                "已导出 {n} 个评分包到 {folder}。\n评委密钥单另存在 {keys}，请分别交给各位评委本人，与评分包分开传递。"
            )
            self.ctx.tasks.run(
                self,
                self.tr("正在保存评分包…"),
                save,
                lambda n: info(self, text.format(n=n, folder=folder, keys=keys)),
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在生成评分包…"), studios.EXPORT_PACKAGES, ById(self.round_id), write
        )

    def import_packages(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择评委交回的评分包"), "", self.tr("评分包 (*.uojudge);;所有文件 (*)")
        )
        if not paths:
            return

        def read(_progress: Progress) -> PackageUpload:
            return PackageUpload([FileData(Path(p).name, Path(p).read_bytes()) for p in paths])

        def imported(result: PackagesImported) -> None:
            self.changed = True
            lines = [f"{'✓' if r.ok else '✗'} {r.file}：{r.message}" for r in result.results]
            self.report.setStyleSheet("" if all(r.ok for r in result.results) else ERROR_TEXT)
            self.report.setText("\n".join(lines))
            self.reload()

        def upload(files: PackageUpload) -> None:
            self.ctx.tasks.run_job(self, self.tr("正在导入评分包…"), studios.IMPORT_PACKAGES, files, imported)

        self.ctx.tasks.run(self, self.tr("正在读取评分包…"), read, upload)
