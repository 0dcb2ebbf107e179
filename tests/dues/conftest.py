"""Helpers for the dues and welfare tests: members with employee numbers, payroll sheets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from unionoffice.db.database import Database
from unionoffice.foundation.identity import generate_id_number
from unionoffice.members.models import Member
from unionoffice.members.pinyin import name_pinyin

PAYROLL_HEADER = ["序号", "工号", "姓名", "基本工资", "代扣会费"]


def person(
    db: Database,
    branch_id: int,
    group_id: int | None,
    seq: int,
    name: str,
    *,
    employee_no: str | None = None,
    born: date = date(1990, 1, 1),
    status: str = "active",
    status_date: date | None = None,
    cause: str | None = None,
    joined: date = date(2015, 3, 1),
) -> int:
    """A member written straight to the register (the dues tests need people, not the members service)."""
    full, initials = name_pinyin(name)
    with db.transaction(None) as s:
        member = Member(
            name=name,
            name_pinyin=full,
            name_initials=initials,
            gender="M",
            id_number=generate_id_number("410702", born, seq, "M"),
            birth_date=born,
            employee_no=employee_no or f"E{900000 + seq}",
            branch_id=branch_id,
            group_id=group_id,
            join_date=joined,
            status=status,
            status_date=status_date,
            status_cause=cause,
        )
        s.add(member)
        s.flush()
        return member.id


def payroll(path: Path, rows: list[list[object]], header: list[str] = PAYROLL_HEADER) -> Path:
    """A payroll sheet as finance sends it: a title row, the header, the rows."""
    book = Workbook()
    sheet = book.active
    sheet.append(["2026年工资表（基本工资）"])
    sheet.append(header)
    for n, row in enumerate(rows, start=1):
        sheet.append([n, *row])
    book.save(path)
    return path
