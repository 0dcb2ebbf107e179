"""The contests tab: contest list on the left; contestants, judges, results and the scheme on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.service import definition, editing, entrants, judge_check, packages, sheets
from unionoffice.contests.service.common import judge_only
from unionoffice.contests.views.results_page import ResultsPage
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import confirm, guarded, info
from unionoffice.ui.table_model import LazyTableModel


def _button(text: str, icon_name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
    button = QPushButton(icon(icon_name), text)
    button.clicked.connect(slot)
    return button


class ContestsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.admin = ctx.actor.can(ContestsPerm.ADMIN)
        self.contest_id: int | None = None
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("竞赛")))
        self.list_filter: dict[str, object] = {}
        self.filter_bar = QWidget()
        filter_layout = QHBoxLayout(self.filter_bar)
        filter_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_label = QLabel()
        self.filter_label.setObjectName("contest_filter")
        self.filter_label.setStyleSheet("color: #1f4e79;")
        self.filter_label.setWordWrap(True)
        filter_layout.addWidget(self.filter_label, 1)
        filter_layout.addWidget(_button(self.tr("显示全部"), "x", lambda: self.show_filtered()))
        self.filter_bar.hide()
        left_layout.addWidget(self.filter_bar)
        self.contests = QListWidget()
        self.contests.setObjectName("contest_list")
        self.contests.currentItemChanged.connect(self._contest_changed)
        left_layout.addWidget(self.contests)
        if self.admin:
            left_layout.addWidget(_button(self.tr("新建竞赛…"), "plus", self.new_contest))
            left_layout.addWidget(_button(self.tr("编辑方案…"), "pencil", self.edit_scheme))
            left_layout.addWidget(_button(self.tr("复制为新竞赛…"), "copy", self.copy_contest))
            row = QHBoxLayout()
            row.addWidget(_button(self.tr("导入方案…"), "file-up", self.import_definition))
            row.addWidget(_button(self.tr("导出方案…"), "file-down", self.export_definition))
            left_layout.addLayout(row)
        split.addWidget(left)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold; color: #1f4e79;")
        self.facts = QLabel()
        self.facts.setStyleSheet("color: #555;")
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        self.pages = QTabWidget()
        self.results = ResultsPage(ctx, self)
        self.pages.addTab(self.results, icon("trophy"), self.tr("成绩"))
        self.pages.addTab(self._contestants_page(), icon("users"), self.tr("参赛选手"))
        self.pages.addTab(self._judges_page(), icon("gavel"), self.tr("评委"))
        self.pages.addTab(self._scheme_page(), icon("list-checks"), self.tr("竞赛方案"))
        layout.addWidget(self.pages, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setSizes([240, 1000])
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self.reload()

    # Pages ----------------------------------------------------------------------------------
    def _contestants_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.contestant_count = QLabel()
        bar.addWidget(self.contestant_count, 1)
        if self.ctx.actor.can(ContestsPerm.ENTER) or self.admin:
            bar.addWidget(_button(self.tr("从会员名册添加…"), "user-plus", self.add_members))
        if self.admin:
            bar.addWidget(_button(self.tr("删除所选选手"), "user-minus", self.remove_contestant))
        layout.addLayout(bar)
        self.contestant_table = QTableView()
        self.contestant_table.setSortingEnabled(True)
        self.contestant_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.contestant_table.verticalHeader().setDefaultSectionSize(24)
        self.contestant_model = LazyTableModel(parent=self)
        self.contestant_table.setModel(self.contestant_model)
        layout.addWidget(self.contestant_table)
        return page

    def _scheme_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if self.admin:
            bar = QHBoxLayout()
            bar.addStretch(1)
            bar.addWidget(_button(self.tr("编辑方案…"), "pencil", self.edit_scheme))
            layout.addLayout(bar)
        self.scheme = QTextBrowser()
        layout.addWidget(self.scheme)
        return page

    def _judges_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if self.admin:
            bar = QHBoxLayout()
            self.judge_event = QComboBox()
            self.judge_user = QComboBox()
            self.judge_user.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToContents
            )  # shows the branch
            bar.addWidget(QLabel(self.tr("科目")))
            bar.addWidget(self.judge_event)
            bar.addWidget(QLabel(self.tr("评委")))
            bar.addWidget(self.judge_user)
            bar.addWidget(_button(self.tr("指派"), "user-check", self.assign_judge))
            bar.addWidget(_button(self.tr("取消指派"), "user-x", self.unassign_judge))
            bar.addStretch(1)
            bar.addWidget(_button(self.tr("导出评分包…"), "package", self.export_packages))
            bar.addWidget(_button(self.tr("导出纸质评分表…"), "file-spreadsheet", self.export_sheets))
            layout.addLayout(bar)
        self.judge_list = QListWidget()
        layout.addWidget(self.judge_list)
        self.judge_warnings = QLabel()
        self.judge_warnings.setObjectName("judge_warnings")
        self.judge_warnings.setWordWrap(True)
        self.judge_warnings.setStyleSheet(
            "color: #8a4b00; background: #fff4e5; border: 1px solid #f0b15a; padding: 6px;"
        )
        self.judge_warnings.hide()
        layout.addWidget(self.judge_warnings)
        note = QLabel(
            self.tr(
                "评分包只含参赛号和姓名；与评委同一分工会的选手按回避规则不出现在其评分包中。"
                "密钥单与评分包请分开交给评委。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        return page

    # Loading --------------------------------------------------------------------------------
    @guarded
    def reload(self) -> None:
        current = self.contest_id
        self.contests.blockSignals(True)
        self.contests.clear()
        for c in entrants.list_contests(self.ctx.db, self.ctx.actor, **self.list_filter):  # type: ignore[arg-type]
            text = (
                f"{c.name}\n{c.trade} · {c.contestants} "
                + self.tr("人")
                + (" · " + self.tr("已锁定") if c.locked else "")
            )
            item = QListWidgetItem(icon("lock" if c.locked else "medal"), text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.contests.addItem(item)
            if c.id == current:
                self.contests.setCurrentItem(item)
        self.contests.blockSignals(False)
        if self.contests.currentItem() is None and self.contests.count():
            self.contests.setCurrentRow(0)
        else:
            self._contest_changed(self.contests.currentItem())

    def show_filtered(
        self, year: int | None = None, trade: str | None = None, base: str | None = None
    ) -> None:
        """Drill-down from the dashboard: only the contests of a year, trade and base."""
        self.list_filter = {
            k: v for k, v in (("year", year), ("trade", trade), ("base", base)) if v is not None
        }
        parts = [self.tr("{y} 年").format(y=year) if year else "", trade or "", base or ""]
        self.filter_label.setText(self.tr("筛选：") + " · ".join(p for p in parts if p))
        self.filter_bar.setVisible(bool(self.list_filter))
        self.contest_id = None
        self.reload()

    def _contest_changed(self, item: QListWidgetItem | None) -> None:
        self.contest_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.show_contest()

    @guarded
    def show_contest(self) -> None:
        if self.contest_id is None:
            self.title.setText(self.tr("还没有竞赛"))
            return
        d = definition.get_definition(self.ctx.db, self.ctx.actor, self.contest_id)
        self.title.setText(d.name)
        dates = [
            (self.tr("部署"), d.deploy_date),
            (self.tr("题库下发"), d.bank_date),
            (self.tr("练兵"), d.practice_date),
            (self.tr("比武"), d.contest_date),
        ]
        facts = [f"{d.trade}", d.base or "", d.venue] + [
            f"{label} {day:%Y-%m-%d}" for label, day in dates if day
        ]
        self.facts.setText("　·　".join(f for f in facts if f))
        self.scheme.setHtml(self._scheme_html(d))
        self.contestant_model.set_source(
            entrants.contestant_source(self.ctx.db, self.ctx.actor, self.contest_id)
        )
        self.contestant_count.setText(self.tr("共 {n} 名选手").format(n=self.contestant_model.rowCount()))
        self.contestant_table.resizeColumnsToContents()
        self._load_judges(d)
        self.results.show_contest(self.contest_id)

    def _scheme_html(self, d: definition.ContestDef) -> str:
        rows = []
        for e in d.events:
            agg = (
                self.tr("去掉 {n} 个最高分和最低分（{m} 人及以上评委时）").format(
                    n=e.drop_n, m=e.drop_min_judges
                )
                if e.aggregation == "trimmed"
                else self.tr("平均")
            )
            rows.append(
                f"<h3>{e.name}（{e.weight_pct.normalize():f}%）</h3><p>{self.tr('汇总规则')}：{agg}</p><ul>"
            )
            for i in e.items:
                kind = self.tr("客观测量") if i.kind == "measured" else self.tr("评委评分")
                rows.append(
                    f"<li>{i.code} {i.name}：{self.tr('满分')} {i.max_marks.normalize():f}，"
                    f"{self.tr('权重')} ×{i.weight.normalize():f}，{kind}</li>"
                )
            rows.append("</ul>")
        rows.append(f"<h3>{self.tr('名次与奖项')}</h3><ul>")
        rows.append("<li>" + self.tr("成绩保留 {n} 位小数，四舍五入").format(n=d.round_places) + "</li>")
        rows.append(
            "<li>"
            + (self.tr("评委回避本分工会的选手") if d.no_own_branch else self.tr("不启用回避规则"))
            + "</li>"
        )
        names = {f"event:{e.code}": e.name for e in d.events}
        names.update({f"item:{e.code}/{i.code}": f"{e.name}／{i.name}" for e in d.events for i in e.items})
        if d.tie_break:
            order = " → ".join(
                self.tr("“{name}”高者在前").format(name=names.get(rule, rule)) for rule in d.tie_break
            )
            rows.append("<li>" + self.tr("总分相同时：{order}").format(order=order) + "</li>")
        unit = self.tr(" 人") if d.award_mode == "count" else "%"
        if d.award_levels:
            rows.append(
                "<li>"
                + self.tr("奖项：")
                + "、".join(f"{label} {amount.normalize():f}{unit}" for label, amount in d.award_levels)
                + "</li>"
            )
        rows.append("</ul>")
        return "".join(rows)

    def _load_judges(self, d: definition.ContestDef) -> None:
        self.judge_list.clear()
        judges = entrants.list_judges(self.ctx.db, self.ctx.actor, self.contest_id)  # type: ignore[arg-type]
        for j in judges:
            extra = []
            if j.branch_names:
                extra.append(self.tr("所属：{b}（回避）").format(b=j.branch_names))
            if j.records_measured:
                extra.append(self.tr("负责录入客观测量项"))
            extra.append(
                self.tr("已导入第 {n} 版评分包").format(n=j.last_seq) if j.last_seq else self.tr("尚未交回")
            )
            item = QListWidgetItem(icon("gavel"), f"{j.event_name}　{j.name}　" + "；".join(extra))
            item.setData(Qt.ItemDataRole.UserRole, j.assignment_id)
            self.judge_list.addItem(item)
        if self.admin and not judge_only(self.ctx.actor):
            self.judge_event.clear()
            for event_id, name in entrants.event_choices(self.ctx.db, self.ctx.actor, self.contest_id):
                self.judge_event.addItem(name, event_id)
            if not self.judge_user.count():
                for u in entrants.judge_users(self.ctx.db, self.ctx.actor):
                    self.judge_user.addItem(f"{u.name}（{u.branches}）" if u.branches else u.name, u.id)
            warnings = judge_check.judge_warnings(self.ctx.db, self.ctx.actor, self.contest_id)  # type: ignore[arg-type]
            self.judge_warnings.setText(
                self.tr("评委安排提示：") + "\n" + "\n".join(f"• {w}" for w in warnings)
            )
            self.judge_warnings.setVisible(bool(warnings))

    # Actions --------------------------------------------------------------------------------
    @guarded
    def add_members(self) -> None:
        from unionoffice.contests.views.add_members_dialog import AddMembersDialog

        if self.contest_id is None:
            return
        dialog = AddMembersDialog(self.ctx, self)
        if dialog.exec() and dialog.selected_ids():
            added = entrants.register_members(
                self.ctx.db, self.ctx.actor, self.contest_id, dialog.selected_ids()
            )
            info(self, self.tr("已添加 {n} 名选手。").format(n=added))
            self.reload()

    @guarded
    def remove_contestant(self) -> None:
        rows = self.contestant_table.selectionModel().selectedRows()
        for index in rows:
            entrants.remove_contestant(self.ctx.db, self.ctx.actor, self.contestant_model.row_id(index.row()))
        if rows:
            self.reload()

    @guarded
    def assign_judge(self) -> None:
        entrants.assign_judge(
            self.ctx.db, self.ctx.actor, self.judge_event.currentData(), self.judge_user.currentData()
        )
        self.show_contest()

    @guarded
    def unassign_judge(self) -> None:
        item = self.judge_list.currentItem()
        if item is None:
            info(self, self.tr("请先在列表中选中要取消的评委分配。"))
            return
        if confirm(self, self.tr("取消“{text}”的评委分配？").format(text=item.text().split("；")[0])):
            entrants.unassign_judge(self.ctx.db, self.ctx.actor, item.data(Qt.ItemDataRole.UserRole))
            self.show_contest()

    @guarded
    def export_packages(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存评分包的文件夹"))
        if not folder or self.contest_id is None:
            return
        contest_id = self.contest_id
        self.ctx.tasks.run(
            self,
            self.tr("正在导出评分包…"),
            lambda progress: packages.export_packages(
                self.ctx.db, self.ctx.actor, contest_id, folder, progress
            ),
            lambda result: info(
                self,
                self.tr("已导出 {n} 个评分包和评委密钥单到：\n{folder}").format(n=len(result), folder=folder),
            ),
        )

    @guarded
    def export_sheets(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存评分表的文件夹"))
        if not folder or self.contest_id is None:
            return
        judges = entrants.list_judges(self.ctx.db, self.ctx.actor, self.contest_id)

        def work(progress):  # type: ignore[no-untyped-def]
            for n, j in enumerate(judges):
                progress.step(n, len(judges))
                sheets.export_marking_sheet(
                    self.ctx.db,
                    self.ctx.actor,
                    j.assignment_id,
                    Path(folder) / f"{j.event_name}_{j.name}_评分表.xlsx",
                )
            return len(judges)

        self.ctx.tasks.run(
            self,
            self.tr("正在导出评分表…"),
            work,
            lambda n: info(self, self.tr("已导出 {n} 张评分表。").format(n=n)),
        )

    @guarded
    def new_contest(self) -> None:
        self._open_editor(None)

    @guarded
    def edit_scheme(self) -> None:
        if self.contest_id is not None:
            self._open_editor(self.contest_id)

    def _open_editor(self, contest_id: int | None) -> None:
        from unionoffice.contests.views.scheme_editor import SchemeEditor

        dialog = SchemeEditor(self.ctx, contest_id, self)
        dialog.exec()
        # Saved, or copied as a new contest (even if the copy was then closed unsaved): show it.
        if dialog.contest_id is not None and (dialog.result() or dialog.contest_id != contest_id):
            self.contest_id = dialog.contest_id
            self.reload()

    @guarded
    def copy_contest(self) -> None:
        if self.contest_id is None:
            return
        d = definition.get_definition(self.ctx.db, self.ctx.actor, self.contest_id)
        year, ok = QInputDialog.getInt(
            self,
            self.tr("复制为新竞赛"),
            self.tr("新竞赛的年度（方案沿用，日期清空）："),
            d.year + 1,
            2000,
            2100,
        )
        if ok:
            new_id = editing.copy_contest(self.ctx.db, self.ctx.actor, self.contest_id, year)
            self._open_editor(new_id)
            self.contest_id = new_id
            self.reload()

    @guarded
    def import_definition(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择竞赛方案文件"), "", self.tr("竞赛方案 (*.json)")
        )
        if not path:
            return
        d = definition.read_definition_file(path)
        year, ok = QInputDialog.getInt(self, self.tr("年度"), self.tr("新竞赛的年度："), d.year, 2000, 2100)
        if ok:
            self.contest_id = definition.import_definition(self.ctx.db, self.ctx.actor, path, year)
            self.reload()

    @guarded
    def export_definition(self) -> None:
        if self.contest_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存竞赛方案"), self.title.text() + ".json", self.tr("竞赛方案 (*.json)")
        )
        if path:
            definition.export_definition(self.ctx.db, self.ctx.actor, self.contest_id, path)
            info(self, self.tr("已导出竞赛方案，明年可按此方案新建竞赛。"))
