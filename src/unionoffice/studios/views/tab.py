"""The 创新工作室 tab: studios (with the studio page), achievements, evaluation rounds, honours,
statistics; each sub-page is built and loaded the first time it is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QInputDialog, QPushButton, QVBoxLayout, QWidget

from unionoffice.studios import contract as studios
from unionoffice.studios.contract import CompilationRequest, Compiled
from unionoffice.studios.views.achievements_page import AchievementsPage
from unionoffice.studios.views.honours_page import HonoursPage
from unionoffice.studios.views.rounds_view import RoundsView
from unionoffice.studios.views.stats_view import StatsView
from unionoffice.studios.views.studios_page import StudiosPage
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import info
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.lazy_tabs import LazyTabs


class StudiosTab(QWidget):
    """GUI thread; every call to the services runs on a worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.compile_button = QPushButton(icon("printer"), self.tr("年度成果汇编…"))
        self.compile_button.setObjectName("compile_button")
        self.compile_button.clicked.connect(self.compile)
        self.tabs = LazyTabs()
        self.tabs.setCornerWidget(self.compile_button)
        self.tabs.add_page("studios", self.tr("工作室"), "building-2", lambda p: StudiosPage(ctx, p))
        self.tabs.add_page(
            "achievements", self.tr("成果与专利"), "lightbulb", lambda p: AchievementsPage(ctx, p)
        )
        self.tabs.add_page("rounds", self.tr("季度评审"), "gavel", lambda p: RoundsView(ctx, p))
        self.tabs.add_page("honours", self.tr("荣誉"), "medal", lambda p: HonoursPage(ctx, p))
        self.tabs.add_page("stats", self.tr("统计"), "chart-column", lambda p: StatsView(ctx, p))
        layout.addWidget(self.tabs)

    def page(self, key: str) -> QWidget:
        """Show sub-page ``key`` (studios, achievements, rounds, honours, stats) and return it."""
        return self.tabs.page(key)

    def show_filtered(self, **filters: object) -> None:
        """Drill-down from the dashboard: open 成果与专利 with the figure's filter."""
        page = self.page("achievements")
        assert isinstance(page, AchievementsPage)
        page.show_filtered(**filters)

    def compile(self) -> None:
        year, ok = QInputDialog.getInt(
            self, self.tr("年度成果汇编"), self.tr("汇编年度："), date.today().year, 2000, 2100
        )
        if not ok:
            return
        target = choose_target(
            self,
            self.tr("保存成果汇编"),
            self.tr("{year}年度职工创新成果汇编.pdf").format(year=year),
            self.tr("PDF 小册子 (*.pdf);;Excel 表格 (*.xlsx)"),
        )
        if target is None:
            return
        kind = "xlsx" if target.suffix.lower() == ".xlsx" else "pdf"

        def compiled(result: Compiled) -> None:
            text = self.tr("已生成成果汇编（{n} 项成果）：{path}")
            save_download(
                self.ctx,
                self,
                result.file,
                target,
                lambda path: info(self, text.format(n=result.entries, path=path)),
            )

        self.ctx.tasks.run_job(
            self,
            self.tr("正在生成 {year} 年成果汇编……").format(year=year),
            studios.COMPILATION,
            CompilationRequest(year, kind),
            compiled,
        )
