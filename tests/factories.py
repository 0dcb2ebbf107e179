"""Small helpers tests use to make people and actors."""

from __future__ import annotations

from unionoffice.core.auth.actor import Actor
from unionoffice.db.database import Database


def actor_of(db: Database, username: str) -> Actor:
    """The actor of a demo user, without paying for a password check."""
    from sqlalchemy import select

    from unionoffice.core.auth.models import User
    from unionoffice.core.auth.service import actor_for

    with db.read() as s:
        return actor_for(s.execute(select(User).where(User.username == username)).scalar_one())


def add_member(
    db: Database, branch_id: int, group_id: int | None = None, name: str = "张坤", seq: int = 1
) -> int:
    """A member written straight to the table (tests of other modules need people)."""
    from datetime import date

    from unionoffice.foundation.identity import generate_id_number
    from unionoffice.members.models import Member
    from unionoffice.members.pinyin import name_pinyin

    number = generate_id_number("410702", date(1990, 1, 1), seq, "M")
    full, initials = name_pinyin(name)
    with db.transaction(None) as s:
        member = Member(
            name=name,
            name_pinyin=full,
            name_initials=initials,
            gender="M",
            id_number=number,
            birth_date=date(1990, 1, 1),
            branch_id=branch_id,
            group_id=group_id,
            join_date=date(2015, 3, 1),
        )
        s.add(member)
        s.flush()
        return member.id


def hold_test_keys(db: Database, username: str, password: str) -> None:
    """Make the keys the tests run with (in the vault) the database's own, held by ``username``
    under ``password``: what a signed-in administrator's database looks like, for tests that sign
    in for real (the command line, the audit chain)."""
    from sqlalchemy import select

    from unionoffice.core.auth.models import User
    from unionoffice.core.crypto import keys, vault

    with db.transaction(None) as s:
        ring = vault.ring()
        if not keys.keys_exist(s):  # a test's union server may have registered this ring already
            for key in ring.data.values():
                keys._add_entry(s, keys.DATA, key)
            if ring.audit is not None:
                keys._add_entry(s, keys.AUDIT, ring.audit)
        user_id = s.execute(select(User.id).where(User.username == username)).scalar_one()
        keys.new_holder(s, keys.USER, user_id, keys.derive(password))
