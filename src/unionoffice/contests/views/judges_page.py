"""The judge line-up of one contest: who marks which event, the conflict-of-interest warnings,
and the judge packages and paper marking sheets to hand out."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from unionoffice.contests import contract as contests
from unionoffice.contests.contract import ContestDetail, JudgeAssign, JudgesView
from unionoffice.contests.labels import ContestPage
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.views.buttons import button
from unionoffice.contests.views.folders import export_to_folder
from unionoffice.contests.views.part import ContestHost, ContestPart
from unionoffice.core.judging.folders import key_folder
from unionoffice.foundation.contract import ById, Empty, Saved
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import MUTED_TEXT, WARNING
from unionoffice.ui.widgets.tables import fill_table, read_only_table, selected_id


class JudgesPart(ContestPart):
    page = ContestPage.JUDGES

    def __init__(self, ctx: AppContext, host: ContestHost, contest_id: int | None) -> None:
        super().__init__(ctx, host, contest_id)
        self.admin = ctx.session.can(ContestsPerm.ADMIN)
        layout = QVBoxLayout(self)
        self.judge_event = QComboBox()
        self.judge_event.setObjectName("judge_event")
        self.judge_user = QComboBox()
        self.judge_user.setObjectName("judge_user")
        self.judge_user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # shows the branch
        if self.admin:
            bar = QHBoxLayout()
            bar.addWidget(QLabel(self.tr("科目")))
            bar.addWidget(self.judge_event)
            bar.addWidget(QLabel(self.tr("评委")))
            bar.addWidget(self.judge_user)
            bar.addWidget(button(self.tr("指派"), "user-check", self.assign_judge))
            bar.addWidget(button(self.tr("取消指派"), "user-x", self.unassign_judge))
            bar.addStretch(1)
            bar.addWidget(button(self.tr("导出评分包…"), "package", self.export_packages))
            bar.addWidget(button(self.tr("导出纸质评分表…"), "file-spreadsheet", self.export_sheets))
            layout.addLayout(bar)
        self.table = read_only_table(name="judge_table")
        layout.addWidget(self.table, 1)
        self.warnings = QLabel()
        self.warnings.setObjectName("judge_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            f"color: {WARNING}; background: #fff4e5; border: 1px solid #f0b15a; padding: 6px;"
        )
        self.warnings.hide()
        layout.addWidget(self.warnings)
        note = QLabel(
            self.tr(
                "评分包只含参赛号和姓名；与评委同一分工会的选手按回避规则不出现在其评分包中。"
                "密钥单与评分包请分开交给评委。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        layout.addWidget(note)

    def show_detail(self, detail: ContestDetail) -> None:
        if detail.judges is not None:
            self.show_judges(detail.judges)

    def clear(self) -> None:
        self.show_judges(JudgesView([]))

    def show_judges(self, view: JudgesView) -> None:
        fill_table(
            self.table,
            [
                self.tr("科目"),
                self.tr("评委"),
                self.tr("所属分工会（回避）"),
                self.tr("客观测量项"),
                self.tr("评分包"),
            ],
            [
                (
                    j.event_name,
                    j.name,
                    j.branch_names,
                    self.tr("负责录入") if j.records_measured else "",
                    self.tr("已导入第 {n} 版").format(n=j.last_seq) if j.last_seq else self.tr("尚未交回"),
                )
                for j in view.judges
            ],
            ids=[j.assignment_id for j in view.judges],
        )
        keep_event, keep_user = self.judge_event.currentData(), self.judge_user.currentData()
        self.judge_event.clear()
        for e in view.events:
            self.judge_event.addItem(e.name, e.id)
        self.judge_user.clear()
        for u in view.users:
            self.judge_user.addItem(f"{u.name}（{u.branches}）" if u.branches else u.name, u.id)
        self.judge_event.setCurrentIndex(max(self.judge_event.findData(keep_event), 0))
        self.judge_user.setCurrentIndex(max(self.judge_user.findData(keep_user), 0))
        self.warnings.setText(self.tr("评委安排提示：") + "\n" + "\n".join(f"• {w}" for w in view.warnings))
        self.warnings.setVisible(bool(view.warnings))

    # Line-up ------------------------------------------------------------------------------------
    def assign_judge(self) -> None:
        event_id, user_id = self.judge_event.currentData(), self.judge_user.currentData()
        if event_id is None or user_id is None:
            return
        self.ctx.calls.fetch(self, contests.ASSIGN_JUDGE, JudgeAssign(event_id, user_id), self._changed)

    def unassign_judge(self) -> None:
        assignment = selected_id(self.table)
        if assignment is None:
            info(self, self.tr("请先在列表中选中要取消的评委分配。"))
            return
        row = self.table.currentRow()
        item = self.table.item(row, 1)
        who = item.text() if item is not None else ""
        if confirm(self, self.tr("取消“{text}”的评委分配？").format(text=who)):
            self.ctx.calls.fetch(self, contests.UNASSIGN_JUDGE, ById(assignment), self._changed)

    def _changed(self, _result: Saved | Empty) -> None:
        self.host.refresh()

    # Hand-outs ----------------------------------------------------------------------------------
    def export_packages(self) -> None:
        if self.contest_id is None:
            return
        export_to_folder(
            self.ctx,
            self,
            contests.EXPORT_PACKAGES,
            ById(self.contest_id),
            self.tr("选择保存评分包的文件夹"),
            self.tr("正在导出评分包…"),
            lambda files, folder: self.tr(
                "已导出 {n} 个评分包到：\n{folder}\n评委密钥单另存在：\n{keys}\n请把密钥单与评分包分开交给评委。"
            ).format(n=len(files.files), folder=folder, keys=key_folder(folder)),
        )

    def export_sheets(self) -> None:
        if self.contest_id is None:
            return
        export_to_folder(
            self.ctx,
            self,
            contests.EXPORT_SHEETS,
            ById(self.contest_id),
            self.tr("选择保存评分表的文件夹"),
            self.tr("正在导出评分表…"),
            lambda files, folder: self.tr("已导出 {n} 张评分表到：\n{folder}").format(
                n=len(files.files), folder=folder
            ),
        )
