"""The 创新工作室 tab: studios (with the studio page), achievements, evaluation rounds, honours, statistics."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.progress import Progress
from unionoffice.studios.labels import Grade, Kind, Level, Status
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service import achievements as ach_service
from unionoffice.studios.service import honours as honour_service
from unionoffice.studios.service import studios as studio_service
from unionoffice.studios.views.common import (
    fill_table,
    lazy_table,
    read_only_table,
    selected_id,
    size_columns,
)
from unionoffice.studios.views.dialogs import AchievementDialog, HonourDialog, RecognitionDialog, StudioDialog
from unionoffice.studios.views.rounds_view import RoundsView
from unionoffice.studios.views.stats_view import StatsView
from unionoffice.studios.views.studio_page import StudioPageWidget
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info


def _search(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


class _ListPage(QWidget):
    """Filter bar, buttons and a lazy list; ``source()`` builds the QuerySource from the filters."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_write = ctx.actor.can(StudiosPerm.WRITE)
        self.layout_ = QVBoxLayout(self)
        self.bar = QHBoxLayout()
        self.layout_.addLayout(self.bar)
        self.table, self.model = lazy_table(self)
        self.count = QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload)

    def button(self, name: str, text: str, slot, write: bool = True) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(icon(name), text)
        button.clicked.connect(slot)
        button.setVisible(self.can_write or not write)
        self.bar.addWidget(button)
        return button

    @guarded
    def reload(self) -> None:
        self.model.set_source(self.source())
        size_columns(self.table)
        self.count.setText(self.tr("共 {n} 条").format(n=self.model.rowCount()))

    def source(self):  # type: ignore[no-untyped-def]  # pragma: no cover - overridden
        raise NotImplementedError

    def choose_import(self, kind: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的表格"), "", self.tr("表格文件 (*.xlsx *.xls *.xlsm *.ods *.csv)")
        )
        if not path:
            return
        from unionoffice.studios.views.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, kind, Path(path), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def save_template(self, kind: str) -> None:
        name = self.tr("成果导入模板.xlsx") if kind == "achievements" else self.tr("荣誉导入模板.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存导入模板"), name, "Excel (*.xlsx)")
        if not path:
            return
        from unionoffice.foundation.importer import write_template
        from unionoffice.studios.service.importing import ACHIEVEMENT_COLUMNS, HONOUR_COLUMNS

        write_template(path, ACHIEVEMENT_COLUMNS if kind == "achievements" else HONOUR_COLUMNS)
        info(self, self.tr("模板已保存到 {path}").format(path=path))


class StudiosPage(_ListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = _search(self.tr("搜索工作室名称或领衔人"))
        self.level = QComboBox()
        self.level.addItem(self.tr("全部级别"), None)
        for lv in Level:
            self.level.addItem(lv.label, lv.value)
        self.bar.addWidget(self.search, 2)
        self.bar.addWidget(self.level)
        self.button("plus", self.tr("新增工作室…"), self.add_studio)
        self.button("award", self.tr("登记命名…"), self.add_recognition)
        self.bar.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        self.page = StudioPageWidget()
        split.addWidget(self.page)
        split.setSizes([260, 560])
        self.layout_.addWidget(split)
        self.search.textChanged.connect(self._debounce.start)
        self.level.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self.show_page)
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(0)

    def source(self):  # type: ignore[no-untyped-def]
        return studio_service.studio_source(
            self.ctx.db,
            self.ctx.actor,
            studio_service.StudioFilter(self.search.text(), self.level.currentData()),
        )

    @guarded
    def show_page(self, *_args) -> None:
        studio_id = selected_id(self.table)
        if studio_id:
            self.page.show_page(studio_service.studio_page(self.ctx.db, self.ctx.actor, studio_id))

    @guarded
    def add_studio(self) -> None:
        if StudioDialog(self.ctx, self).exec():
            self.reload()

    @guarded
    def add_recognition(self) -> None:
        studio_id = selected_id(self.table)
        if studio_id and RecognitionDialog(self.ctx, studio_id, self).exec():
            self.reload()
            self.show_page()


