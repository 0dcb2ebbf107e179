"""Achievements: patents, copyrights, five-small results and papers, with import and attachments."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from unionoffice.foundation.contract import ById, FileData
from unionoffice.foundation.importer.preview import ImportOutcome
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import AchievementFilter, AttachmentUpload
from unionoffice.studios.labels import Grade, Kind, Status
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.views.achievement_dialog import AchievementDialog
from unionoffice.studios.views.downloads import save_template
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.list_page import ListPage
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import HEADING
from unionoffice.ui.widgets.files import choose_upload, read_upload
from unionoffice.ui.widgets.import_preview import run_import

# What a dashboard figure may narrow the list to, besides the kind.
DRILL_KEYS = ("branch_id", "round_year", "quarter", "grade", "granted_year", "benefit_year")


class AchievementsPage(ListPage[AchievementFilter]):
    """GUI thread; every call to the services runs on a worker."""

    list_op = studios.LIST_ACHIEVEMENTS
    columns = studios.achievement_columns()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.drill: dict[str, int | str] = {}
        self.table.setObjectName("achievement_table")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.table), self._drill_bar())

    def build(self) -> None:
        write = StudiosPerm.WRITE
        self.add_action("plus", self.tr("登记成果…"), self.add, permission=write, name="add_achievement")
        self.add_action("pencil", self.tr("编辑…"), self.activated, needs_selection=True, permission=write)
        self.add_action("trash-2", self.tr("删除"), self.delete, needs_selection=True, permission=write)
        self.add_action(
            "file-plus", self.tr("添加附件…"), self.attach, needs_selection=True, permission=write
        )
        self.toolbar.addSeparator()
        self.add_action("file-up", self.tr("导入…"), self.import_file, permission=write)
        self.add_action("file-spreadsheet", self.tr("下载导入模板"), self.template, permission=write)
        self.search = self.add_search(self.tr("搜索成果名称或专利号"))
        self.kind = self.add_combo("kind_filter", self.tr("全部类别"), [(k.label, k.value) for k in Kind])
        self.status = self.add_combo(
            "status_filter", self.tr("全部状态"), [(st.label, st.value) for st in Status]
        )

    def _drill_bar(self) -> QWidget:
        self.drill_bar = QWidget()
        row = QHBoxLayout(self.drill_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.drill_label = QLabel()
        self.drill_label.setObjectName("achievement_drill")
        self.drill_label.setStyleSheet(f"color: {HEADING};")
        row.addWidget(self.drill_label, 1)
        clear = QPushButton(icon("circle-x"), self.tr("清除筛选"))
        clear.clicked.connect(lambda: self.show_filtered())
        row.addWidget(clear)
        self.drill_bar.hide()
        return self.drill_bar

    def current_filter(self) -> AchievementFilter:
        d = self.drill

        def number(key: str) -> int | None:
            value = d.get(key)
            return value if isinstance(value, int) else None

        grade = d.get("grade")
        return AchievementFilter(
            text=self.search.text(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            branch_id=number("branch_id"),
            round_year=number("round_year"),
            quarter=number("quarter"),
            grade=grade if isinstance(grade, str) else None,
            granted_year=number("granted_year"),
            benefit_year=number("benefit_year"),
        )

    def show_filtered(self, **values: object) -> None:
        """Drill-down from the dashboard: the achievements behind one figure or bar."""
        kind = values.pop("kind", None)
        self.drill = {
            k: v for k, v in values.items() if k in DRILL_KEYS and isinstance(v, int | str) and v is not None
        }
        parts = []
        round_year, quarter, grade = (
            self.drill.get("round_year"),
            self.drill.get("quarter"),
            self.drill.get("grade"),
        )
        if round_year:
            parts.append(
                self.tr("{y} 年第 {q} 季度评审").format(y=round_year, q=quarter)
                if quarter
                else self.tr("{y} 年季度评审").format(y=round_year)
            )
        if isinstance(grade, str):
            parts.append(Grade(grade).label)
        if self.drill.get("granted_year"):
            parts.append(self.tr("{y} 年授权的专利").format(y=self.drill["granted_year"]))
        if self.drill.get("benefit_year"):
            parts.append(self.tr("{y} 年度有经济效益").format(y=self.drill["benefit_year"]))
        if "branch_id" in self.drill:
            parts.append(self.tr("所选分工会"))
        self.drill_label.setText(self.tr("来自数据概览的筛选：") + " · ".join(parts))
        self.drill_bar.setVisible(bool(self.drill))
        super().show_filtered(kind_filter=kind)

    # Actions ------------------------------------------------------------------------------------
    def add(self) -> None:
        if AchievementDialog(self.ctx, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def activated(self) -> None:
        achievement_id = self.selected_id()
        if achievement_id is None or not self.ctx.session.can(StudiosPerm.WRITE):
            return
        if AchievementDialog(self.ctx, achievement_id, self).exec() == QDialog.DialogCode.Accepted:
            self.model.refresh()

    def delete(self) -> None:
        achievement_id = self.selected_id()
        if achievement_id is None:
            return
        title = self.model.data(self.table.currentIndex().siblingAtColumn(0))
        if confirm(self, self.tr("删除成果“{title}”？").format(title=title)):
            self.ctx.calls.fetch(
                self, studios.DELETE_ACHIEVEMENT, ById(achievement_id), lambda _done: self.reload()
            )

    def attach(self) -> None:
        achievement_id = self.selected_id()
        if achievement_id is None:
            return
        path = choose_upload(self, self.tr("选择附件"), self.tr("所有文件 (*)"))
        if path is None:
            return

        def uploaded(file: FileData) -> None:
            self.ctx.tasks.run_job(
                self,
                self.tr("正在添加附件…"),
                studios.ADD_ATTACHMENT,
                AttachmentUpload(achievement_id, file),
                lambda _saved: info(self, self.tr("已添加附件 {name}").format(name=file.name)),
            )

        read_upload(self.ctx, self, path, uploaded)

    def import_file(self) -> None:
        run_import(
            self.ctx,
            self,
            self.tr("选择要导入的成果表格"),
            studios.PLAN_ACHIEVEMENT_IMPORT,
            studios.APPLY_ACHIEVEMENT_IMPORT,
            self._imported,
            noun=self.tr("成果"),
        )

    def _imported(self, result: ImportOutcome) -> None:
        self.reload()
        text = self.tr("已导入 {n} 项成果。").format(n=result.inserted)
        if result.rejected:
            text += self.tr("\n有问题的 {n} 行没有导入。").format(n=result.rejected)
        info(self, text)

    def template(self) -> None:
        save_template(self.ctx, self, studios.ACHIEVEMENT_TEMPLATE, self.tr("成果导入模板.xlsx"))
