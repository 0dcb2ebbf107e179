"""Sessions of the union server: an opaque random token per sign-in, kept only as its hash.

The server knows who is asking from the token alone, on every request, with one query joining the
session and the account: the role, branch unions and ``active`` flag come from the database at that
moment, never from the client. A session ends when it expires, when it lies unused too long, on
sign-out, and at once when an administrator deactivates the account, changes its role or resets its
password (``revoke_user``, called by those services in the same transaction). Rows live in the
database, so any server process behind a load balancer can answer any request.

Failed sign-ins are throttled per user name (known or not) and per address, besides the account
lockout of ``service.login``: password spraying across many names from one address, and guessing
one name from many addresses, both hit a limit.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import DateTime, ForeignKey, Integer, String, and_, cast, delete, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User, user_branches
from unionoffice.core.auth.roles import Role
from unionoffice.db.base import Base, utcnow
from unionoffice.db.database import Database
from unionoffice.db.dialect import insert_ignoring_duplicates
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate

LIFETIME = timedelta(hours=12)  # a working day; then the clerk signs in again
IDLE = timedelta(hours=2)  # unused this long (the window's idle lock is shorter): ended
TOUCH_EVERY = timedelta(minutes=1)  # last use is written at most this often (not on every request)
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USER = 10
MAX_FAILURES_PER_ADDRESS = 30


class ServerSession(Base):
    __tablename__ = "server_sessions"
    __audited__ = False  # sign-in and sign-out are audited as events

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    role: Mapped[str] = mapped_column(String(16), nullable=False)  # at sign-in: a role change ends it
    address: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)


class SignInThrottle(Base):
    """Recent failed sign-ins of one user name (``user:NAME``) or one address (``addr:IP``)."""

    __tablename__ = "sign_in_throttle"
    __audited__ = False

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    window_start: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    blocked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SignInThrottled(UserError):
    """Too many failed sign-ins for this user name or from this address; try again later."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def open_session(db: Database, user_id: int, address: str = "", *, now: datetime | None = None) -> str:
    """A new session for ``user_id`` (already signed in); returns the token, shown only here."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    with db.transaction(None) as s:
        role = s.execute(select(User.role).where(User.id == user_id)).scalar_one()
        s.add(
            ServerSession(
                token_hash=hash_token(token),
                user_id=user_id,
                role=role,
                address=address[:64],
                created_at=now,
                last_used_at=now,
                expires_at=now + LIFETIME,
            )
        )
    return token


@dataclass(frozen=True)
class Resolved:
    actor: Actor
    token_hash: str


def resolve(db: Database, token: str, *, now: datetime | None = None) -> Resolved | None:
    """The actor behind ``token`` as the database says now, or None (unknown, expired, idle too
    long, account deactivated or its role changed since sign-in). One query; the last-use time is
    written only when it is a minute old."""
    now = now or utcnow()
    digest = hash_token(token)
    branches = func.aggregate_strings(cast(user_branches.c.org_unit_id, String), ",")
    query = (
        select(User.id, User.username, User.display_name, User.role, ServerSession.last_used_at, branches)
        .select_from(ServerSession)
        .join(User, User.id == ServerSession.user_id)
        .outerjoin(user_branches, user_branches.c.user_id == User.id)
        .where(
            ServerSession.token_hash == digest,
            ServerSession.expires_at > now,
            ServerSession.last_used_at > now - IDLE,
            User.active.is_(True),
            User.role == ServerSession.role,
        )
        .group_by(User.id, User.username, User.display_name, User.role, ServerSession.last_used_at)
    )
    with db.rows() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    user_id, username, display_name, role, last_used, branch_text = row
    if now - last_used >= TOUCH_EVERY:
        with db.transaction(None) as s:
            s.execute(
                update(ServerSession).where(ServerSession.token_hash == digest).values(last_used_at=now)
            )
    branch_ids = frozenset(int(b) for b in (branch_text or "").split(",") if b)
    return Resolved(Actor(user_id, username, display_name, Role(role), branch_ids), digest)


def close_session(db: Database, token_hash: str) -> None:
    with db.transaction(None) as s:
        s.execute(delete(ServerSession).where(ServerSession.token_hash == token_hash))


def revoke_user(s: Session, user_id: int) -> None:
    """End every session of ``user_id`` (deactivated, role changed, password reset): their next
    request is refused. Runs in the caller's transaction."""
    s.execute(delete(ServerSession).where(ServerSession.user_id == user_id))


def drop_expired(db: Database, *, now: datetime | None = None) -> int:
    now = now or utcnow()
    with db.transaction(None) as s:
        gone = s.execute(
            delete(ServerSession)
            .where((ServerSession.expires_at <= now) | (ServerSession.last_used_at <= now - IDLE))
            .returning(ServerSession.token_hash)
        ).all()
        s.execute(delete(SignInThrottle).where(SignInThrottle.window_start <= now - THROTTLE_WINDOW))
    return len(gone)


# Throttling ------------------------------------------------------------------------------------
def _keys(username: str, address: str) -> list[tuple[str, int]]:
    return [
        (f"user:{username.strip()[:100]}", MAX_FAILURES_PER_USER),
        (f"addr:{address[:100]}", MAX_FAILURES_PER_ADDRESS),
    ]


def check_throttle(db: Database, username: str, address: str, *, now: datetime | None = None) -> None:
    """Refuse before any password is checked when this name or address is blocked."""
    now = now or utcnow()
    keys = [key for key, _limit in _keys(username, address)]
    with db.rows() as conn:
        until = conn.execute(
            select(func.max(SignInThrottle.blocked_until)).where(
                SignInThrottle.key.in_(keys), SignInThrottle.blocked_until > now
            )
        ).scalar()
    if until is not None:
        minutes = max(1, int((until - now).total_seconds() // 60) + 1)
        raise SignInThrottled(
            translate("Sessions", "登录失败次数过多，请 {n} 分钟后再试。").format(n=minutes)
        )


def record_failure(db: Database, username: str, address: str, *, now: datetime | None = None) -> None:
    now = now or utcnow()
    with db.transaction(None) as s:
        for key, limit in _keys(username, address):
            insert_ignoring_duplicates(
                SignInThrottle.__table__,
                s.connection(),
                [{"key": key, "failures": 0, "window_start": now, "blocked_until": None}],
            )
            row = s.execute(
                select(SignInThrottle).where(SignInThrottle.key == key).with_for_update()
            ).scalar_one()
            if row.window_start <= now - THROTTLE_WINDOW:
                row.window_start, row.failures = now, 0
            row.failures += 1
            if row.failures >= limit:
                row.blocked_until = now + THROTTLE_WINDOW
                row.failures, row.window_start = 0, now


def record_success(db: Database, username: str) -> None:
    with db.transaction(None) as s:
        s.execute(
            delete(SignInThrottle).where(
                and_(
                    SignInThrottle.key == f"user:{username.strip()[:100]}",
                    SignInThrottle.blocked_until.is_(None),
                )
            )
        )
