"""Benchmark: issuing 1,000 certificates into one PDF through the service contract vs bare ReportLab.

The service run is the issuing call a clerk's batch makes (``certificates.issue_batch``, after
the untimed preview that keeps the list on the services' side) and does everything it does:
numbers from the sequence, HMAC-signed QR codes, the register rows and audit entry, one PDF
of 1,000 "荣誉证书" pages (cream fill, border, seal image, wrapped citation, fallback fonts for
䶮 and 𠮷), its bytes returned as the call's answer. The bare script draws the same pages with
plain ReportLab calls: same fonts, same positions and line breaks handed over ready-made, the
QR as one path of rectangles; it allocates and records nothing. Both run in this process,
alternately, twice (the first round includes font loading). Run::

    python bench/bench_certificates.py            # 1,000 certificates
    python bench/bench_certificates.py --smoke    # a few, to check the bench still runs

Goal: service < 6 s and <= 1.5x bare.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import arguments, out_dir

os.environ.setdefault("UNIONOFFICE_NO_SYSTEM_FONTS", "1")
os.environ.setdefault("UNIONOFFICE_DATA_DIR", tempfile.mkdtemp(prefix="uo-bench-data-"))

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from unionoffice.certificates import contract as certs
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
from unionoffice.certificates.service import page_values
from unionoffice.certificates.service.issuing import summary_of
from unionoffice.certificates.sources import Recipient
from unionoffice.certificates.templates import get_template
from unionoffice.client.local import LocalServices
from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.crypto import vault
from unionoffice.core.database import open_database
from unionoffice.db.database import Database
from unionoffice.db.migrate import upgrade
from unionoffice.foundation.pdf import split_runs
from unionoffice.foundation.pdf.fonts import bundled_fonts

ARGS = arguments(__doc__ or "", size=1000, smoke_size=12)
OUT = out_dir(ARGS.smoke)
PAGES = ARGS.size
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


def typed_list() -> str:
    """The recipients as a clerk pastes them: name, title, citation separated by tabs."""
    return "\n".join("\t".join((r.name, r.fields["title"], r.fields["citation"])) for r in recipients())


def service_run(services: LocalServices, round_: int) -> tuple[float, Path]:
    """Seconds of the issuing call alone (the preview before it is not timed), and the PDF."""
    preview = certs.BatchPreview(
        template_key="honour_a4", source_key="text", choice=typed_list(), issued_on=ISSUED
    )
    upload = services.call(certs.PREVIEW_BATCH, preview).upload
    start = time.perf_counter()
    issued = services.call(certs.ISSUE_BATCH, certs.IssueBatch(upload=upload, issued_on=ISSUED))
    elapsed = time.perf_counter() - start
    target = OUT / f"service-{round_}.pdf"
    target.write_bytes(issued.file.content)
    return elapsed, target


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
        values = page_values(template, r, number, ISSUED)
        facts = signing.Facts(number, values["name"], summary_of(template, values), ISSUED)  # as issuing does
        ops = layout(template, Page(values, signing.payload(key, facts)))
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
        # Staged uploads are encrypted: the process holds keys, as a signed-in clerk's does.
        vault.set_keys(data_key=vault.new_key(), audit_key=vault.new_key())
        services = LocalServices.signed_in_as(db, SYSTEM_ACTOR)
        start = time.perf_counter()
        template, pages = bare_setup(db)
        print(
            f"bare setup (font parse, runs, positions; not timed below): {time.perf_counter() - start:.2f} s"
        )
        for round_ in (1, 2):
            start = time.perf_counter()
            bare(template, pages, OUT / "bare.pdf")
            t_bare = time.perf_counter() - start
            t_service, path = service_run(services, round_)
            print(
                f"round {round_}: bare {t_bare:.2f} s, service {t_service:.2f} s (numbers, register, signed QR), "
                f"ratio {t_service / t_bare:.2f}x; sizes bare {(OUT / 'bare.pdf').stat().st_size / 2**20:.2f} MiB, "
                f"service {path.stat().st_size / 2**20:.2f} MiB"
            )
        db.dispose()
    ok = t_service <= 1.5 * t_bare and t_service < 6
    print("goal (< 6 s and <= 1.5x bare):", "met" if ok else "NOT met")
    return 0 if ok or ARGS.smoke else 1  # a smoke run's figures mean nothing


if __name__ == "__main__":
    sys.exit(main())
