"""People and a session for the congress tests: members written straight to the register."""

from __future__ import annotations

from datetime import date

import pytest

from unionoffice.congress import contract as congress
from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.db.database import Database


def add_people(db: Database, branch_id: int, prefix: str, count: int, women: int = 0) -> list[str]:
    """``count`` members at work in ``branch_id`` with employee numbers ``{prefix}001``…; the
    first ``women`` are women. Returns the employee numbers."""
    from unionoffice.foundation.identity import generate_id_number
    from unionoffice.members.models import Member

    numbers = []
    with db.transaction(None) as s:
        for n in range(1, count + 1):
            no = f"{prefix}{n:03}"
            gender = "F" if n <= women else "M"
            born = date(1960 + ord(prefix[0]) % 40, 1 + n % 12, 1 + n % 28)
            s.add(
                Member(
                    name=f"代表{prefix}{n}",
                    name_pinyin=f"daibiao{prefix.lower()}{n:03}",
                    name_initials="db",
                    gender=gender,
                    id_number=generate_id_number("410702", born, n, gender),
                    birth_date=born,
                    employee_no=no,
                    branch_id=branch_id,
                    join_date=date(2015, 3, 1),
                    hire_date=date(2010, 7, 1),
                    post="操作工",
                )
            )
            numbers.append(no)
    return numbers


@pytest.fixture
def session_id(db: Database, org: dict[str, int]) -> int:
    from unionoffice.congress.sessions import save_session

    new_id, _ = save_session(
        db, SYSTEM_ACTOR, congress.SessionInput("第五届职代会第三次会议", date(2026, 3, 10))
    )
    return new_id


@pytest.fixture
def reps(db, org, admin, services_as, session_id):
    """Ten representatives of branch A and two of branch B; their ids on the roster."""
    office = services_as(db, admin)
    a = add_people(db, org["branch_a"], "A", 10, women=3)
    b = add_people(db, org["branch_b"], "B", 2)
    office.call(
        congress.ADD_REPRESENTATIVES, congress.RepresentativesAdd(session_id, " ".join(a), "front_line")
    )
    office.call(congress.ADD_REPRESENTATIVES, congress.RepresentativesAdd(session_id, " ".join(b), "staff"))
    form = office.call(congress.OPEN_PROPOSAL, congress.ProposalFormOpen(session_id))
    by_no = {c.label.split("（")[1].split("，")[0]: c.id for c in form.representatives}
    return {no: by_no[no] for no in a + b}
