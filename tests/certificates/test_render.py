"""What a printed certificate must get right: text that comes back exactly, embedded fonts,
rare name characters, and calibration that moves every field."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from unionoffice.certificates.render import (
    MM,
    BorderOp,
    FillOp,
    ImageOp,
    Page,
    QrOp,
    RenderOptions,
    TextOp,
    layout,
    render,
)
from unionoffice.certificates.service.issuing import page_values
from unionoffice.certificates.sources import Recipient
from unionoffice.certificates.templates import get_template, list_templates
from unionoffice.foundation.errors import UserError

from .conftest import ISSUED_ON
from .helpers import pdffonts, pdftotext, run, squeeze, tool, words

RARE = ["王䶮", "张堃", "李喆", "吉𠮷祥"]
CITATION = (
    "在2026年度“诚信心连心人”评选活动中，恪守诚信、爱岗敬业，"
    "带动班组形成讲诚信、重承诺的风气（ISO-9001 审核零缺陷），被评为"
)


def pages(template, names, citation=CITATION):  # type: ignore[no-untyped-def]
    return [
        Page(
            page_values(
                template,
                Recipient(n, None, {"title": "诚信心连心人", "citation": citation}),
                f"XLX-2031-RY-{i:04d}",
                ISSUED_ON,
            ),
            f"UOC1:XLX-2031-RY-{i:04d}:AAAAAAAAAAAAAAAA",
        )
        for i, n in enumerate(names, start=1)
    ]


@pytest.fixture
def honour():  # type: ignore[no-untyped-def]
    return get_template("honour_a4")


def test_pdftotext_gives_back_names_and_citation_exactly(tmp_path: Path, honour) -> None:
    pdf = tmp_path / "c.pdf"
    render(pdf, honour, pages(honour, RARE))
    for number, name in enumerate(RARE, start=1):
        text = squeeze(pdftotext(pdf, number))
        assert f"{name}同志：" in text  # 𠮷 beyond U+FFFF too (surrogate-pair ToUnicode)
        assert squeeze(CITATION) in text
        assert f"XLX-2031-RY-{number:04d}" in text
        assert "二〇三一年五月" in text


def test_every_font_is_embedded_and_subset(tmp_path: Path, honour) -> None:
    pdf = tmp_path / "c.pdf"
    render(pdf, honour, pages(honour, RARE))
    rows = pdffonts(pdf)
    assert len(rows) == 3  # Micro Hei plus the two fallbacks the rare names needed, nothing else
    assert all(r["emb"] == "yes" and r["sub"] == "yes" and r["uni"] == "yes" for r in rows), rows
    assert not any("Helvetica" in r["name"] for r in rows)


@pytest.mark.parametrize("char", ["䶮", "堃", "喆", "𠮷"])
def test_rare_character_prints_ink_not_a_blank(tmp_path: Path, honour, char: str) -> None:
    """Each rare character alone, large, on a page: its glyph must put real ink on paper."""
    template = replace(
        honour,
        border=None,
        background_color="",
        fields=[replace(honour.field_by_key("name"), text="{name}", x_mm=20, y_mm=120, size=300, width_mm=0)],
    )
    pdf = tmp_path / "c.pdf"
    render(pdf, template, [Page({"name": char}, "")])
    run(tool("pdftoppm"), "-png", "-r", "30", "-gray", pdf, tmp_path / "p")
    histogram = Image.open(next(tmp_path.glob("p*.png"))).convert("L").histogram()
    dark = sum(histogram[:128])
    assert dark > 500, f"{char} printed almost nothing ({dark} dark pixels)"
    assert squeeze(pdftotext(pdf)) == char


def test_a_character_no_font_has_stops_the_job_and_names_it(tmp_path: Path, honour) -> None:
    pdf = tmp_path / "c.pdf"
    with pytest.raises(UserError) as caught:
        render(pdf, honour, pages(honour, ["张三", "李\U000f0001四"]))
    message = str(caught.value)
    assert "第 2 份" in message and "李\U000f0001四" in message and "U+F0001" in message


def test_long_text_shrinks_to_its_width_instead_of_overflowing(honour) -> None:
    from unionoffice.foundation.pdf import string_width

    long_title = "全国五一劳动奖章暨全国工人先锋号暨省级劳动模范称号获得者"
    page = pages(honour, ["王五"])[0]
    ops = layout(honour, Page({**page.values, "title": long_title}, page.qr_text))
    title = next(op for op in ops if isinstance(op, TextOp) and op.key == "title")
    assert title.size < 32
    assert (
        string_width(title.text, title.font, title.size) <= honour.field_by_key("title").width_mm * MM + 0.01
    )


def positioned(ops):  # type: ignore[no-untyped-def]
    return {op.key: (op.x, op.y) for op in ops if not isinstance(op, FillOp)}


@pytest.mark.parametrize("key", [t.key for t in list_templates()])
def test_offset_calibration_moves_every_field(key: str) -> None:
    template = get_template(key)
    page = pages(template, ["王䶮"])[0]
    before = positioned(layout(template, page))
    moved = positioned(layout(replace(template, offset_x_mm=3.5, offset_y_mm=-2.0), page))
    assert before.keys() == moved.keys()
    kinds = {type(op) for op in layout(template, page)}
    assert TextOp in kinds and QrOp in kinds
    for k, (x, y) in before.items():
        # +x moves right; -y (millimetres down the page) moves up, i.e. +2 mm in PDF points
        assert moved[k] == pytest.approx((x + 3.5 * MM, y + 2.0 * MM)), k


def test_offset_shows_in_the_printed_pdf(tmp_path: Path, honour) -> None:
    plain, shifted = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render(plain, honour, pages(honour, ["张堃"]))
    render(shifted, replace(honour, offset_x_mm=5, offset_y_mm=3), pages(honour, ["张堃"]))
    a = {w: (x, y) for w, x, y in words(plain)}
    b = {w: (x, y) for w, x, y in words(shifted)}
    assert b["张堃"][0] - a["张堃"][0] == pytest.approx(5 * MM, abs=0.1)
    assert b["张堃"][1] - a["张堃"][1] == pytest.approx(3 * MM, abs=0.1)  # pdftotext's y grows downwards


def test_preprinted_paper_omits_background_border_and_printed_title() -> None:
    template = get_template("award_a4")
    page = pages(template, ["王䶮"])[0]
    blank = layout(template, page)
    pre = layout(template, page, RenderOptions(preprinted=True))
    assert any(isinstance(op, BorderOp) for op in blank)
    assert any(isinstance(op, ImageOp) and op.key == "background" for op in blank)
    assert not any(isinstance(op, BorderOp) for op in pre)
    assert not any(op.key in ("background", "title_text") for op in pre)
    assert any(op.key == "name" for op in pre) and any(isinstance(op, QrOp) for op in pre)


def test_optional_line_with_no_value_is_left_out_entirely() -> None:
    template = get_template("award_a4")
    values = page_values(
        template, Recipient("王五", None, {"event": "竞赛", "award": "一等奖"}), "N-1", ISSUED_ON
    )
    keys = {op.key for op in layout(template, Page(values, "x"))}
    assert "unit" not in keys and "project" not in keys  # no stray "（）"
    values = page_values(
        template,
        Recipient("王五", None, {"event": "竞赛", "award": "一等奖", "unit": "心兴分工会"}),
        "N-1",
        ISSUED_ON,
    )
    unit = next(op for op in layout(template, Page(values, "x")) if op.key == "unit")
    assert unit.text == "（心兴分工会）"


@pytest.mark.parametrize("key", [t.key for t in list_templates()])
def test_each_shipped_template_renders_and_its_qr_code_scans(tmp_path: Path, key: str) -> None:
    template = get_template(key)
    pdf = tmp_path / "c.pdf"
    values = page_values(
        template,
        Recipient(
            "李喆",
            None,
            {"title": "先进生产者", "citation": CITATION, "event": "2031年职工技能竞赛", "award": "一等奖"},
        ),
        "XLX-2031-ZZ-0001",
        ISSUED_ON,
    )
    render(pdf, template, [Page(values, "UOC1:XLX-2031-ZZ-0001:ABCDEFGHIJKLMNOP")])
    assert "李喆" in squeeze(pdftotext(pdf))
    run(tool("pdftoppm"), "-png", "-r", "150", pdf, tmp_path / "p")
    out = subprocess.run(
        [tool("zbarimg"), "-q", "--raw", str(next(tmp_path.glob("p*.png")))],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    assert out.strip() == "UOC1:XLX-2031-ZZ-0001:ABCDEFGHIJKLMNOP"
