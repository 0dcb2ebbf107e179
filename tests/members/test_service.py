"""Member records: join, edit, duplicates, masking, optimistic locking, clerk branch scoping."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from unionoffice.foundation.errors import ConcurrentEditError, NotFound, PermissionDenied, ValidationError
from unionoffice.foundation.identity import generate_id_number
from unionoffice.members import lifecycle, service
from unionoffice.members.contract import Rejoin, StatusChange
from unionoffice.members.labels import MemberStatus, StatusCause
from unionoffice.members.search import MemberFilter, member_source
from unionoffice.members.service import ExistingMember, FamilyInfo, MemberInput

from .conftest import actor, branch_id, first_member, group_ids

NEW_ID = generate_id_number("410702", date(1990, 5, 1), 321, "M")


def new_member(db, **changes) -> MemberInput:  # type: ignore[no-untyped-def]
    data = MemberInput(
        name="张坤",
        id_number=NEW_ID,
        branch_id=branch_id(db, "心兴分工会"),
        group_id=group_ids(db, "心兴分工会")[0],
        join_date=date(2015, 3, 1),
        hire_date=date(2015, 2, 1),
        phone="139 1234 5678",
        employee_no="e200001",
    )
    return replace(data, **changes)


def test_join_derives_birth_date_gender_and_pinyin_and_records_history(mdb):
    clerk = actor(mdb, "clerk_xx")
    member_id = service.create_member(mdb, clerk, new_member(mdb, id_number=NEW_ID.lower().replace("x", "x")))
    detail = service.get_member(mdb, clerk, member_id)
    assert (detail.birth_date, detail.gender, detail.phone, detail.employee_no) == (
        date(1990, 5, 1),
        "M",
        "13912345678",
        "E200001",
    )
    assert detail.id_number == NEW_ID  # a clerk may see the number in the form
    lines = lifecycle.history(mdb, clerk, member_id)
    assert [line.kind.value for line in lines] == ["join"]
    source = member_source(mdb, clerk, MemberFilter(text="zk"))
    assert "张坤" in [values[0] for _id, values in source.fetch(0, 50)]


def test_every_problem_is_reported_with_its_field(mdb):
    clerk = actor(mdb, "clerk_xx")
    bad = new_member(
        mdb, name="", id_number="410702199005013210", phone="12345", gender="F", join_date=date(2099, 1, 1)
    )
    with pytest.raises(ValidationError) as caught:
        service.create_member(mdb, clerk, bad)
    fields = {p.field for p in caught.value.problems}
    assert {"姓名", "身份证号", "手机号", "入会日期"} <= fields
    with pytest.raises(ValidationError) as caught:
        service.create_member(mdb, clerk, new_member(mdb, gender="F"))
    assert [p.field for p in caught.value.problems] == ["性别"]


def test_same_identity_number_cannot_be_active_twice(mdb):
    clerk = actor(mdb, "clerk_xx")
    service.create_member(mdb, clerk, new_member(mdb))
    with pytest.raises(ExistingMember) as caught:
        service.create_member(mdb, clerk, new_member(mdb, name="张坤二"))
    assert not caught.value.can_rejoin


def test_rejoin_revives_the_old_record(mdb):
    clerk = actor(mdb, "clerk_xx")
    member_id = service.create_member(mdb, clerk, new_member(mdb))
    version = service.get_member(mdb, clerk, member_id).version
    lifecycle.change_status(
        mdb,
        clerk,
        StatusChange(
            member_id=member_id,
            version=version,
            status=MemberStatus.LEFT,
            on=date(2020, 1, 1),
            reason="个人申请",
            cause=StatusCause.VOLUNTARY,
        ),
    )
    with pytest.raises(ExistingMember) as caught:
        service.create_member(mdb, clerk, new_member(mdb))
    assert caught.value.can_rejoin and caught.value.member_id == member_id
    lifecycle.rejoin(
        mdb,
        clerk,
        Rejoin(
            member_id=member_id,
            version=caught.value.version,
            branch_id=branch_id(mdb, "心兴分工会"),
            group_id=None,
            on=date(2021, 1, 1),
        ),
    )
    detail = service.get_member(mdb, clerk, member_id)
    assert detail.status == MemberStatus.ACTIVE
    assert [line.kind.value for line in lifecycle.history(mdb, clerk, member_id)] == [
        "join",
        "status",
        "rejoin",
    ]


def test_deceased_is_final(mdb):
    admin = actor(mdb, "admin")
    member_id = first_member(mdb, "氢力分工会")
    version = service.get_member(mdb, admin, member_id).version
    lifecycle.change_status(
        mdb,
        admin,
        StatusChange(member_id=member_id, version=version, status=MemberStatus.DECEASED, on=date.today()),
    )
    detail = service.get_member(mdb, admin, member_id)
    with pytest.raises(Exception, match="去世"):
        lifecycle.rejoin(
            mdb,
            admin,
            Rejoin(
                member_id=member_id,
                version=detail.version,
                branch_id=detail.branch_id,
                group_id=None,
                on=date.today(),
            ),
        )


def test_transfer_keeps_history_and_moves_scope(mdb):
    clerk_xx, clerk_ql = actor(mdb, "clerk_xx"), actor(mdb, "clerk_ql")
    member_id = first_member(mdb, "心兴分工会")
    detail = service.get_member(mdb, clerk_xx, member_id)
    target_group = group_ids(mdb, "氢力分工会")[1]
    lifecycle.transfer(
        mdb,
        clerk_xx,
        member_id,
        detail.version,
        branch_id(mdb, "氢力分工会"),
        target_group,
        date.today(),
        "工作调动",
    )
    with pytest.raises(NotFound):
        service.get_member(mdb, clerk_xx, member_id)
    moved = service.get_member(mdb, clerk_ql, member_id)
    assert (moved.branch_name, moved.group_id, moved.base) == ("氢力分工会", target_group, "新乡")
    last = lifecycle.history(mdb, clerk_ql, member_id)[-1]
    assert (
        last.kind.value == "transfer"
        and last.description.startswith("心兴分工会")
        and "氢力分工会" in last.description
    )
    assert last.reason == "工作调动" and last.recorded_by == "心兴干事 王芳"


def test_clerk_can_neither_read_nor_change_another_branch(mdb):
    clerk = actor(mdb, "clerk_xx")
    other = first_member(mdb, "黑色生态分工会")
    with pytest.raises(NotFound):
        service.get_member(mdb, clerk, other)
    with pytest.raises(NotFound):
        service.update_member(mdb, clerk, other, 1, new_member(mdb))
    with pytest.raises(NotFound):
        lifecycle.change_status(
            mdb,
            clerk,
            StatusChange(
                member_id=other,
                version=1,
                status=MemberStatus.RETAINED,
                on=date(2024, 1, 1),
                cause=StatusCause.RETIRED,
            ),
        )
    with pytest.raises(NotFound):
        lifecycle.history(mdb, clerk, other)
    with pytest.raises(ValidationError, match="无权"):
        service.create_member(
            mdb, clerk, new_member(mdb, branch_id=branch_id(mdb, "黑色生态分工会"), group_id=None)
        )
    listed = member_source(mdb, clerk, MemberFilter(status=None))
    assert other not in listed.ids()
    assert len(listed.ids()) == len(
        member_source(
            mdb, actor(mdb, "admin"), MemberFilter(status=None, branch_id=branch_id(mdb, "心兴分工会"))
        ).ids()
    )


def test_viewer_sees_masked_numbers_and_cannot_write(mdb):
    viewer = actor(mdb, "viewer")
    member_id = first_member(mdb, "心兴分工会")
    detail = service.get_member(mdb, viewer, member_id)
    assert detail.id_masked and detail.id_number[6:14] == "********"
    with pytest.raises(PermissionDenied):
        service.create_member(mdb, viewer, new_member(mdb))
    rows = member_source(mdb, viewer, MemberFilter()).fetch(0, 20)
    assert all(values[2][6:14] == "********" for _id, values in rows)
    assert all("****" in values[6] for _id, values in rows)  # phone masked for a viewer


def test_stale_edit_names_who_changed_it(mdb):
    clerk, admin = actor(mdb, "clerk_xx"), actor(mdb, "admin")
    member_id = service.create_member(mdb, clerk, new_member(mdb))
    stale = service.get_member(mdb, clerk, member_id).version
    service.update_member(mdb, admin, member_id, stale, new_member(mdb, trade="电工"))
    with pytest.raises(ConcurrentEditError, match="演示管理员"):
        service.update_member(mdb, clerk, member_id, stale, new_member(mdb, trade="焊工"))


def test_family_members_are_saved_and_checked(mdb):
    clerk = actor(mdb, "clerk_xx")
    child = generate_id_number("410702", date(2016, 8, 8), 12, "F")
    member_id = service.create_member(
        mdb,
        clerk,
        new_member(mdb, family=(FamilyInfo("spouse", "李娜"), FamilyInfo("child", "张小雨", child))),
    )
    detail = service.get_member(mdb, clerk, member_id)
    assert [(f.relation, f.name, f.birth_date) for f in detail.family] == [
        ("spouse", "李娜", None),
        ("child", "张小雨", date(2016, 8, 8)),
    ]
    with pytest.raises(ValidationError, match="第 1 位"):
        service.update_member(
            mdb,
            clerk,
            member_id,
            detail.version,
            new_member(mdb, family=(FamilyInfo("child", "张小雨", "123"),)),
        )


def test_masked_form_keeps_the_stored_number(mdb):
    """A user who sees the number masked saves the form without retyping it."""
    clerk = actor(mdb, "clerk_xx")
    member_id = service.create_member(mdb, clerk, new_member(mdb))
    version = service.get_member(mdb, clerk, member_id).version
    service.update_member(mdb, clerk, member_id, version, new_member(mdb, id_number=None, trade="钳工"))
    detail = service.get_member(mdb, clerk, member_id)
    assert detail.id_number == NEW_ID and detail.trade == "钳工"
