"""Bad input under the constitution's rules, the real-name fields and upload file, the six-month
review list and its dues extension point."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from unionoffice.foundation.errors import PermissionDenied, UserError, ValidationError
from unionoffice.foundation.identity import generate_id_number, mask_id_number
from unionoffice.foundation.importer import ImportMode
from unionoffice.members import cards, importing, lifecycle, realname, reviews, service
from unionoffice.members.contract import MemberInput, RealNameInfo, ReviewDecisionInput, StatusChange
from unionoffice.members.labels import EventKind, MemberStatus, ReviewDecision, StatusCause
from unionoffice.members.models import Member, MemberEvent, MembershipReview

from .test_import import HEADER, good_rows, xlsx


def _member(db, actor, branch: int, seq: int = 1, **extra) -> int:  # type: ignore[no-untyped-def]
    number = generate_id_number("410702", date(1988, 6, 1), seq, "M")
    data = MemberInput(name="张坤", id_number=number, branch_id=branch, join_date=date(2018, 3, 1), **extra)
    return service.create_member(db, actor, data)


def _events(db, member_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list(
            s.execute(
                select(MemberEvent.kind).where(MemberEvent.member_id == member_id).order_by(MemberEvent.id)
            )
            .scalars()
            .all()
        )


def test_a_transfer_out_without_the_receiving_union_is_refused(db, org, admin):
    member_id = _member(db, admin, org["branch_a"])
    change = StatusChange(
        member_id=member_id, version=1, status=MemberStatus.TRANSFERRED_OUT, on=date(2026, 10, 1)
    )
    with pytest.raises(ValidationError) as caught:
        lifecycle.change_status(db, admin, change)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("对方单位工会", "会籍转出须填写接收会籍的单位工会")
    ]
    assert service.get_member(db, admin, member_id).status == MemberStatus.ACTIVE
    assert _events(db, member_id) == [EventKind.JOIN]
    lifecycle.change_status(
        db, admin, replace(change, other_org="新乡市化工集团公司工会", letter_no="转字第7号")
    )
    line = lifecycle.history(db, admin, member_id)[-1]
    assert line.description == "在会 → 转出：转至 新乡市化工集团公司工会（介绍信 转字第7号）"


def test_a_status_change_dated_before_joining_is_refused(db, org, admin):
    member_id = _member(db, admin, org["branch_a"])
    change = StatusChange(
        member_id=member_id,
        version=1,
        status=MemberStatus.RETAINED,
        on=date(2017, 1, 1),
        cause=StatusCause.RETIRED,
    )
    with pytest.raises(ValidationError) as caught:
        lifecycle.change_status(db, admin, change)
    assert (
        caught.value.problems[0].field == "变更日期"
        and "不能早于入会日期 2018-03-01" in caught.value.problems[0].message
    )
    assert _events(db, member_id) == [EventKind.JOIN]
    lifecycle.change_status(db, admin, replace(change, on=date(2026, 5, 1)))
    later = service.get_member(db, admin, member_id)
    # Nor before the last recorded change: the history would no longer read in order.
    with pytest.raises(ValidationError, match="上一次变动日期 2026-05-01"):
        lifecycle.change_status(
            db,
            admin,
            StatusChange(
                member_id=member_id, version=later.version, status=MemberStatus.DECEASED, on=date(2026, 4, 1)
            ),
        )


def test_causes_and_evidence_are_required_where_the_constitution_needs_them(db, org, admin):
    member_id = _member(db, admin, org["branch_a"])
    with pytest.raises(ValidationError) as caught:
        lifecycle.change_status(
            db,
            admin,
            StatusChange(member_id=member_id, version=1, status=MemberStatus.LEFT, on=date(2026, 10, 1)),
        )
    assert [p.field for p in caught.value.problems] == ["原因类别"]
    with pytest.raises(ValidationError) as caught:
        lifecycle.change_status(
            db,
            admin,
            StatusChange(
                member_id=member_id,
                version=1,
                status=MemberStatus.LEFT,
                on=date(2026, 10, 1),
                cause=StatusCause.DEEMED,
            ),
        )
    assert [p.field for p in caught.value.problems] == ["依据"]
    lifecycle.change_status(
        db,
        admin,
        StatusChange(
            member_id=member_id,
            version=1,
            status=MemberStatus.LEFT,
            on=date(2026, 10, 1),
            cause=StatusCause.VOLUNTARY,
        ),
    )
    with pytest.raises(UserError, match="重新入会"):  # back into the register is a re-join, not a status
        lifecycle.change_status(
            db,
            admin,
            StatusChange(member_id=member_id, version=2, status=MemberStatus.ACTIVE, on=date(2026, 10, 2)),
        )


def test_a_card_number_out_of_sequence_is_refused(db, org, admin):
    year = date.today().year
    member_id = _member(db, admin, org["branch_a"])
    data = MemberInput(
        name="张坤",
        id_number=None,
        branch_id=org["branch_a"],
        join_date=date(2018, 3, 1),
        card_no=f"{year}000005",
    )
    with pytest.raises(ValidationError) as caught:
        service.update_member(db, admin, member_id, 1, data)
    problem = caught.value.problems[0]
    assert problem.field == "会员证号" and "不连续" in problem.message and f"{year}000001" in problem.message
    with pytest.raises(ValidationError, match="不符合会员证号规则"):
        service.update_member(db, admin, member_id, 1, replace(data, card_no="ABC"))
    # A legacy card, issued before the app: the union records its pattern and where it got to.
    cards.set_pattern(db, admin, "XX{seq:04}", date(1990, 1, 1), next_seq=300)
    service.update_member(db, admin, member_id, 1, replace(data, card_no="XX0123"))
    assert service.get_member(db, admin, member_id).card_no == "XX0123"
    other = _member(db, admin, org["branch_a"], seq=2)
    with pytest.raises(ValidationError, match="已发给 张坤"):
        service.update_member(db, admin, other, 1, replace(data, card_no="XX0123"))


def test_unknown_codes_and_out_of_sequence_cards_in_a_spreadsheet_name_row_and_field(
    db, org, admin, tmp_path
):
    header = [*HEADER, "民族", "政治面貌", "会员证号"]
    rows = [
        [*row[:6], "", *row[7:], "汉族", "党员", ""] for row in good_rows(4)
    ]  # no group: the org has others
    rows[0][-3] = "火星族"
    rows[1][-2] = "党委书记"
    rows[2][-1] = f"{date.today().year}000099"
    path = xlsx(tmp_path / "m.xlsx", rows, header=header)
    plan = importing.plan_import(db, admin, path)
    assert sorted((p.row, p.field) for p in plan.problems) == [(3, "民族"), (4, "政治面貌"), (5, "会员证号")]
    assert "GB/T 3304" in next(p.message for p in plan.problems if p.field == "民族")
    with pytest.raises(UserError):
        importing.apply_import(db, admin, plan, ImportMode.ALL_OR_NOTHING)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Member)).scalar_one() == 0
    importing.apply_import(db, admin, plan, ImportMode.VALID_ROWS_ONLY)
    with db.read() as s:
        saved = s.execute(select(Member.ethnicity, Member.political_status)).all()
    assert [tuple(r) for r in saved] == [("01", "01")]


def test_real_name_fields_are_edited_and_exported_in_the_national_layout(db, org, admin, clerk_a, tmp_path):
    info = RealNameInfo(
        ethnicity="回族", political_status="中共党员", hukou_type="农村", native_place="河南新乡",
        post="班组长", title="技师", employment_form="劳务派遣",
    )  # fmt: skip
    member_id = _member(db, admin, org["branch_a"], realname=info)
    detail = service.get_member(db, admin, member_id)
    assert detail.realname == RealNameInfo(
        ethnicity="03", political_status="01", hukou_type="2", native_place="河南新乡",
        post="班组长", title="技师", employment_form="02",
    )  # fmt: skip
    other = _member(db, admin, org["branch_b"], seq=2, realname=RealNameInfo(employment_form="农民工"))
    version = service.get_member(db, admin, other).version
    lifecycle.change_status(
        db,
        admin,
        StatusChange(member_id=other, version=version, status=MemberStatus.RETAINED, on=date(2026, 1, 1),
                     cause=StatusCause.UNEMPLOYED),
    )  # fmt: skip
    gone = _member(db, admin, org["branch_a"], seq=3)
    lifecycle.change_status(
        db, admin, StatusChange(member_id=gone, version=1, status=MemberStatus.DECEASED, on=date(2026, 1, 1))
    )
    target = tmp_path / "up.xlsx"
    assert realname.export_realname(db, admin, target, unmasked=True) == 2  # the register: 在会 and 保留会籍
    sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    header = sheet[0]
    assert header[:6] == ["姓名", "性别", "民族", "公民身份号码", "出生日期", "政治面貌"]
    rows = {r[header.index("公民身份号码")]: dict(zip(header, r, strict=True)) for r in sheet[1:]}
    number = generate_id_number("410702", date(1988, 6, 1), 1, "M")
    row = rows[number]
    assert (row["性别"], row["民族"], row["政治面貌"], row["户籍类型"], row["用工形式"], row["是否农民工"]) == (
        "1", "03", "01", "2", "02", "0",
    )  # fmt: skip
    assert row["会籍状态"] == "1" and row["所在工会"] == "心兴分工会"
    retained = rows[generate_id_number("410702", date(1988, 6, 1), 2, "M")]
    assert (retained["会籍状态"], retained["是否农民工"]) == ("2", "1")
    with pytest.raises(PermissionDenied):
        realname.export_realname(db, clerk_a, target, unmasked=True)
    assert realname.export_realname(db, clerk_a, target) == 1
    masked = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()[1][3]
    assert masked == mask_id_number(number) and masked.endswith(number[-2:]) and masked.count("*") == 16


class _Ledger:
    """A dues ledger as the future dues module would offer it."""

    def __init__(self, lapsed: list[reviews.LapsedMember]) -> None:
        self.found = lapsed

    def lapsed(self, session, on, months):  # type: ignore[no-untyped-def]
        assert months == reviews.SIX_MONTHS
        return self.found


def test_the_six_month_rule_is_a_review_list_never_a_removal(db, org, admin, monkeypatch):
    a = _member(db, admin, org["branch_a"], seq=1)
    b = _member(db, admin, org["branch_a"], seq=2)
    ledger = _Ledger(
        [
            reviews.LapsedMember(a, date(2026, 4, 1), "2026年4月起未交会费，共 8 个月"),
            reviews.LapsedMember(b, date(2026, 5, 1), "2026年5月起未交会费，共 7 个月"),
        ]
    )
    monkeypatch.setattr(reviews, "lapse_sources", lambda: [ledger])
    assert reviews.refresh(db, admin, date(2026, 11, 30)) == 2
    assert reviews.refresh(db, admin, date(2026, 11, 30)) == 0  # already waiting
    assert service.get_member(db, admin, a).status == MemberStatus.ACTIVE  # nobody removed
    with db.read() as s:
        pending = {r.member_id: r for r in s.execute(select(MembershipReview)).scalars()}
    keep, drop = pending[a], pending[b]
    reviews.decide(
        db,
        admin,
        ReviewDecisionInput(review_id=keep.id, version=keep.version, decision=ReviewDecision.KEEP,
                            meeting_date=date(2026, 12, 1), note="长期病休，情况特殊"),
    )  # fmt: skip
    reviews.decide(
        db,
        admin,
        ReviewDecisionInput(review_id=drop.id, version=drop.version, decision=ReviewDecision.WITHDRAWN,
                            meeting_date=date(2026, 12, 1)),
    )  # fmt: skip
    assert service.get_member(db, admin, a).status == MemberStatus.ACTIVE
    gone = service.get_member(db, admin, b)
    assert (gone.status, gone.status_cause, gone.status_date) == (
        MemberStatus.LEFT,
        StatusCause.DEEMED,
        date(2026, 12, 1),
    )
    line = lifecycle.history(db, admin, b)[-1]
    assert (
        "视为自动退会" in line.description
        and "2026年5月起未交会费" in line.reason
        and "2026-12-01" in line.reason
    )
    # The lapse the committee kept a member with does not come back; a member who left is not listed.
    assert reviews.refresh(db, admin, date(2026, 12, 2)) == 0


def test_members_are_flagged_by_hand_with_what_prompted_it(db, org, clerk_a, clerk_b):
    member_id = _member(db, clerk_a, org["branch_a"])
    with pytest.raises(ValidationError, match="请写明"):
        reviews.flag(db, clerk_a, member_id, "")
    reviews.flag(db, clerk_a, member_id, "半年未交会费，联系不上")
    with pytest.raises(UserError, match="已在审查名单上"):
        reviews.flag(db, clerk_a, member_id, "再次")
    from unionoffice.foundation.errors import NotFound

    with pytest.raises(NotFound):
        reviews.flag(db, clerk_b, member_id, "别的分工会")


def test_the_register_export_carries_the_real_name_fields_and_reads_back(db, org, admin, tmp_path):
    from unionoffice.members.reports import export_members
    from unionoffice.members.search import MemberFilter

    info = RealNameInfo(ethnicity="03", political_status="01", employment_form="02", native_place="河南新乡")
    _member(db, admin, org["branch_a"], realname=info)
    target = tmp_path / "名册.xlsx"
    export_members(db, admin, MemberFilter(), target, unmasked=True)
    sheet = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    row = dict(zip(sheet[0], sheet[1], strict=True))
    assert (row["民族"], row["政治面貌"], row["用工形式"], row["籍贯"]) == (
        "回族",
        "中共党员",
        "劳务派遣",
        "河南新乡",
    )
    # The exported names are what the import reads: the file goes back in unchanged.
    plan = importing.plan_import(db, admin, target)
    assert plan.problems == [] and plan.unchanged == 1
