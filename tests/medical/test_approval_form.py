"""The approval form: amounts in Chinese capitals, and a printed PDF carrying the explanation."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.medical.conftest import World, claim_input, paid_claim
from unionoffice.medical.approval_form import rmb_upper, write_form
from unionoffice.medical.service import claims


@pytest.mark.parametrize(
    ("fen", "text"),
    [
        (0, "零元整"),
        (1, "壹分"),
        (10, "壹角整"),
        (100_500, "壹仟零伍元整"),
        (1_234_560, "壹万贰仟叁佰肆拾伍元陆角整"),
        (10_010_000, "壹拾万零壹佰元整"),
        (1_000_100, "壹万零壹元整"),
        (3_305_003, "叁万叁仟零伍拾元零叁分"),
        (10_000_000_000, "壹亿元整"),
    ],
)
def test_rmb_upper(fen: int, text: str) -> None:
    assert rmb_upper(fen) == text


def test_form_prints_the_calculation_and_signatures(world: World, tmp_path: Path) -> None:
    claim_id = paid_claim(world, claim_input(world))
    pdf = write_form(claims.get_claim(world.db, world.admin, claim_id), tmp_path / "form.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    squeezed = "".join(text.split())
    for expected in (
        "YL2026-00001",
        "5,000.00×60%=3,000.00元",
        "本次应付互助金：7,500.00元",
        "人民币柒仟伍佰元整",
        "复核人",
        "工会主席",
    ):
        assert expected in squeezed
