"""A member's right of access, and anonymising someone who has left without losing the money trail."""

from __future__ import annotations

import pytest
from factories import actor_of
from openpyxl import load_workbook
from sqlalchemy import func, select

from unionoffice.foundation.errors import PermissionDenied, ValidationError
from unionoffice.medical.models import Claim, ClaimStatus, LedgerEntry
from unionoffice.members.labels import MemberStatus
from unionoffice.members.models import Member
from unionoffice.members.privacy import anonymise, export_person


def _claimant(db):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.execute(
            select(Claim.member_id).where(Claim.status == ClaimStatus.PAID).limit(1)
        ).scalar_one()


def test_export_holds_the_member_and_their_records_in_every_module(demo_db, tmp_path):
    admin = actor_of(demo_db, "admin")
    member_id = _claimant(demo_db)
    out = tmp_path / "person.xlsx"
    rows = export_person(demo_db, admin, member_id, out)
    book = load_workbook(out, read_only=True)
    assert "medical_claims" in book.sheetnames and rows >= 3
    with demo_db.read() as s:
        number = s.get(Member, member_id).id_number
    first = [list(r) for r in book[book.sheetnames[0]].iter_rows(values_only=True)]
    assert number in first[1]  # the person gets their own number in full


def test_only_members_who_left_are_anonymised_and_money_stays(demo_db):
    admin = actor_of(demo_db, "admin")
    member_id = _claimant(demo_db)
    with demo_db.read() as s:
        paid_before = s.execute(select(func.sum(LedgerEntry.amount_fen))).scalar()
        name = s.get(Member, member_id).name
    with pytest.raises(PermissionDenied):
        anonymise(demo_db, actor_of(demo_db, "clerk_xx"), member_id)
    with demo_db.transaction(admin) as s:
        s.get(Member, member_id).status = MemberStatus.ACTIVE
    with pytest.raises(ValidationError, match="只能对已退会"):
        anonymise(demo_db, admin, member_id)
    with demo_db.transaction(admin) as s:
        s.get(Member, member_id).status = MemberStatus.LEFT
    anonymise(demo_db, admin, member_id)
    with demo_db.read() as s:
        member = s.get(Member, member_id)
        claims = s.execute(select(Claim).where(Claim.member_id == member_id)).scalars().all()
        paid_after = s.execute(select(func.sum(LedgerEntry.amount_fen))).scalar()
    assert member.name.startswith("已匿名") and member.id_number == "" and member.phone is None
    assert member.birth_date.month == 1 and member.birth_date.day == 1
    assert claims and all(c.diagnosis == "" and c.hospital == "" for c in claims)
    assert all(c.payable_fen >= 0 for c in claims) and paid_after == paid_before
    with demo_db.read() as s:
        from unionoffice.core.audit.models import AuditEntry

        changes = s.execute(
            select(AuditEntry.changes).where(
                AuditEntry.entity == "members", AuditEntry.entity_id == str(member_id)
            )
        ).scalars()
        assert not any(name in c for c in changes)  # the anonymising itself repeats nothing
