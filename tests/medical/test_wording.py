"""互助金, never 会费: 会费 are membership dues; the medical mutual-aid contribution is 互助金. No
screen, report or export of the medical module says 会费 for it, and stored labels follow."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from tests.medical.conftest import World, claim_input, paid_claim
from unionoffice.core.database import open_database
from unionoffice.db.migrate import downgrade, upgrade
from unionoffice.foundation.progress import NO_PROGRESS
from unionoffice.medical import contract as medical
from unionoffice.medical.contract import HardshipFilter, ReportRequest
from unionoffice.medical.labels import LedgerKind
from unionoffice.medical.models import LedgerEntry

ROOT = Path(__file__).resolve().parents[2]
MODULE = ROOT / "src" / "unionoffice" / "medical"
DUES = "会费"


def test_no_string_of_the_medical_module_says_dues() -> None:
    """Every screen, message, report and export text of the module comes from these files."""
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted(MODULE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if DUES in line
    ]
    assert found == []
    catalogue = (ROOT / "resources" / "translations" / "medical_en.ts").read_text(encoding="utf-8")
    assert DUES not in "".join(re.findall(r"<source>(.*?)</source>", catalogue, re.S))


def _all_text(workbook: bytes) -> str:
    book = load_workbook(io.BytesIO(workbook), read_only=True)
    return "\n".join(
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
    )


def test_the_reports_and_exports_say_mutual_aid_contribution(world: World, services_as) -> None:
    paid_claim(world, claim_input(world))
    admin = services_as(world.db, world.admin)
    workbook = admin.run_job(medical.YEAR_REPORT, ReportRequest(world.scheme_id, "xlsx"), NO_PROGRESS)
    sheet_text = _all_text(workbook.content)
    assert "互助金收入" in sheet_text and DUES not in sheet_text
    claims = admin.run_job(medical.EXPORT_CLAIMS, medical.ClaimFilter(world.scheme_id), NO_PROGRESS)
    hardship = admin.run_job(medical.EXPORT_HARDSHIP, HardshipFilter(world.scheme_id, 0), NO_PROGRESS)
    for file in (claims.file, hardship.file):
        assert DUES not in _all_text(file.content)
    pdf = admin.run_job(medical.YEAR_REPORT, ReportRequest(world.scheme_id, "pdf"), NO_PROGRESS)
    if shutil.which("pdftotext"):
        words = subprocess.run(
            ["pdftotext", "-", "-"], input=pdf.content, capture_output=True, check=True
        ).stdout.decode()
        assert "互助金收入" in words and DUES not in words
    with world.db.read() as s:
        memos = s.execute(select(LedgerEntry.memo).where(LedgerEntry.kind == LedgerKind.FEE)).scalars().all()
    assert memos and all("年度互助金" in m for m in memos)


@pytest.mark.sqlite_only
def test_the_migration_rewrites_stored_labels_and_the_provincial_claims(tmp_path: Path) -> None:
    """Memos the app wrote as 会费 say 互助金; provincial claims reviewed in-house become filed
    with the province and their payouts leave the union's ledger; downgrading puts them back."""
    db = open_database(f"sqlite:///{tmp_path / 'm.sqlite'}")
    upgrade(db, "0013_membership")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO org_units (id, kind, name, parent_id, sort_order, active, version, created_at, updated_at)"
                " VALUES (1, 'branch', '心兴分工会', NULL, 1, 1, 1, '2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO members (id, name, name_pinyin, name_initials, gender, id_number, birth_date, branch_id,"
                " join_date, status, version, created_at, updated_at) VALUES (1, '张三', 'zhangsan', 'zs', 'M',"
                " 'x', '1990-01-01', 1, '2015-01-01', 'active', 1, '2026-01-01', '2026-01-01')"
            )
        )
        for sid, fund in ((1, "union"), (2, "province")):
            conn.execute(
                text(
                    "INSERT INTO medical_scheme_years (id, fund, year, name, fee_fen, coverage_start, coverage_end,"
                    " waiting_days, hardship_threshold_fen, version, created_at, updated_at) VALUES"
                    " (:id, :fund, 2025, 'x', 100, '2025-01-01', '2025-12-31', 0, 0, 1, '2026-01-01', '2026-01-01')"
                ),
                {"id": sid, "fund": fund},
            )
        for cid, sid, status in ((1, 2, "paid"), (2, 2, "approved"), (3, 1, "paid")):
            conn.execute(
                text(
                    "INSERT INTO medical_claims (id, claim_no, scheme_year_id, member_id, branch_id, benefit_type,"
                    " hospital, diagnosis, admission_date, discharge_date, total_fen, insurance_fen,"
                    " covered_self_fen, uncovered_self_fen, payable_fen, explanation, status, overlap_acknowledged,"
                    " review_note, reject_reason, paid_on, voucher_no, version, created_at, updated_at) VALUES"
                    " (:id, :no, :sid, 1, 1, 'inpatient', '', '', '2025-03-01', '2025-03-05', 300, 100, 100, 100,"
                    " 50, '[]', :status, 0, '', '', :paid, '', 1, '2026-01-01', '2026-01-01')"
                ),
                {
                    "id": cid,
                    "no": f"N{cid}",
                    "sid": sid,
                    "status": status,
                    "paid": "2025-04-01" if status == "paid" else None,
                },
            )
        ledger = (
            (1, "fee", None, "12 人缴纳 2025 年度会费"),
            (2, "fee", None, "工会会费返还（手工录入）"),
            (1, "payout", 3, "支付互助金 N3"),
            (2, "payout", 1, "支付互助金 N1"),
        )
        for sid, kind, claim, memo in ledger:
            conn.execute(
                text(
                    "INSERT INTO medical_ledger (scheme_year_id, kind, amount_fen, entry_date, memo, claim_id,"
                    " created_at) VALUES (:sid, :kind, 50, '2025-04-01', :memo, :claim, '2026-01-01')"
                ),
                {"sid": sid, "kind": kind, "memo": memo, "claim": claim},
            )
    upgrade(db)
    with db.engine.connect() as conn:
        memos = sorted(conn.execute(text("SELECT memo FROM medical_ledger WHERE kind = 'fee'")).scalars())
        claims = dict(conn.execute(text("SELECT id, status FROM medical_claims")).all())
        outcome = conn.execute(text("SELECT outcome_on FROM medical_claims WHERE id = 1")).scalar()
        payouts = list(
            conn.execute(text("SELECT claim_id FROM medical_ledger WHERE kind = 'payout'")).scalars()
        )
    assert memos == ["12 人缴纳 2025 年度互助金", "工会会费返还（手工录入）"]  # only what the app wrote
    assert claims == {1: "paid", 2: "submitted", 3: "paid"}
    assert str(outcome) == "2025-04-01" and payouts == [3]
    downgrade(db, "0013_membership")
    with db.engine.connect() as conn:
        memos = sorted(conn.execute(text("SELECT memo FROM medical_ledger WHERE kind = 'fee'")).scalars())
        payouts = sorted(
            conn.execute(text("SELECT claim_id FROM medical_ledger WHERE kind = 'payout'")).scalars()
        )
    assert memos[0] == "12 人缴纳 2025 年度会费" and payouts == [1, 3]
    db.dispose()
    assert date.today().year >= 2026
