"""The yearly compilation: every graded title is in the PDF's text, ungraded ones are not."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.studios.conftest import ADMIN
from tests.studios.helpers import five_small
from unionoffice.foundation.errors import UserError
from unionoffice.studios.labels import Grade
from unionoffice.studios.service import rounds
from unionoffice.studios.service.compilation import write_compilation_pdf, write_compilation_xlsx

GRADED = {
    "循环水泵机封冲洗改造": Grade.SPECIAL,
    "王䶮班组的离心机快速拆装工装": Grade.FIRST,
    "氢气充装排泄漏预警": Grade.SECOND,
    "皮带机跑偏自动纠正装置": Grade.THIRD,
}


@pytest.fixture
def graded_year(world):
    db = world.db
    for quarter, month in ((1, 2), (2, 5)):
        round_id = rounds.open_round(db, ADMIN, 2026, quarter)
        titles = list(GRADED)[(quarter - 1) * 2 : (quarter - 1) * 2 + 2] + [f"未评级成果{quarter}"]
        ids = {
            t: five_small(world, t, [("王䶮", 50), ("赵六", 50)], declared=date(2026, month, 3))
            for t in titles
        }
        rounds.collect(db, ADMIN, round_id)
        for title, aid in ids.items():
            rounds.record_grade(db, ADMIN, aid, GRADED.get(title, Grade.NONE), "评审意见")
        rounds.close_round(db, ADMIN, round_id, rounds.get_round(db, ADMIN, round_id).version)
    return world


def _pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_booklet_holds_every_graded_title_with_its_people_and_grade(graded_year, tmp_path):
    target = tmp_path / "汇编.pdf"
    assert write_compilation_pdf(graded_year.db, ADMIN, 2026, target) == 4
    text = _pdf_text(target)
    flat = text.replace(" ", "").replace("\n", "")
    for title in GRADED:
        assert title in flat
    assert "未评级成果" not in flat
    assert "目录" in flat and "2026年度职工创新成果汇编" in flat
    assert "王䶮（50%）、赵六（50%）" in flat
    # The contents give the page each entry starts on: the entries follow cover and contents.
    pages = text.split("\f")
    first_entry_page = next(i for i, page in enumerate(pages, start=1) if "1. 循环水泵机封冲洗改造" in page)
    contents = pages[1].replace(" ", "")
    assert f"循环水泵机封冲洗改造第1季度特等{first_entry_page}" in contents


def test_workbook_lists_the_same_entries(graded_year, tmp_path):
    target = tmp_path / "汇编.xlsx"
    write_compilation_xlsx(graded_year.db, ADMIN, 2026, target)
    sheet = load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][3] == "成果名称"
    assert [(r[3], r[5]) for r in rows[1:]] == [(t, g.label) for t, g in GRADED.items()]


def test_a_year_without_closed_rounds_is_refused(world, tmp_path):
    with pytest.raises(UserError, match="2026 年还没有已结束评审的评级成果"):
        write_compilation_pdf(world.db, ADMIN, 2026, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cli_compilation(graded_year, tmp_path, cli_as):
    from factories import hold_test_keys

    from unionoffice.cli import run
    from unionoffice.core.auth.service import set_password_by_username

    set_password_by_username(graded_year.db, "admin", "Harbor-lamp-71")
    hold_test_keys(graded_year.db, "admin", "Harbor-lamp-71")  # the keys this database's values are under
    out = tmp_path / "c.pdf"
    assert (
        run(
            [
                "--db",
                str(graded_year.db.sqlite_path),
                *cli_as("admin", "Harbor-lamp-71"),
                "studios",
                "compilation",
                "--year",
                "2026",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "皮带机跑偏自动纠正装置" in _pdf_text(out).replace(" ", "")
    assert (
        run(
            [
                "--db",
                str(graded_year.db.sqlite_path),
                "studios",
                "compilation",
                "--year",
                "2020",
                "--out",
                str(tmp_path / "none.pdf"),
            ]
        )
        == 2
    )
