"""A five-small result's score sheet (every judge's marks, the trimmed means, the total, the band
and the reward split), and a round's payout list."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from unionoffice.foundation.contract import ById, FileData
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.studios import contract as studios
from unionoffice.studios.contract import PayoutLine, PayoutList, ScoreSheet
from unionoffice.ui.context import AppContext
from unionoffice.ui.icons import icon
from unionoffice.ui.messages import info
from unionoffice.ui.style import HEADING, HEADING_TEXT, MUTED, MUTED_TEXT
from unionoffice.ui.widgets.files import choose_target, save_download
from unionoffice.ui.widgets.tables import fill_table, read_only_table


def points(centi: int | None) -> str:
    """Hundredths of a point as a score is written: 27, 15.33."""
    if centi is None:
        return ""
    text = f"{centi // 100}.{centi % 100:02d}"
    return text.rstrip("0").rstrip(".")


def share_text(share: int | None) -> str:
    return translate("StudiosViews", "平均") if share is None else f"{share}%"


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("StudiosViews", "关闭"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class ScoreSheetDialog(QDialog):
    """GUI thread. One call brings the whole sheet."""

    def __init__(self, ctx: AppContext, achievement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: ScoreSheet | None = None
        self.setWindowTitle(self.tr("五小成果评分表"))
        self.resize(860, 480)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("正在加载…"))
        self.heading.setObjectName("sheet_heading")
        self.heading.setStyleSheet(HEADING_TEXT)
        self.heading.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setStyleSheet(MUTED_TEXT)
        self.rule.setWordWrap(True)
        self.marks = read_only_table(self, "sheet_marks")
        self.outcome = QLabel()
        self.outcome.setObjectName("sheet_outcome")
        self.outcome.setStyleSheet(f"font-size: 13pt; font-weight: 600; color: {HEADING};")
        box = QGroupBox(self.tr("奖金分配"))
        column = QVBoxLayout(box)
        self.payouts = read_only_table(box, "sheet_payouts")
        column.addWidget(self.payouts)
        layout.addWidget(self.heading)
        layout.addWidget(self.rule)
        layout.addWidget(self.marks)
        layout.addWidget(self.outcome)
        layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(_close_buttons(self))
        ctx.calls.fetch(self, studios.SCORE_SHEET, ById(achievement_id), self._show)

    def _show(self, sheet: ScoreSheet) -> None:
        self.sheet = sheet
        self.heading.setText(f"{sheet.reg_no}　{sheet.title}")
        rule = sheet.rule
        if rule is None:
            self.rule.setText(self.tr("该轮评审没有评分标准，也没有评审组评分。"))
            return
        trim = self.tr("去掉最高分和最低分各 {n} 个（{m} 位及以上评委评分时）后取平均").format(
            n=rule.drop_n, m=rule.min_judges
        )
        lines = "　".join(f"{b.grade.label} ≥ {points(b.min_centi)}" for b in rule.bands)
        self.rule.setText(
            self.tr("{name}（{date} 起施行）：{trim}；等级分数线 {lines}").format(
                name=rule.name, date=rule.effective_from.isoformat(), trim=trim, lines=lines
            )
        )
        headers = [self.tr("评分项目（满分）"), *sheet.judges, self.tr("平均分")]
        rows: list[list[object]] = []
        for line in sheet.lines:
            by_judge = {m.judge: m for m in line.marks}
            rows.append(
                [
                    f"{line.criterion.name}（{points(line.criterion.max_centi)}）",
                    *[points(by_judge[j].value_centi) if j in by_judge else "" for j in sheet.judges],
                    points(line.mean_centi),
                ]
            )
        total = sheet.total_centi
        rows.append(
            [
                self.tr("合计（{max}）").format(max=points(rule.total_max_centi)),
                *[""] * len(sheet.judges),
                points(total),
            ]
        )
        fill_table(self.marks, headers, rows, right=range(1, len(headers)), spread=True)
        self._fit(self.marks)
        self._mark_dropped(sheet)
        if total is None:
            self.outcome.setText(self.tr("评分尚不完整：还有评委没有评完全部项目。"))
        else:
            grade = sheet.banded_grade.label if sheet.banded_grade else ""
            recorded = (
                self.tr("（已评定：{grade}）").format(grade=sheet.grade.label)
                if sheet.grade is not None and sheet.grade != sheet.banded_grade
                else ""
            )
            reward = sum(p.amount_fen for p in sheet.payouts)
            self.outcome.setText(
                self.tr("总分 {total}，按分数线为{grade}{recorded}　奖金 {reward} 元").format(
                    total=points(total), grade=grade, recorded=recorded, reward=format_fen(reward)
                )
            )
        fill_table(
            self.payouts,
            [self.tr("完成人"), self.tr("工号"), self.tr("份额"), self.tr("应发（元）")],
            [
                (p.name, p.employee_no, share_text(p.share_pct), format_fen(p.amount_fen))
                for p in sheet.payouts
            ],
            right={2, 3},
            spread=True,
        )
        self._fit(self.payouts)

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        """As tall as its rows: a score sheet has a handful of criteria and people."""
        height = (
            table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 4
        )
        table.setFixedHeight(max(height, 60))

    def _mark_dropped(self, sheet: ScoreSheet) -> None:
        """Marks the trimmed mean leaves out are greyed and struck through."""
        grey = QBrush(QColor(MUTED))
        for row, line in enumerate(sheet.lines):
            dropped = {m.judge for m in line.marks if not m.kept}
            for column, judge in enumerate(sheet.judges, start=1):
                item = self.marks.item(row, column)
                if item is None or judge not in dropped:
                    continue
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(grey)
                item.setToolTip(self.tr("去掉的最高分或最低分"))
        last = len(sheet.lines)
        for column in range(self.marks.columnCount()):
            item = self.marks.item(last, column)
            if item is not None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)


class PayoutDialog(QDialog):
    """GUI thread. A round's payout list: as written when it closed, or what closing now would pay."""

    def __init__(self, ctx: AppContext, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round_id = round_id
        self.payouts: PayoutList | None = None
        self.setWindowTitle(self.tr("五小成果奖金发放表"))
        self.resize(960, 600)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("正在加载…"))
        self.heading.setObjectName("payout_heading")
        self.heading.setStyleSheet(HEADING_TEXT)
        self.table = read_only_table(self, "payout_lines")
        self.total = QLabel()
        self.total.setObjectName("payout_total")
        self.total.setStyleSheet("font-weight: 600;")
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(MUTED_TEXT)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.rule)
        buttons = _close_buttons(self)
        self.export_button = QPushButton(icon("file-spreadsheet"), self.tr("导出 Excel…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        ctx.calls.fetch(self, studios.PAYOUTS, ById(round_id), self._show)

    def _show(self, payouts: PayoutList) -> None:
        self.payouts = payouts
        if not payouts.final:
            state = self.tr("（预览：结束评审时按此发放）")
        elif payouts.lines:
            state = self.tr("（已于结束评审时确定）")
        else:
            state = self.tr("（本轮结束时没有奖金发放记录）")
        self.heading.setText(self.tr("{title}五小成果奖金发放表").format(title=payouts.round.title) + state)
        rows = [_payout_row(x) for x in payouts.lines]
        fill_table(
            self.table,
            [
                self.tr("成果编号"),
                self.tr("成果名称"),
                self.tr("等级"),
                self.tr("成果奖金（元）"),
                self.tr("完成人"),
                self.tr("工号"),
                self.tr("份额"),
                self.tr("应发（元）"),
            ],
            rows,
            right={3, 6, 7},
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title takes the room
        self.total.setText(
            self.tr("共 {n} 人次，合计 {total} 元").format(
                n=len(payouts.lines), total=format_fen(payouts.total_fen)
            )
        )
        self.rule.setText(payouts.rule_text)
        self.export_button.setEnabled(bool(payouts.lines))

    def export(self) -> None:
        payouts = self.payouts
        if payouts is None:
            return
        suggested = self.tr("{year}年第{q}季度五小成果奖金发放表.xlsx").format(
            year=payouts.round.year, q=payouts.round.quarter
        )
        target = choose_target(self, self.tr("导出奖金发放表"), suggested)
        if target is None:
            return

        def exported(file: FileData) -> None:
            save_download(
                self.ctx,
                self,
                file,
                target,
                lambda path: info(self, self.tr("已导出到 {path}").format(path=path)),
            )

        self.ctx.tasks.run_job(
            self, self.tr("正在导出奖金发放表…"), studios.EXPORT_PAYOUTS, ById(self.round_id), exported
        )


def _payout_row(x: PayoutLine) -> tuple[str, ...]:
    return (
        x.reg_no,
        x.title,
        x.grade.label,
        format_fen(x.reward_fen),
        x.name,
        x.employee_no,
        share_text(x.share_pct),
        format_fen(x.amount_fen),
    )
