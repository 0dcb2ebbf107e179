"""Benchmark: issuing 1,000 certificates into one PDF through the real service vs bare ReportLab.

The service run does everything a clerk's batch does: numbers from the sequence, HMAC-signed
QR codes, the register rows and audit entry, one PDF of 1,000 "荣誉证书" pages (cream fill,
border, seal image, wrapped citation, fallback fonts for 䶮 and 𠮷). The bare script draws the
same pages with plain ReportLab calls: same fonts, same positions and line breaks handed over
ready-made, the QR as one path of rectangles; it allocates and records nothing. Both run in
this process, alternately, twice (the first round includes font loading). Run::

    PYTHONPATH=src python bench/bench_certificates.py

Goal: service < 6 s and <= 1.5x bare.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("UNIONOFFICE_NO_SYSTEM_FONTS", "1")
os.environ.setdefault("UNIONOFFICE_DATA_DIR", tempfile.mkdtemp(prefix="uo-bench-data-"))

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from unionoffice.certificates import signing
from unionoffice.certificates.render import (
    BorderOp,
    FillOp,
    ImageOp,
    Page,
    QrOp,
    TextOp,
    _border,
    _rgb,
    layout,
    page_size,
)
from unionoffice.certificates.service import IssueRequest, issue_batch, page_values
from unionoffice.certificates.sources import Recipient
from unionoffice.certificates.templates import get_template
from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.database import open_database
from unionoffice.db.database import Database
from unionoffice.db.migrate import upgrade
from unionoffice.foundation.pdf import split_runs
from unionoffice.foundation.pdf.fonts import bundled_fonts

PAGES = 1000
OUT = Path(__file__).resolve().parent / "out"
NAMES = ["王䶮", "吉𠮷祥", "张堃", "李喆", "陈晓明", "欧阳娜娜", "刘德华", "赵䶮𠮷"]
ISSUED = date(2026, 11, 24)


def recipients() -> list[Recipient]:
    return [
        Recipient(
            NAMES[i % len(NAMES)],
            None,
            {
                "title": "诚信心连心人",
                "citation": f"在2026年度“诚信心连心人”评选活动中（第{i % 9 + 1}推荐组），恪守诚信、爱岗敬业，"
                "带动班组形成讲诚信、重承诺的良好风气，被评为",
            },
        )
        for i in range(PAGES)
    ]


def service_run(db: Database, round_: int) -> Path:
    target = OUT / f"service-{round_}.pdf"
    issue_batch(
        db,
        SYSTEM_ACTOR,
        IssueRequest(get_template("honour_a4"), recipients(), "text", "bench", target, ISSUED),
    )
    return target


def bare_setup(db: Database):  # type: ignore[no-untyped-def]
    """Same fonts under other names; every page's text runs and positions worked out in advance."""
    rename = {}
    for font in bundled_fonts():
        rename[font.name] = "Bare" + font.name
        pdfmetrics.registerFont(TTFont(rename[font.name], str(font.path), subfontIndex=font.subfont_index))
    template = get_template("honour_a4")
    with db.transaction(SYSTEM_ACTOR) as s:
        key = signing.ensure_key(s)
    pages = []
    for i, r in enumerate(recipients(), start=1):
        number = template.number(2099, i)
        ops = layout(template, Page(page_values(template, r, number, ISSUED), signing.payload(key, number)))
        prepared = []
        for op in ops:
            if isinstance(op, TextOp):
                runs = [(rename[f], t) for f, t in split_runs(op.text, op.font)]
                width = sum(pdfmetrics.stringWidth(t, f, op.size) for f, t in runs)
                x = op.x - (width / 2 if op.align == "center" else width if op.align == "right" else 0)
                prepared.append(("text", x, op.y, runs, op.size, _rgb(op.color)))
            else:
                prepared.append(("op", op))
        pages.append(prepared)
    return template, pages


def bare(template, pages, path: Path) -> None:  # type: ignore[no-untyped-def]
    import segno

    canvas = Canvas(str(path), pagesize=page_size(template), initialFontName="Bare" + bundled_fonts()[0].name)
    for prepared in pages:
        for item in prepared:
            if item[0] == "text":
                _, x, y, runs, size, rgb = item
                canvas.setFillColorRGB(*rgb)
                text = canvas.beginText(x, y)
                for font, chunk in runs:
                    text.setFont(font, size)
                    text.textOut(chunk)
                canvas.drawText(text)
                continue
            op = item[1]
            if isinstance(op, FillOp):
                canvas.setFillColorRGB(*_rgb(op.color))
                canvas.rect(0, 0, op.width, op.height, stroke=0, fill=1)
            elif isinstance(op, BorderOp):
                _border(canvas, op)
            elif isinstance(op, ImageOp):
                canvas.drawImage(str(op.path), op.x, op.y, op.width, op.height, mask="auto")
            elif isinstance(op, QrOp):
                matrix = segno.make(op.text, error="m", micro=False).matrix
                n = len(matrix)
                module = op.size / (n + 4)
                canvas.setFillColorRGB(1, 1, 1)
                canvas.rect(op.x, op.y, op.size, op.size, stroke=0, fill=1)
                canvas.setFillColorRGB(0, 0, 0)
                qr = canvas.beginPath()
                for r, row in enumerate(matrix):
                    c = 0
                    while c < n:
                        if row[c]:
                            start = c
                            while c < n and row[c]:
                                c += 1
                            qr.rect(
                                op.x + (2 + start) * module,
                                op.y + op.size - (2 + r + 1) * module,
                                (c - start) * module,
                                module,
                            )
                        else:
                            c += 1
                canvas.drawPath(qr, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()


def main() -> int:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        upgrade(db)
        start = time.perf_counter()
        template, pages = bare_setup(db)
        print(
            f"bare setup (font parse, runs, positions; not timed below): {time.perf_counter() - start:.2f} s"
        )
        for round_ in (1, 2):
            start = time.perf_counter()
            bare(template, pages, OUT / "bare.pdf")
            t_bare = time.perf_counter() - start
            start = time.perf_counter()
            path = service_run(db, round_)
            t_service = time.perf_counter() - start
            print(
                f"round {round_}: bare {t_bare:.2f} s, service {t_service:.2f} s (numbers, register, signed QR), "
                f"ratio {t_service / t_bare:.2f}x; sizes bare {(OUT / 'bare.pdf').stat().st_size / 2**20:.2f} MiB, "
                f"service {path.stat().st_size / 2**20:.2f} MiB"
            )
        db.dispose()
    ok = t_service <= 1.5 * t_bare and t_service < 6
    print("goal (< 6 s and <= 1.5x bare):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
