"""The certificates operations through the service contract, as a screen (or the server) calls them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from factories import actor_of
from openpyxl import Workbook

from unionoffice.certificates import contract as certs
from unionoffice.certificates.contract import (
    BatchPreview,
    IssueBatch,
    RegisterFilter,
    RegisterOpen,
    Reprint,
    Revoke,
    TemplateEdit,
    TemplateKey,
    TemplatePreview,
    VerifyRequest,
)
from unionoffice.certificates.labels import SourceKind, Verdict
from unionoffice.foundation.contract import ById, Empty, FileData, ListQuery, ListWindow
from unionoffice.foundation.errors import (
    ConcurrentEditError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)
from unionoffice.foundation.progress import Progress

from .conftest import ADMIN, YEAR

TYPED = "王䶮\t诚信心连心人\t恪守诚信，事迹突出，被评为\n张堃\t先进生产者\t成绩显著，被评为"


@pytest.fixture
def admin(services_as, db):  # type: ignore[no-untyped-def]
    return services_as(db, ADMIN)


def preview(services, text: str = TYPED, **kw):  # type: ignore[no-untyped-def]
    request = BatchPreview(
        template_key="honour_a4", source_key="text", choice=text, issued_on=date(YEAR, 5, 1), **kw
    )
    return services.call(certs.PREVIEW_BATCH, request)


def test_the_issuing_screen_opens_with_designs_and_every_source_and_its_batches(admin):
    screen = admin.call(certs.OPEN_ISSUE, Empty())
    assert {"honour_a4", "award_a4", "booklet_inner"} <= {t.key for t in screen.templates}
    honour = next(t for t in screen.templates if t.key == "honour_a4")
    assert honour.inputs[0].key == "name" and honour.width_mm == 297
    kinds = {s.key: s.kind for s in screen.sources}
    assert kinds["xlsx"] is SourceKind.FILE and kinds["text"] is SourceKind.TEXT
    contest = next(s for s in screen.sources if s.key == "contest")
    assert contest.kind is SourceKind.LIST and contest.batches  # the demo's locked contest
    assert next(s for s in screen.sources if s.key == "honours").batches


def test_preview_then_issue_exactly_the_people_previewed(admin, db):
    shown = preview(admin)
    assert shown.rows[0][0] == "王䶮" and shown.count == 2 and shown.headers[0] == "姓名"
    assert shown.pdf.content.startswith(b"%PDF")
    steps: list[tuple[int, int]] = []
    progress = Progress(report=lambda done, total, _text: steps.append((done, total)))
    issued = admin.run_job(
        certs.ISSUE_BATCH, IssueBatch(upload=shown.upload, issued_on=date(YEAR, 5, 1)), progress
    )
    assert steps[-1] == (2, 2)  # a job reports its progress through the contract
    assert (issued.count, issued.first_number, issued.last_number) == (
        2,
        f"XLX-{YEAR}-RY-0001",
        f"XLX-{YEAR}-RY-0002",
    )
    assert issued.file.content.startswith(b"%PDF") and issued.file.name.endswith(".pdf")
    # The kept list is gone: the same preview cannot issue twice.
    with pytest.raises(NotFound, match="重新读取名单"):
        admin.call(certs.ISSUE_BATCH, IssueBatch(upload=shown.upload, issued_on=date(YEAR, 5, 1)))


def test_one_pdf_per_person_comes_back_too(admin):
    shown = preview(admin)
    issued = admin.call(
        certs.ISSUE_BATCH, IssueBatch(upload=shown.upload, issued_on=date(YEAR, 5, 1), per_person=True)
    )
    assert [f.name for f in issued.per_person] == [
        f"XLX-{YEAR}-RY-0001-王䶮.pdf",
        f"XLX-{YEAR}-RY-0002-张堃.pdf",
    ]
    assert all(f.content.startswith(b"%PDF") for f in issued.per_person)


def test_a_spreadsheet_list_is_uploaded_once(admin, tmp_path: Path):
    book = Workbook()
    for row in (["姓名", "荣誉称号", "事迹"], ["李喆", "先进工作者", "成绩显著，被评为"]):
        book.active.append(row)
    book.save(tmp_path / "名单.xlsx")
    request = BatchPreview(
        template_key="honour_a4",
        source_key="xlsx",
        file=FileData("名单.xlsx", (tmp_path / "名单.xlsx").read_bytes()),
        issued_on=date(YEAR, 5, 1),
    )
    shown = admin.call(certs.PREVIEW_BATCH, request)
    assert shown.source_label == "名单" and shown.rows == [["李喆", "先进工作者", "成绩显著，被评为"]]


def test_a_list_source_previews_its_batch(admin):
    screen = admin.call(certs.OPEN_ISSUE, Empty())
    contest = next(s for s in screen.sources if s.key == "contest")
    request = BatchPreview(
        template_key="award_a4",
        source_key="contest",
        choice=contest.batches[0].key,
        issued_on=date(YEAR, 5, 1),
    )
    shown = admin.call(certs.PREVIEW_BATCH, request)
    assert shown.source_label == contest.batches[0].label and shown.count > 0


def test_a_bad_list_is_refused_by_row_and_field_and_keeps_nothing(admin):
    with pytest.raises(ValidationError) as refused:
        preview(admin, "王䶮\t诚信心连心人\t事迹\n张堃\t\t事迹")
    problem = refused.value.problems[0]
    assert problem.row == 2 and problem.field == "荣誉称号"


def test_viewers_and_clerks_cannot_issue_and_a_preview_is_its_readers_own(services_as, db, admin):
    viewer = services_as(db, actor_of(db, "viewer"))
    with pytest.raises(PermissionDenied):
        preview(viewer)
    with pytest.raises(PermissionDenied):
        viewer.call(certs.OPEN_ISSUE, Empty())
    clerk = services_as(db, actor_of(db, "clerk_xx"))
    with pytest.raises(PermissionDenied):
        clerk.call(certs.OPEN_REGISTER, RegisterOpen(RegisterFilter(), ListWindow()))
    shown = preview(admin)
    from unionoffice.core.auth.roles import Role
    from unionoffice.core.auth.service import create_user

    create_user(db, ADMIN, "admin2", "另一位管理员", "Another-admin-1", Role.ADMIN)
    other_admin = services_as(db, actor_of(db, "admin2"))  # a real account: the server serves no other
    with pytest.raises(NotFound):
        other_admin.call(certs.ISSUE_BATCH, IssueBatch(upload=shown.upload, issued_on=date(YEAR, 5, 1)))


def test_register_opens_with_its_years_then_searches(admin, services_as, db):
    viewer = services_as(db, actor_of(db, "viewer"))
    screen = viewer.call(certs.OPEN_REGISTER, RegisterOpen(RegisterFilter(), ListWindow()))
    assert screen.page.total and screen.page.total > 0 and screen.years
    assert screen.years == sorted(screen.years, reverse=True)
    first_number = screen.page.rows[0][1][0]
    found = viewer.call(certs.LIST, ListQuery(RegisterFilter(str(first_number)), ListWindow()))
    assert found.total == 1 and found.rows[0][1][0] == first_number


def test_revoke_verify_and_reprint_through_the_contract(admin, services_as, db):
    shown = preview(admin)
    admin.call(certs.ISSUE_BATCH, IssueBatch(upload=shown.upload, issued_on=date(YEAR, 5, 1)))
    number = f"XLX-{YEAR}-RY-0001"
    viewer = services_as(db, actor_of(db, "viewer"))
    assert viewer.call(certs.VERIFY, VerifyRequest(number.lower())).verdict is Verdict.VALID
    found = viewer.call(certs.LIST, ListQuery(RegisterFilter(number), ListWindow()))
    certificate = viewer.call(certs.GET, ById(found.rows[0][0]))
    assert certificate.recipient_name == "王䶮" and certificate.values["title"] == "诚信心连心人"
    with pytest.raises(ValidationError):
        admin.call(certs.REVOKE, Revoke(certificate.id, certificate.version, "  "))
    with pytest.raises(PermissionDenied):
        viewer.call(certs.REVOKE, Revoke(certificate.id, certificate.version, "复核未通过"))
    again = admin.call(certs.REPRINT, Reprint([certificate.id]))
    assert again.count == 1 and again.file.content.startswith(b"%PDF")
    with pytest.raises(ConcurrentEditError):  # the reprint counted itself on the record
        admin.call(certs.REVOKE, Revoke(certificate.id, certificate.version, "复核未通过"))
    current = admin.call(certs.GET, ById(certificate.id))
    assert current.reprint_count == 1
    admin.call(certs.REVOKE, Revoke(current.id, current.version, "复核未通过"))
    verdict = viewer.call(certs.VERIFY, VerifyRequest(number))
    assert verdict.verdict is Verdict.REVOKED and "复核未通过" in verdict.message
    assert verdict.certificate is not None and verdict.certificate.status_label == "已作废"
    with pytest.raises(UserError, match="已作废"):
        admin.call(certs.REPRINT, Reprint([certificate.id]))


def test_template_preview_save_and_reset(admin, services_as, db):
    honour = next(t for t in admin.call(certs.TEMPLATES, Empty()).templates if t.key == "honour_a4")
    assert not honour.customised
    moved = tuple(replace(f, x_mm=f.x_mm + 5) if f.key == "name" else f for f in honour.fields)
    edit = TemplateEdit(key="honour_a4", offset_x_mm=4.0, offset_y_mm=-1.5, fields=moved)
    sample = admin.call(certs.PREVIEW_TEMPLATE, TemplatePreview(edit))
    assert sample.content.startswith(b"%PDF")
    broken = TemplateEdit(
        key="honour_a4",
        offset_x_mm=0,
        offset_y_mm=0,
        fields=tuple(replace(f, text="{nam}") if f.key == "name" else f for f in honour.fields),
    )
    with pytest.raises(UserError, match="nam"):
        admin.call(certs.PREVIEW_TEMPLATE, TemplatePreview(broken))
    with pytest.raises(PermissionDenied):
        services_as(db, actor_of(db, "viewer")).call(certs.SAVE_TEMPLATE, edit)
    saved = admin.call(certs.SAVE_TEMPLATE, edit)
    name = next(f for f in saved.fields if f.key == "name")
    assert saved.customised and (saved.offset_x_mm, saved.offset_y_mm) == (4.0, -1.5)
    assert name.x_mm == next(f for f in honour.fields if f.key == "name").x_mm + 5
    with pytest.raises(UserError):  # only a design that exists, never a path
        admin.call(certs.RESET_TEMPLATE, TemplateKey("../../honour_a4"))
    shipped = admin.call(certs.RESET_TEMPLATE, TemplateKey("honour_a4"))
    assert not shipped.customised and shipped.offset_x_mm == 0
