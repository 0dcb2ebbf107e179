from __future__ import annotations

import pytest
from factories import add_member
from sqlalchemy import select

from unionoffice.core.audit import service as audit
from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.auth import models as auth_models
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
    assert rows[1].username == "admin" and rows[1].changes == {"fields": ["phone"]}
    assert "name" in rows[2].changes["fields"] and rows[2].summary == "会员"


def test_the_log_holds_no_personal_value_masked_or_not(db, org, admin):
    """It names the record, the fields and who: never a name, number, phone or password hash."""
    member_id = add_member(db, org["branch_a"], None, "王芳", 7)
    with db.transaction(admin) as s:
        member = s.get(Member, member_id)
        number = str(member.id_number)
        member.phone, member.notes = "13912345678", "家住幸福路 8 号"
    with db.read() as s:
        texts = [f"{e.summary} {e.changes}" for e in s.execute(select(AuditEntry)).scalars()]
        hashes = [h for (h,) in s.execute(select(auth_models.User.password_hash))]
    everything = "\n".join(texts)
    for personal in ("王芳", number, number[-4:], number[6:14], "13912345678", "幸福路", *hashes):
        assert personal not in everything


def test_only_admins_read_the_log_and_there_is_no_way_to_edit_it(db, org, clerk_a, admin):
    with pytest.raises(PermissionDenied):
        audit.audit_source(db, clerk_a, audit.AuditFilter())
    source = audit.audit_source(db, admin, audit.AuditFilter(entity="users"))
    assert source.count() == 5  # the fixture's five accounts
    public = [name for name in dir(audit) if not name.startswith("_")]
    assert not any(name.startswith(("update", "delete", "edit")) for name in public)


def test_the_log_filter_by_text_finds_summaries(db, org, admin):
    member_id = add_member(db, org["branch_a"], None, "欧阳娜娜", 3)
    assert audit.audit_source(db, admin, audit.AuditFilter(text="欧阳")).count() == 0  # no names in the log
    source = audit.audit_source(db, admin, audit.AuditFilter(text=str(member_id)))
    assert source.count() >= 1
    ((_row_id, values), *_rest) = source.fetch(0, 10)
    assert values[3] == "members" and values[4] == str(member_id) and values[5] == "会员"
