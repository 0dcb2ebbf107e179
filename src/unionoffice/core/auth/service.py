"""Accounts: first-start set-up, login with lockout, user administration, password changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.core import attachments
from unionoffice.core.audit.chain import checkpoint
from unionoffice.core.audit.recorder import record
from unionoffice.core.auth import custody, sessions
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.grants import holds_data_key
from unionoffice.core.auth.models import PasswordHistory, User
from unionoffice.core.auth.passwords import check_password_strength, hash_password, verify_password
from unionoffice.core.auth.roles import CorePerm, Role
from unionoffice.core.concurrency import check_version
from unionoffice.core.crypto import keys, rotation, vault
from unionoffice.core.crypto.rotation import RotationReport
from unionoffice.core.org.labels import UnitKind
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import NotFound, PermissionDenied, UserError, ValidationError
from unionoffice.foundation.i18n import translate

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
# A new password may not repeat the current one or any of this many before it.
PASSWORD_HISTORY = 5


class LoginFailed(UserError):
    pass


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    branch_ids: tuple[int, ...]
    locked: bool
    version: int


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        branch_ids=frozenset(b.id for b in user.branches),
    )


def needs_setup(db: Database) -> bool:
    """True until the first admin exists (the first-start wizard then runs)."""
    with db.read() as s:
        return not s.execute(select(User.id).where(User.role == Role.ADMIN).limit(1)).first()


def initialise_keys(db: Database, actor: Actor, password: str) -> str | None:
    """An administrator's sign-in: create the keys on a database without any, or a new recovery
    code where the recovery copy is missing or from before issue #17 (it held the data key only).

    Returns the recovery code to print, or None when there is nothing new to print. On the union
    server the keys come from the server's key file, never from a sign-in.
    """
    if actor.role != Role.ADMIN or actor.user_id is None or custody.server_holds_keys():
        return None
    with db.transaction(actor) as s:
        if not keys.keys_exist(s):
            code = keys.setup_keys(s, actor.user_id, password)
            record(
                s, "keys_created", "wrapped_keys", None, translate("Auth", "创建数据密钥、审计密钥和恢复码")
            )
            return code
        if not vault.has_data_key() or vault.audit_key() is None or keys.recovery_is_current(s):
            return None
        code = keys.renew_recovery(s)
        record(
            s,
            "keys_recovery_renewed",
            "wrapped_keys",
            None,
            translate("Auth", "生成新的恢复码（旧恢复码作废）"),
        )
        return code


def _give_keys(s: Session, user: User, password: str, old_password: str | None = None) -> None:
    """After a password is set: the user's copy of the keys follows the new password.

    Only roles whose work reads sensitive data hold keys, and only while the account is active.
    A user's own change keeps their key pair, wrapped anew; a reset makes a new one from the keys
    this process holds. Without them (a command-line reset) the old copy is useless and removed:
    an administrator's reset in the app, or the recovery code, gives access again. On the union
    server nobody gets a copy: the server holds the key ring (``core.auth.custody``).
    """
    if custody.server_holds_keys():
        keys.revoke(s, user.id)
        return
    if not keys.keys_exist(s):
        return
    if not (user.active and holds_data_key(Role(user.role))):
        keys.revoke(s, user.id)
    elif keys.rewrap(s, user.id, old_password, keys.derive(password)):
        return
    elif vault.has_data_key():
        keys.new_holder(s, keys.USER, user.id, keys.derive(password))
    else:
        keys.revoke(s, user.id)


def _validate_username(username: str) -> str:
    username = username.strip()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise ValidationError(translate("Auth", "用户名不能为空，不能含空格，最多 64 个字符。"))
    return username


def create_first_admin(db: Database, username: str, display_name: str, password: str) -> Actor:
    if not needs_setup(db):
        raise PermissionDenied(translate("Auth", "管理员账号已经存在。"))
    check_password_strength(password, username)
    username = _validate_username(username)
    with db.transaction(None) as s:
        user = User(
            username=username,
            display_name=display_name.strip() or username,
            password_hash=hash_password(password),
            role=Role.ADMIN,
        )
        s.add(user)
        s.flush()
        return actor_for(user)


def _password_opens(s: Session, user: User, password: str) -> bool:
    """Check the password and, where the user holds keys, open them into the vault.

    Unwrapping the keys is itself the password check (authenticated encryption under an Argon2id
    key), so a sign-in costs one key derivation, not two. Users without keys are checked against
    their password hash, and a previous user's keys are never left in the vault. On the union
    server the vault holds the server's key ring for every request: only the hash is checked.
    """
    if custody.server_holds_keys():
        return verify_password(user.password_hash, password)
    vault.clear()
    entitled = user.active and holds_data_key(Role(user.role))
    try:
        if keys.unlock(s, user.id, password, entitled):
            keys.share_held_keys(s)  # keys made or rotated by others reach their holders
            keys.seal_clear_values(s)  # values a migration left in clear (it holds no key)
            attachments.finish_interrupted_reseal()
            return True
    except vault.DecryptionFailed:
        return False
    return verify_password(user.password_hash, password)


def login(db: Database, username: str, password: str) -> Actor:
    """Check the password; lock the account for a while after repeated failures."""
    failed_message = translate("Auth", "用户名或密码不正确。")
    with db.transaction(None) as s:
        user = s.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()
        now = utcnow()
        if user is None or not user.active:
            raise LoginFailed(failed_message)
        if user.locked_until and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            raise LoginFailed(
                translate("Auth", "密码错误次数过多，账号已锁定，请 {n} 分钟后再试或联系管理员。").format(
                    n=minutes
                )
            )
        if not _password_opens(s, user, password):
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
            s.info["actor"] = actor_for(user)
            record(s, "login_failed", "users", user.id, user.username)
            # Commit the counter even though the login fails.
            s.commit()
            raise LoginFailed(failed_message)
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        actor = actor_for(user)
        s.info["actor"] = actor
        record(s, "login", "users", user.id, user.username)
        return actor


def _info(user: User) -> UserInfo:
    locked = bool(user.locked_until and user.locked_until > utcnow())
    return UserInfo(
        user.id,
        user.username,
        user.display_name,
        Role(user.role),
        user.active,
        tuple(sorted(b.id for b in user.branches)),
        locked,
        user.version,
    )


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    actor.require(CorePerm.USERS_ADMIN)
    with db.read(actor) as s:
        return [_info(u) for u in s.execute(select(User).order_by(User.username)).scalars()]


def _branches(s: Session, branch_ids: list[int] | tuple[int, ...]) -> list[OrgUnit]:
    units = list(s.execute(select(OrgUnit).where(OrgUnit.id.in_(branch_ids))).scalars())
    if len(units) != len(set(branch_ids)) or any(u.kind != UnitKind.BRANCH for u in units):
        raise ValidationError(translate("Auth", "只能分配分工会。"))
    return units


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    display_name: str,
    password: str,
    role: Role,
    branch_ids: list[int] | tuple[int, ...] = (),
) -> int:
    actor.require(CorePerm.USERS_ADMIN)
    username = _validate_username(username)
    check_password_strength(password, username)
    if role == Role.CLERK and not branch_ids:
        raise ValidationError(translate("Auth", "工会干事至少要分配一个分工会。"))
    with db.transaction(actor) as s:
        if s.execute(select(User.id).where(User.username == username)).first():
            raise ValidationError(translate("Auth", "用户名“{name}”已被使用。").format(name=username))
        user = User(
            username=username,
            display_name=display_name.strip() or username,
            password_hash=hash_password(password),
            role=role,
            must_change_password=True,
        )
        user.branches = _branches(s, branch_ids)
        s.add(user)
        s.flush()
        _give_keys(s, user, password)
        return user.id


def update_user(
    db: Database,
    actor: Actor,
    user_id: int,
    expected_version: int,
    *,
    display_name: str,
    role: Role,
    active: bool,
    branch_ids: list[int] | tuple[int, ...],
) -> None:
    actor.require(CorePerm.USERS_ADMIN)

    with db.transaction(actor) as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(translate("Auth", "找不到该用户。"))
        check_version(
            s,
            user,
            expected_version,
            {"display_name": display_name.strip() or user.username, "role": role, "active": active},
        )
        if user.id == actor.user_id and (role != Role.ADMIN or not active):
            raise ValidationError(translate("Auth", "不能降低或停用自己的管理员账号。"))
        if role == Role.CLERK and not branch_ids:
            raise ValidationError(translate("Auth", "工会干事至少要分配一个分工会。"))
        if user.role == Role.ADMIN and (role != Role.ADMIN or not active):
            admins = s.execute(
                select(func.count()).where(User.role == Role.ADMIN, User.active.is_(True))
            ).scalar_one()
            if admins <= 1:
                raise ValidationError(translate("Auth", "至少要保留一个启用的管理员账号。"))
        if user.role != role or user.active != active:
            sessions.revoke_user(s, user.id)  # their next request to the union server is refused
        user.display_name = display_name.strip() or user.username
        user.role = role
        user.active = active
        user.branches = _branches(s, branch_ids)
        if not (active and holds_data_key(role)):
            keys.revoke(s, user.id)  # deactivated, or a role that reads no sensitive data


def _set_password(s: Session, user: User, new_password: str, old_password: str | None = None) -> None:
    """Refuse a recently used password, then store the new hash and remember the old one."""
    recent = list(
        s.execute(
            select(PasswordHistory.password_hash)
            .where(PasswordHistory.user_id == user.id)
            .order_by(PasswordHistory.id.desc())
            .limit(PASSWORD_HISTORY)
        ).scalars()
    )
    if any(verify_password(old, new_password) for old in [user.password_hash, *recent]):
        raise ValidationError(
            translate("Auth", "新密码不能与最近用过的 {n} 个密码相同。").format(n=PASSWORD_HISTORY + 1)
        )
    s.add(PasswordHistory(user_id=user.id, password_hash=user.password_hash))
    user.password_hash = hash_password(new_password)
    _give_keys(s, user, new_password, old_password)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """Admin reset: the user must choose a new password at next login."""
    actor.require(CorePerm.USERS_ADMIN)
    check_password_strength(new_password)
    with db.transaction(actor) as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound(translate("Auth", "找不到该用户。"))
        _set_password(s, user, new_password)
        sessions.revoke_user(s, user.id)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None


def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    if actor.user_id is None:
        raise PermissionDenied(translate("Auth", "系统账号没有密码。"))
    check_password_strength(new_password)
    with db.transaction(actor) as s:
        user = s.get(User, actor.user_id)
        if user is None or not verify_password(user.password_hash, old_password):
            raise ValidationError(translate("Auth", "原密码不正确。"))
        _set_password(s, user, new_password, old_password)
        user.must_change_password = False


def must_change_password(db: Database, actor: Actor) -> bool:
    with db.read(actor) as s:
        user = s.get(User, actor.user_id) if actor.user_id else None
        return bool(user and user.must_change_password)


def set_password_by_username(db: Database, username: str, new_password: str) -> None:
    """Command-line password reset by the machine's owner (``unionoffice user passwd``)."""
    check_password_strength(new_password)
    with db.transaction(None) as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None:
            raise NotFound(translate("Auth", "找不到用户“{name}”。").format(name=username))
        _set_password(s, user, new_password)
        sessions.revoke_user(s, user.id)
        user.failed_logins = 0
        user.locked_until = None


