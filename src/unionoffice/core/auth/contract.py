"""Signing in and the user administration, as screens ask for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from unionoffice.foundation.contract import Empty, Operation, Saved, SessionInfo


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str


@dataclass(frozen=True)
class Flag:
    value: bool


@dataclass(frozen=True)
class FirstAdmin:
    company: str
    username: str
    display_name: str
    password: str


@dataclass(frozen=True)
class PasswordChange:
    old_password: str
    new_password: str


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    branch_ids: tuple[int, ...]
    locked: bool
    version: int


@dataclass(frozen=True)
class UserList:
    users: list[UserInfo] = field(default_factory=list)
    branches: list[tuple[int, str]] = field(default_factory=list)  # every branch union, to assign


@dataclass(frozen=True)
class UserSave:
    """A new account (``id`` None, ``password`` set) or changes to one (``id`` and ``version``)."""

    username: str
    display_name: str
    role: str
    branch_ids: tuple[int, ...] = ()
    active: bool = True
    id: int | None = None
    version: int = 0
    password: str = ""


@dataclass(frozen=True)
class PasswordReset:
    user_id: int
    new_password: str


SIGN_IN = Operation("auth.sign_in", Credentials, SessionInfo, write=True)
NEEDS_SETUP = Operation("auth.needs_setup", Empty, Flag)
FIRST_ADMIN = Operation("auth.first_admin", FirstAdmin, SessionInfo, write=True)
CHANGE_PASSWORD = Operation("auth.change_password", PasswordChange, Empty, write=True)
LIST_USERS = Operation("users.list", Empty, UserList)
SAVE_USER = Operation("users.save", UserSave, Saved, write=True)
RESET_PASSWORD = Operation("users.reset_password", PasswordReset, Empty, write=True)