class AchievementsPage(_ListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = _search(self.tr("搜索成果名称或专利号"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类别"), None)
        for k in Kind:
            self.kind.addItem(k.label, k.value)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for st in Status:
            self.status.addItem(st.label, st.value)
        self.bar.addWidget(self.search, 2)
        self.bar.addWidget(self.kind)
        self.bar.addWidget(self.status)
        self.button("plus", self.tr("登记成果…"), self.add)
        self.button("pencil", self.tr("编辑…"), self.edit)
        self.button("trash-2", self.tr("删除"), self.delete)
        self.button("file-plus", self.tr("添加附件…"), self.attach)
        self.button("file-up", self.tr("导入…"), lambda: self.choose_import("achievements"))
        self.button("file-down", self.tr("模板"), lambda: self.save_template("achievements"))
        self.bar.addWidget(self.count)
        self.drill: dict[str, object] = {}
        self.drill_bar = QWidget()
        drill_layout = QHBoxLayout(self.drill_bar)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        self.drill_label = QLabel()
        self.drill_label.setObjectName("achievement_drill")
        self.drill_label.setStyleSheet("color: #1f4e79;")
        drill_layout.addWidget(self.drill_label, 1)
        clear = QPushButton(icon("x"), self.tr("清除筛选"))
        clear.clicked.connect(lambda: self.show_filtered())
        drill_layout.addWidget(clear)
        self.drill_bar.hide()
        self.layout_.addWidget(self.drill_bar)
        self.layout_.addWidget(self.table)
        self.search.textChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        if self.can_write:
            self.table.doubleClicked.connect(self.edit)
        self.reload()

    def source(self):  # type: ignore[no-untyped-def]
        return ach_service.achievement_source(
            self.ctx.db,
            self.ctx.actor,
            ach_service.AchievementFilter(
                self.search.text(), self.kind.currentData(), self.status.currentData(), **self.drill
            ),
        )  # type: ignore[arg-type]

    def show_filtered(
        self,
        kind: str | None = None,
        branch_id: int | None = None,
        round_year: int | None = None,
        quarter: int | None = None,
        grade: str | None = None,
        granted_year: int | None = None,
        benefit_year: int | None = None,
    ) -> None:
        """Drill-down from the dashboard: the achievements behind one figure or bar."""
        wanted = {
            "branch_id": branch_id,
            "round_year": round_year,
            "quarter": quarter,
            "grade": grade,
            "granted_year": granted_year,
            "benefit_year": benefit_year,
        }
        self.drill = {k: v for k, v in wanted.items() if v is not None}
        parts = []
        if round_year:
            parts.append(
                self.tr("{y} 年季度评审").format(y=round_year)
                if not quarter
                else self.tr("{y} 年第 {q} 季度评审").format(y=round_year, q=quarter)
            )
        if grade:
            parts.append(Grade(grade).label)
        if granted_year:
            parts.append(self.tr("{y} 年授权的专利").format(y=granted_year))
        if benefit_year:
            parts.append(self.tr("{y} 年度有经济效益").format(y=benefit_year))
        if branch_id is not None:
            parts.append(self.tr("所选分工会"))
        self.drill_label.setText(self.tr("来自数据概览的筛选：") + " · ".join(parts))
        self.drill_bar.setVisible(bool(self.drill))
        for widget in (self.search, self.kind, self.status):
            widget.blockSignals(True)
        self.search.clear()
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.status.setCurrentIndex(0)
        for widget in (self.search, self.kind, self.status):
            widget.blockSignals(False)
        self.reload()

    @guarded
    def add(self) -> None:
        if AchievementDialog(self.ctx, None, self).exec():
            self.reload()

    @guarded
    def edit(self, *_args) -> None:
        achievement_id = selected_id(self.table)
        if achievement_id and AchievementDialog(self.ctx, achievement_id, self).exec():
            self.reload()

    @guarded
    def delete(self) -> None:
        achievement_id = selected_id(self.table)
        if achievement_id is None:
            return
        info_ = ach_service.get_achievement(self.ctx.db, self.ctx.actor, achievement_id)
        if confirm(self, self.tr("删除成果“{title}”？").format(title=info_.title)):
            ach_service.delete_achievement(self.ctx.db, self.ctx.actor, achievement_id, info_.version)
            self.reload()

    @guarded
    def attach(self) -> None:
        achievement_id = selected_id(self.table)
        if achievement_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择附件"))
        if path:
            ach_service.add_attachment(
                self.ctx.db, self.ctx.actor, achievement_id, Path(path).name, Path(path).read_bytes()
            )
            info(self, self.tr("已添加附件 {name}").format(name=Path(path).name))


class HonoursPage(_ListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = _search(self.tr("搜索荣誉名称或获奖人"))
        self.year = QComboBox()
        self.year.addItem(self.tr("全部年度"), None)
        for y in range(date.today().year, 2014, -1):
            self.year.addItem(str(y), y)
        self.bar.addWidget(self.search, 2)
        self.bar.addWidget(self.year)
        self.button("plus", self.tr("登记荣誉…"), self.add)
        self.button("user", self.tr("个人荣誉"), self.person_page, write=False)
        self.button("file-up", self.tr("导入…"), lambda: self.choose_import("honours"))
        self.button("file-down", self.tr("模板"), lambda: self.save_template("honours"))
        self.bar.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        self.person_box = QWidget()
        person_layout = QVBoxLayout(self.person_box)
        self.person_title = QLabel()
        self.person_title.setStyleSheet("font-weight: 600; color: #1f4e79;")
        self.person_table = read_only_table()
        person_layout.addWidget(self.person_title)
        person_layout.addWidget(self.person_table)
        split.addWidget(self.person_box)
        self.person_box.hide()
        self.layout_.addWidget(split)
        self.search.textChanged.connect(self._debounce.start)
        self.year.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(self.person_page)
        self.reload()

    def source(self):  # type: ignore[no-untyped-def]
        return honour_service.honour_source(
            self.ctx.db,
            self.ctx.actor,
            honour_service.HonourFilter(self.search.text(), self.year.currentData()),
        )

    @guarded
    def add(self) -> None:
        if HonourDialog(self.ctx, self).exec():
            self.reload()

    @guarded
    def person_page(self, *_args) -> None:
        honour_id = selected_id(self.table)
        if honour_id is None:
            return
        honour = honour_service.get_honour(self.ctx.db, self.ctx.actor, honour_id)
        if honour.member_id is None:
            info(self, self.tr("这是集体或工作室荣誉，请选择一条个人荣誉。"))
            return
        rows = honour_service.person_honours(self.ctx.db, self.ctx.actor, honour.member_id)
        self.person_title.setText(
            self.tr("{name} 的荣誉（{n} 项，含其所在工作室的荣誉）").format(
                name=honour.recipient_name, n=len(rows)
            )
        )
        fill_table(
            self.person_table,
            [
                self.tr("年度"),
                self.tr("荣誉名称"),
                self.tr("级别"),
                self.tr("获奖对象"),
                self.tr("授予单位"),
                self.tr("证书编号"),
            ],
            [(h.year, h.title, h.level.label, h.recipient_name, h.body, h.certificate_no) for h in rows],
        )
        self.person_box.show()


class StudiosTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.compile_button = QPushButton(icon("printer"), self.tr("年度成果汇编…"))
        self.compile_button.clicked.connect(self.compile)
        self.tabs = QTabWidget()
        self.tabs.setCornerWidget(self.compile_button)
        self.studios = StudiosPage(ctx)
        self.tabs.addTab(self.studios, icon("building-2"), self.tr("工作室"))
        self._lazy = {1: AchievementsPage, 2: RoundsView, 3: HonoursPage, 4: StatsView}
        for title, name in (
            (self.tr("成果与专利"), "lightbulb"),
            (self.tr("季度评审"), "gavel"),
            (self.tr("荣誉"), "medal"),
            (self.tr("统计"), "chart-column"),
        ):
            self.tabs.addTab(QWidget(), icon(name), title)
        self.tabs.currentChanged.connect(self._build)
        layout.addWidget(self.tabs)

    def _build(self, index: int) -> None:
        page_class = self._lazy.pop(index, None)
        if page_class is None:
            return
        title, tab_icon = self.tabs.tabText(index), self.tabs.tabIcon(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page_class(self.ctx), tab_icon, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def show_filtered(self, **filters: object) -> None:
        """Drill-down from the dashboard: open 成果与专利 with the figure's filter."""
        page = self.page(1)
        assert isinstance(page, AchievementsPage)
        page.show_filtered(**filters)  # type: ignore[arg-type]

    def page(self, index: int) -> QWidget:
        self.tabs.setCurrentIndex(index)
        self._build(index)
        return self.tabs.widget(index)

    @guarded
    def compile(self) -> None:
        year, ok = QInputDialog.getInt(
            self, self.tr("年度成果汇编"), self.tr("汇编年度："), date.today().year, 2000, 2100
        )
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存成果汇编"),
            self.tr("{year}年度职工创新成果汇编.pdf").format(year=year),
            self.tr("PDF 小册子 (*.pdf);;Excel 表格 (*.xlsx)"),
        )
        if not path:
            return
        from unionoffice.studios.service.compilation import write_compilation_pdf, write_compilation_xlsx

        ctx = self.ctx

        def work(progress: Progress) -> int:
            if path.lower().endswith(".xlsx"):
                return write_compilation_xlsx(ctx.db, ctx.actor, year, path)
            return write_compilation_pdf(ctx.db, ctx.actor, year, path, progress)

        ctx.tasks.run(
            self,
            self.tr("正在生成 {year} 年成果汇编……").format(year=year),
            work,
            lambda n: info(self, self.tr("已生成成果汇编（{n} 项成果）：{path}").format(n=n, path=path)),
        )
