"""Exports: masked unless an admin asks, birthday list per branch, membership rates."""

from __future__ import annotations

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import extract, func, select

from unionoffice.foundation.errors import PermissionDenied
from unionoffice.members import rates as rates_module
from unionoffice.members import reports
from unionoffice.members.models import Member
from unionoffice.members.search import MemberFilter

from .conftest import actor, branch_id


def sheet_rows(path, index=0):  # type: ignore[no-untyped-def]
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_index(index).to_python()


def test_export_is_masked_by_default_and_follows_the_filter(mdb, tmp_path):
    clerk = actor(mdb, "clerk_xx")
    count = reports.export_members(mdb, clerk, MemberFilter(status="active"), tmp_path / "x.xlsx")
    rows = sheet_rows(tmp_path / "x.xlsx")
    assert len(rows) == count + 1 and rows[0][0] == "姓名"
    assert all(r[2][6:14] == "********" for r in rows[1:])
    assert {r[6] for r in rows[1:]} == {"心兴分工会"}
    assert {r[13] for r in rows[1:]} == {"在会"}


def test_only_an_admin_exports_full_numbers(mdb, tmp_path):
    with pytest.raises(PermissionDenied):
        reports.export_members(
            mdb, actor(mdb, "clerk_xx"), MemberFilter(), tmp_path / "x.xlsx", unmasked=True
        )
    reports.export_members(
        mdb, actor(mdb, "admin"), MemberFilter(text="e1000"), tmp_path / "y.xlsx", unmasked=True
    )
    rows = sheet_rows(tmp_path / "y.xlsx")
    assert rows[1:] and all(len(r[2]) == 18 and "*" not in r[2] for r in rows[1:])


def test_birthday_list_per_branch(mdb, tmp_path):
    admin = actor(mdb, "admin")
    listed = reports.birthday_list(mdb, admin, 5)
    with mdb.read() as s:
        expected = s.execute(
            select(func.count())
            .select_from(Member)
            .where(Member.status == "active", extract("month", Member.birth_date) == 5)
        ).scalar()
    assert len(listed) == expected and all(r.birth_date.month == 5 for r in listed)
    count = reports.export_birthdays(mdb, admin, 5, tmp_path / "b.xlsx")
    book = CalamineWorkbook.from_path(str(tmp_path / "b.xlsx"))
    assert count == expected and len(book.sheet_names) == 4
    assert reports.birthday_list(mdb, actor(mdb, "clerk_ql"), 5) == [
        r for r in listed if r.branch == "氢力分工会"
    ]


def test_membership_rates(mdb):
    rates = {r.branch: r for r in rates_module.membership_rates(mdb, actor(mdb, "admin"))}
    with mdb.read() as s:
        active = s.execute(
            select(func.count())
            .select_from(Member)
            .where(Member.status == "active", Member.branch_id == branch_id(mdb, "心兴分工会"))
        ).scalar()
    xx = rates["心兴分工会"]
    assert xx.members == active and xx.headcount and xx.rate_text.endswith("%")
    assert [r.branch for r in rates_module.membership_rates(mdb, actor(mdb, "clerk_hs"))] == [
        "黑色生态分工会"
    ]
