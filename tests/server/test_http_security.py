"""Security through raw HTTP: the server decides who is asking from the token alone, on every
request, and enforces roles and branch scope there.

``CROSS_BRANCH`` lists what a clerk of branch A must not do to branch B's records (a member, a
claim, a contest entry); modules add their own probes as they move onto the contract: each probe
is an operation and a request built from the test's organisation and records.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from factories import actor_of, add_member
from server_harness import RunningServer
from sqlalchemy import select, update

from tests.contests.conftest import standard_definition
from unionoffice.contests import contract as contests
from unionoffice.contests.models import Contestant
from unionoffice.contests.service.definition import create_contest
from unionoffice.contests.service.entrants import register_members
from unionoffice.core.auth import sessions
from unionoffice.core.auth.contract import FIRST_ADMIN, LIST_USERS, SAVE_USER, SIGN_IN, FirstAdmin, UserSave
from unionoffice.core.auth.models import User
from unionoffice.core.auth.sessions import ServerSession
from unionoffice.db.database import Database
from unionoffice.foundation import wire
from unionoffice.foundation.contract import ById, Empty, ListQuery, ListWindow, Operation
from unionoffice.foundation.identity import generate_id_number
from unionoffice.foundation.wire import Reply
from unionoffice.medical import contract as medical
from unionoffice.medical.calculation import Rule
from unionoffice.medical.models import BenefitType, Fund
from unionoffice.medical.service import claims, enrolment, schemes
from unionoffice.members import contract as members
from unionoffice.members.contract import FormOpen, MemberFilter, MemberInput, MemberSave, RegisterExport

from .conftest import Raw, reply_of

OTHER_ID_NUMBER = generate_id_number("410702", date(1990, 1, 1), 2, "M")


@dataclass(frozen=True)
class Probe:
    """``build(records)`` → (operation, request) aimed at branch B; ``leaks(reply)`` says whether
    a successful answer still gave B's data away (a list or export must come back without it)."""

    name: str
    build: Callable[[dict[str, int]], tuple[Operation[Any, Any], object]]
    leaks: Callable[[Reply], bool] = lambda reply: reply.error is None


def _b_member_input(records: dict[str, int]) -> MemberInput:
    return MemberInput(
        name="王芳",
        id_number=None,
        branch_id=records["branch_b"],
        group_id=records["group_b"],
        join_date=date(2015, 3, 1),
        phone="13900000000",
    )


def _mentions_b(reply: Reply) -> bool:
    """B's member in the answer, a list page or an exported workbook (unpacked: it is zipped)."""
    if reply.ok is None:
        return False
    payloads = [reply.ok]
    try:
        content = wire.decode(reply.ok, members.Exported).file.content
    except Exception:  # noqa: BLE001 - not the register's export
        try:
            content = wire.decode(reply.ok, medical.Exported).file.content
        except Exception:  # noqa: BLE001 - not an export at all
            content = b""
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as book:
            payloads += [book.read(name) for name in book.namelist()]
    return any("王芳".encode() in p or OTHER_ID_NUMBER.encode() in p for p in payloads)


