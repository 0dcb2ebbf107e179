"""A bounded load test on loopback: 200 simulated clerks for 60 s against two union server
processes behind a round-robin proxy; one process is killed half-way through.

    bash tools/with-postgres.sh .venv/bin/python bench/bench_server_load.py [--smoke]

Each clerk (a thread with its own session, spread over the demo's branch clerks) thinks for a
moment, then searches (most often), opens a member's form, or registers a new member (about one
action in six) with a name of its own. Afterwards the register is counted: every member a clerk
was told was saved is there exactly once, and there is nothing else (no lost, no doubled write).
Retried calls keep their idempotency key, so the process that dies mid-run costs nothing.

Goals (issue 16): 0 errors, 0 lost or doubled writes; the p95 of the server's own time per call
is reported (the ``Server-Timing`` header), beside the clerks' round trip and a bare baseline from
the same run: one clerk doing the same mix without pauses in-process on the same database (no
server, no network, no load) for 20 s before the load starts.
``--smoke``: 6 clerks for 6 s on the 300-member demo (the test suite runs it).
"""

from __future__ import annotations

import argparse
import random
import signal
import statistics
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import httpx
from netproxy import Proxy
from server_setup import BenchDatabase, demo_on_postgres, free_port

from unionoffice.client.local import LocalServices
from unionoffice.client.remote import ConnectionState, RemoteServices
from unionoffice.core.auth import sessions
from unionoffice.core.auth.operations import session_info
from unionoffice.foundation.contract import ListQuery, ListWindow, Services
from unionoffice.foundation.identity import generate_id_number
from unionoffice.members import contract as members

CLERKS = ("clerk_xx", "clerk_ql", "clerk_ls", "clerk_hs")
SEARCHES = ("z", "zh", "张", "王", "li", "13", "wf", "陈")
PREFIX = "负载测试"


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    calls: int = 0
    errors: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    round_trips: list[float] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    retried: int = 0

    def heard(self, response: httpx.Response) -> None:
        timing = response.headers.get("server-timing", "")
        if timing.startswith("app;dur="):
            with self.lock:
                self.server_ms.append(float(timing.split("=", 1)[1]))


@dataclass(frozen=True)
class Clerk:
    number: int
    username: str
    branch_id: int
    member_id: int


def clerk_loop(
    clerk: Clerk, services: Services, tally: Tally, until: float, think: tuple[float, float]
) -> None:
    rng = random.Random(clerk.number)
    written = 0
    while time.monotonic() < until:
        time.sleep(rng.uniform(*think))
        roll = rng.random()
        started = time.perf_counter()
        try:
            if roll < 0.65:
                services.call(
                    members.LIST, ListQuery(members.MemberFilter(text=rng.choice(SEARCHES)), ListWindow())
                )
            elif roll < 0.83:
                services.call(members.OPEN_FORM, members.FormOpen(clerk.member_id))
            else:
                name = f"{PREFIX}{_chinese(clerk.number)}号{_chinese(written)}"  # names hold no digits
                # A number of its own for every new member: clerk and count pick the birth date
                # (a clerk saves far fewer than 60 members in a run).
                born = date(1950, 1, 1) + timedelta(days=clerk.number * 60 + written)
                data = members.MemberInput(
                    name=name,
                    id_number=generate_id_number("410702", born, clerk.number, "M"),
                    branch_id=clerk.branch_id,
                    join_date=date(2026, 12, 1),
                )
                services.call(members.SAVE, members.MemberSave(data))
                written += 1
                with tally.lock:
                    tally.written.append(name)
        except Exception as exc:  # noqa: BLE001 - every failure is counted and reported
            with tally.lock:
                tally.errors.append(f"{clerk.username}#{clerk.number}: {type(exc).__name__}: {exc}")
            continue
        with tally.lock:
            tally.calls += 1
            tally.round_trips.append((time.perf_counter() - started) * 1000)


def _chinese(number: int) -> str:
    return "".join("零一二三四五六七八九"[int(d)] for d in f"{number:03d}")


def clerks_of(bench: BenchDatabase, count: int) -> list[tuple[Clerk, str, object]]:
    """``count`` clerks over the demo's branch clerks, each with a session of its own."""
    from factories import actor_of  # tests/factories.py
    from sqlalchemy import select

    from unionoffice.core.database import open_database
    from unionoffice.members.models import Member

    db = open_database(bench.url)
    made = []
    for number in range(count):
        actor = actor_of(db, CLERKS[number % len(CLERKS)])
        branch = min(actor.branch_ids)
        with db.read() as s:
            member = s.execute(select(Member.id).where(Member.branch_id == branch).limit(1)).scalar_one()
        token = sessions.open_session(db, actor.user_id or 0, "127.0.0.1")
        made.append((Clerk(number, actor.username, branch, member), token, session_info(db, actor)))
    db.dispose()
    return made


