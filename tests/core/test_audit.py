from __future__ import annotations

import json

import pytest
from factories import add_member
from sqlalchemy import select

from unionoffice.core.audit import service as audit
from unionoffice.core.audit.models import AuditEntry
from unionoffice.foundation.errors import PermissionDenied
from unionoffice.members.models import Member


def test_create_update_delete_are_logged_with_who_and_fields(db, org, admin):
    member_id = add_member(db, org["branch_a"], org["group_a"], "王芳")
    with db.transaction(admin) as s:
        s.get(Member, member_id).phone = "13800000000"
    with db.transaction(admin) as s:
        s.delete(s.get(Member, member_id))
    rows = audit.entries_for(db, admin, "members", member_id)
    assert [r.action for r in rows] == ["create", "update", "delete"]
    assert rows[1].username == "admin" and rows[1].changes == {"phone": [None, "13800000000"]}
    assert rows[2].changes["name"] == ["王芳", None]


def test_identity_numbers_and_password_hashes_are_masked_in_the_log(db, org, admin):
    add_member(db, org["branch_a"], None, "王芳", 7)
    with db.read() as s:
        created = [
            json.loads(c)
            for c in s.execute(select(AuditEntry.changes).where(AuditEntry.entity == "members")).scalars()
        ]
        users = [
            json.loads(c)
            for c in s.execute(select(AuditEntry.changes).where(AuditEntry.entity == "users")).scalars()
        ]
    id_after = created[0]["id_number"][1]
    assert "********" in id_after and len(id_after) == 18
    assert all(u.get("password_hash", [None, "***"])[1] == "***" for u in users)


def test_only_admins_read_the_log_and_there_is_no_way_to_edit_it(db, org, clerk_a, admin):
    with pytest.raises(PermissionDenied):
        audit.audit_source(db, clerk_a, audit.AuditFilter())
    source = audit.audit_source(db, admin, audit.AuditFilter(entity="users"))
    assert source.count() == 5  # the fixture's five accounts
    public = [name for name in dir(audit) if not name.startswith("_")]
    assert not any(name.startswith(("update", "delete", "edit")) for name in public)


def test_the_log_filter_by_text_finds_summaries(db, org, admin):
    add_member(db, org["branch_a"], None, "欧阳娜娜", 3)
    source = audit.audit_source(db, admin, audit.AuditFilter(text="欧阳"))
    assert source.count() == 1
    ((row_id, values),) = source.fetch(0, 10)
    assert values[3] == "members" and values[5] == "欧阳娜娜"