CROSS_BRANCH = [
    Probe("read a member", lambda r: (members.OPEN_FORM, FormOpen(r["member_b"]))),
    Probe("read a member's history", lambda r: (members.HISTORY, members.ById(r["member_b"]))),
    Probe(
        "change a member",
        lambda r: (members.SAVE, MemberSave(_b_member_input(r), r["member_b"], 1)),
    ),
    Probe(
        "move a member away",
        lambda r: (
            members.TRANSFER,
            members.Transfer(r["member_b"], 1, r["branch_a"], r["group_a"], date(2026, 12, 1), "调动"),
        ),
    ),
    Probe(
        "list a branch's members",
        lambda r: (members.LIST, ListQuery(MemberFilter(branch_id=r["branch_b"]), ListWindow())),
        _mentions_b,
    ),
    Probe(
        "search by name",
        lambda r: (members.LIST, ListQuery(MemberFilter(text="王芳"), ListWindow())),
        _mentions_b,
    ),
    Probe(
        "export a branch's register",
        lambda r: (members.EXPORT_REGISTER, RegisterExport(MemberFilter(branch_id=r["branch_b"]))),
        _mentions_b,
    ),
    Probe("read a claim", lambda r: (medical.GET_CLAIM, ById(r["claim_b"]))),
    Probe(
        "list a branch's claims",
        lambda r: (
            medical.LIST_CLAIMS,
            ListQuery(medical.ClaimFilter(r["scheme"], branch_id=r["branch_b"]), ListWindow()),
        ),
        _mentions_b,
    ),
    Probe(
        "search claims by name",
        lambda r: (
            medical.LIST_CLAIMS,
            ListQuery(medical.ClaimFilter(r["scheme"], text="王芳"), ListWindow()),
        ),
        _mentions_b,
    ),
    Probe("submit a claim", lambda r: (medical.SUBMIT_CLAIM, medical.ClaimStep(r["claim_b"], 1))),
    Probe("open a claim's approval form", lambda r: (medical.APPROVAL_FORM, ById(r["claim_b"]))),
    Probe(
        "export a branch's claims",
        lambda r: (medical.EXPORT_CLAIMS, medical.ClaimFilter(r["scheme"], branch_id=r["branch_b"])),
        _mentions_b,
    ),
    Probe(
        "list a contest's entries",
        lambda r: (
            contests.LIST_CONTESTANTS,
            ListQuery(contests.ContestantFilter(r["contest"], "王芳"), ListWindow()),
        ),
        _mentions_b,
    ),
    Probe(
        "withdraw a contest entry",
        lambda r: (contests.WITHDRAW, contests.Withdrawal(r["entry_b"], "调动")),
    ),
    Probe("remove a contest entry", lambda r: (contests.REMOVE_CONTESTANT, ById(r["entry_b"]))),
]


@pytest.fixture
def records(db: Database, org: dict[str, int]) -> dict[str, int]:
    """A member of each branch; B's member also has a claim (2026 union scheme, paid up) and a
    contest entry."""
    made = {
        **org,
        "member_a": add_member(db, org["branch_a"], org["group_a"], name="张坤", seq=1),
        "member_b": add_member(db, org["branch_b"], org["group_b"], name="王芳", seq=2),
    }
    admin = actor_of(db, "admin")
    scheme = schemes.create_scheme(
        db,
        admin,
        schemes.SchemeInput(
            Fund.UNION, 2026, "2026 年度医疗互助", 6_000, date(2026, 1, 1), date(2026, 12, 31), 0, 2_000_000
        ),
    ).id
    schemes.save_rule(db, admin, scheme, BenefitType.CRITICAL, Rule(lump_sum_fen=2_000_000))
    enrolment.enrol(db, admin, scheme, branch_id=org["branch_b"], enrolled_on=date(2026, 1, 1))
    enrolment.record_payments(db, admin, scheme, [made["member_b"]], date(2026, 1, 10))
    claim = claims.ClaimInput(
        made["member_b"], scheme, BenefitType.CRITICAL, date(2026, 3, 1), date(2026, 3, 10),
        3_000_000, 0, 3_000_000, 0, "新乡市中心医院", "肺炎", ("INV-B1",),
    )  # fmt: skip
    made["claim_b"] = claims.create_claim(db, admin, claim)
    made["scheme"] = scheme
    made["contest"] = create_contest(db, admin, standard_definition())
    register_members(db, admin, made["contest"], [made["member_b"]])
    with db.read() as s:
        made["entry_b"] = s.execute(select(Contestant.id)).scalar_one()
    return made


def _b_state(db: Database, records: dict[str, int]) -> tuple[object, ...]:
    from unionoffice.medical.models import Claim
    from unionoffice.members.models import Member

    with db.read() as s:
        member = s.get(Member, records["member_b"])
        claim = s.get(Claim, records["claim_b"])
        entry = s.get(Contestant, records["entry_b"])
        assert member is not None and claim is not None and entry is not None
        return (member.branch_id, member.phone, member.version, claim.status, claim.version, entry.status)


def _send(raw: Raw, op: Operation[Any, Any], request: object, token: str) -> Reply:
    response = raw.job(op, request, token) if op.job else raw.call(op, request, token)
    assert response.status_code == 200
    return reply_of(response)


def test_no_token_or_a_made_up_one_is_401(raw: Raw, records: dict[str, int]) -> None:
    for token in (None, "", "not-a-session", "x" * 43):
        response = raw.call(members.OPEN_FORM, FormOpen(records["member_a"]), token)
        assert response.status_code == 401
        assert reply_of(response).error.kind == "not_signed_in"
    response = raw.http.post(
        "/api/v1/job/" + members.EXPORT_REGISTER.name,
        content=wire.encode(RegisterExport(MemberFilter())),
        headers={"Authorization": "Basic YWRtaW46c2VjcmV0LTEyMw=="},
    )
    assert response.status_code == 401


