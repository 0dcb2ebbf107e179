"""Representatives from the register and the composition check (rules as data)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.congress.conftest import add_people
from unionoffice.congress import contract as congress
from unionoffice.congress.models import CongressRule
from unionoffice.foundation.contract import ListQuery, ListWindow
from unionoffice.foundation.errors import PermissionDenied, ValidationError


def _roster(office, db, session_id, front: int, staff: int, management: int, women: int, branch: int):
    people = add_people(db, branch, "R", front + staff + management, women=women)
    chunks = (people[:front], people[front : front + staff], people[front + staff :])
    check = None
    for numbers, category in zip(chunks, ("front_line", "staff", "management"), strict=True):
        if numbers:
            check = office.call(
                congress.ADD_REPRESENTATIVES,
                congress.RepresentativesAdd(session_id, "\n".join(numbers), category),
            ).composition
    return check


def test_a_roster_with_45_percent_front_line_is_flagged_naming_the_50_percent_rule(
    db, org, admin, services_as, session_id
):
    office = services_as(db, admin)
    check = _roster(office, db, session_id, front=9, staff=8, management=3, women=6, branch=org["branch_a"])
    assert (check.total, check.front_line, check.management) == (20, "45.0", "15.0")
    assert len(check.warnings) == 1
    assert "45.0%" in check.warnings[0] and "一线职工不少于 50%" in check.warnings[0]

    screen = office.call(congress.OPEN_ROSTER, congress.RosterOpen(congress.RosterFilter(), ListWindow()))
    assert screen.session_id == session_id and screen.page.total == 20
    assert screen.composition.warnings == check.warnings


def test_management_above_20_percent_and_too_few_women_are_named(db, org, admin, services_as, session_id):
    office = services_as(db, admin)
    # The workforce: these 10 representatives (3 women) plus 10 more women at work → 65 % women.
    add_people(db, org["branch_b"], "W", 10, women=10)
    check = _roster(office, db, session_id, front=5, staff=2, management=3, women=3, branch=org["branch_a"])
    assert check.management == "30.0" and check.women == "30.0" and check.workforce_women == "65.0"
    assert any("中层及以上管理人员不超过 20%" in w for w in check.warnings)
    assert any("女职工" in w and "65.0%" in w for w in check.warnings)


def test_the_rules_are_rows_with_effective_dates(db, org, admin, services_as, session_id):
    """A later row changes the rule from its day on; the session's day decides which applies."""
    with db.transaction(None) as s:
        s.add(CongressRule(key="front_line_min", value=40, effective_from=date(2026, 1, 1), source="测试"))
    office = services_as(db, admin)
    check = _roster(office, db, session_id, front=9, staff=8, management=3, women=6, branch=org["branch_a"])
    assert check.warnings == []


def test_unknown_or_repeated_employee_numbers_are_refused_and_nothing_is_added(
    db, org, admin, clerk_a, services_as, session_id
):
    office = services_as(db, admin)
    numbers = add_people(db, org["branch_a"], "X", 2)
    with pytest.raises(ValidationError) as refused:
        office.call(
            congress.ADD_REPRESENTATIVES,
            congress.RepresentativesAdd(session_id, f"{numbers[0]}, NOPE1", "front_line"),
        )
    assert refused.value.problems[0].field == "工号" and "NOPE1" in refused.value.problems[0].message
    page = office.call(congress.LIST_ROSTER, ListQuery(congress.RosterFilter(session_id)))
    assert page.total == 0
    office.call(
        congress.ADD_REPRESENTATIVES, congress.RepresentativesAdd(session_id, numbers[0], "front_line")
    )
    with pytest.raises(ValidationError, match="已是本次职代会的代表"):
        office.call(
            congress.ADD_REPRESENTATIVES, congress.RepresentativesAdd(session_id, numbers[0], "staff")
        )
    with pytest.raises(PermissionDenied):
        services_as(db, clerk_a).call(
            congress.ADD_REPRESENTATIVES, congress.RepresentativesAdd(session_id, numbers[1], "staff")
        )
