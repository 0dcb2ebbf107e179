"""Issue 19's acceptance points, through the services: dues from a payroll sheet, 保留会籍
exempt, the six-month arrears run, refusals naming the cap, sign-off sheets per union group."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.dues.conftest import payroll, person
from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database
from unionoffice.dues.arrears import arrears_source
from unionoffice.dues.contract import (
    ArrearsFilter,
    BatchRequest,
    PaymentInput,
    SignoffRequest,
)
from unionoffice.dues.payroll import apply_payroll, plan_payroll
from unionoffice.dues.signoff import export_signoff
from unionoffice.dues.welfare import issue_batch, pay
from unionoffice.foundation.errors import ValidationError
from unionoffice.foundation.importer.engine import ImportMode


def _import(db: Database, actor: Actor, tmp_path: Path, month: date, rows: list[list[object]]) -> None:
    sheet = payroll(tmp_path / f"pay-{month:%Y%m}.xlsx", rows)
    plan = plan_payroll(db, actor, sheet, month)
    assert not plan.problems, plan.problems
    apply_payroll(db, actor, plan, ImportMode.ALL_OR_NOTHING)


def test_a_wage_of_5236_gives_26_15_and_a_retained_member_owes_nothing(
    db: Database, org: dict[str, int], admin: Actor, tmp_path: Path
) -> None:
    person(db, org["branch_a"], org["group_a"], 1, "张坤", employee_no="E1")
    person(
        db,
        org["branch_a"],
        org["group_a"],
        2,
        "李梅",
        employee_no="E2",
        status="retained",
        status_date=date(2026, 1, 5),
        cause="retired",
    )
    _import(
        db, admin, tmp_path, date(2026, 10, 1), [["E1", "张坤", 5236.00, None], ["E2", "李梅", 4800, None]]
    )
    from sqlalchemy import select

    from unionoffice.dues.models import DuesLine

    with db.read(admin) as s:
        lines = {
            n: (d, st)
            for n, d, st in s.execute(select(DuesLine.employee_no, DuesLine.dues_fen, DuesLine.status))
        }
    assert lines["E1"][0] == 2615
    assert lines["E2"][0] in (0, None) and lines["E2"][1] == "exempt"


def test_unpaid_january_to_june_is_on_julys_arrears_list_with_six_months(
    db: Database, org: dict[str, int], admin: Actor, tmp_path: Path
) -> None:
    person(db, org["branch_a"], org["group_a"], 1, "张坤", employee_no="E1")
    person(db, org["branch_a"], org["group_a"], 2, "王芳", employee_no="E2")
    for month in range(1, 7):
        # 王芳's dues are deducted every month; 张坤's none from January to June
        rows: list[list[object]] = [["E2", "王芳", 5000, 25.0], ["E1", "张坤", 5000, 0]]
        _import(db, admin, tmp_path, date(2026, month, 1), rows)
    source = arrears_source(db, admin, ArrearsFilter(min_months=6), date(2026, 7, 1))
    shown = [source.display(row)[1] for row in source.fetch_rows(0, 50)]
    assert [(r[0], r[4], r[5]) for r in shown] == [("张坤", 6, "2026-01")]
    # once July's dues are deducted the run is settled and he leaves the list
    _import(db, admin, tmp_path, date(2026, 7, 1), [["E2", "王芳", 5000, 25.0], ["E1", "张坤", 5000, 25.0]])
    source = arrears_source(db, admin, ArrearsFilter(min_months=1), date(2026, 7, 1))
    assert source.fetch_rows(0, 50) == []


def test_a_second_birthday_card_and_a_1200_yuan_hospital_visit_are_refused_naming_the_cap(
    db: Database, org: dict[str, int], admin: Actor
) -> None:
    who = person(db, org["branch_a"], org["group_a"], 1, "张坤", employee_no="E1")
    pay(
        db,
        admin,
        PaymentInput(member_id=who, item="birthday", amount_fen=20_000, event_date=date(2026, 3, 5)),
    )
    with pytest.raises(ValidationError) as second:
        pay(
            db,
            admin,
            PaymentInput(member_id=who, item="birthday", amount_fen=10_000, event_date=date(2026, 9, 1)),
        )
    text = str(second.value) + " ".join(p.message for p in second.value.problems)
    assert "生日蛋糕卡" in text and "300.00" in text and "每年限 1 次" in text
    with pytest.raises(ValidationError) as visit:
        pay(
            db,
            admin,
            PaymentInput(member_id=who, item="hospital", amount_fen=120_000, event_date=date(2026, 9, 1)),
        )
    text = " ".join(p.message for p in visit.value.problems)
    assert "1,000.00" in text and "1,200.00" in text
    pay(
        db,
        admin,
        PaymentInput(member_id=who, item="hospital", amount_fen=100_000, event_date=date(2026, 9, 1)),
    )  # at the cap: fine


def test_the_november_birthday_sheets_have_one_section_per_union_group(
    db: Database, org: dict[str, int], admin: Actor, tmp_path: Path
) -> None:
    born_nov = [
        ("张坤", org["branch_a"], org["group_a"]),
        ("李梅", org["branch_a"], org["group_a"]),
        ("赵强", org["branch_b"], org["group_b"]),
    ]
    for seq, (name, branch, group) in enumerate(born_nov, start=1):
        person(db, branch, group, seq, name, born=date(1980 + seq, 11, seq))
    person(db, org["branch_b"], org["group_b"], 9, "钱多", born=date(1985, 5, 2))
    issue_batch(db, admin, BatchRequest(item="birthday", event_date=date(2026, 11, 1), amount_fen=20_000))
    out = tmp_path / "birthday.pdf"
    export_signoff(db, admin, SignoffRequest(item="birthday", month=date(2026, 11, 1)), out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for name, *_ in born_nov:
        assert name in text
    assert "钱多" not in text
    assert text.count("心兴一组") == 1 and text.count("氢力一组") == 1
    assert text.index("心兴一组") < text.index("张坤") < text.index("氢力一组") < text.index("赵强")
