"""Results out: CSV, .xlsx (shared writer) and the printable PDF result sheet (PDF toolkit)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from unionoffice.contests.contract import ContestResults, OutcomeRow, result_table
from unionoffice.contests.labels import SkillLevel
from unionoffice.foundation import csvfile, pdf
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.xlsx import Sheet, write_xlsx


def write_csv(r: ContestResults, path: str | Path) -> None:
    header, rows = result_table(r)
    csvfile.write_csv(path, header, rows)  # formula-looking names and notes are neutralised there


def write_results_xlsx(r: ContestResults, path: str | Path) -> None:
    header, rows = result_table(r)
    typed = [
        [
            int(x[0]) if x[0] else None,
            x[1],
            x[2],
            x[3],
            *(Decimal(v) if v else None for v in x[4:-2]),
            x[-2],
            x[-1],
        ]
        for x in rows
    ]
    judges = [
        [
            j.name,
            j.marks,
            j.mean_pct,
            j.mean_abs_pct,
            translate("ContestResults", "偏离较大") if j.flagged else "",
        ]
        for j in r.judges
    ]
    write_xlsx(
        path,
        [
            Sheet(translate("ContestResults", "成绩"), header, typed, number_formats={1: "@"}),
            Sheet(
                translate("ContestResults", "评委统计"),
                [
                    translate("ContestResults", "评委"),
                    translate("ContestResults", "比较的评分数"),
                    translate("ContestResults", "平均偏离（%）"),
                    translate("ContestResults", "平均绝对偏离（%）"),
                    translate("ContestResults", "提示"),
                ],
                judges,
            ),
            Sheet(
                translate("ContestResults", "计分规则"),
                [translate("ContestResults", "计分规则")],
                [[line] for line in r.rules],
            ),
        ],
    )


def write_results_pdf(r: ContestResults, path: str | Path) -> None:
    from reportlab.lib.units import mm  # imported here: ReportLab loads only when a PDF is written

    styles = pdf.paragraph_styles(size=10)
    header, rows = result_table(r)
    story = [pdf.paragraph(translate("ContestResults", "{name}成绩表").format(name=r.name), styles["title"])]
    facts = [
        translate("ContestResults", "年度：{year}").format(year=r.year),
        translate("ContestResults", "工种：{trade}").format(trade=r.trade),
    ]
    if r.base:
        facts.append(translate("ContestResults", "基地：{base}").format(base=r.base))
    if r.venue:
        facts.append(translate("ContestResults", "地点：{venue}").format(venue=r.venue))
    story.append(pdf.paragraph("　　".join(facts), styles["body"]))
    if r.locked:
        state = translate("ContestResults", "成绩已于 {at} 由 {who} 锁定。").format(
            at=r.locked_at, who=r.locked_by
        )
        if r.marks_match_lock is False:
            state += translate("ContestResults", "注意：锁定后评分数据发生过变化！")
    else:
        state = translate("ContestResults", "成绩尚未锁定，仅供核对。")
    story.append(pdf.paragraph(state, styles["small"]))
    n_events = len(r.events)
    widths = [11 * mm, 15 * mm, 20 * mm, 28 * mm] + [24 * mm] * n_events + [19 * mm, 16 * mm]
    widths.append(max(174 * mm - sum(widths), 14 * mm))
    story.append(pdf.make_table([header, *rows], widths))
    story.append(pdf.paragraph(translate("ContestResults", "计分规则"), styles["heading"]))
    story.extend(pdf.paragraph(line, styles["small"]) for line in r.rules)
    if r.judges:
        story.append(
            pdf.paragraph(
                translate("ContestResults", "评委评分偏离统计（与同组其他评委平均分之差，占满分的百分比）"),
                styles["heading"],
            )
        )
        judge_rows = [
            [
                translate("ContestResults", "评委"),
                translate("ContestResults", "比较的评分数"),
                translate("ContestResults", "平均偏离"),
                translate("ContestResults", "平均绝对偏离"),
                translate("ContestResults", "提示"),
            ]
        ]
        judge_rows += [
            [
                j.name,
                str(j.marks),
                f"{j.mean_pct}%",
                f"{j.mean_abs_pct}%",
                translate("ContestResults", "偏离较大") if j.flagged else "",
            ]
            for j in r.judges
        ]
        story.append(pdf.make_table(judge_rows, [40 * mm, 30 * mm, 30 * mm, 34 * mm, 40 * mm]))
    story.append(
        pdf.paragraph(
            translate(
                "ContestResults",
                "\n评委签字：＿＿＿＿＿＿＿＿　　　监审签字：＿＿＿＿＿＿＿＿　　　日期：＿＿＿＿＿＿",
            ),
            styles["body"],
        )
    )
    pdf.build_document(
        Path(path),
        story,
        title=r.name,
        header_text=translate("ContestResults", "{name} · 成绩表").format(name=r.name),
    )


def write_outcomes_xlsx(r: ContestResults, path: str | Path) -> None:
    """The outcome list: prize winners with the skill level they go up to and recommendations."""
    header = [
        translate("ContestResults", "名次"),
        translate("ContestResults", "参赛号"),
        translate("ContestResults", "姓名"),
        translate("ContestResults", "分工会"),
        translate("ContestResults", "总成绩"),
        translate("ContestResults", "奖项"),
        translate("ContestResults", "原技能等级"),
        translate("ContestResults", "晋升为"),
        translate("ContestResults", "推荐评选荣誉"),
    ]
    rows = [
        [
            o.rank,
            o.bib,
            o.name,
            o.branch,
            o.final,
            o.award,
            SkillLevel(o.level_before).label if o.level_before else "",
            outcome_promotion(o),
            translate("ContestResults", "推荐") if o.recommend else "",
        ]
        for o in r.outcomes
    ]
    title = translate("ContestResults", "{name}晋级与推荐名单").format(name=r.name)
    write_xlsx(path, [Sheet(title[:31], header, rows, number_formats={1: "@"})])


def outcome_promotion(o: OutcomeRow) -> str:
    if not o.promote:
        return ""
    if o.level_after is not None:
        return SkillLevel(o.level_after).label
    if o.level_before is None:
        return translate("ContestResults", "晋升一级（报名时未填技能等级）")
    return translate("ContestResults", "已是最高等级")
