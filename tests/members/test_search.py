"""Search as you type and the register's filters, in SQL on indexed columns."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from unionoffice.members.models import Member
from unionoffice.members.search import MemberFilter, member_source, search_clause

from .conftest import actor, branch_id


def names(db, flt: MemberFilter, who: str = "admin") -> list[str]:  # type: ignore[no-untyped-def]
    return [values[0] for _id, values in member_source(db, actor(db, who), flt).fetch(0, 5000)]


def sample(db):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return (
            s.execute(select(Member).where(Member.status == "active").order_by(Member.id).offset(7))
            .scalars()
            .first()
        )


def test_initials_full_pinyin_and_name_prefix(mdb):
    m = sample(mdb)
    assert m.name in names(mdb, MemberFilter(text=m.name_initials))
    assert m.name in names(mdb, MemberFilter(text=m.name_initials.upper()))  # typed with caps lock on
    assert m.name in names(mdb, MemberFilter(text=m.name_pinyin[:4]))
    assert m.name in names(mdb, MemberFilter(text=m.name[:1]))
    found = names(mdb, MemberFilter(text=m.name))
    assert found and all(n.startswith(m.name) for n in found)


def test_employee_number_phone_and_identity_suffix(mdb):
    m = sample(mdb)
    assert names(mdb, MemberFilter(text=m.employee_no.lower())) == [m.name]
    assert m.name in names(mdb, MemberFilter(text=m.phone[:7]))
    assert m.name in names(mdb, MemberFilter(text=m.id_number[-4:].lower()))
    assert names(mdb, MemberFilter(text=m.id_number)) == [m.name]
    assert names(mdb, MemberFilter(text="１２３４５６７８９０１２３")) == []  # full-width digits, no match


def test_prefix_search_does_not_match_inside(mdb):
    m = sample(mdb)
    assert m.name not in names(mdb, MemberFilter(text=m.name[1:] + "xyz"))
    assert search_clause("   ") is None


def test_filters_combine(mdb):
    admin = actor(mdb, "admin")
    hs = branch_id(mdb, "黑色生态分工会")
    flt = MemberFilter(branch_id=hs, status="active", join_year=2010, base="新疆")
    rows = member_source(mdb, admin, flt).ids()
    with mdb.read() as s:
        expected = set(
            s.execute(
                select(Member.id).where(
                    Member.branch_id == hs,
                    Member.status == "active",
                    Member.join_date >= date(2010, 1, 1),
                    Member.join_date < date(2011, 1, 1),
                )
            ).scalars()
        )
    assert set(rows) == expected


def test_sorting_by_name_follows_pinyin(mdb):
    source = member_source(mdb, actor(mdb, "admin"), MemberFilter()).sorted_by("name")
    ids = [i for i, _ in source.fetch(0, 300)]
    with mdb.read() as s:
        pinyin = dict(s.execute(select(Member.id, Member.name_pinyin).where(Member.id.in_(ids))).all())
    ordered = [pinyin[i] for i in ids]
    assert ordered == sorted(ordered)


def test_one_letter_finds_every_name_whose_pinyin_starts_with_it(mdb):
    """One letter searches the pinyin alone (initials start with the same letter)."""
    found = set(member_source(mdb, actor(mdb, "admin"), MemberFilter(text="Z", status="active")).ids())
    with mdb.read() as s:
        expected = set(
            s.execute(
                select(Member.id).where(
                    Member.status == "active",
                    (Member.name_initials.like("z%")) | (Member.name_pinyin.like("z%")),
                )
            ).scalars()
        )
    assert found == expected and found


def test_letters_alone_are_pinyin_not_employee_numbers(mdb):
    m = sample(mdb)
    assert m.employee_no[0].isalpha()
    letter = m.employee_no[0].lower()
    with mdb.read() as s:
        by_number_only = (
            s.execute(
                select(Member.name).where(
                    Member.employee_no.like(m.employee_no[0] + "%"), Member.name_pinyin.not_like(letter + "%")
                )
            )
            .scalars()
            .first()
        )
    assert by_number_only is not None
    assert by_number_only not in names(mdb, MemberFilter(text=letter))
    assert m.name in names(mdb, MemberFilter(text=m.employee_no[:3]))  # with a digit it is a number again


def test_first_page_brings_the_count_and_the_same_rows_as_paging(mdb):
    admin = actor(mdb, "admin")
    for key in ("name", "branch", "birth_date"):  # branch sorts through a joined table
        for flt in (MemberFilter(), MemberFilter(text="z", status="active"), MemberFilter(text="没有这个人")):
            source = member_source(mdb, admin, flt).sorted_by(key, descending=True)
            total, rows = source.first_page(50)
            assert total == source.count() == len(source.ids())
            assert [source.display(row) for row in rows] == source.fetch(0, 50)
