"""The members operations as a screen calls them: through the service contract, in this process
and through the union server (``services_as`` runs each test both ways)."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from factories import actor_of, add_member

from unionoffice.db.database import Database
from unionoffice.foundation.contract import FileData, ListQuery, ListWindow, Saved
from unionoffice.foundation.errors import ConcurrentEditError, NotFound, PermissionDenied, ValidationError
from unionoffice.foundation.identity import generate_id_number
from unionoffice.foundation.importer import ImportMode
from unionoffice.foundation.importer.preview import ImportApply
from unionoffice.members import contract as members
from unionoffice.members.contract import (
    FormOpen,
    MemberFilter,
    MemberInput,
    MemberSave,
    RegisterExport,
    RegisterOpen,
)


def _new_member(branch_id: int, group_id: int | None, seq: int = 7, name: str = "李娜") -> MemberInput:
    return MemberInput(
        name=name,
        id_number=generate_id_number("410702", date(1991, 5, 6), seq, "F"),
        branch_id=branch_id,
        group_id=group_id,
        join_date=date(2020, 1, 1),
        phone="13800000007",
    )


def test_a_clerk_sees_and_saves_only_their_own_branch(db: Database, org: dict[str, int], services_as) -> None:  # type: ignore[no-untyped-def]
    own = add_member(db, org["branch_a"], org["group_a"], name="张坤", seq=1)
    other = add_member(db, org["branch_b"], org["group_b"], name="王芳", seq=2)
    clerk = services_as(db, actor_of(db, "clerk_a"))

    screen = clerk.call(members.OPEN_REGISTER, RegisterOpen(MemberFilter(), ListWindow()))
    assert [row_id for row_id, _ in screen.page.rows] == [own] and screen.page.total == 1
    assert screen.org is not None  # the first opening call brings the reference
    assert clerk.call(members.OPEN_FORM, FormOpen(own)).detail.name == "张坤"

    # Another branch's member is refused, or not even said to exist.
    with pytest.raises((PermissionDenied, NotFound)):
        clerk.call(members.OPEN_FORM, FormOpen(other))
    with pytest.raises((PermissionDenied, NotFound, ValidationError)):
        clerk.call(members.SAVE, MemberSave(_new_member(org["branch_b"], org["group_b"])))
    admin = services_as(db, actor_of(db, "admin"))
    assert (
        admin.call(members.LIST, ListQuery(MemberFilter(branch_id=org["branch_b"]), ListWindow())).total == 1
    )
    with pytest.raises((PermissionDenied, NotFound)):
        clerk.call(members.HISTORY, members.ById(other))
    page = clerk.call(members.LIST, ListQuery(MemberFilter(text="王芳"), ListWindow()))
    assert page.rows == [] and page.total == 0


def test_saving_refusals_arrive_as_the_same_errors(db: Database, org: dict[str, int], services_as) -> None:  # type: ignore[no-untyped-def]
    clerk = services_as(db, actor_of(db, "clerk_a"))
    saved = clerk.call(members.SAVE, MemberSave(_new_member(org["branch_a"], org["group_a"])))
    assert isinstance(saved, Saved)
    detail = clerk.call(members.OPEN_FORM, FormOpen(saved.id)).detail
    assert detail.name == "李娜" and detail.phone == "13800000007"

    bad = MemberInput(name="", id_number="123", branch_id=org["branch_a"], join_date=None)
    with pytest.raises(ValidationError) as refused:
        clerk.call(members.SAVE, MemberSave(bad))
    assert {p.field for p in refused.value.problems} >= {"姓名", "身份证号"}

    changed = MemberInput(**{**_fields(detail), "phone": "13900000009"})
    clerk.call(members.SAVE, MemberSave(changed, saved.id, detail.version))
    with pytest.raises(ConcurrentEditError) as stale:
        clerk.call(members.SAVE, MemberSave(changed, saved.id, detail.version))  # the form's old version
    assert stale.value.changed_by

    with pytest.raises(NotFound):
        clerk.call(members.OPEN_FORM, FormOpen(999_999))


def _fields(detail: members.MemberDetail) -> dict[str, object]:
    return {
        "name": detail.name,
        "id_number": None,
        "branch_id": detail.branch_id,
        "group_id": detail.group_id,
        "join_date": detail.join_date,
        "phone": detail.phone,
    }


def test_a_viewer_never_receives_an_unmasked_identity_number(
    db: Database, org: dict[str, int], services_as
) -> None:  # type: ignore[no-untyped-def]
    member_id = add_member(db, org["branch_a"], org["group_a"], seq=3)
    full = generate_id_number("410702", date(1990, 1, 1), 3, "M")
    viewer = services_as(db, actor_of(db, "viewer"))
    detail = viewer.call(members.OPEN_FORM, FormOpen(member_id)).detail
    assert detail.id_masked and set(detail.id_number) <= {"*"}  # viewers see no character (issue 17)
    page = viewer.call(members.LIST, ListQuery(MemberFilter(), ListWindow()))
    assert not any(full in str(cell) for _row_id, cells in page.rows for cell in cells)
    with pytest.raises(PermissionDenied):
        viewer.run_job(members.EXPORT_REGISTER, RegisterExport(MemberFilter(), unmasked=True), _no_progress())
    exported = viewer.call(members.EXPORT_REGISTER, RegisterExport(MemberFilter()))
    cells = [
        str(c) for row in openpyxl.load_workbook(io.BytesIO(exported.file.content)).active.values for c in row
    ]
    assert exported.rows == 1 and full not in cells
    with pytest.raises(PermissionDenied):
        viewer.call(members.SAVE, MemberSave(_new_member(org["branch_a"], org["group_a"])))


def test_an_export_of_another_branch_holds_none_of_its_members(
    db: Database, org: dict[str, int], services_as
) -> None:  # type: ignore[no-untyped-def]
    add_member(db, org["branch_a"], org["group_a"], name="张坤", seq=1)
    add_member(db, org["branch_b"], org["group_b"], name="王芳", seq=2)
    clerk = services_as(db, actor_of(db, "clerk_a"))
    asked = clerk.call(members.EXPORT_REGISTER, RegisterExport(MemberFilter(branch_id=org["branch_b"])))
    cells = [
        str(c) for row in openpyxl.load_workbook(io.BytesIO(asked.file.content)).active.values for c in row
    ]
    assert asked.rows == 0 and "王芳" not in cells


def test_an_import_uploads_checks_and_applies_through_the_contract(
    db: Database, org: dict[str, int], services_as
) -> None:  # type: ignore[no-untyped-def]
    admin = services_as(db, actor_of(db, "admin"))
    template = admin.call(members.IMPORT_TEMPLATE, members.Empty())
    book = openpyxl.load_workbook(io.BytesIO(template.content))
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    sheet.delete_rows(2, sheet.max_row)  # the template's example row
    row = {
        "姓名": "赵磊",
        "身份证号": generate_id_number("410702", date(1988, 3, 3), 11, "M"),
        "分工会": "心兴分工会",
        "入会日期": "2019-04-01",
    }
    sheet.append([row.get(str(h), None) for h in headers])
    upload = io.BytesIO()
    book.save(upload)
    progress = _no_progress()
    preview = admin.run_job(members.PLAN_IMPORT, FileData("会员.xlsx", upload.getvalue()), progress)
    assert preview.new_count == 1 and not preview.problems
    outcome = admin.run_job(
        members.APPLY_IMPORT, ImportApply(preview.upload, ImportMode.ALL_OR_NOTHING.value), progress
    )
    assert outcome.inserted == 1
    page = admin.call(members.LIST, ListQuery(MemberFilter(text="赵磊"), ListWindow()))
    assert page.total == 1


def _no_progress():  # type: ignore[no-untyped-def]
    from unionoffice.foundation.progress import Progress

    return Progress()
