"""The union bulletin (工会简报): one A4 page per quarter with the ranking, a chart of the totals,
the indicator table and the quarter's highlights, all from the same ``Card`` the screen shows."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak, Spacer

from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.pdf import (
    bar_chart,
    build_document,
    chinese_date,
    make_table,
    paragraph,
    paragraph_styles,
)
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.scorecard.compute import scorecards
from unionoffice.scorecard.contract import BranchLine, Card
from unionoffice.scorecard.highlights import shown
from unionoffice.scorecard.labels import Quarter

USABLE = 174 * mm  # A4 portrait between the house margins
PAGE_HEIGHT = 256 * mm  # what the frame holds below the running header


def bulletin_name(quarters: list[Quarter]) -> str:
    span = quarters[0].code if len(quarters) == 1 else f"{quarters[0].code}-{quarters[-1].code}"
    return translate("Scorecard", "工会简报（分工会比较）{span}.pdf").format(span=span)


def short_name(name: str) -> str:
    return name.removesuffix("分工会") or name


def rank_change(b: BranchLine) -> str:
    if b.previous_rank is None:
        return "—"
    moved = b.previous_rank - b.rank
    if moved == 0:
        return translate("Scorecard", "持平")
    if moved > 0:
        return translate("Scorecard", "↑{n}").format(n=moved)
    return translate("Scorecard", "↓{n}").format(n=-moved)


def weights_text(card: Card) -> str:
    if card.weights_from is None:
        return translate("Scorecard", "尚未设定权重。")
    parts = "、".join(f"{line.label} {line.weight}" for line in card.indicators if line.scored)
    return translate("Scorecard", "权重（自 {day} 起用，合计 100）：{parts}。").format(
        day=card.weights_from.isoformat(), parts=parts
    )


def _page(card: Card, st: dict[str, Any]) -> list[Any]:
    story: list[Any] = [
        paragraph(translate("Scorecard", "工会简报"), st["title"]),
        paragraph(
            translate("Scorecard", "{quarter}　分工会比较　　编制日期：{day}").format(
                quarter=card.title, day=chinese_date(date.today(), day=True)
            ),
            st["small"],
        ),
        Spacer(1, 2 * mm),
        paragraph(translate("Scorecard", "一、排名"), st["heading"]),
    ]
    ranking = [
        [
            translate("Scorecard", "名次"),
            translate("Scorecard", "分工会"),
            translate("Scorecard", "总分"),
            translate("Scorecard", "上季度名次"),
            translate("Scorecard", "变化"),
        ]
    ]
    for b in card.branches:
        before = "—" if b.previous_rank is None else str(b.previous_rank)
        ranking.append([str(b.rank), b.name, f"{b.total:.2f}", before, rank_change(b)])
    story.append(make_table(ranking, [USABLE * w for w in (0.12, 0.34, 0.18, 0.2, 0.16)], styles=st))
    story.append(Spacer(1, 2 * mm))
    story.append(
        bar_chart(
            [(short_name(b.name), b.total) for b in card.branches] or [("", 0)],
            USABLE,
            42 * mm,
            title=translate("Scorecard", "{quarter}各分工会总分").format(quarter=card.title),
            value_max=100,
            value_step=20,
        )
    )
    story.append(paragraph(translate("Scorecard", "二、各项指标"), st["heading"]))
    header = [translate("Scorecard", "指标")] + [short_name(b.name) for b in card.branches]
    rows: list[list[Any]] = [header]
    for i, line in enumerate(card.indicators):
        if not line.scored:  # one row: the value only, so the page still holds every indicator
            label = translate("Scorecard", "{label}（不计分）").format(label=line.label)
            rows.append([label] + [shown(b.values[i], line) for b in card.branches])
            continue
        rows.append([line.label] + [shown(b.values[i], line) for b in card.branches])
        rows.append(
            [translate("Scorecard", "　得分（权重 {w}）").format(w=line.weight)]
            + [f"{b.scores[i]:.2f}" for b in card.branches]
        )
    rows.append([translate("Scorecard", "总分")] + [f"{b.total:.2f}" for b in card.branches])
    first = USABLE * 0.3
    rest = (USABLE - first) / max(len(card.branches), 1)
    story.append(make_table(rows, [first] + [rest] * len(card.branches), styles=st))
    story.append(
        paragraph(
            translate(
                "Scorecard",
                "得分 = 数值 ÷ 最好分工会的数值 × 权重（越低越好的指标：最好的数值 ÷ 数值 × 权重）。",
            )
            + weights_text(card),
            st["small"],
        )
    )
    for note in card.notes:
        story.append(paragraph(note, st["small"]))
    story.append(paragraph(translate("Scorecard", "三、本季亮点"), st["heading"]))
    for text in card.highlights or [translate("Scorecard", "本季度没有可比较的数据。")]:
        story.append(paragraph(f"· {text}", st["body"]))
    # One page per quarter whatever the number of indicators: shrink the page's content to fit.
    return [KeepInFrame(USABLE, PAGE_HEIGHT, story, mode="shrink")]


def write_bulletin(
    db: Database, actor: Actor, quarters: list[Quarter], path: str | Path, progress: Progress = NO_PROGRESS
) -> list[Card]:
    """One page per quarter, in the order given; the cards it printed."""
    if not quarters:
        raise UserError(translate("Scorecard", "请至少选择一个季度。"))
    if Path(path).suffix.lower() != ".pdf":
        raise UserError(translate("Scorecard", "简报文件名应以 .pdf 结尾。"))
    st = paragraph_styles(size=9.5)
    cards = scorecards(db, actor, quarters, progress)
    story: list[Any] = []
    for card in cards:
        if story:
            story.append(PageBreak())
        story += _page(card, st)
    progress.step(len(quarters), len(quarters) + 1, translate("Scorecard", "正在写入简报…"))
    title = translate("Scorecard", "工会简报")
    build_document(Path(path), story, title=title, header_text=title)
    progress.step(len(quarters) + 1, len(quarters) + 1)
    return cards
