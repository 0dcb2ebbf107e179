"""Signing in and administering accounts, as operations of the service contract."""

from __future__ import annotations

from unionoffice.core.auth import service
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.contract import (
    CHANGE_PASSWORD,
    FIRST_ADMIN,
    LIST_USERS,
    NEEDS_SETUP,
    RESET_PASSWORD,
    SAVE_USER,
    SIGN_IN,
    Credentials,
    FirstAdmin,
    Flag,
    PasswordChange,
    PasswordReset,
    UserInfo,
    UserList,
    UserSave,
)
from unionoffice.core.auth.grants import role_permissions
from unionoffice.core.auth.roles import Role
from unionoffice.core.org import service as org_service
from unionoffice.core.org.setup import ensure_company_union
from unionoffice.core.services import CallContext, implements
from unionoffice.db.database import Database
from unionoffice.foundation.contract import Empty, Saved, SessionInfo


def session_info(db: Database, actor: Actor, recovery_code: str | None = None) -> SessionInfo:
    return SessionInfo(
        user_id=actor.user_id,
        username=actor.username,
        display_name=actor.display_name,
        role=str(actor.role),
        role_label=actor.role.label,
        permissions=role_permissions(actor.role),
        branch_ids=actor.branch_ids,
        branch_scoped=actor.is_branch_scoped,
        must_change_password=service.must_change_password(db, actor),
        recovery_code=recovery_code,
    )


def actor_of(session: SessionInfo) -> Actor:
    """The actor a session stands for. Only for a backend that produced ``session`` itself."""
    return Actor(
        session.user_id, session.username, session.display_name, Role(session.role), session.branch_ids
    )


@implements(SIGN_IN, public=True)
def sign_in(ctx: CallContext, request: Credentials) -> SessionInfo:
    actor = service.login(ctx.db, request.username, request.password)
    # An upgraded database gets its data key at an administrator's first sign-in.
    code = service.initialise_keys(ctx.db, actor, request.password)
    return session_info(ctx.db, actor, code)


@implements(NEEDS_SETUP, public=True)
def _needs_setup(ctx: CallContext, _request: Empty) -> Flag:
    return Flag(service.needs_setup(ctx.db))


@implements(FIRST_ADMIN, public=True)
def first_admin(ctx: CallContext, request: FirstAdmin) -> SessionInfo:
    actor = service.create_first_admin(ctx.db, request.username, request.display_name, request.password)
    code = service.initialise_keys(ctx.db, actor, request.password)
    ensure_company_union(ctx.db, actor, request.company)
    return session_info(ctx.db, actor, code)


@implements(CHANGE_PASSWORD)
def _change_password(ctx: CallContext, request: PasswordChange) -> Empty:
    service.change_own_password(ctx.db, ctx.actor, request.old_password, request.new_password)
    return Empty()


@implements(LIST_USERS)
def _list_users(ctx: CallContext, _request: Empty) -> UserList:
    users = [
        UserInfo(u.id, u.username, u.display_name, str(u.role), u.active, u.branch_ids, u.locked, u.version)
        for u in service.list_users(ctx.db, ctx.actor)
    ]
    branches = [(b.id, b.name) for b in org_service.branches(ctx.db, ctx.actor)]
    return UserList(users, branches)


@implements(SAVE_USER)
def _save_user(ctx: CallContext, request: UserSave) -> Saved:
    role = Role(request.role)
    if request.id is None:
        user_id = service.create_user(
            ctx.db,
            ctx.actor,
            request.username,
            request.display_name,
            request.password,
            role,
            request.branch_ids,
        )
        return Saved(user_id)
    service.update_user(
        ctx.db,
        ctx.actor,
        request.id,
        request.version,
        display_name=request.display_name,
        role=role,
        active=request.active,
        branch_ids=request.branch_ids,
    )
    return Saved(request.id)


@implements(RESET_PASSWORD)
def _reset_password(ctx: CallContext, request: PasswordReset) -> Empty:
    service.reset_password(ctx.db, ctx.actor, request.user_id, request.new_password)
    return Empty()