@pytest.mark.parametrize("probe", CROSS_BRANCH, ids=lambda p: p.name)
def test_a_clerk_cannot_reach_another_branchs_records(
    server: RunningServer, raw: Raw, records: dict[str, int], probe: Probe
) -> None:
    clerk_a = server.token_for(actor_of(server.db, "clerk_a"))
    before = _b_state(server.db, records)
    assert before[:3] == (records["branch_b"], None, 1)
    op, request = probe.build(records)
    reply = _send(raw, op, request, clerk_a)
    assert not probe.leaks(reply), f"{probe.name}: {reply}"
    if reply.error is not None:
        assert reply.error.kind in {"permission", "not_found", "validation", "conflict"}
    assert _b_state(server.db, records) == before  # and nothing of B's changed


def test_a_clerk_cannot_raise_their_own_role(
    server: RunningServer, raw: Raw, records: dict[str, int]
) -> None:
    clerk = actor_of(server.db, "clerk_a")
    token = server.token_for(clerk)
    change = UserSave("clerk_a", "干事甲", "admin", (records["branch_a"],), True, clerk.user_id, 1)
    assert _send(raw, SAVE_USER, change, token).error.kind == "permission"
    assert _send(raw, LIST_USERS, Empty(), token).error.kind == "permission"
    with server.db.read() as s:
        assert s.get(User, clerk.user_id).role == "clerk"


def test_a_viewer_never_receives_an_unmasked_identity_number(
    server: RunningServer, raw: Raw, records: dict[str, int]
) -> None:
    viewer = server.token_for(actor_of(server.db, "viewer"))
    full = OTHER_ID_NUMBER.encode()
    answers = [
        raw.call(members.OPEN_FORM, FormOpen(records["member_b"]), viewer),
        raw.call(members.LIST, ListQuery(MemberFilter(), ListWindow()), viewer),
        raw.call(members.LIST, ListQuery(MemberFilter(text=OTHER_ID_NUMBER[-4:]), ListWindow()), viewer),
        raw.job(members.EXPORT_REGISTER, RegisterExport(MemberFilter()), viewer),
        raw.job(members.EXPORT_REGISTER, RegisterExport(MemberFilter(), unmasked=True), viewer),
    ]
    for answer in answers:
        assert answer.status_code == 200
        assert full not in answer.content  # not in any encoding the reply carries: msgpack, xlsx
        reply = reply_of(answer)
        if reply.ok is not None and b"PK" in reply.ok[:200]:
            payload = wire.decode(reply.ok, members.Exported).file.content
            with zipfile.ZipFile(io.BytesIO(payload)) as book:
                assert not any(full in book.read(name) for name in book.namelist())
    assert reply_of(answers[-1]).error.kind == "permission"


def _deactivate(server: RunningServer, username: str, **changes: object) -> None:
    admin = server.services_as(actor_of(server.db, "admin"))
    users = admin.call(LIST_USERS, Empty()).users
    user = next(u for u in users if u.username == username)
    values = {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "branch_ids": user.branch_ids,
        "active": user.active,
        "id": user.id,
        "version": user.version,
    } | changes
    admin.call(SAVE_USER, UserSave(**values))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "change", [{"active": False}, {"role": "viewer", "branch_ids": ()}], ids=["deactivated", "role changed"]
)
def test_an_account_change_ends_its_sessions_at_once(
    server: RunningServer, raw: Raw, records: dict[str, int], change: dict[str, object]
) -> None:
    token = server.token_for(actor_of(server.db, "clerk_a"))
    assert raw.call(members.OPEN_FORM, FormOpen(records["member_a"]), token).status_code == 200
    _deactivate(server, "clerk_a", **change)
    assert raw.call(members.OPEN_FORM, FormOpen(records["member_a"]), token).status_code == 401


def test_the_role_is_read_on_every_request_even_if_a_session_row_was_left(
    server: RunningServer, raw: Raw, records: dict[str, int]
) -> None:
    """Belt and braces: a role changed behind the services' back still ends the session."""
    clerk = actor_of(server.db, "clerk_a")
    token = server.token_for(clerk)
    with server.db.transaction(None) as s:
        s.execute(update(User).where(User.id == clerk.user_id).values(role="admin"))
    assert raw.call(LIST_USERS, Empty(), token).status_code == 401


