"""Many clerks at once: no lost update, no duplicate or missing number, no unhandled deadlock.

Runs on both backends (the PostgreSQL variant is the one that matters for the shared server:
real row locks, READ COMMITTED, deadlock detection). Every workload below runs at the same
time in its own threads against one database; each checks its own invariant afterwards.

To cover a new module, add a ``Workload`` to ``WORKLOADS``: ``setup`` makes the rows it needs,
``step`` does one clerk action (a service call), ``check`` asserts the invariant. Also
covered: claim approvals (each claim approved once, claim numbers unique and gap-free) and
certificate issuing (certificate numbers unique and gap-free).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from factories import actor_of, add_member
from sqlalchemy import func, select

from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.concurrency import check_version
from unionoffice.core.sequences import next_number
from unionoffice.db.database import Database
from unionoffice.db.retry import run_transaction
from unionoffice.foundation.errors import ConcurrentEditError
from unionoffice.members.models import Member

THREADS = 3
STEPS = 12


@dataclass
class Workload:
    name: str
    setup: Callable[[Database, dict[str, int]], Any]
    step: Callable[[Database, Any, int, int], None]
    check: Callable[[Database, Any], None]
    state: Any = None
    errors: list[BaseException] = field(default_factory=list)


# -- transfers: read-modify-write of members under optimistic locking -------------------------


@dataclass
class TransferState:
    member_ids: list[int]
    groups: list[int]
    actors: list[Any]
    done: dict[int, list[str]] = field(default_factory=dict)
    conflicts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def transfer_member(
    db: Database, actor: Any, member_id: int, expected_version: int, group_id: int, note: str
) -> None:
    """What the members service's transfer does: version check, move, note appended.

    Retried on deadlock: moving a member takes a key-share lock on the group (foreign key),
    which can deadlock with someone editing org units at the same moment.
    """

    def work(s: Any) -> None:
        member = s.get(Member, member_id)
        check_version(s, member, expected_version, proposed={"group_id": group_id})
        member.group_id = group_id
        member.notes = (member.notes or "") + note

    run_transaction(db, actor, work)


def transfers_setup(db: Database, org: dict[str, int]) -> TransferState:
    ids = [add_member(db, org["branch_a"], org["group_a"], name=f"调动{i}", seq=100 + i) for i in range(3)]
    actors = [actor_of(db, name) for name in ("admin", "clerk_a")]
    return TransferState(ids, [org["group_a"], org["group_b"]], actors)


def transfers_step(db: Database, state: TransferState, worker: int, i: int) -> None:
    member_id = state.member_ids[i % len(state.member_ids)]  # all workers on one member at a time
    note = f"w{worker}s{i};"
    while True:  # a clerk who meets a conflict reloads and does the transfer again
        with db.read() as s:
            version = s.get(Member, member_id).version
        try:
            transfer_member(db, state.actors[worker % 2], member_id, version, state.groups[i % 2], note)
        except ConcurrentEditError as exc:
            assert exc.changed_by and exc.changed_at, "the conflict names who changed the record and when"
            with state.lock:
                state.conflicts += 1
            continue
        with state.lock:
            state.done.setdefault(member_id, []).append(note)
        return


def transfers_check(db: Database, state: TransferState) -> None:
    with db.read() as s:
        for member_id in state.member_ids:
            member = s.get(Member, member_id)
            saved = sorted(t + ";" for t in (member.notes or "").split(";") if t)
            assert saved == sorted(state.done[member_id]), (
                "a committed transfer was overwritten (lost update)"
            )
            assert member.version == 1 + len(state.done[member_id])
        updates = s.execute(
            select(func.count()).where(AuditEntry.entity == "members", AuditEntry.action == "update")
        ).scalar_one()
        assert updates == sum(len(v) for v in state.done.values()), "one audit entry per committed transfer"


# -- numbers: gap-free and unique while some transactions roll back ---------------------------


@dataclass
class NumberState:
    taken: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def numbers_step(db: Database, state: NumberState, worker: int, i: int) -> None:
    try:
        with db.transaction(None) as s:
            number = next_number(s, "会员证-2026")
            if (worker + i) % 4 == 0:
                raise RuntimeError("the clerk cancelled the batch")
    except RuntimeError:
        return
    with state.lock:
        state.taken.append(number)


def numbers_check(db: Database, state: NumberState) -> None:
    assert len(set(state.taken)) == len(state.taken), "duplicate number"
    assert sorted(state.taken) == list(range(1, len(state.taken) + 1)), "gap in the numbers"


# -- deadlocks: two rows locked in opposite orders; the database aborts one, we retry ---------


@dataclass
class DeadlockState:
    unit_ids: tuple[int, int]
    commits: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def deadlock_setup(db: Database, org: dict[str, int]) -> DeadlockState:
    return DeadlockState((org["group_a"], org["group_b"]))


def deadlock_step(db: Database, state: DeadlockState, worker: int, i: int) -> None:
    from unionoffice.core.org.models import OrgUnit

    first, second = state.unit_ids if worker % 2 else reversed(state.unit_ids)

    def work(s: Any) -> None:
        for unit_id in (first, second):
            unit = s.get(OrgUnit, unit_id, with_for_update=True)
            unit.headcount = (unit.headcount or 0) + 1
            s.flush()

    run_transaction(db, None, work, attempts=20)
    with state.lock:
        state.commits += 1


def deadlock_check(db: Database, state: DeadlockState) -> None:
    from unionoffice.core.org.models import OrgUnit

    with db.read() as s:
        for unit_id in state.unit_ids:
            assert s.get(OrgUnit, unit_id).headcount == state.commits, (
                "every retried transaction counted once"
            )


# -- claim approvals: the whole four-eyes workflow by several clerks at once ---------------------


@dataclass
class ClaimState:
    members: list[int]
    scheme_id: int
    clerk: Any
    reviewer: Any
    admin: Any
    approved: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def claims_setup(db: Database, org: dict[str, int]) -> ClaimState:
    from datetime import date

    from medical.conftest import INPATIENT

    from unionoffice.core.auth import service as auth
    from unionoffice.core.auth.roles import Role
    from unionoffice.medical.models import BenefitType, Fund
    from unionoffice.medical.service import enrolment, schemes

    admin = actor_of(db, "admin")
    auth.create_user(db, admin, "reviewer_a", "复核员", "Review-pass-1", Role.CLERK, [org["branch_a"]])
    members = [
        add_member(db, org["branch_a"], org["group_a"], name=f"患者{i}", seq=200 + i) for i in range(THREADS)
    ]
    scheme = schemes.create_scheme(
        db,
        admin,
        schemes.SchemeInput(
            Fund.UNION, 2026, "2026 年度医疗互助", 6_000, date(2026, 1, 1), date(2026, 12, 31), 0, 50_000_000
        ),
    )
    schemes.save_rule(db, admin, scheme.id, BenefitType.INPATIENT, INPATIENT)
    enrolment.enrol(db, admin, scheme.id, branch_id=org["branch_a"], enrolled_on=date(2026, 1, 1))
    enrolment.record_payments(db, admin, scheme.id, members, date(2026, 1, 10))
    return ClaimState(members, scheme.id, actor_of(db, "clerk_a"), actor_of(db, "reviewer_a"), admin)


def claims_step(db: Database, state: ClaimState, worker: int, i: int) -> None:
    from datetime import date, timedelta

    from unionoffice.medical.models import BenefitType
    from unionoffice.medical.service import claims

    # One member per worker: approvals of one member's claims would race for the annual cap.
    start = date(2026, 2, 1) + timedelta(days=10 * i)
    data = claims.ClaimInput(
        state.members[worker],
        state.scheme_id,
        BenefitType.INPATIENT,
        start,
        start + timedelta(days=3),
        600_000,
        200_000,
        350_000,
        50_000,
        "市中心医院",
        "肺炎",
        (f"W{worker}I{i:03d}",),
    )

    def version(claim_id: int) -> int:
        return claims.get_claim(db, state.admin, claim_id).version

    claim_id = claims.create_claim(db, state.clerk, data)
    claims.submit_claim(db, state.clerk, claim_id, version(claim_id))
    claims.review_claim(db, state.reviewer, claim_id, version(claim_id))
    claims.approve_claim(db, state.admin, claim_id, version(claim_id))
    with state.lock:
        state.approved.append(claim_id)


def claims_check(db: Database, state: ClaimState) -> None:
    from unionoffice.medical.models import Claim, ClaimStatus

    with db.read() as s:
        rows = s.execute(select(Claim.id, Claim.claim_no, Claim.status)).all()
        approvals = s.execute(
            select(func.count()).where(
                AuditEntry.entity == "medical_claims",
                AuditEntry.action == "update",
                # The log names the fields an approval sets (never their values, issue #17).
                AuditEntry.changes.like('%"decided_by_id"%'),
            )
        ).scalar_one()
    assert sorted(r.id for r in rows) == sorted(state.approved)
    assert all(r.status == ClaimStatus.APPROVED for r in rows)
    serials = sorted(int(r.claim_no.rsplit("-", 1)[1]) for r in rows)
    assert serials == list(range(1, len(rows) + 1)), "claim numbers unique and gap-free"
    assert approvals == len(rows), "each claim approved exactly once"


# -- certificate issuing: numbers allocated at the end of each batch, retried on a clash --------


@dataclass
class CertificateState:
    folder: Any
    batches: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def certificates_setup(db: Database, org: dict[str, int]) -> CertificateState:
    import tempfile
    from pathlib import Path

    return CertificateState(Path(tempfile.mkdtemp(prefix="certs-")))


def certificates_step(db: Database, state: CertificateState, worker: int, i: int) -> None:
    from unionoffice.certificates.service.issuing import IssueRequest, issue_batch
    from unionoffice.certificates.sources import Recipient
    from unionoffice.certificates.templates import get_template

    people = [
        Recipient(f"员工{worker}-{i}-{n}", None, {"citation": "表现突出", "title": "先进个人"})
        for n in range(2)
    ]
    issue_batch(
        db,
        actor_of(db, "admin"),
        IssueRequest(
            get_template("honour_a4"), people, "text", "并发测试", state.folder / f"w{worker}-{i}.pdf"
        ),
    )
    with state.lock:
        state.batches += 1


def certificates_check(db: Database, state: CertificateState) -> None:
    from unionoffice.certificates.models import Certificate

    with db.read() as s:
        numbers = list(s.execute(select(Certificate.number)).scalars())
    assert len(numbers) == 2 * state.batches and len(set(numbers)) == len(numbers), (
        "duplicate certificate number"
    )
    serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert serials == list(range(1, len(numbers) + 1)), "certificate numbers gap-free"


WORKLOADS: list[Callable[[], Workload]] = [
    lambda: Workload("transfers", transfers_setup, transfers_step, transfers_check),
    lambda: Workload("numbers", lambda db, org: NumberState(), numbers_step, numbers_check),
    lambda: Workload("deadlocks", deadlock_setup, deadlock_step, deadlock_check),
    lambda: Workload("claim approvals", claims_setup, claims_step, claims_check),
    lambda: Workload("certificate issuing", certificates_setup, certificates_step, certificates_check),
]


def test_many_clerks_at_once_lose_nothing_and_duplicate_nothing(db: Database, org: dict[str, int]) -> None:
    workloads = [make() for make in WORKLOADS]
    for w in workloads:
        w.state = w.setup(db, org)
    start = threading.Barrier(THREADS * len(workloads))

    def run(w: Workload, worker: int) -> None:
        start.wait()
        try:
            for i in range(STEPS):
                w.step(db, w.state, worker, i)
        except BaseException as exc:  # noqa: BLE001 - reported below with the workload's name
            w.errors.append(exc)

    threads = [threading.Thread(target=run, args=(w, n)) for w in workloads for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a worker hung (unhandled lock wait)"
    for w in workloads:
        assert not w.errors, f"{w.name}: {w.errors[0]!r}"
        w.check(db, w.state)


@pytest.mark.parametrize("db_backend", [pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_second_save_racing_the_first_is_refused_with_details(db: Database, org: dict[str, int]) -> None:
    """No union-wide writer lock: a clerk who loaded version 1 and saves while another clerk's
    save of the same member is in flight queues on that member's row, and once the first commits
    sees who changed it instead of overwriting it."""
    import time

    member_id = add_member(db, org["branch_a"], org["group_a"])
    first_flushed = threading.Event()
    outcome: dict[str, BaseException | None] = {}

    def first() -> None:
        with db.transaction(actor_of(db, "clerk_a")) as s:
            member = s.get(Member, member_id)
            check_version(s, member, 1)
            member.phone = "13800000001"
            s.flush()
            first_flushed.set()
            time.sleep(0.3)  # the save is in flight while the second clerk presses save
        outcome["first"] = None

    def second() -> None:
        assert first_flushed.wait(30)
        try:
            with db.transaction(actor_of(db, "admin")) as s:
                member = s.get(Member, member_id)
                check_version(s, member, 1)  # the form was loaded at version 1
                member.phone = "13900000002"
            outcome["second"] = None
        except BaseException as exc:  # noqa: BLE001
            outcome["second"] = exc

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert outcome["first"] is None
    error = outcome["second"]
    assert isinstance(error, ConcurrentEditError) and "干事甲" in str(error)
    with db.read() as s:
        member = s.get(Member, member_id)
        assert (member.phone, member.version) == ("13800000001", 2)
