"""The yearly report written as PDF (through the PDF toolkit) and as .xlsx (through core.xlsx)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from unionoffice.foundation import xlsx
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import Money, format_fen
from unionoffice.foundation.pdf import bar_chart, build_document, make_table, paragraph, paragraph_styles
from unionoffice.foundation.progress import NO_PROGRESS, Progress
from unionoffice.foundation.xlsx import DATE, FEN, Sheet
from unionoffice.medical.labels import PROVINCE_STATUSES, BenefitType, ClaimStatus, Fund
from unionoffice.medical.service.reports import YearReport


def _title(r: YearReport) -> str:
    return translate("MedicalReport", "{year} 年度{fund}运行报告").format(
        year=r.scheme.year, fund=Fund(r.scheme.fund).label
    )


def _province(r: YearReport) -> bool:
    return r.scheme.fund == Fund.PROVINCE


def _summary(r: YearReport) -> str:
    t = r.total
    h = r.history
    if _province(r):
        return translate(
            "MedicalReport",
            "本年度参保 {enrolled} 人，已缴费 {paid} 人；收取互助金 {fee} 元，上缴省总工会 {remitted} 元，"
            "尚未上缴 {left} 元。省总工会审核赔付 {aid} 元，共 {claims} 人次、{helped} 人受助（本会登记结果，"
            "不核算、不支付）。{first} 年以来累计赔付 {hist} 元，受助 {hist_members} 人（{hist_claims} 人次）。",
        ).format(
            enrolled=r.enrolled,
            paid=r.paid_enrolments,
            fee=format_fen(t.fee_fen),
            remitted=format_fen(t.remitted_fen),
            left=format_fen(t.balance_fen),
            aid=format_fen(t.aid_paid_fen),
            claims=t.claims_paid,
            helped=t.members_helped,
            first=h.year_from,
            hist=format_fen(h.paid_fen),
            hist_members=h.members_helped,
            hist_claims=h.claims,
        )
    return translate(
        "MedicalReport",
        "本年度参保 {enrolled} 人，已缴费 {paid} 人；互助金收入 {fee} 元，拨款收入 {alloc} 元，"
        "支付互助金 {out} 元，共 {claims} 人次、{helped} 人受助，年度结余 {bal} 元。"
        "{first} 年以来累计支付 {hist} 元，受助 {hist_members} 人（{hist_claims} 人次）。",
    ).format(
        enrolled=r.enrolled,
        paid=r.paid_enrolments,
        fee=format_fen(t.fee_fen),
        alloc=format_fen(t.allocation_fen),
        out=format_fen(t.payout_fen),
        claims=t.claims_paid,
        helped=t.members_helped,
        bal=format_fen(t.balance_fen),
        first=h.year_from,
        hist=format_fen(h.paid_fen),
        hist_members=h.members_helped,
        hist_claims=h.claims,
    )


def branch_table(r: YearReport) -> tuple[list[str], list[list[Any]]]:
    """Per branch union, money in fen. The provincial scheme's money goes on to the province and
    its payments are the province's: other columns than our own fund's."""
    if _province(r):
        headers = [
            translate("MedicalReport", "分工会"),
            translate("MedicalReport", "参保人数"),
            translate("MedicalReport", "互助金收入"),
            translate("MedicalReport", "上缴省总"),
            translate("MedicalReport", "尚未上缴"),
            translate("MedicalReport", "省总赔付"),
            translate("MedicalReport", "受助人次"),
            translate("MedicalReport", "受助人数"),
        ]
        rows = [
            [
                b.branch_name,
                b.enrolled,
                b.fee_fen,
                b.remitted_fen,
                b.balance_fen,
                b.aid_paid_fen,
                b.claims_paid,
                b.members_helped,
            ]
            for b in r.branches
        ]
        return headers, rows
    headers = [
        translate("MedicalReport", "分工会"),
        translate("MedicalReport", "参保人数"),
        translate("MedicalReport", "互助金收入"),
        translate("MedicalReport", "拨款收入"),
        translate("MedicalReport", "互助金支出"),
        translate("MedicalReport", "结余"),
        translate("MedicalReport", "受助人次"),
        translate("MedicalReport", "受助人数"),
    ]
    rows = [
        [
            b.branch_name,
            b.enrolled,
            b.fee_fen,
            b.allocation_fen,
            b.payout_fen,
            b.balance_fen,
            b.claims_paid,
            b.members_helped,
        ]
        for b in r.branches
    ]
    return headers, rows


def _statuses(r: YearReport) -> list[tuple[str, int, int]]:
    """(label, claims, amount) per status, in the fund's own words."""
    shown = PROVINCE_STATUSES if _province(r) else tuple(ClaimStatus)
    return [(st.label_in(r.scheme.fund), *r.statuses.get(st, (0, 0))) for st in shown]