def test_sign_in_sign_out_and_expiry(server: RunningServer, raw: Raw, records: dict[str, int]) -> None:
    assert raw.sign_in("clerk_a", "wrong-password-1").status_code == 401
    answer = raw.sign_in("clerk_a", "secret-123")
    assert answer.status_code == 200
    signed = wire.unwrap(
        reply_of(answer), __import__("unionoffice.foundation.protocol").foundation.protocol.SignedIn
    )
    assert signed.session.username == "clerk_a" and signed.session.role == "clerk"
    with server.db.read() as s:  # only the hash is stored
        stored = list(s.execute(select(ServerSession.token_hash)).scalars())
    assert signed.token not in stored and sessions.hash_token(signed.token) in stored
    assert raw.call(members.OPEN_FORM, FormOpen(records["member_a"]), signed.token).status_code == 200
    raw.http.post("/api/v1/sign-out", headers={"Authorization": f"Bearer {signed.token}"})
    assert raw.call(members.OPEN_FORM, FormOpen(records["member_a"]), signed.token).status_code == 401

    token = server.token_for(actor_of(server.db, "clerk_a"))
    with server.db.transaction(None) as s:
        s.execute(update(ServerSession).values(expires_at=ServerSession.created_at - timedelta(seconds=1)))
    assert raw.call(members.OPEN_FORM, FormOpen(records["member_a"]), token).status_code == 401


def test_failed_sign_ins_are_throttled_per_address(
    server: RunningServer, raw: Raw, records: dict[str, int]
) -> None:
    for attempt in range(sessions.MAX_FAILURES_PER_ADDRESS):
        name = f"guess{attempt}"  # spraying many names from one address
        assert raw.sign_in(name, "Password-1").status_code == 401
    answer = raw.sign_in("clerk_a", "secret-123")  # even the right password waits now
    assert answer.status_code == 429
    assert "分钟后再试" in reply_of(answer).error.message


def test_failed_sign_ins_are_throttled_per_name(
    server: RunningServer, raw: Raw, records: dict[str, int]
) -> None:
    for _ in range(sessions.MAX_FAILURES_PER_USER):
        assert raw.sign_in("nobody", "Password-1").status_code in (401, 429)
    assert raw.sign_in("nobody", "Password-1").status_code == 429


def test_operations_that_need_no_session_are_not_on_the_server(
    server: RunningServer, raw: Raw, records: dict[str, int]
) -> None:
    admin = server.token_for(actor_of(server.db, "admin"))
    made = FirstAdmin("工会", "root2", "根", "Secret-1234")
    assert raw.call(FIRST_ADMIN, made, admin).status_code == 404
    assert raw.call(FIRST_ADMIN, made, None).status_code == 404
    assert raw.call(SIGN_IN, made, admin).status_code == 404
    assert raw.call(Operation("nope.nothing", Empty, Empty), Empty(), admin).status_code == 404


def test_bad_bodies_are_refused_plainly(server: RunningServer, raw: Raw, records: dict[str, int]) -> None:
    token = server.token_for(actor_of(server.db, "clerk_a"))
    answer = raw.http.post(
        "/api/v1/call/" + members.OPEN_FORM.name,
        content=b"\x93garbage",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200 and reply_of(answer).error.kind == "user"
    too_big = b"\0" * (server_max_bytes() + 1)
    answer = raw.http.post(
        "/api/v1/call/" + members.OPEN_FORM.name,
        content=too_big,
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 413


def server_max_bytes() -> int:
    from unionoffice.server.config import ServerConfig

    return ServerConfig().max_request_mib * 1024 * 1024


@pytest.mark.parametrize(
    "probe",
    [p for p in CROSS_BRANCH if p.name.startswith(("read a claim", "list", "search", "export"))],
    ids=lambda p: p.name,
)
def test_the_same_probes_reach_branch_b_for_an_administrator(
    server: RunningServer, raw: Raw, records: dict[str, int], probe: Probe
) -> None:
    """The probes can fail: what the clerk of A is refused, the administrator gets."""
    admin = server.token_for(actor_of(server.db, "admin"))
    op, request = probe.build(records)
    reply = _send(raw, op, request, admin)
    assert reply.error is None and probe.leaks(reply), f"{probe.name}: {reply}"