def bare_baseline(bench: BenchDatabase, clerk: Clerk, seconds: float) -> Tally:
    """The same mix of actions by one clerk without pauses, in-process on the same database: no
    server, no network, no other clerks (what a call costs unloaded)."""
    from factories import actor_of  # tests/factories.py

    from unionoffice.core.crypto import vault
    from unionoffice.core.database import open_database

    db = open_database(bench.url)
    vault.set_ring(bench.ring)  # what the server process holds, held here
    tally = Tally()
    try:
        services = LocalServices.signed_in_as(db, actor_of(db, clerk.username))
        clerk_loop(clerk, services, tally, time.monotonic() + seconds, (0.0, 0.0))
    finally:
        db.dispose()
    return tally


def count_written(bench: BenchDatabase) -> list[str]:
    from sqlalchemy import select

    from unionoffice.core.database import open_database
    from unionoffice.members.models import Member

    db = open_database(bench.url)
    with db.read() as s:
        names = list(s.execute(select(Member.name).where(Member.name.startswith(PREFIX))).scalars())
    db.dispose()
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="6 clerks for 6 s (the test suite runs this)")
    parser.add_argument("--clerks", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    size, count, seconds = (300, 6, 6.0) if args.smoke else (12_000, args.clerks, args.seconds)
    think = (0.1, 0.4) if args.smoke else (1.0, 3.0)

    bench = demo_on_postgres(size)
    ports = [free_port(), free_port()]
    proxy = Proxy([("127.0.0.1", port) for port in ports])
    tally = Tally()
    try:
        *made, (base_clerk, _token, _info) = clerks_of(bench, count + 1)
        bare = bare_baseline(bench, base_clerk, 3.0 if args.smoke else 20.0)
        processes = [bench.start_server(port, threads=24) for port in ports]
        proxy.start()
        clients = []
        for clerk, token, info in made:
            client = RemoteServices(f"http://127.0.0.1:{proxy.port}", retry_for=30, on_response=tally.heard)
            client.adopt_session(str(token), info)  # type: ignore[arg-type]

            def retried(state: ConnectionState, _detail: str) -> None:
                if state == ConnectionState.RETRYING:
                    with tally.lock:
                        tally.retried += 1

            client.on_state(retried)
            clients.append((clerk, client))
        until = time.monotonic() + seconds
        threads = [
            threading.Thread(target=clerk_loop, args=(clerk, client, tally, until, think), daemon=True)
            for clerk, client in clients
        ]
        for thread in threads:
            thread.start()
        time.sleep(seconds / 2)
        processes[0].send_signal(signal.SIGKILL)  # one server process dies mid-run
        killed_at = seconds / 2
        for thread in threads:
            thread.join(seconds + 120)
        for _clerk, client in clients:
            client.close()

        stored = count_written(bench)
        told = set(tally.written) | set(bare.written)
        lost = sorted(told - set(stored))
        doubled = len(stored) - len(set(stored))
        unexpected = sorted(set(stored) - told)
        trips = sorted(tally.round_trips)
        served = sorted(tally.server_ms)

        def p95(values: list[float]) -> float:
            return values[int(len(values) * 0.95) - 1] if values else float("nan")

        print(
            f"{count} clerks for {seconds:.0f} s against 2 server processes (one killed at {killed_at:.0f} s)"
        )
        print(
            f"calls answered: {tally.calls:,} ({tally.calls / seconds:.1f}/s), retried after a failure: {tally.retried}"
        )
        print(f"errors: {len(tally.errors)} (bare baseline: {len(bare.errors)})")
        kinds = Counter(line.split(": ", 1)[1] for line in tally.errors + bare.errors)
        for kind, times in kinds.most_common(10):
            print(f"    {times} × {kind}")
        print(
            f"writes the clerks were told were saved: {len(told)}; in the register: {len(stored)}; "
            f"lost: {len(lost)}; doubled: {doubled}; unexplained: {len(unexpected)}"
        )
        if trips:
            print(f"clerk round trip: median {statistics.median(trips):.1f} ms, p95 {p95(trips):.1f} ms")
        alone = sorted(bare.round_trips)
        if alone:
            print(
                f"bare baseline (one clerk in-process, no server, no load; {len(alone)} calls, "
                f"{len(bare.errors)} errors): median {statistics.median(alone):.1f} ms, p95 {p95(alone):.1f} ms"
            )
        if served:
            print(
                f"server time per call: median {statistics.median(served):.1f} ms, p95 {p95(served):.1f} ms"
            )
        ok = not tally.errors and not bare.errors and not lost and not doubled and not unexpected
        print("result:", "ok" if ok else "FAILED")
        return 0 if ok else 1
    finally:
        proxy.stop()
        bench.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    sys.exit(main())