def last_login(db: Database, user_id: int) -> datetime | None:
    with db.read() as s:
        user = s.get(User, user_id)
        return user.last_login_at if user else None


def recover_with_code(db: Database, code: str, username: str, new_password: str) -> None:
    """The administrator forgot their password: the printed recovery code opens the data key,
    the account gets the new password and its own copy of the key."""
    # The server's keys are in its key file; the code would replace them with the code's grants.
    custody.refuse_on_server(
        translate("Auth", "用恢复码取回数据密钥"), "init-keys --from-db 数据库 --recovery-code"
    )
    check_password_strength(new_password)
    with db.transaction(None) as s:
        user = s.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None or user.role != Role.ADMIN:
            raise NotFound(translate("Auth", "找不到管理员账号“{name}”。").format(name=username))
        keys.recover(s, code)
        s.info["actor"] = actor_for(user)
        _set_password(s, user, new_password)
        user.failed_logins = 0
        user.locked_until = None
        user.must_change_password = False
        record(s, "keys_recovered", "users", user.id, user.username)


def rotate_keys(
    db: Database, actor: Actor, password: str, keep: Callable[[vault.KeyRing], None] | None = None
) -> RotationReport:
    """A new data key (e.g. after a laptop with a backup went missing); see core/crypto/rotation.py.

    On the union server the new ring must reach the server's key file before the commit, or the
    data would be under a key nobody keeps: only ``unionoffice-server rotate-keys`` passes ``keep``
    (it writes the file beside the old one); any other rotation in a server process is refused."""
    actor.require(CorePerm.USERS_ADMIN)
    if keep is None:
        custody.refuse_on_server(
            translate("Auth", "更换数据密钥"), "rotate-keys --key-file 密钥文件 --admin 账号"
        )
    with db.transaction(actor) as s:
        user = s.get(User, actor.user_id)
        if user is None or not verify_password(user.password_hash, password):
            raise ValidationError(translate("Auth", "密码不正确。"))
        report = rotation.rotate(s)
        record(
            s,
            "keys_rotated",
            "wrapped_keys",
            None,
            translate("Auth", "更换数据密钥：重新加密 {values} 项、{files} 个附件").format(
                values=report.values, files=report.files
            ),
        )
        checkpoint(s, translate("Auth", "更换数据密钥"))
        if keep is not None:
            keep(vault.ring())  # fails → the transaction rolls back and the vault its old ring
        return report
