from __future__ import annotations

import pytest
from sqlalchemy import select

from unionoffice.contests.perms import ContestsPerm
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.auth import service as auth
from unionoffice.core.auth.models import User
from unionoffice.core.auth.roles import CorePerm, Role
from unionoffice.foundation.errors import PermissionDenied, ValidationError
from unionoffice.members.perms import MembersPerm


def test_first_admin_is_created_once_and_password_is_never_stored_in_clear(db):
    assert auth.needs_setup(db)
    actor = auth.create_first_admin(db, "boss", "主席", "Gonghui#2026")
    assert actor.role is Role.ADMIN
    assert not auth.needs_setup(db)
    with db.read() as s:
        stored = s.execute(select(User.password_hash)).scalar_one()
    assert "Gonghui#2026" not in stored and stored.startswith("$argon2id$")
    with pytest.raises(PermissionDenied):
        auth.create_first_admin(db, "boss2", "x", "Gonghui#2026")


def test_weak_passwords_are_refused(db):
    with pytest.raises(ValidationError, match="至少需要 10 位"):
        auth.create_first_admin(db, "boss", "主席", "abc1")
    with pytest.raises(ValidationError, match="至少需要 10 位"):  # passed the old policy (issue #17)
        auth.create_first_admin(db, "boss", "主席", "demo1234")
    with pytest.raises(ValidationError, match="两类"):
        auth.create_first_admin(db, "boss", "主席", "abcdefghij")
    # Common and breached passwords, also dressed up with digits and symbols, and simple runs.
    for common in (
        "password123",
        "Password2026!",
        "1qaz2wsx3edc",
        "qwerty123456",
        "iloveyou520",
        "1234567890",
    ):
        with pytest.raises(ValidationError, match="太常见"):
            auth.create_first_admin(db, "boss", "主席", common)
    with pytest.raises(ValidationError, match="用户名"):
        auth.create_first_admin(db, "zhangwei", "主席", "zhangwei-2026x")
    auth.create_first_admin(db, "boss", "主席", "Harbor-lamp-71")  # long, two kinds, not in the list


def test_the_bundled_list_is_the_breached_passwords_list():
    from unionoffice.core.auth.passwords import common_passwords, is_common

    words = common_passwords()
    assert len(words) == 30_000 and {"123456", "password", "5201314", "qq123456"} <= words
    assert is_common("Dragon2026") and not is_common("dragon-ship-lantern")


def test_login_succeeds_and_is_audited(db, org):
    actor = auth.login(db, "clerk_a", "secret-123")
    assert actor.role is Role.CLERK and actor.branch_ids == {org["branch_a"]}
    with db.read() as s:
        assert (
            s.execute(select(AuditEntry.action).where(AuditEntry.entity == "users")).scalars().all()[-1]
            == "login"
        )


def test_wrong_password_message_does_not_reveal_whether_user_exists(db, org):
    with pytest.raises(auth.LoginFailed) as wrong_password:
        auth.login(db, "clerk_a", "nope-1234")
    with pytest.raises(auth.LoginFailed) as no_user:
        auth.login(db, "ghost", "nope-1234")
    assert str(wrong_password.value) == str(no_user.value) == "用户名或密码不正确。"


def test_account_locks_after_repeated_failures(db, org):
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(auth.LoginFailed):
            auth.login(db, "clerk_a", "wrong-pass-1")
    # Even the right password is refused while locked.
    with pytest.raises(auth.LoginFailed, match="已锁定"):
        auth.login(db, "clerk_a", "secret-123")
    # An admin reset unlocks and forces a change at next login.
    admin = auth.login(db, "admin", "secret-123")
    auth.reset_password(db, admin, org["clerk_a"], "New-pass-2026")
    actor = auth.login(db, "clerk_a", "New-pass-2026")
    assert auth.must_change_password(db, actor)
    auth.change_own_password(db, actor, "New-pass-2026", "Mine-2026-ok")
    assert not auth.must_change_password(db, actor)


def test_only_admins_manage_users(db, org, clerk_a, admin):
    with pytest.raises(PermissionDenied):
        auth.list_users(db, clerk_a)
    with pytest.raises(PermissionDenied):
        auth.create_user(db, clerk_a, "x1", "x", "Ledger-owl-58", Role.VIEWER)
    new_id = auth.create_user(db, admin, "clerk_c", "干事丙", "Ledger-owl-58", Role.CLERK, [org["branch_b"]])
    assert any(u.id == new_id and u.branch_ids == (org["branch_b"],) for u in auth.list_users(db, admin))


def test_a_clerk_needs_a_branch_and_the_last_admin_cannot_be_demoted(db, org, admin):
    with pytest.raises(ValidationError, match="至少要分配一个分工会"):
        auth.create_user(db, admin, "clerk_c", "干事丙", "Ledger-owl-58", Role.CLERK, [])
    me = next(u for u in auth.list_users(db, admin) if u.username == "admin")
    with pytest.raises(ValidationError):
        auth.update_user(
            db, admin, me.id, me.version, display_name="x", role=Role.VIEWER, active=True, branch_ids=[]
        )


def test_role_permissions_follow_the_design():
    from unionoffice.core.auth.grants import all_permissions, role_permissions

    assert MembersPerm.WRITE in role_permissions(Role.CLERK)
    assert CorePerm.USERS_ADMIN not in role_permissions(Role.CLERK)
    assert role_permissions(Role.JUDGE) == {ContestsPerm.JUDGE}
    assert not any(p.endswith(("write", "admin", "issue")) for p in role_permissions(Role.VIEWER))
    assert role_permissions(Role.ADMIN) == all_permissions() >= {CorePerm.BACKUP, MembersPerm.EXPORT_UNMASKED}


def test_recent_passwords_cannot_be_reused(db, org):
    actor = auth.login(db, "clerk_a", "secret-123")
    passwords = ["Quill-maple-26", "Tundra-pike-26", "Velvet-fjord-26"]
    current = "secret-123"
    for new in passwords:
        auth.change_own_password(db, actor, current, new)
        current = new
    for old in ["Quill-maple-26", "Tundra-pike-26", current]:
        with pytest.raises(ValidationError, match="最近用过"):
            auth.change_own_password(db, actor, current, old)
    with db.read() as s:
        from unionoffice.core.auth.models import PasswordHistory

        stored = s.execute(select(PasswordHistory.password_hash)).scalars().all()
    assert len(stored) == 3 and not any("Second" in h for h in stored)
