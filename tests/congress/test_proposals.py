"""Proposals through the service contract: the path, the refusals, the rate and the overdue list."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest

from tests.congress.helpers import SUBMITTED, accept_and_assign, collect, reply_and_close
from unionoffice.cli import run
from unionoffice.congress import contract as congress
from unionoffice.congress.labels import OVERDUE, Decision, ProposalStatus, Satisfaction
from unionoffice.foundation.contract import ById, ListQuery
from unionoffice.foundation.errors import NotFound, PermissionDenied, ValidationError


def test_fifty_accepted_forty_nine_closed_is_98_percent_and_the_open_one_is_overdue(
    db, admin, services_as, session_id, reps, tmp_path
):
    office = services_as(db, admin)
    proposers = list(reps.values())
    last = None
    for n in range(50):
        assigned = accept_and_assign(
            office, collect(office, session_id, proposers[n % len(proposers)], f"提案{n}")
        )
        if n < 49:
            reply_and_close(office, assigned)
        else:
            last = assigned
    # Two more the committee did not accept: outside the rate's denominator.
    for decision in ("opinion", "reject"):
        saved = collect(office, session_id, proposers[0], f"建议{decision}")
        office.call(
            congress.REVIEW_PROPOSAL,
            congress.ReviewInput(
                proposal_id=saved.id,
                version=saved.version,
                decision=decision,
                reason="属日常管理事项",
                reviewed_on=date(2026, 3, 20),
            ),
        )
    stats = office.call(congress.SESSION_STATS, ById(session_id))
    assert (stats.total, stats.accepted, stats.closed, stats.rate) == (52, 50, 49, "98.0")
    assert stats.overdue == 1

    overdue = office.call(
        congress.LIST_PROPOSALS, ListQuery(congress.ProposalFilter(session_id, status=OVERDUE))
    )
    assert overdue.total == 1 and [row_id for row_id, _ in overdue.rows] == [last.id]
    assert "逾期未答复" in overdue.rows[0][1]

    screen = office.call(
        congress.OPEN_PROPOSALS,
        congress.ProposalsOpen(congress.ProposalFilter(), congress.ListWindow(), today=date(2026, 12, 3)),
    )
    assert screen.session_id == session_id and screen.stats.rate == "98.0" and screen.page.total == 52

    pdf = office.call(congress.EXPORT_REPORT, congress.ReportRequest(session_id, "pdf", date(2026, 12, 3)))
    path = tmp_path / pdf.name
    path.write_bytes(pdf.content)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    assert "98.0%" in text and "逾期未答复" in text and "提案49" in text

    xlsx = office.call(congress.EXPORT_REPORT, congress.ReportRequest(session_id, "xlsx", date(2026, 12, 3)))
    from openpyxl import load_workbook

    (tmp_path / "r.xlsx").write_bytes(xlsx.content)
    book = load_workbook(tmp_path / "r.xlsx")
    summary = {row[0]: row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert summary["办结率（办结 ÷ 立案）"] == "98.0%"
    assert book.worksheets[2].max_row == 2  # header and the one overdue proposal


def test_a_proposal_without_proposer_is_refused_naming_the_field(db, admin, services_as, session_id, reps):
    office = services_as(db, admin)
    with pytest.raises(ValidationError) as refused:
        collect(office, session_id, None)
    assert [p.field for p in refused.value.problems] == ["提案人"]
    page = office.call(congress.LIST_PROPOSALS, ListQuery(congress.ProposalFilter(session_id)))
    assert page.total == 0


def test_a_reply_dated_before_the_assignment_is_refused(db, admin, services_as, session_id, reps):
    office = services_as(db, admin)
    assigned = accept_and_assign(office, collect(office, session_id, reps["A001"]))
    with pytest.raises(ValidationError) as refused:
        office.call(
            congress.REPLY_PROPOSAL,
            congress.ReplyInput(
                proposal_id=assigned.id,
                version=assigned.version,
                reply="已办理。",
                replied_on=date(2026, 3, 24),
            ),
        )
    assert refused.value.problems[0].field == "答复日期"
    assert "2026-03-25" in refused.value.problems[0].message
    detail = office.call(congress.OPEN_PROPOSAL, congress.ProposalFormOpen(session_id, assigned.id)).proposal
    assert detail.status == ProposalStatus.ASSIGNED and detail.replied_on is None and detail.reply == ""


def test_the_committee_must_give_a_reason_and_cosigners_must_be_representatives(
    db, admin, services_as, session_id, reps
):
    office = services_as(db, admin)
    saved = collect(office, session_id, reps["A001"], cosigners=[reps["A002"]])
    with pytest.raises(ValidationError) as refused:
        office.call(
            congress.REVIEW_PROPOSAL,
            congress.ReviewInput(
                proposal_id=saved.id,
                version=saved.version,
                decision=Decision.REJECT,
                reason=" ",
                reviewed_on=date(2026, 3, 20),
            ),
        )
    assert refused.value.problems[0].field == "理由"
    with pytest.raises(ValidationError) as refused:
        collect(office, session_id, reps["A001"], cosigners=[999_999])
    assert refused.value.problems[0].field == "附议人"
    detail = office.call(congress.OPEN_PROPOSAL, congress.ProposalFormOpen(session_id, saved.id)).proposal
    assert detail.cosigners == ["代表A2"]


def test_a_clerk_sees_only_the_proposals_of_their_branch(
    db, admin, clerk_a, clerk_b, services_as, session_id, reps
):
    saved = collect(services_as(db, clerk_a), session_id, reps["A001"])
    other = services_as(db, clerk_b)
    with pytest.raises(NotFound):
        other.call(congress.OPEN_PROPOSAL, congress.ProposalFormOpen(session_id, saved.id))
    assert other.call(congress.LIST_PROPOSALS, ListQuery(congress.ProposalFilter(session_id))).total == 0
    with pytest.raises(PermissionDenied):  # clerk B cannot collect for branch A's representative
        collect(other, session_id, reps["A002"])
    with pytest.raises(PermissionDenied):  # the committee's decision is the office's
        services_as(db, clerk_a).call(
            congress.REVIEW_PROPOSAL,
            congress.ReviewInput(
                proposal_id=saved.id,
                version=saved.version,
                decision="accept",
                reason="",
                reviewed_on=SUBMITTED,
            ),
        )


def test_closing_needs_a_reply_and_the_satisfaction(db, admin, services_as, session_id, reps):
    office = services_as(db, admin)
    assigned = accept_and_assign(office, collect(office, session_id, reps["A001"]))
    with pytest.raises(Exception, match="不能办结"):
        office.call(
            congress.CLOSE_PROPOSAL,
            congress.CloseInput(
                proposal_id=assigned.id,
                version=assigned.version,
                satisfaction=Satisfaction.BASIC,
                closed_on=date(2026, 5, 1),
            ),
        )


def test_the_command_line_writes_the_report(
    db, db_path, admin, services_as, session_id, reps, tmp_path, capsys, cli_as
):
    from factories import hold_test_keys

    hold_test_keys(db, "admin", "secret-123")  # the keys this database's values are under
    office = services_as(db, admin)
    reply_and_close(office, accept_and_assign(office, collect(office, session_id, reps["A001"])))
    accept_and_assign(
        office, collect(office, session_id, reps["A002"], "提案二"), due=date.today() - timedelta(days=1)
    )
    target = tmp_path / "report.pdf"
    assert (
        run(
            [
                "--db",
                str(db_path),
                *cli_as("admin", "secret-123"),  # command-line jobs act as a signed-in user
                "congress",
                "report",
                "--session",
                str(session_id),
                "--out",
                str(target),
            ]
        )
        == 0
    )
    assert "办结率 50.0%" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "第五届职代会第三次会议提案工作报告" in text and "50.0%" in text
    assert (
        run(
            [
                "--db",
                str(db_path),
                *cli_as("admin", "secret-123"),
                "congress",
                "report",
                "--session",
                str(session_id),
                "--out",
                str(tmp_path / "r.xlsx"),
            ]
        )
        == 0
    )
    assert (tmp_path / "r.xlsx").stat().st_size > 0
