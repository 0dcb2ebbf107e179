"""The register: revoke with a reason, reprint marked copies, search, and offline verification."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionoffice.certificates import signing
from unionoffice.certificates.models import CertificateStatus
from unionoffice.certificates.service import (
    RegisterFilter,
    Verdict,
    find_by_number,
    issue_batch,
    register_source,
    reprint,
    revoke,
    verify,
)
from unionoffice.certificates.service.register import facts_of
from unionoffice.foundation.errors import ConcurrentEditError, UserError, ValidationError

from .conftest import ADMIN, VIEWER, YEAR, request
from .helpers import pdftotext, squeeze


@pytest.fixture
def issued(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    issue_batch(db, ADMIN, request(tmp_path, ["王䶮", "张堃", "李喆"]))
    return [find_by_number(db, VIEWER, f"XLX-{YEAR}-RY-000{i}") for i in (1, 2, 3)]


def scanned(db, number: str) -> str:  # type: ignore[no-untyped-def]
    """The QR text printed on the certificate with this number."""
    found = find_by_number(db, VIEWER, number)
    with db.read() as s:
        return signing.payload(signing.load_key(s), facts_of(found))


def test_verify_valid_from_scan_and_from_typed_number(db, issued) -> None:
    number = issued[0].number
    result = verify(db, VIEWER, scanned(db, number))
    assert result.verdict is Verdict.VALID and result.scanned and "王䶮" in result.message
    typed = verify(db, VIEWER, f"  {number.lower()} ")
    assert typed.verdict is Verdict.VALID and not typed.scanned


def test_verify_forged_codes(db, issued) -> None:
    good = scanned(db, issued[0].number)
    tampered_sig = good[:-1] + ("A" if good[-1] != "A" else "B")
    assert verify(db, VIEWER, tampered_sig).verdict is Verdict.FORGED
    # the number changed but the signature kept: the signature no longer matches
    other_number = good.replace(issued[0].number, issued[1].number)
    assert verify(db, VIEWER, other_number).verdict is Verdict.FORGED
    # signed with another installation's key
    foreign = signing.payload(b"\x01" * 32, facts_of(issued[0]))
    assert verify(db, VIEWER, foreign).verdict is Verdict.FORGED
    # a number never issued
    missing = verify(db, VIEWER, f"XLX-{YEAR}-RY-9999")
    assert missing.verdict is Verdict.FORGED and "没有编号" in missing.message
    assert verify(db, VIEWER, "").verdict is Verdict.FORGED


def test_revoke_with_reason_then_verify_says_revoked(db, issued) -> None:
    c = issued[1]
    after = revoke(db, ADMIN, c.id, "获奖资格复核未通过", c.version)
    assert after.status == CertificateStatus.REVOKED and after.revoked_reason == "获奖资格复核未通过"
    result = verify(db, VIEWER, scanned(db, c.number))
    assert result.verdict is Verdict.REVOKED and "获奖资格复核未通过" in result.message
    assert verify(db, VIEWER, issued[0].number).verdict is Verdict.VALID  # the others stay valid
    with pytest.raises(UserError, match="已经作废"):
        revoke(db, ADMIN, c.id, "再次", after.version)


def test_revoke_needs_a_reason_and_a_fresh_version(db, issued) -> None:
    with pytest.raises(ValidationError, match="作废原因"):
        revoke(db, ADMIN, issued[0].id, "  ", issued[0].version)
    stale = issued[0].version - 1
    with pytest.raises(ConcurrentEditError):
        revoke(db, ADMIN, issued[0].id, "重复发放", stale)
    assert find_by_number(db, VIEWER, issued[0].number).status == CertificateStatus.ISSUED


def test_reprint_marks_a_duplicate_copy_and_counts_it(db, issued, tmp_path: Path) -> None:
    out = tmp_path / "copy.pdf"
    assert reprint(db, ADMIN, [issued[0].id], out) == 1
    text = squeeze(pdftotext(out))
    assert "补发件" in text and issued[0].number in text and "王䶮" in text
    assert find_by_number(db, VIEWER, issued[0].number).reprint_count == 1


def test_reprint_without_mark_when_the_template_has_none(db, tmp_path: Path) -> None:
    issue_batch(db, ADMIN, request(tmp_path, ["王五"], template_key="booklet_inner"))
    c = find_by_number(db, VIEWER, f"XLX-{YEAR}-NX-0001")
    out = tmp_path / "copy.pdf"
    reprint(db, ADMIN, [c.id], out, preprinted=True)
    text = squeeze(pdftotext(out))
    assert "王五" in text and "补发" not in text and "副本" not in text
    assert "荣誉证书" not in text  # pre-printed paper: the title is already on it


def test_revoked_certificates_cannot_be_reprinted(db, issued, tmp_path: Path) -> None:
    revoke(db, ADMIN, issued[2].id, "重复发放", issued[2].version)
    with pytest.raises(UserError, match=issued[2].number):
        reprint(db, ADMIN, [issued[0].id, issued[2].id], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert find_by_number(db, VIEWER, issued[0].number).reprint_count == 0


def test_register_search_by_number_name_source_and_year(db, issued) -> None:
    def rows(**kw):  # type: ignore[no-untyped-def]
        source = register_source(db, VIEWER, RegisterFilter(**kw))
        return [values[0] for _, values in source.fetch(0, 100)]

    assert rows(text=issued[1].number) == [issued[1].number]
    assert rows(text="0003", year=YEAR) == [issued[2].number]
    assert rows(text="王䶮") == [issued[0].number]
    assert len(rows(text="测试名单")) == 3
    assert len(rows(year=YEAR)) == 3
    assert rows(year=YEAR - 1) == []
    assert len(rows(year=2026)) == 100  # the demo data's batches (one page of 100)


def test_register_keeps_every_printed_value(db, issued) -> None:
    c = issued[0]
    assert (
        c.values["name"] == "王䶮" and c.values["number"] == c.number and c.values["title"] == "诚信心连心人"
    )
    assert json.dumps(c.values, ensure_ascii=False)


def test_the_qr_code_signs_name_award_and_date_not_only_the_number(db, issued) -> None:
    """A genuine code vouches for the register's name, award and date: changing any of them in the
    register afterwards (or signing other facts under the same number) no longer verifies."""
    from dataclasses import replace

    from unionoffice.certificates.models import Certificate

    first = issued[0]
    code = scanned(db, first.number)
    with db.read() as s:
        key = signing.load_key(s)
    facts = facts_of(first)
    for changed in (
        replace(facts, name="张三"),
        replace(facts, award=facts.award + "（特等）"),
        replace(facts, issued_on=facts.issued_on.replace(year=facts.issued_on.year - 1)),
    ):
        assert signing.payload(key, changed) != code
    with db.transaction(None) as s:
        s.get(Certificate, first.id).recipient_name = "张三"
    forged = verify(db, VIEWER, code)
    assert forged.verdict is Verdict.FORGED and "姓名" in forged.message


def test_codes_printed_before_issue_17_still_verify_and_say_so(db, issued) -> None:
    number = issued[0].number
    with db.read() as s:
        key = signing.load_key(s)
    result = verify(db, VIEWER, f"UOC1:{number}:{signing.legacy_signature(key, number)}")
    assert result.verdict is Verdict.VALID and "只签了编号" in result.message
