"""The printable approval form of one claim: who, what, the calculation line by line, the
workflow so far, and signature lines. Drawn through the PDF toolkit (platypus)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.pdf import build_document, chinese_date, make_table, paragraph, paragraph_styles
from unionoffice.foundation.timefmt import local_text
from unionoffice.medical.models import BenefitType, ClaimStatus
from unionoffice.medical.service.claims import ClaimDetail

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def rmb_upper(fen: int) -> str:
    """Amount in Chinese capitals as written on vouchers: 12,345.60 → 壹万贰仟叁佰肆拾伍元陆角整."""
    if fen < 0:
        return "负" + rmb_upper(-fen)
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    text = ""
    if yuan:
        groups = []
        while yuan:
            yuan, g = divmod(yuan, 10_000)
            groups.append(g)
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = bool(text)
                continue
            part = ""
            for pos in range(3, -1, -1):
                digit = g // 10**pos % 10
                if digit:
                    if zero_pending or (part and g // 10 ** (pos + 1) % 10 == 0):
                        part += "零"
                    zero_pending = False
                    part += _DIGITS[digit] + _UNITS[pos]
                elif not part and text:
                    zero_pending = True
            text += part + _GROUPS[gi]
            zero_pending = g % 10 == 0
        text += "元"
    if jiao:
        text += ("零" if text and rest < 10 else "") + _DIGITS[jiao] + "角"
    elif cents and text:
        text += "零"
    if cents:
        text += _DIGITS[cents] + "分"
    if not text:
        return "零元整"
    return text + ("整" if not cents else "")


def write_form(claim: ClaimDetail, path: str | Path) -> Path:
    st = paragraph_styles(size=10)
    d = claim.data
    days = (d.discharge_date - d.admission_date).days + 1 if d.admission_date and d.discharge_date else 0
    title = translate("MedicalForm", "{scheme}申请审批表").format(scheme=claim.scheme_title.split(" ", 1)[-1])
    story = [
        paragraph(title, st["title"]),
        paragraph(
            translate(
                "MedicalForm", "编号：{no}　　年度：{year}　　状态：{status}　　打印日期：{today}"
            ).format(
                no=claim.claim_no or translate("MedicalForm", "（草稿，未编号）"),
                year=claim.year,
                status=ClaimStatus(claim.status).label,
                today=chinese_date(date.today()),
            ),
            st["small"],
        ),
        Spacer(1, 3 * mm),
    ]
    w = [28 * mm, 59 * mm, 28 * mm, 59 * mm]
    info = [
        [
            translate("MedicalForm", "姓名"),
            claim.member_name,
            translate("MedicalForm", "工号"),
            claim.member_employee_no,
        ],
        [
            translate("MedicalForm", "分工会"),
            claim.branch_name,
            translate("MedicalForm", "补助类别"),
            BenefitType(d.benefit_type).label,
        ],
        [translate("MedicalForm", "医院"), d.hospital, translate("MedicalForm", "诊断"), d.diagnosis],
        [
            translate("MedicalForm", "治疗时间"),
            translate("MedicalForm", "{a} 至 {b}（{n} 天）").format(
                a=d.admission_date, b=d.discharge_date, n=days
            ),
            translate("MedicalForm", "附件"),
            translate("MedicalForm", "{n} 份").format(n=len(claim.attachments)),
        ],
        [translate("MedicalForm", "发票号"), "、".join(d.invoice_numbers) or "—", "", ""],
        [
            translate("MedicalForm", "总费用"),
            format_fen(d.total_fen),
            translate("MedicalForm", "医保统筹支付"),
            format_fen(d.insurance_fen),
        ],
        [
            translate("MedicalForm", "政策内自付"),
            format_fen(d.covered_self_fen),
            translate("MedicalForm", "自费"),
            format_fen(d.uncovered_self_fen),
        ],
    ]
    table = make_table(info, w, header=False, styles=st)
    table.setStyle(
        [
            ("SPAN", (1, 4), (3, 4)),
            ("BACKGROUND", (0, 0), (0, -1), "#F2F4F8"),
            ("BACKGROUND", (2, 0), (2, -1), "#F2F4F8"),
        ]
    )
    story += [
        table,
        Spacer(1, 4 * mm),
        paragraph(
            translate("MedicalForm", "互助金核算（规则第 {rev} 版）").format(rev=claim.rule_revision or "—"),
            st["heading"],
        ),
    ]
    calc = [[translate("MedicalForm", "核算步骤"), translate("MedicalForm", "金额（元）")]]
    calc += [
        [line.text, "" if line.amount_fen is None else format_fen(line.amount_fen)] for line in claim.lines
    ]
    calc_table = make_table(calc, [134 * mm, 40 * mm], styles=st)
    calc_table.setStyle([("ALIGN", (1, 1), (1, -1), "RIGHT"), ("BACKGROUND", (0, -1), (-1, -1), "#FFF4D6")])
    story += [
        calc_table,
        Spacer(1, 2 * mm),
        paragraph(
            translate("MedicalForm", "核定互助金：人民币 {upper}（¥{amount}）").format(
                upper=rmb_upper(claim.payable_fen), amount=format_fen(claim.payable_fen)
            ),
            st["heading"],
        ),
    ]
    flow = [
        [
            translate("MedicalForm", "环节"),
            translate("MedicalForm", "办理人"),
            translate("MedicalForm", "时间"),
            translate("MedicalForm", "意见"),
        ],
        [translate("MedicalForm", "经办提交"), claim.submitted_by, local_text(claim.submitted_at), ""],
        [
            translate("MedicalForm", "复核"),
            claim.reviewed_by,
            local_text(claim.reviewed_at),
            claim.review_note,
        ],
        [
            translate("MedicalForm", "审批"),
            claim.decided_by,
            local_text(claim.decided_at),
            claim.reject_reason
            and translate("MedicalForm", "驳回：{r}").format(r=claim.reject_reason)
            or (translate("MedicalForm", "同意") if claim.decided_by else ""),
        ],
        [
            translate("MedicalForm", "支付"),
            "",
            claim.paid_on.isoformat() if claim.paid_on else "",
            translate("MedicalForm", "凭证号 {v}").format(v=claim.voucher_no) if claim.voucher_no else "",
        ],
    ]
    story += [
        paragraph(translate("MedicalForm", "办理记录"), st["heading"]),
        make_table(flow, [24 * mm, 40 * mm, 40 * mm, 70 * mm], styles=st),
        Spacer(1, 8 * mm),
    ]
    blank = translate("MedicalForm", "签字：＿＿＿＿＿＿　　＿＿年＿＿月＿＿日")
    signs = [
        [translate("MedicalForm", "申请人"), blank],
        [translate("MedicalForm", "经办人"), blank],
        [translate("MedicalForm", "复核人"), blank],
        [translate("MedicalForm", "工会主席"), blank],
    ]
    sign_table = make_table(signs, [30 * mm, 144 * mm], header=False, styles=st)
    sign_table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)])
    story.append(sign_table)
    target = Path(path)
    build_document(target, story, title=title, header_text=title)
    return target
