"""The congress pages and forms, driven as a clerk would (calls on workers, never the GUI thread)."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtWidgets import QToolButton

from tests.conftest import shown
from tests.congress.conftest import add_people
from tests.congress.helpers import accept_and_assign, collect, reply_and_close
from unionoffice.congress import contract as congress
from unionoffice.congress.labels import OVERDUE
from unionoffice.congress.views.candidate_dialogs import SubmitDialog
from unionoffice.congress.views.candidates import CandidatesPage
from unionoffice.congress.views.proposal_dialogs import ProposalDialog, ReplyDialog
from unionoffice.congress.views.proposals import ProposalsPage
from unionoffice.congress.views.roster import RosterPage
from unionoffice.congress.views.tab import CongressTab


def test_the_proposals_page_shows_the_rate_and_the_overdue_ones_without_asking_on_the_gui_thread(
    db, admin, services_as, view_context, session_id, reps, qtbot, monkeypatch
):
    office = services_as(db, admin)
    reply_and_close(office, accept_and_assign(office, collect(office, session_id, reps["A001"], "提案一")))
    accept_and_assign(office, collect(office, session_id, reps["A002"], "提案二"), due=date(2026, 6, 30))
    ctx = view_context(db, admin)
    threads: list[threading.Thread] = []
    original = type(ctx.services).call

    def watched(self, op, request):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, op, request)

    monkeypatch.setattr(type(ctx.services), "call", watched)
    page = shown(qtbot, ProposalsPage(ctx))
    assert page.model.rowCount() == 2
    assert "办结率 50.0%" in page.figures.text() and "逾期未答复 1 件" in page.figures.text()
    page.show_filtered(status=OVERDUE)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert threads and threading.main_thread() not in threads


def test_the_proposal_form_names_the_missing_proposer(
    db, admin, services_as, view_context, session_id, reps, qtbot
):
    ctx = view_context(db, admin)
    form = services_as(db, admin).call(congress.OPEN_PROPOSAL, congress.ProposalFormOpen(session_id))
    dialog = ProposalDialog(ctx, session_id, form)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(1)
    dialog.title_edit.setText("关于增设自行车棚的提案")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.field_errors["提案人"].isHidden())
    assert (
        "提案人" in dialog.field_errors["提案人"].text() or "请选择" in dialog.field_errors["提案人"].text()
    )
    listed = services_as(db, admin).call(
        congress.LIST_PROPOSALS, congress.ListQuery(congress.ProposalFilter(session_id))
    )
    assert listed.total == 0


def test_the_reply_form_refuses_a_date_before_the_assignment(
    db, admin, services_as, view_context, session_id, reps, qtbot
):
    office = services_as(db, admin)
    assigned = accept_and_assign(office, collect(office, session_id, reps["A001"]))
    detail = office.call(congress.OPEN_PROPOSAL, congress.ProposalFormOpen(session_id, assigned.id)).proposal
    dialog = ReplyDialog(view_context(db, admin), detail)
    qtbot.addWidget(dialog)
    dialog.reply.setPlainText("已办理。")
    dialog.replied_on.setText("2026-03-01")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.field_errors["答复日期"].isHidden())
    assert "交办日期" in dialog.field_errors["答复日期"].text()


def test_the_roster_page_warns_about_the_front_line_share(
    db, org, admin, services_as, view_context, session_id, qtbot
):
    office = services_as(db, admin)
    people = add_people(db, org["branch_a"], "V", 20, women=6)
    office.call(
        congress.ADD_REPRESENTATIVES,
        congress.RepresentativesAdd(session_id, " ".join(people[:9]), "front_line"),
    )
    office.call(
        congress.ADD_REPRESENTATIVES, congress.RepresentativesAdd(session_id, " ".join(people[9:]), "staff")
    )
    page = shown(qtbot, RosterPage(view_context(db, admin)))
    assert page.model.rowCount() == 20
    assert "45.0%" in page.figures.text() and "一线职工不少于 50%" in page.figures.text()


def test_the_submit_form_names_the_notice_period(db, org, admin, services_as, view_context, qtbot):
    office = services_as(db, admin)
    notice = office.call(
        congress.SAVE_NOTICE,
        congress.NoticeInput(
            title="通知",
            honour_title="河南省五一劳动奖章",
            level="provincial",
            issuer="河南省总工会",
            year=2027,
            quota=2,
            deadline=date(2026, 11, 30),
            ratios=[],
        ),
    )
    no = add_people(db, org["branch_a"], "S", 1)[0]
    candidate = office.call(
        congress.SAVE_CANDIDATE,
        congress.CandidateInput(
            notice_id=notice.id, kind="member", employee_no=no, category="front_line", deeds="事迹"
        ),
    )
    office.call(congress.RECORD_MEETING, congress.MeetingInput([candidate.id], date(2026, 10, 28), "同意"))
    office.call(congress.POST_NOTICE, congress.PublicNoticeInput([candidate.id], date(2026, 11, 2)))
    ctx = view_context(db, admin)
    page = shown(qtbot, CandidatesPage(ctx))
    assert page.model.rowCount() == 1 and "河南省五一劳动奖章" in page.figures.text()
    assert page.notice is not None
    dialog = SubmitDialog(ctx, page.notice, [candidate.id])
    qtbot.addWidget(dialog)
    dialog.submitted_on.setText("2026-11-05")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.field_errors["报送日期"].isHidden())
    assert "第 4 个工作日" in dialog.field_errors["报送日期"].text()


def test_the_tab_builds_its_pages_when_shown(db, admin, view_context, session_id, qtbot):
    tab = CongressTab(view_context(db, admin))
    qtbot.addWidget(tab)
    tab.show()
    page = tab.page("proposals")
    qtbot.waitUntil(lambda: page.count_label.text().startswith("共"))
    assert isinstance(page, ProposalsPage)


def test_a_clerk_sees_only_the_steps_a_clerk_may_take(db, clerk_a, view_context, qtbot):
    page = shown(qtbot, CandidatesPage(view_context(db, clerk_a)))
    visible = {a.text() for a in page.toolbar.actions() if a.isVisible()}
    assert {"添加候选人", "上会研究", "公示", "推荐审批表"} <= visible
    assert not visible & {"报送", "登记结果"}
    menus = [b for b in page.toolbar.findChildren(QToolButton) if b.text() == "推荐通知"]
    assert menus and not any(b.isVisible() for b in menus)
