from __future__ import annotations

import json

import pytest
from factories import add_member
from sqlalchemy import select

from unionoffice.core.audit.models import AuditEntry
from unionoffice.core.org import service as org_service
from unionoffice.core.org.labels import UnitKind
from unionoffice.foundation.errors import ConcurrentEditError, NotFound, PermissionDenied, ValidationError
from unionoffice.members import service as members
from unionoffice.members.search import MemberFilter, member_source


def test_clerk_sees_only_the_branch_unions_assigned_to_them(db, org, clerk_a, admin):
    names = {u.name for u in org_service.list_units(db, clerk_a)}
    assert "心兴分工会" in names and "氢力分工会" not in names
    assert all(u.parent_id != org["branch_b"] for u in org_service.list_units(db, clerk_a))
    with pytest.raises(PermissionDenied):
        org_service.get_unit(db, clerk_a, org["branch_b"])
    assert len(org_service.branches(db, admin)) == 2


def test_clerk_cannot_change_the_tree(db, org, clerk_a):
    with pytest.raises(PermissionDenied):
        org_service.create_unit(db, clerk_a, org["branch_a"], "新小组")
    unit = org_service.get_unit(db, clerk_a, org["branch_a"])
    with pytest.raises(PermissionDenied):
        org_service.update_unit(db, clerk_a, unit.id, unit.version, name="改名", base=None, headcount=None)


def test_clerk_cannot_read_members_of_another_branch(db, org, clerk_a, clerk_b):
    mine = add_member(db, org["branch_a"], org["group_a"], "张坤", 1)
    theirs = add_member(db, org["branch_b"], org["group_b"], "李娜", 2)
    assert members.get_member(db, clerk_a, mine).name == "张坤"
    with pytest.raises(NotFound):
        members.get_member(db, clerk_a, theirs)
    assert member_source(db, clerk_a, MemberFilter()).ids() == [mine]
    assert member_source(db, clerk_b, MemberFilter()).ids() == [theirs]


def test_admin_adds_renames_and_the_audit_log_keeps_before_and_after(db, org, admin):
    group_id = org_service.create_unit(db, admin, org["branch_a"], "  仪表 班小组 ")
    group = org_service.get_unit(db, admin, group_id)
    assert group.kind is UnitKind.GROUP and group.name == "仪表 班小组" and group.base == "新乡"
    org_service.update_unit(
        db, admin, group_id, group.version, name="仪表班小组", base="新乡", headcount=None
    )
    with db.read() as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity == "org_units", AuditEntry.action == "update")
        ).scalar_one()
    assert entry.username == "admin" and entry.entity_id == str(group_id)
    assert json.loads(entry.changes) == {"fields": ["name"]}  # which field, not its values


def test_duplicate_names_under_one_parent_are_refused(db, org, admin):
    with pytest.raises(ValidationError, match="已有名为"):
        org_service.create_unit(db, admin, org["company"], "心兴分工会")


def test_stale_edit_names_who_changed_the_unit(db, org, admin):
    unit = org_service.get_unit(db, admin, org["branch_a"])
    org_service.update_unit(db, admin, unit.id, unit.version, name="心兴分工会", base="新乡", headcount=4000)
    with pytest.raises(ConcurrentEditError, match="管理员"):
        org_service.update_unit(db, admin, unit.id, unit.version, name="心兴", base="新乡", headcount=1)
    assert org_service.get_unit(db, admin, unit.id).headcount == 4000


def test_merge_moves_members_and_retires_the_source_keeping_history(db, org, admin):
    member = add_member(db, org["branch_b"], org["group_b"])
    moved = org_service.merge_units(db, admin, org["branch_b"], org["branch_a"])
    assert moved == 1
    assert members.get_member(db, admin, member).branch_id == org["branch_a"]
    retired = {u.id: u for u in org_service.list_units(db, admin, include_retired=True)}[org["branch_b"]]
    assert not retired.active and retired.name == "氢力分工会"
    assert org["branch_b"] not in {u.id for u in org_service.list_units(db, admin)}


def test_a_unit_with_active_members_cannot_be_retired(db, org, admin):
    add_member(db, org["branch_a"], org["group_a"])
    group = org_service.get_unit(db, admin, org["group_a"])
    with pytest.raises(ValidationError, match="在会会员"):
        org_service.retire_unit(db, admin, group.id, group.version)
    empty = org_service.get_unit(db, admin, org["group_b"])
    org_service.retire_unit(db, admin, empty.id, empty.version)
    assert not {u.id: u for u in org_service.list_units(db, admin, True)}[empty.id].active
