"""One transaction per server call: ``transaction()`` blocks inside a unit of work are savepoints
of it, reads see its writes, an error undoes everything, and the audit chain stays whole."""

from __future__ import annotations

import threading

import pytest
from factories import actor_of, add_member
from sqlalchemy import func, select

from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.audit.verify import verify_audit_log
from unionoffice.core.auth.actor import SYSTEM_ACTOR
from unionoffice.core.concurrency import check_version
from unionoffice.db.database import Database
from unionoffice.foundation.errors import ConcurrentEditError, ValidationError
from unionoffice.members.models import Member


def _phone(db: Database, member_id: int) -> str | None:
    with db.read() as s:
        return s.get(Member, member_id).phone


def _entries(db: Database) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def test_writes_inside_are_seen_inside_and_committed_together(db: Database, org: dict[str, int]) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    clerk = actor_of(db, "clerk_a")
    with db.unit_of_work(clerk):
        with db.transaction(clerk) as s:
            s.get(Member, member_id).phone = "13800000001"
        assert _phone(db, member_id) == "13800000001"  # read() sees the unit's own write
        with db.rows() as conn:
            assert conn.execute(select(Member.phone).where(Member.id == member_id)).scalar() == "13800000001"
        with db.transaction(clerk) as s:
            s.get(Member, member_id).notes = "已核对"
    with db.read() as s:
        member = s.get(Member, member_id)
        assert (member.phone, member.notes, member.version) == ("13800000001", "已核对", 3)
    assert verify_audit_log(db, SYSTEM_ACTOR).ok


def test_an_error_after_a_finished_transaction_undoes_it_too(db: Database, org: dict[str, int]) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    before = _entries(db)
    with pytest.raises(RuntimeError), db.unit_of_work(SYSTEM_ACTOR):
        with db.transaction(SYSTEM_ACTOR) as s:
            s.get(Member, member_id).phone = "13800000001"
        raise RuntimeError("the reply could not be built")
    assert _phone(db, member_id) is None
    assert _entries(db) == before  # no audit entry for a write that never happened
    assert verify_audit_log(db, SYSTEM_ACTOR).ok


def test_a_refused_inner_transaction_undoes_only_its_own_writes(db: Database, org: dict[str, int]) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    with db.unit_of_work(SYSTEM_ACTOR):
        with db.transaction(SYSTEM_ACTOR) as s:
            s.get(Member, member_id).phone = "13800000001"
        with pytest.raises(ValidationError), db.transaction(SYSTEM_ACTOR) as s:
            s.get(Member, member_id).notes = "不该留下"
            s.flush()
            raise ValidationError("不行")
    with db.read() as s:
        member = s.get(Member, member_id)
        assert (member.phone, member.notes) == ("13800000001", None)
    with db.read() as s:
        changes = s.execute(select(AuditEntry.changes).where(AuditEntry.entity == "members")).scalars().all()
    assert not any("不该留下" in c for c in changes)
    assert verify_audit_log(db, SYSTEM_ACTOR).ok


def test_a_stale_save_inside_is_the_usual_conflict(db: Database, org: dict[str, int]) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    with db.transaction(actor_of(db, "clerk_a")) as s:
        s.get(Member, member_id).phone = "13800000001"  # version 2 now
    with pytest.raises(ConcurrentEditError) as refused, db.unit_of_work(SYSTEM_ACTOR):
        with db.transaction(SYSTEM_ACTOR) as s:
            member = s.get(Member, member_id)
            check_version(s, member, 1)
    assert "干事甲" in str(refused.value)


def test_units_do_not_nest(db: Database) -> None:
    with db.unit_of_work(None), pytest.raises(RuntimeError), db.unit_of_work(None):
        pass


def test_reads_side_by_side_run_apart_but_inside_a_unit_here_and_see_its_writes(
    db: Database, org: dict[str, int]
) -> None:
    member_id = add_member(db, org["branch_a"], org["group_a"])
    clerk = actor_of(db, "clerk_a")

    def read() -> tuple[str, str | None]:
        return threading.current_thread().name, _phone(db, member_id)

    thread, _ = db.side_by_side(read).result()
    assert thread.startswith("fanout")  # on its own: another thread, its own session
    with db.unit_of_work(clerk):
        with db.transaction(clerk) as s:
            s.get(Member, member_id).phone = "13800000002"
        # A save that answers with the recomputed screen: the read must see the unsaved write.
        assert db.side_by_side(read).result() == (threading.current_thread().name, "13800000002")
