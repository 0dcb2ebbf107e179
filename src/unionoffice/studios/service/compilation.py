"""The yearly compilation (成果汇编) of graded achievements: a printable PDF booklet and a workbook.

The booklet has a cover, a table of contents with page numbers, and one entry per achievement.
Page numbers are found by laying the booklet out twice: anchors record the page they land on
in the first pass, the second pass prints them (the contents keep the same size both times).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.pdf import build_document, chinese_date, make_table, paragraph, paragraph_styles
from unionoffice.foundation.pdf.document import HEADER_GREY
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import FEN, Sheet, write_xlsx
from unionoffice.studios.service.exports import GradedAchievement, graded_achievements


def _entries(db: Database, actor: Actor, year: int) -> list[GradedAchievement]:
    entries = graded_achievements(db, actor, year)
    if not entries:
        raise UserError(
            translate("Studios", "{year} 年还没有已结束评审的评级成果，无法生成汇编。").format(year=year)
        )
    return entries


def _people_text(entry: GradedAchievement) -> str:
    if len(entry.people) == 1:
        return entry.people[0].name
    if any(p.share_pct is None for p in entry.people):  # not stated: equal
        return "、".join(p.name for p in entry.people)
    return "、".join(f"{p.name}（{p.share_pct}%）" for p in entry.people)


def write_compilation_pdf(
    db: Database,
    actor: Actor,
    year: int,
    target: str | Path,
    progress: Progress = NO_PROGRESS,
    union_name: str = "",
) -> int:
    """Write the booklet; returns the number of entries."""
    entries = _entries(db, actor, year)
    pages: dict[int, int] = {}
    first = io.BytesIO()
    _build(first, entries, year, pages, union_name, progress)
    progress.step(len(entries), len(entries) + 1, translate("Studios", "正在排版目录页码……"))
    known = dict(pages)
    _build(Path(target), entries, year, known, union_name, NO_PROGRESS, final=True)
    return len(entries)


def _build(
    target: Any,
    entries: Sequence[GradedAchievement],
    year: int,
    pages: dict[int, int],
    union_name: str,
    progress: Progress,
    final: bool = False,
) -> None:
    class Anchor(Flowable):
        """Zero-size marker that notes the page it is drawn on."""

        def __init__(self, key: int) -> None:
            super().__init__()
            self.key = key
            self.width = self.height = 0

        def draw(self) -> None:
            if not final:
                pages[self.key] = self.canv.getPageNumber()

    styles = paragraph_styles()
    cover_title = paragraph(
        translate("Studios", "{year} 年度职工创新成果汇编").format(year=year), styles["title"]
    )
    story: list[Flowable] = [Spacer(1, 70 * mm), cover_title, Spacer(1, 12 * mm)]
    story.append(paragraph(translate("Studios", "（五小成果季度发布会评级成果）"), styles["cell_header"]))
    story.append(Spacer(1, 60 * mm))
    counts = {
        g: sum(1 for e in entries if e.grade_label == g)
        for g in dict.fromkeys(e.grade_label for e in entries)
    }
    summary = translate("Studios", "共收录 {n} 项成果：").format(n=len(entries)) + "，".join(
        f"{g} {n} 项" for g, n in counts.items()
    )
    story.append(paragraph(summary, styles["cell_header"]))
    story.append(Spacer(1, 10 * mm))
    story.append(paragraph(union_name or translate("Studios", "集团公司工会"), styles["cell_header"]))
    story.append(paragraph(chinese_date(date.today()), styles["cell_header"]))
    story.append(PageBreak())

    story.append(paragraph(translate("Studios", "目　录"), styles["title"]))
    toc = [
        [
            translate("Studios", "序号"),
            translate("Studios", "成果名称"),
            translate("Studios", "季度"),
            translate("Studios", "等级"),
            translate("Studios", "页码"),
        ]
    ]
    for n, entry in enumerate(entries, start=1):
        toc.append(
            [
                str(n),
                entry.title,
                translate("Studios", "第 {q} 季度").format(q=entry.quarter),
                entry.grade_label,
                str(pages.get(entry.id, "")) or "—",
            ]
        )
    story.append(make_table(toc, [12 * mm, 100 * mm, 22 * mm, 16 * mm, 16 * mm], styles=styles))
    story.append(PageBreak())

    quarter = None
    total = len(entries)
    for n, entry in enumerate(entries, start=1):
        if n % 50 == 0:
            progress.step(
                n, total + 1, translate("Studios", "正在生成第 {n} / {total} 项……").format(n=n, total=total)
            )
        if entry.quarter != quarter:
            quarter = entry.quarter
            story.append(
                paragraph(
                    translate("Studios", "{year} 年第 {q} 季度成果发布会").format(year=year, q=quarter),
                    styles["title"],
                )
            )
        facts = [
            [translate("Studios", "编号"), entry.reg_no, translate("Studios", "类别"), entry.kind_label],
            [
                translate("Studios", "等级"),
                entry.grade_label,
                translate("Studios", "经济效益（元）"),
                format_fen(entry.benefit_fen) if entry.benefit_fen else "—",
            ],
            [
                translate("Studios", "工作室"),
                entry.studio_name or "—",
                translate("Studios", "分工会"),
                entry.branch_name,
            ],
            [translate("Studios", "完成人"), _people_text(entry), "", ""],
        ]
        table = make_table(facts, [24 * mm, 60 * mm, 30 * mm, 60 * mm], header=False, styles=styles)
        table.setStyle(
            [
                ("SPAN", (1, 3), (3, 3)),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_GREY),
                ("BACKGROUND", (2, 0), (2, 2), HEADER_GREY),
            ]
        )
        block = [
            Anchor(entry.id),
            paragraph(f"{n}. {entry.title}", styles["heading"]),
            table,
            Spacer(1, 2 * mm),
            paragraph(entry.summary or "—", styles["indented"]),
        ]
        if entry.comment:
            block.append(paragraph(translate("Studios", "评审意见：") + entry.comment, styles["small"]))
        block.append(Spacer(1, 5 * mm))
        story.append(KeepTogether(block))
    build_document(
        target,
        story,
        title=translate("Studios", "{year} 年度职工创新成果汇编").format(year=year),
        header_text=translate("Studios", "{year} 年度职工创新成果汇编").format(year=year),
    )


def write_compilation_xlsx(db: Database, actor: Actor, year: int, target: str | Path) -> int:
    entries = _entries(db, actor, year)
    headers = [
        translate("Studios", "序号"),
        translate("Studios", "季度"),
        translate("Studios", "编号"),
        translate("Studios", "成果名称"),
        translate("Studios", "类别"),
        translate("Studios", "等级"),
        translate("Studios", "工作室"),
        translate("Studios", "分工会"),
        translate("Studios", "完成人"),
        translate("Studios", "经济效益（元）"),
        translate("Studios", "成果简介"),
        translate("Studios", "评审意见"),
    ]
    rows = [
        [
            n,
            translate("Studios", "第 {q} 季度").format(q=e.quarter),
            e.reg_no,
            e.title,
            e.kind_label,
            e.grade_label,
            e.studio_name,
            e.branch_name,
            _people_text(e),
            e.benefit_fen,
            e.summary,
            e.comment,
        ]
        for n, e in enumerate(entries, start=1)
    ]
    write_xlsx(
        target,
        [
            Sheet(
                translate("Studios", "{year} 年成果汇编").format(year=year),
                headers,
                rows,
                number_formats={9: FEN},
            )
        ],
    )
    return len(entries)
