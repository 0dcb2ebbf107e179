"""The one import preview: every problem by row and column, the rows to add, the changes to
existing records, and the clerk's choice (all or nothing, or the valid rows only).

Every module's import uses it: the check answers with an ``ImportPreviewData`` and the
confirmation applies the staged file with the mode chosen here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import FileData, Operation
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.importer.preview import SHOWN_ROWS, ImportApply, ImportOutcome, ImportPreviewData
from unionoffice.foundation.xlsx import Sheet, write_xlsx
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import guarded, info
from unionoffice.ui.widgets.files import choose_target, choose_upload, read_upload
from unionoffice.ui.widgets.tables import fill_table, read_only_table


class ImportPreviewDialog(QDialog):
    """Shows a preview; ``mode`` is set when the clerk confirms."""

    def __init__(self, preview: ImportPreviewData, parent: QWidget | None = None, noun: str = "") -> None:
        super().__init__(parent)
        self.preview = preview
        self.mode: ImportMode | None = None
        self.setWindowTitle(self.tr("导入预览 — {file}").format(file=preview.source))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            self.tr(
                "共 {total} 行：新增 {new} 条，有变化的已有记录 {updates} 条，无变化 {same} 条，有问题 {bad} 行。"
            ).format(
                total=preview.total_rows,
                new=preview.new_count,
                updates=preview.update_count,
                same=preview.unchanged,
                bad=preview.rejected_rows,
            )
        )
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        notes = list(preview.notes)
        if preview.ignored_columns:
            notes.append(
                self.tr("以下列未识别，已忽略：{columns}").format(columns="、".join(preview.ignored_columns))
            )
        for note in notes:
            layout.addWidget(QLabel(note))
        layout.addWidget(self._tabs(noun), 1)
        if max(len(preview.problems), preview.update_count, preview.new_count) > SHOWN_ROWS:
            layout.addWidget(
                QLabel(
                    self.tr("每个列表只显示前 {n} 条；完整的问题清单请点“导出问题清单”。").format(
                        n=SHOWN_ROWS
                    )
                )
            )
        layout.addLayout(self._choice())
        layout.addWidget(self._buttons())
        self.all_or_nothing.toggled.connect(self._update_button)
        self._update_button()

    def _tabs(self, noun: str) -> QTabWidget:
        preview = self.preview
        self.tabs = QTabWidget()
        self.problem_table = read_only_table(name="problems")
        fill_table(
            self.problem_table,
            [self.tr("行号"), self.tr("列"), self.tr("问题")],
            [(p.row or "", p.field, p.message) for p in preview.problems[:SHOWN_ROWS]],
        )
        self.change_table = read_only_table(name="changes")
        fill_table(
            self.change_table,
            [self.tr("行号"), noun or self.tr("记录"), self.tr("项目"), self.tr("原值"), self.tr("新值")],
            [(u.row_number, u.name, c.field, c.before, c.after) for u in preview.updates for c in u.changes],
        )
        self.new_table = read_only_table(name="new_rows")
        fill_table(self.new_table, preview.new_headers, preview.new_rows)
        self.tabs.addTab(
            self.problem_table, icon("triangle-alert"), self.tr("问题（{n}）").format(n=len(preview.problems))
        )
        if preview.updates or preview.update_count:
            self.tabs.addTab(
                self.change_table, icon("pencil"), self.tr("信息变更（{n}）").format(n=preview.update_count)
            )
        self.tabs.addTab(self.new_table, icon("plus"), self.tr("新增（{n}）").format(n=preview.new_count))
        if not preview.problems:
            self.tabs.setCurrentIndex(1)
        return self.tabs

    def _choice(self) -> QHBoxLayout:
        choice = QHBoxLayout()
        self.all_or_nothing = QRadioButton(self.tr("全部无误才导入（有任何问题则一行都不写入）"))
        self.all_or_nothing.setObjectName("all_or_nothing")
        self.valid_only = QRadioButton(
            self.tr("只导入无误的 {n} 行，跳过有问题的行").format(n=self.preview.writable)
        )
        self.valid_only.setObjectName("valid_only")
        self.all_or_nothing.setChecked(True)
        choice.addWidget(self.all_or_nothing)
        choice.addWidget(self.valid_only)
        choice.addStretch(1)
        self.valid_only.setEnabled(bool(self.preview.problems) and self.preview.writable > 0)
        return choice

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.export_button = QPushButton(icon("file-down"), self.tr("导出问题清单"))
        self.export_button.setEnabled(bool(self.preview.problems))
        self.export_button.clicked.connect(self.export_problems)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self.import_button.clicked.connect(self.choose)
        return buttons

    def _update_button(self) -> None:
        blocked = self.all_or_nothing.isChecked() and bool(self.preview.problems)
        self.import_button.setEnabled(self.preview.writable > 0 and not blocked)
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
        target = choose_target(self, self.tr("导出问题清单"), self.tr("导入问题清单.xlsx"))
        if target is None:
            return
        rows = [[p.row, p.field, p.message] for p in self.preview.problems]
        write_xlsx(
            target, [Sheet(self.tr("问题清单"), [self.tr("行号"), self.tr("列"), self.tr("问题")], rows)]
        )
        info(self, self.tr("已导出 {n} 个问题到 {path}").format(n=len(rows), path=target))


def run_import(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    plan_op: Operation[Any, ImportPreviewData],
    apply_op: Operation[ImportApply, ImportOutcome],
    done: Callable[[ImportOutcome], None],
    noun: str = "",
    plan_request: Callable[[FileData], Any] | None = None,
) -> None:
    """The whole import as a clerk does it: choose a file, see the preview, confirm, see the
    result. The file is read and checked off the GUI thread and crosses to the services once."""
    path = choose_upload(parent, title)
    if path is None:
        return

    def checked(preview: ImportPreviewData) -> None:
        dialog = ImportPreviewDialog(preview, parent, noun)
        ctx.extra["last_import_preview"] = dialog  # tests look at the dialog the clerk saw
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.mode is None:
            return
        ctx.tasks.run_job(
            parent,
            translate("ImportPreview", "正在导入…"),
            apply_op,
            ImportApply(preview.upload, dialog.mode.value),
            done,
        )

    def uploaded(file: FileData) -> None:
        request = plan_request(file) if plan_request is not None else file
        checking = translate("ImportPreview", "正在检查 {file}…").format(file=path.name)
        ctx.tasks.run_job(parent, checking, plan_op, request, checked)

    read_upload(ctx, parent, path, uploaded)
