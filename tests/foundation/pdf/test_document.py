from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from tests.foundation.pdf.helpers import needs, pdffonts_rows, run
from unionoffice.foundation.pdf import (
    SANS,
    SANS_NOTO_EXTRA,
    SANS_ZEN_EXTRA,
    bar_chart,
    build_document,
    make_table,
    markup_with_fallback,
    paragraph,
    paragraph_styles,
)


def test_markup_escapes_and_wraps_fallback_runs():
    markup = markup_with_fallback("王䶮 <b>&𠮷\n李")
    assert markup == (
        f'王<font name="{SANS_ZEN_EXTRA}">䶮</font> &lt;b&gt;&amp;'
        f'<font name="{SANS_NOTO_EXTRA}">𠮷</font><br/>李'
    )


def test_styles_use_cjk_wrapping_and_the_font():
    styles = paragraph_styles()
    assert {"body", "title", "heading", "cell", "cell_header"} <= styles.keys()
    assert all(s.fontName == SANS and s.wordWrap == "CJK" for s in styles.values())


def test_report_with_table_chart_and_page_numbers(tmp_path):
    needs("pdftotext")
    styles = paragraph_styles()
    rows = [["姓名", "分会", "补助金额（元）"]] + [
        [f"会员{i}", "第一分会", str(Decimal("1234.50") + i)] for i in range(60)
    ]
    rows[5][0] = "王䶮"
    rows[6][0] = "吉𠮷"
    story = [
        paragraph("二〇二六年度工会工作报告", styles["title"]),
        paragraph("本年度共办理医疗互助补助六十人次，详见下表。" * 8, styles["indented"]),
        make_table(rows, [40 * mm, 60 * mm, 50 * mm]),
        PageBreak(),
        bar_chart(
            [("第一分会", 12), ("䶮分会", Decimal("7.5")), ("𠮷分会", 3)],
            150 * mm,
            70 * mm,
            title="各分会人数",
        ),
    ]
    pdf = tmp_path / "report.pdf"
    build_document(pdf, story, title="年度报告", header_text="某某公司工会")
    text = run("pdftotext", "-layout", pdf, "-")
    pages = text.split("\f")
    pages = [p for p in pages if p.strip()]
    total = len(pages)
    assert total >= 3
    for number, page in enumerate(pages, start=1):
        # pdftotext may drop the thin spaces around the numbers
        assert f"第{number}页/共{total}页" in "".join(page.split())
        assert "某某公司工会" in page
    assert "王䶮" in text and "吉𠮷" in text
    assert "䶮分会" in text and "𠮷分会" in text and "各分会人数" in text
    # the header row repeats on the table's second page
    assert pages[1].count("补助金额") == 1
    for row in pdffonts_rows(pdf):
        assert row["emb"] == "yes" and row["sub"] == "yes", row
