"""An applicant's phone is sealed like the identity number; phones a migration left in clear are
sealed by the first key holder to sign in."""

from __future__ import annotations

from sqlalchemy import Text, select, type_coerce, update

from unionoffice.core.auth import service as auth
from unionoffice.core.crypto import vault
from unionoffice.members import applications
from unionoffice.members.models import MemberApplication


def _stored(db, application_id: int) -> str:  # type: ignore[no-untyped-def]
    raw = type_coerce(MemberApplication.phone, Text)
    with db.read() as s:
        return s.execute(select(raw).where(MemberApplication.id == application_id)).scalar_one()


def test_a_clear_phone_left_by_the_migration_is_sealed_at_the_next_key_holders_sign_in(demo_db):
    with demo_db.read() as s:
        application_id = (
            s.execute(select(MemberApplication.id).order_by(MemberApplication.id)).scalars().first()
        )
    assert _stored(demo_db, application_id).startswith(vault.PREFIX)  # new values are sealed
    # What 0023 leaves on a database that held phones in clear before it.
    with demo_db.engine.begin() as conn:
        conn.execute(
            update(MemberApplication.__table__)
            .where(MemberApplication.id == application_id)
            .values(phone=type_coerce("13700001111", Text))
        )
    vault.clear()
    admin = auth.login(demo_db, "admin", "demo1234")
    stored = _stored(demo_db, application_id)
    assert stored.startswith(vault.PREFIX) and "13700001111" not in stored
    assert applications.get_application(demo_db, admin, application_id).data.phone == "13700001111"


def test_an_account_without_the_data_key_signs_in_without_touching_clear_values(demo_db):
    with demo_db.read() as s:
        application_id = (
            s.execute(select(MemberApplication.id).order_by(MemberApplication.id)).scalars().first()
        )
    with demo_db.engine.begin() as conn:
        conn.execute(
            update(MemberApplication.__table__)
            .where(MemberApplication.id == application_id)
            .values(phone=type_coerce("13700001111", Text))
        )
    vault.clear()
    auth.login(demo_db, "viewer", "demo1234")  # holds no key: cannot seal, must not fail
    assert _stored(demo_db, application_id) == "13700001111"
