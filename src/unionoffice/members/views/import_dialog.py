"""The import preview: every problem by row and column, every change to an existing member,
the new members; then the clerk chooses all-or-nothing or valid rows only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.identity import mask_id_number
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.xlsx import Sheet, write_xlsx
from unionoffice.members.importing import ImportPlan
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info

SHOWN_ROWS = 1000  # a table widget of 100,000 lines would freeze the dialog; the full list exports


def _table(headers: list[str], rows: list[tuple[str, ...]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class ImportPreviewDialog(QDialog):
    """Shows an ``ImportPlan`` (plain data from the worker); ``mode`` is set when the clerk accepts."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.mode: ImportMode | None = None
        self.setWindowTitle(self.tr("导入预览 — {file}").format(file=plan.source))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        preview = plan.preview
        summary = self.tr(
            "共 {total} 行：新会员 {new} 名，信息有变化的已有会员 {updates} 名，无变化 {same} 名，有问题 {bad} 行。"
        ).format(
            total=len(preview.rows),
            new=len(plan.new_rows),
            updates=len(plan.updates),
            same=plan.unchanged,
            bad=plan.rejected,
        )
        self.summary = QLabel(summary)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        for note in [*preview.notes, *self._ignored()]:
            layout.addWidget(QLabel(note))

        self.tabs = QTabWidget()
        problems = [(str(p.row or ""), p.field, p.message) for p in preview.problems[:SHOWN_ROWS]]
        self.problem_table = _table([self.tr("行号"), self.tr("列"), self.tr("问题")], problems, "problems")
        changes = [
            (str(u.row_number), u.name, c.field, c.before, c.after)
            for u in plan.updates[:SHOWN_ROWS]
            for c in u.changes
        ]
        self.change_table = _table(
            [self.tr("行号"), self.tr("会员"), self.tr("项目"), self.tr("原值"), self.tr("新值")],
            changes,
            "changes",
        )
        new = [
            (
                str(r.row_number),
                r.values["name"],
                mask_id_number(r.values["id_number"].number),
                *plan.place_of(r.row_number),
                (r.values.get("join_date") or r.values.get("hire_date")).isoformat(),
            )
            for r in plan.new_rows[:SHOWN_ROWS]
        ]
        self.new_table = _table(
            [
                self.tr("行号"),
                self.tr("姓名"),
                self.tr("身份证号"),
                self.tr("分工会"),
                self.tr("小组"),
                self.tr("入会日期"),
            ],
            new,
            "new_members",
        )
        self.tabs.addTab(
            self.problem_table, icon("triangle-alert"), self.tr("问题（{n}）").format(n=len(preview.problems))
        )
        self.tabs.addTab(
            self.change_table, icon("pencil"), self.tr("信息变更（{n}）").format(n=len(plan.updates))
        )
        self.tabs.addTab(
            self.new_table, icon("user-plus"), self.tr("新会员（{n}）").format(n=len(plan.new_rows))
        )
        if not preview.problems:
            self.tabs.setCurrentIndex(1 if plan.updates else 2)
        layout.addWidget(self.tabs, 1)
        if (
            len(preview.problems) > SHOWN_ROWS
            or len(plan.updates) > SHOWN_ROWS
            or len(plan.new_rows) > SHOWN_ROWS
        ):
            layout.addWidget(
                QLabel(
                    self.tr("每个列表只显示前 {n} 条；完整的问题清单请点“导出问题清单”。").format(
                        n=SHOWN_ROWS
                    )
                )
            )

        choice = QHBoxLayout()
        self.all_or_nothing = QRadioButton(self.tr("全部无误才导入（有任何问题则一行都不写入）"))
        self.all_or_nothing.setObjectName("all_or_nothing")
        self.valid_only = QRadioButton(
            self.tr("只导入无误的 {n} 行，跳过有问题的行").format(n=len(plan.new_rows) + len(plan.updates))
        )
        self.valid_only.setObjectName("valid_only")
        self.all_or_nothing.setChecked(True)
        choice.addWidget(self.all_or_nothing)
        choice.addWidget(self.valid_only)
        choice.addStretch(1)
        layout.addLayout(choice)
        self.valid_only.setEnabled(bool(plan.problems) and bool(plan.new_rows or plan.updates))

        buttons = QDialogButtonBox()
        self.export_button = QPushButton(icon("file-down"), self.tr("导出问题清单"))
        self.export_button.setEnabled(bool(preview.problems))
        self.export_button.clicked.connect(self.export_problems)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.choose)
        layout.addWidget(buttons)
        self.all_or_nothing.toggled.connect(self._update_button)
        self._update_button()

    def _ignored(self) -> list[str]:
        ignored = self.plan.preview.ignored_columns
        return (
            [self.tr("以下列未识别，已忽略：{columns}").format(columns="、".join(ignored))] if ignored else []
        )

    def _update_button(self) -> None:
        nothing = not (self.plan.new_rows or self.plan.updates)
        blocked = self.all_or_nothing.isChecked() and bool(self.plan.problems)
        self.import_button.setEnabled(not nothing and not blocked)
        self.import_button.setToolTip(
            self.tr("文件中有问题：请修正后重新导入，或选择只导入无误的行") if blocked else ""
        )

    def choose(self) -> None:
        self.mode = (
            ImportMode.ALL_OR_NOTHING if self.all_or_nothing.isChecked() else ImportMode.VALID_ROWS_ONLY
        )
        self.accept()

    @guarded
    def export_problems(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出问题清单"), self.tr("导入问题清单.xlsx"), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if not path:
            return
        rows = [[p.row, p.field, p.message] for p in self.plan.problems]
        write_xlsx(
            path, [Sheet(self.tr("问题清单"), [self.tr("行号"), self.tr("列"), self.tr("问题")], rows)]
        )
        info(self, self.tr("已导出 {n} 个问题到 {path}").format(n=len(rows), path=path))
