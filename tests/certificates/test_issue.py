"""Issuing: numbers from the per-template sequence, a register row for every number, nothing
allocated by a cancelled or failed batch, and no gaps or duplicates under concurrency."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from unionoffice.certificates.models import Certificate, CertificateBatch
from unionoffice.certificates.service import issue_batch, preview_batch
from unionoffice.core.sequences import peek_next
from unionoffice.foundation.errors import PermissionDenied, UserError, ValidationError
from unionoffice.foundation.progress import Cancelled, Progress

from .conftest import ADMIN, VIEWER, YEAR, recipients, request
from .helpers import pdftotext, qr_texts, squeeze


def numbers(db, prefix: str = f"XLX-{YEAR}-") -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list(
            s.execute(
                select(Certificate.number)
                .where(Certificate.number.startswith(prefix))
                .order_by(Certificate.number)
            ).scalars()
        )


def test_issue_numbers_register_and_pdf(db, tmp_path: Path) -> None:
    result = issue_batch(db, ADMIN, request(tmp_path, ["王䶮", "张堃", "李喆"]))
    assert (result.first_number, result.last_number, result.count) == (
        f"XLX-{YEAR}-RY-0001",
        f"XLX-{YEAR}-RY-0003",
        3,
    )
    assert numbers(db) == [f"XLX-{YEAR}-RY-000{i}" for i in (1, 2, 3)]
    text = squeeze(pdftotext(result.path))
    assert "王䶮同志" in text and f"XLX-{YEAR}-RY-0003" in text
    with db.read() as s:
        batch = s.get(CertificateBatch, result.batch_id)
        assert batch.count == 3 and batch.source_label == "测试名单"
    # the next batch of the same template continues the sequence
    again = issue_batch(db, ADMIN, request(tmp_path, ["赵六"], name="b.pdf"))
    assert again.first_number == f"XLX-{YEAR}-RY-0004"
    assert not list(tmp_path.glob(".*part*"))  # no temporary files left behind


def test_qr_codes_carry_number_and_signature(db, tmp_path: Path) -> None:
    from unionoffice.certificates.service import Verdict, verify

    result = issue_batch(db, ADMIN, request(tmp_path, ["王䶮", "张堃"]))
    scanned = qr_texts(result.path, tmp_path)
    assert [t.split(":")[1] for t in scanned] == [f"XLX-{YEAR}-RY-0001", f"XLX-{YEAR}-RY-0002"]
    assert all(verify(db, VIEWER, t).verdict is Verdict.VALID for t in scanned)


def test_one_file_per_person_as_well(db, tmp_path: Path) -> None:
    result = issue_batch(db, ADMIN, request(tmp_path, ["王䶮", "吉𠮷祥"], per_person_dir=tmp_path / "people"))
    names = sorted(p.name for p in result.per_person)
    assert names == [f"XLX-{YEAR}-RY-0001-王䶮.pdf", f"XLX-{YEAR}-RY-0002-吉𠮷祥.pdf"]
    assert "吉𠮷祥" in squeeze(pdftotext(tmp_path / "people" / names[1]))


def test_cancelled_batch_allocates_no_numbers_and_writes_nothing(db, tmp_path: Path) -> None:
    progress = Progress(report=lambda done, total, text: progress.cancel() if done >= 2 else None)
    req = request(tmp_path, [f"职工{i}" for i in range(10)], per_person_dir=tmp_path / "people")
    with pytest.raises(Cancelled):
        issue_batch(db, ADMIN, req, progress)
    with db.read() as s:
        assert peek_next(s, req.template.sequence_name(YEAR)) == 1
    assert numbers(db) == []
    assert not req.target.exists() and not (tmp_path / "people").exists()
    assert not list(tmp_path.glob(".*"))


def test_missing_glyph_stops_before_any_number_is_taken(db, tmp_path: Path) -> None:
    req = request(tmp_path, ["张三", "李\U000f0001四"])
    with pytest.raises(UserError, match="U\\+F0001"):
        issue_batch(db, ADMIN, req)
    assert numbers(db) == [] and not req.target.exists()


def test_required_value_missing_names_row_and_field(db, tmp_path: Path) -> None:
    req = request(tmp_path, ["张三", "李四"])
    bad = replace(
        req, recipients=[req.recipients[0], replace(req.recipients[1], fields={"citation": "事迹"})]
    )
    with pytest.raises(ValidationError) as caught:
        issue_batch(db, ADMIN, bad)
    assert "第 2 行 荣誉称号：不能为空" in str(caught.value)
    assert numbers(db) == []


def test_only_issuers_may_issue(db, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        issue_batch(db, VIEWER, request(tmp_path, ["张三"]))


def test_two_batches_at_once_get_no_gaps_and_no_duplicates(db, tmp_path: Path) -> None:
    """Two clerks issue the same template at the same moment: each batch is contiguous, and
    together they are 1..N exactly (the loser of the race re-renders with the next numbers)."""
    start = threading.Barrier(2)
    results, errors = {}, []

    def run(tag: str, count: int) -> None:
        req = request(tmp_path, [f"{tag}{i}" for i in range(count)], name=f"{tag}.pdf")
        waited = []

        def report(done: int, total: int, text: str | None) -> None:
            if not waited:  # both render with the same predicted numbers; one must then re-render
                waited.append(True)
                start.wait(30)

        progress = Progress(report=report)
        try:
            results[tag] = issue_batch(db, ADMIN, req, progress)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=run, args=("甲", 25)), threading.Thread(target=run, args=("乙", 30))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    got = numbers(db)
    assert got == [f"XLX-{YEAR}-RY-{i:04d}" for i in range(1, 56)]
    with db.read() as s:
        for tag, result in results.items():
            names = (
                s.execute(
                    select(Certificate.recipient_name)
                    .where(Certificate.batch_id == result.batch_id)
                    .order_by(Certificate.serial)
                )
                .scalars()
                .all()
            )
            assert all(n.startswith(tag) for n in names) and len(names) == result.count
            # what is printed matches what was registered
            text = squeeze(pdftotext(result.path, 1))
            assert result.first_number in text
        assert (
            s.execute(
                select(func.count())
                .select_from(CertificateBatch)
                .where(CertificateBatch.issued_on >= f"{YEAR}-01-01")
            ).scalar()
            == 2
        )


def test_preview_numbers_as_the_next_batch_but_takes_nothing(db, tmp_path: Path) -> None:
    from unionoffice.certificates.templates import get_template

    template = get_template("honour_a4")
    issue_batch(db, ADMIN, request(tmp_path, ["张三"]))
    pdf = tmp_path / "preview.pdf"
    from .conftest import ISSUED_ON

    assert preview_batch(db, ADMIN, template, recipients(["李四", "王五"]), pdf, ISSUED_ON) == 2
    text = squeeze(pdftotext(pdf))
    assert (
        f"XLX-{YEAR}-RY-0002" in text and "样" in text and "预" in text
    )  # rotated watermark: order scrambled
    assert numbers(db) == [f"XLX-{YEAR}-RY-0001"]
