"""The theory exam of one contest: the blueprint, the paper drawn from the bank, the rooms with
their seats and the answers marked; printed papers, exam packages for the rooms' laptops, and the
answers coming back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout

from unionoffice.contests import contract as contests
from unionoffice.contests.contract import (
    AnswerUpload,
    ContestDetail,
    ExamView,
    PaperInfo,
    PaperRequest,
    Report,
    RoomPlan,
    number_text,
)
from unionoffice.contests.labels import ContestPage, QuestionKind
from unionoffice.contests.perms import ContestsPerm
from unionoffice.contests.views.buttons import button
from unionoffice.contests.views.folders import export_to_folder
from unionoffice.contests.views.part import ContestHost, ContestPart
from unionoffice.foundation.contract import ById, FileData
from unionoffice.foundation.progress import Progress
from unionoffice.ui.context import AppContext
from unionoffice.ui.messages import confirm, info
from unionoffice.ui.style import HEADING, MUTED_TEXT, WARNING_TEXT
from unionoffice.ui.widgets.files import choose_upload, read_upload
from unionoffice.ui.widgets.tables import fill_table, read_only_table, selected_id


class ExamPart(ContestPart):
    page = ContestPage.EXAM

    def __init__(self, ctx: AppContext, host: ContestHost, contest_id: int | None) -> None:
        super().__init__(ctx, host, contest_id)
        self.view: ExamView | None = None
        layout = QVBoxLayout(self)
        self.plan = QLabel()
        self.plan.setObjectName("exam_plan")
        self.plan.setWordWrap(True)
        layout.addWidget(self.plan)
        self.problems = QLabel()
        self.problems.setObjectName("exam_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(WARNING_TEXT)
        layout.addWidget(self.problems)
        self.paper = QLabel()
        self.paper.setObjectName("exam_paper")
        self.paper.setStyleSheet(f"font-weight: bold; color: {HEADING};")
        layout.addWidget(self.paper)
        self.admin_buttons: list[QPushButton] = []
        if ctx.session.can(ContestsPerm.ADMIN):
            bar = QHBoxLayout()
            self.generate_button = button(self.tr("组卷"), "list-checks", self.generate, "generate_paper")
            self.admin_buttons = [
                self.generate_button,
                button(self.tr("导出纸质试卷和答题卡…"), "printer", self.export_papers, "export_papers"),
                button(self.tr("导出考场包…"), "package", self.export_packages, "export_exam_packages"),
                button(self.tr("导入答卷…"), "file-up", self.import_answers, "import_answers"),
                button(self.tr("导入纸质答卷录入表…"), "file-spreadsheet", self.import_typed),
            ]
            for made in self.admin_buttons:
                bar.addWidget(made)
            bar.addStretch(1)
            layout.addLayout(bar)
        self.rooms = read_only_table(name="exam_rooms")
        layout.addWidget(self.rooms, 1)
        note = QLabel(
            self.tr(
                "每个考场一个考场包，用考场密钥单上的密钥在考试电脑上打开（unionoffice --exam 考场包）；"
                "答案每点选一次即保存，交回的答卷文件带签名，导入时自动评分并计入理论科目。"
                "选中某个考场再导入，可核对答卷文件是否属于该考场。"
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_TEXT)
        layout.addWidget(note)

    def show_detail(self, detail: ContestDetail) -> None:
        if detail.exam is not None:
            self.show_exam(detail.exam)

    def clear(self) -> None:
        self.view = None
        for label in (self.plan, self.problems, self.paper):
            label.setText("")
        self.rooms.setRowCount(0)

    def show_exam(self, view: ExamView) -> None:
        self.view = view
        if view.plan is None:
            self.plan.setText(self.tr("组卷要求：未设置（在“编辑方案”的“报名与考试”页设置）"))
        else:
            lines = "；".join(
                self.tr("{kind}（{area}）{count} 道 × {points} 分").format(
                    kind=QuestionKind(line.kind).label,
                    area=line.area or self.tr("不限领域"),
                    count=line.count,
                    points=number_text(line.points),
                )
                for line in view.plan.lines
            )
            self.plan.setText(
                self.tr(
                    "组卷要求：{lines}。共 {n} 题，满分 {total} 分，{minutes} 分钟；成绩计入“{item}”。"
                ).format(
                    lines=lines,
                    n=view.plan.questions,
                    total=number_text(view.plan.total),
                    minutes=view.plan.minutes,
                    item=view.theory_item,
                )
            )
        self.problems.setText("\n".join(f"• {p}" for p in view.problems))
        self.problems.setVisible(bool(view.problems))
        self.paper.setText(self._paper_text(view.paper) if view.paper else self.tr("还没有组卷。"))
        fill_table(
            self.rooms,
            [
                self.tr("考场"),
                self.tr("人数"),
                self.tr("A 卷"),
                self.tr("B 卷"),
                self.tr("已评分"),
                self.tr("答卷文件"),
            ],
            [
                (
                    self.tr("第 {n} 考场").format(n=r.number),
                    r.seats,
                    r.version_a,
                    r.version_b,
                    r.answered,
                    r.files,
                )
                for r in view.rooms
            ],
            right={1, 2, 3, 4, 5},
            spread=True,
            ids=[r.id for r in view.rooms],
        )
        ready = view.paper is not None
        if self.admin_buttons:
            self.generate_button.setText(self.tr("重新组卷") if ready else self.tr("组卷"))
            self.generate_button.setEnabled(not view.problems and not view.marked)
            for made in self.admin_buttons[1:]:
                made.setEnabled(ready)

    def _paper_text(self, paper: PaperInfo) -> str:
        kinds = "、".join(f"{QuestionKind(kind).label} {n} 道" for kind, n in paper.by_kind)
        marked = (
            self.tr("，已评分 {n} 人").format(n=self.view.marked) if self.view and self.view.marked else ""
        )
        return self.tr(
            "试卷：{at} 由 {who} 从题库第 {v} 版组卷，{kinds}，满分 {total} 分，A/B 两种卷{marked}"
        ).format(
            at=paper.created_at,
            who=paper.created_by,
            v=paper.bank_version,
            kinds=kinds,
            total=number_text(paper.total),
            marked=marked,
        )

    # Actions --------------------------------------------------------------------------------------
    def generate(self) -> None:
        if self.contest_id is None or self.view is None:
            return
        if self.view.paper is not None and not confirm(
            self, self.tr("重新组卷会替换现有试卷和考场安排，已发出的考场包作废。确认重新组卷吗？")
        ):
            return
        self.ctx.calls.fetch(
            self, contests.GENERATE_PAPER, PaperRequest(self.contest_id), lambda _info: self.host.refresh()
        )

    def export_papers(self) -> None:
        if self.contest_id is None:
            return
        export_to_folder(
            self.ctx,
            self,
            contests.EXPORT_PAPERS,
            ById(self.contest_id),
            self.tr("选择保存试卷的文件夹"),
            self.tr("正在生成试卷…"),
            lambda files, folder: self.tr("已保存到 {folder}：\n{names}").format(
                folder=folder, names="\n".join(files.lines)
            ),
        )

    def export_packages(self) -> None:
        if self.contest_id is None:
            return
        size, ok = QInputDialog.getInt(self, self.tr("导出考场包"), self.tr("每个考场的人数："), 30, 1, 500)
        if not ok:
            return

        def done(files: contests.Files, folder: Path) -> str:
            self.host.refresh()
            return self.tr("已导出 {n} 个考场包和考场密钥单到：\n{folder}\n{lines}").format(
                n=len(files.lines), folder=folder, lines="\n".join(files.lines)
            )

        export_to_folder(
            self.ctx,
            self,
            contests.EXPORT_EXAM_PACKAGES,
            RoomPlan(self.contest_id, size),
            self.tr("选择保存考场包的文件夹"),
            self.tr("正在导出考场包…"),
            done,
        )

    def import_answers(self) -> None:
        contest_id = self.contest_id
        if contest_id is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择考场交回的答卷文件"), "", self.tr("答卷文件 (*.uoexam)")
        )
        if not files:
            return
        room = selected_id(self.rooms)

        def read(_progress: Progress) -> AnswerUpload:
            return AnswerUpload(
                contest_id, [FileData(Path(f).name, Path(f).read_bytes()) for f in files], room
            )

        def imported(report: Report) -> None:
            info(self, "\n".join(report.lines))
            self.host.refresh()

        def uploaded(upload: AnswerUpload) -> None:
            self.ctx.tasks.run_job(self, self.tr("正在评分…"), contests.IMPORT_ANSWERS, upload, imported)

        self.ctx.tasks.run(self, self.tr("正在读取答卷文件…"), read, uploaded)

    def import_typed(self) -> None:
        path = choose_upload(self, self.tr("选择已录入的纸质答卷录入表"))
        if path is None:
            return

        def imported(report: Report) -> None:
            info(self, "\n".join(report.lines))
            self.host.refresh()

        def uploaded(file: FileData) -> None:
            self.ctx.tasks.run_job(self, self.tr("正在评分…"), contests.IMPORT_PAPER_ANSWERS, file, imported)

        read_upload(self.ctx, self, path, uploaded)
