"""``unionoffice bulletin`` on the demo database: one page per quarter, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from unionoffice.cli import run

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils"),
    pytest.mark.sqlite_only,  # the command is given the SQLite file
]


def test_the_bulletin_has_a_page_per_quarter_with_ranking_chart_and_highlights(
    demo_db, tmp_path, capsys, cli_as
):
    target = tmp_path / "bulletin.pdf"
    url = str(demo_db.sqlite_path)
    assert (
        run(
            [
                "--db",
                url,
                *cli_as("admin", "demo1234"),
                "bulletin",
                "--quarter",
                "2026Q3",
                "--quarter",
                "2026Q2",
                "--out",
                str(target),
            ]
        )
        == 0
    )
    assert "2026 年第 3 季度：1. " in capsys.readouterr().out
    pages = [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(target), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for n in (1, 2)
    ]
    info = subprocess.run(["pdfinfo", str(target)], check=True, capture_output=True, text=True).stdout
    assert "Pages:           2" in info
    first, second = pages
    assert "2026 年第 3 季度" in first and "2026 年第 2 季度" in second
    for page in pages:
        for text in (
            "工会简报",
            "一、排名",
            "心兴分工会",
            "黑色生态分工会",
            "入会率",
            "五小成果",
            "三、本季亮点",
            "位列第一",
        ):
            assert text in page
        assert "各分工会总分" in page  # the chart's title
    fonts = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts


def test_a_badly_written_quarter_is_refused_in_chinese(demo_db, tmp_path, capsys):
    url = str(demo_db.sqlite_path)
    code = run(["--db", url, "bulletin", "--quarter", "2026Q5", "--out", str(tmp_path / "x.pdf")])
    assert code != 0 and "2026Q3" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
