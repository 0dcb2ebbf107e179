"""免申即享: the candidate list from data the union already holds, on the demo data and on a
small made-up union; the committee opens a file or sets a candidate aside with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from factories import actor_of
from sqlalchemy import select, update

from unionoffice.foundation.contract import ById, ListQuery, ListWindow
from unionoffice.foundation.errors import NotFound, ValidationError
from unionoffice.hardship import contract as hs
from unionoffice.hardship.contract import CandidateFilter, CandidatesOpen, DismissInput, FileSave
from unionoffice.hardship.labels import Origin, Signal
from unionoffice.hardship.models import HardshipFile, HouseholdPerson
from unionoffice.hardship.signals import Clue
from unionoffice.members.models import FamilyMember, Member

from .conftest import household

WINDOW = ListWindow(0, 500)


def shown(services, flt: CandidateFilter | None = None) -> dict[int, tuple]:
    flt = flt or CandidateFilter()
    screen = services.call(hs.OPEN_CANDIDATES, CandidatesOpen(flt, WINDOW))
    assert screen.page.total == len(screen.page.rows)
    return dict(screen.page.rows)


def test_on_the_demo_data_the_list_names_members_with_their_reasons_and_none_of_them_applied(
    demo_db, services_as
):
    admin = services_as(demo_db, actor_of(demo_db, "admin"))
    rows = shown(admin)
    assert len(rows) >= 3
    for name, _employee_no, branch, _base, reasons, details in rows.values():
        assert name and branch and reasons and details
    labels = {r[4] for r in rows.values()}
    assert any(Signal.LARGE_CLAIM.label in text for text in labels)
    with demo_db.read() as s:
        in_files = set(s.execute(select(HardshipFile.member_id)).scalars())
        in_households = set(s.execute(select(HouseholdPerson.member_id)).scalars())
        applied = set(
            s.execute(
                select(HardshipFile.member_id).where(HardshipFile.origin == Origin.APPLICATION)
            ).scalars()
        )
        from_list = (
            s.execute(select(HardshipFile).where(HardshipFile.origin == Origin.CANDIDATE)).scalars().all()
        )
    assert not set(rows) & (in_files | in_households | applied)  # nobody on the list applied or has a file
    assert from_list  # the demo committee opened files from the list, and nobody applied for those either
    # The relative on the register: a member whose spouse (a member too) died or fell seriously ill.
    family = [r for r in rows.values() if Signal.FAMILY.label in r[4]]
    assert family and "（本会会员）" in family[0][5]
    aside = shown(admin, CandidateFilter(dismissed=True))
    assert len(aside) == 1 and next(iter(aside.values()))[5].startswith("已排除：")


def test_a_clerk_sees_the_candidates_of_their_branch_union(demo_db, services_as):
    admin = services_as(demo_db, actor_of(demo_db, "admin"))
    clerk = services_as(demo_db, actor_of(demo_db, "clerk_xx"))
    mine = shown(clerk)
    assert mine and set(mine) < set(shown(admin))
    assert {row[2] for row in mine.values()} == {"心兴分工会"}
    by_reason = shown(admin, CandidateFilter(signal=Signal.LARGE_CLAIM))
    assert by_reason and all(Signal.LARGE_CLAIM.label in r[4] for r in by_reason.values())


def test_the_committee_sets_a_candidate_aside_with_a_reason_or_opens_a_file(demo_db, services_as):
    admin = services_as(demo_db, actor_of(demo_db, "admin"))
    rows = shown(admin)
    first, second = list(rows)[:2]
    with pytest.raises(ValidationError, match="理由"):
        admin.call(hs.DISMISS, DismissInput(first, " "))
    admin.call(hs.DISMISS, DismissInput(first, "家庭收入稳定，经了解不需要帮扶"))
    assert first not in shown(admin) and first in shown(admin, CandidateFilter(dismissed=True))
    with pytest.raises(NotFound):
        admin.call(hs.DISMISS, DismissInput(first, "再次排除"))
    admin.call(hs.RESTORE, ById(first))
    assert first in shown(admin)
    # Opening a file from the list: origin 免申即享, and the member leaves the list.
    form = admin.call(hs.OPEN_FILE, hs.FileOpen(None, second))
    data = household(second, None, size=None, origin=Origin.CANDIDATE)
    admin.call(hs.SAVE_FILE, FileSave(data))
    assert second not in shown(admin)
    assert form.member.name == rows[second][0]


@dataclass
class LowDuesBase:
    """What a dues module would offer at the extension point."""

    member_id: int
    key: str = "dues.low_base"

    def label(self) -> str:
        return "会费基数偏低"

    def clues(self, session, year, on):
        yield Clue(self.member_id, self.key, self.label(), f"{year} 年月缴费基数 2,100.00 元")


def test_other_modules_add_reasons_at_the_extension_point(db, org, people, services_as, monkeypatch):
    monkeypatch.setattr("unionoffice.hardship.signals.extensions", lambda point: [LowDuesBase(people["a3"])])
    clerk = services_as(db, actor_of(db, "clerk_a"))
    screen = clerk.call(hs.OPEN_CANDIDATES, CandidatesOpen(CandidateFilter(), WINDOW))
    assert [(row_id, values[4], values[5]) for row_id, values in screen.page.rows] == [
        (people["a3"], "会费基数偏低", f"{date.today().year} 年月缴费基数 2,100.00 元")
    ]
    assert any(choice.key == "dues.low_base" for choice in screen.signals)
    other = services_as(db, actor_of(db, "clerk_b"))
    assert other.call(hs.LIST_CANDIDATES, ListQuery(CandidateFilter(), WINDOW)).total == 0


def test_a_death_and_a_relative_on_the_register(db, org, people, services_as):
    """A member who died this year, and their spouse (a member too, matched by identity number)."""
    with db.transaction(None) as s:
        died = s.get(Member, people["a2"])
        s.execute(
            update(Member)
            .where(Member.id == people["a2"])
            .values(status="deceased", status_date=date.today() - timedelta(days=30))
        )
        s.add(
            FamilyMember(member_id=people["a1"], relation="spouse", name=died.name, id_number=died.id_number)
        )
        s.add(FamilyMember(member_id=people["a3"], relation="child", name="赵小宝", id_number=None))
    admin = services_as(db, actor_of(db, "admin"))
    rows = shown(admin)
    assert rows[people["a2"]][4] == Signal.DEATH.label
    assert (
        rows[people["a1"]][4] == Signal.FAMILY.label and rows[people["a1"]][5] == "配偶李娜（本会会员）去世"
    )
    assert people["a3"] not in rows
    # The new file's form fills the household from the family record, linked to the register.
    form = admin.call(hs.OPEN_FILE, hs.FileOpen(None, people["a1"]))
    spouse = form.member.family[1]
    assert (spouse.name, spouse.member_id) == ("李娜", people["a2"])