def write_pdf(r: YearReport, path: str | Path, progress: Progress = NO_PROGRESS) -> Path:
    progress.step(0, 3, translate("MedicalReport", "正在生成报告…"))
    st = paragraph_styles()
    story = [paragraph(_title(r), st["title"])]
    if r.scope_note:
        story.append(paragraph(r.scope_note, st["small"]))
    story += [
        paragraph(_summary(r), st["indented"]),
        Spacer(1, 4 * mm),
        paragraph(translate("MedicalReport", "一、分工会收支"), st["heading"]),
    ]
    headers, rows = branch_table(r)
    body = [headers] + [
        [name, n, format_fen(a), format_fen(b), format_fen(c), format_fen(d), e, f]
        for name, n, a, b, c, d, e, f in rows
    ]
    story.append(
        make_table(body, [34 * mm, 16 * mm, 22 * mm, 22 * mm, 24 * mm, 24 * mm, 16 * mm, 16 * mm], styles=st)
    )
    story.append(paragraph(translate("MedicalReport", "二、按补助类别"), st["heading"]))
    kinds: list[list[object]] = [
        [
            translate("MedicalReport", "类别"),
            translate("MedicalReport", "支付人次"),
            translate("MedicalReport", "受助人数"),
            translate("MedicalReport", "金额（元）"),
        ]
    ]
    kinds += [[BenefitType(k).label, n, m, format_fen(fen)] for k, n, m, fen in r.benefits]
    story.append(make_table(kinds, [50 * mm, 30 * mm, 30 * mm, 40 * mm], styles=st))
    progress.step(1, 3)
    story.append(paragraph(translate("MedicalReport", "三、申请办理情况"), st["heading"]))
    states: list[list[object]] = [
        [
            translate("MedicalReport", "状态"),
            translate("MedicalReport", "件数"),
            translate("MedicalReport", "核定金额（元）"),
        ]
    ]
    states += [[label, n, format_fen(fen)] for label, n, fen in _statuses(r)]
    story.append(make_table(states, [50 * mm, 30 * mm, 40 * mm], styles=st))
    story.append(paragraph(translate("MedicalReport", "四、历年支付"), st["heading"]))
    years: list[list[object]] = [
        [
            translate("MedicalReport", "年度"),
            translate("MedicalReport", "支付金额（元）"),
            translate("MedicalReport", "受助人数"),
            translate("MedicalReport", "支付人次"),
        ]
    ]
    years += [[y, format_fen(fen), m, n] for y, fen, m, n in r.history.by_year]
    years.append(
        [
            translate("MedicalReport", "合计"),
            format_fen(r.history.paid_fen),
            r.history.members_helped,
            r.history.claims,
        ]
    )
    story.append(make_table(years, [30 * mm, 45 * mm, 30 * mm, 30 * mm], styles=st))
    if r.history.by_year:
        story.append(Spacer(1, 3 * mm))
        story.append(
            bar_chart(
                [(str(y), Money(fen).yuan) for y, fen, _m, _n in r.history.by_year],
                160 * mm,
                55 * mm,
                title=translate("MedicalReport", "历年支付互助金（元）"),
            )
        )
    story.append(paragraph(translate("MedicalReport", "五、困难帮扶预警"), st["heading"]))
    story.append(
        paragraph(
            translate(
                "MedicalReport",
                "本年度个人自付医疗费用超过 {x} 元的会员共 {n} 人，名单见“困难预警”，请工会委员会研究帮扶。",
            ).format(x=format_fen(r.hardship_threshold_fen), n=r.hardship_members),
            st["body"],
        )
    )
    progress.step(2, 3)
    target = Path(path)
    build_document(target, story, title=_title(r), header_text=_title(r))
    progress.step(3, 3)
    return target


def write_xlsx(r: YearReport, path: str | Path, paid_rows: list[tuple] | None = None) -> Path:
    headers, rows = branch_table(r)
    sheets = [
        Sheet(
            translate("MedicalReport", "分工会收支"),
            headers,
            rows,
            number_formats={2: FEN, 3: FEN, 4: FEN, 5: FEN},
        ),
        Sheet(
            translate("MedicalReport", "补助类别"),
            [
                translate("MedicalReport", "类别"),
                translate("MedicalReport", "支付人次"),
                translate("MedicalReport", "受助人数"),
                translate("MedicalReport", "金额（元）"),
            ],
            [[BenefitType(k).label, n, m, fen] for k, n, m, fen in r.benefits],
            number_formats={3: FEN},
        ),
        Sheet(
            translate("MedicalReport", "办理情况"),
            [
                translate("MedicalReport", "状态"),
                translate("MedicalReport", "件数"),
                translate("MedicalReport", "核定金额（元）"),
            ],
            [list(row) for row in _statuses(r)],
            number_formats={2: FEN},
        ),
        Sheet(
            translate("MedicalReport", "历年支付"),
            [
                translate("MedicalReport", "年度"),
                translate("MedicalReport", "支付金额（元）"),
                translate("MedicalReport", "受助人数"),
                translate("MedicalReport", "支付人次"),
            ],
            [list(row) for row in r.history.by_year]
            + [
                [
                    translate("MedicalReport", "合计"),
                    r.history.paid_fen,
                    r.history.members_helped,
                    r.history.claims,
                ]
            ],
            number_formats={1: FEN},
        ),
    ]
    if paid_rows is not None:
        sheets.append(paid_rows_sheet(paid_rows, _province(r)))
    target = Path(path)
    xlsx.write_xlsx(target, sheets)
    return target


def paid_rows_sheet(rows: list[tuple[Any, ...]], province: bool = False) -> Sheet:
    return Sheet(
        translate("MedicalReport", "支付明细"),
        [
            translate("MedicalReport", "申请编号"),
            translate("MedicalReport", "姓名"),
            translate("MedicalReport", "分工会"),
            translate("MedicalReport", "类别"),
            translate("MedicalReport", "出院日期"),
            translate("MedicalReport", "政策内自付"),
            translate("MedicalReport", "互助金"),
            translate("MedicalReport", "支付日期"),
            translate("MedicalReport", "省总受理号") if province else translate("MedicalReport", "凭证号"),
        ],
        rows,
        number_formats={4: DATE, 5: FEN, 6: FEN, 7: DATE},
    )
