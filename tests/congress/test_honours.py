"""The honours recommendation pipeline through the service contract."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from tests.congress.conftest import add_people
from unionoffice.congress import contract as congress
from unionoffice.congress.labels import Stage
from unionoffice.core.recipients import RecipientSource
from unionoffice.foundation.contract import ById, ListQuery, ListWindow
from unionoffice.foundation.errors import PermissionDenied, ValidationError

MONDAY = date(2026, 11, 2)  # a plain week: the 2nd … 6th are the notice's five working days


@pytest.fixture
def notice_id(db, org, admin, services_as):
    saved = services_as(db, admin).call(
        congress.SAVE_NOTICE,
        congress.NoticeInput(
            title="关于推荐2027年河南省五一劳动奖章候选人的通知",
            honour_title="河南省五一劳动奖章",
            level="provincial",
            issuer="河南省总工会",
            year=2027,
            quota=3,
            deadline=date(2026, 11, 30),
            ratios=[congress.RatioInput("front_line", "min", 35)],
        ),
    )
    return saved.id


def _candidates(db, office, notice_id, branch, categories):
    numbers = add_people(db, branch, "H", len(categories))
    ids = []
    for no, category in zip(numbers, categories, strict=True):
        ids.append(
            office.call(
                congress.SAVE_CANDIDATE,
                congress.CandidateInput(
                    notice_id=notice_id,
                    kind="member",
                    employee_no=no,
                    category=category,
                    deeds="扎根合成车间二十年，主持完成节能改造三项。",
                ),
            ).id
        )
    return ids


def _to_notice(office, ids, starts=MONDAY):
    office.call(
        congress.RECORD_MEETING, congress.MeetingInput(ids, date(2026, 9, 28), "工会委员会同意推荐。")
    )
    return office.call(congress.POST_NOTICE, congress.PublicNoticeInput(ids, starts)).ends_on


def test_submitting_on_the_fourth_working_day_of_the_notice_is_refused(
    db, org, admin, services_as, notice_id
):
    office = services_as(db, admin)
    ids = _candidates(db, office, notice_id, org["branch_a"], ["front_line"])
    assert _to_notice(office, ids) == date(2026, 11, 6)
    with pytest.raises(ValidationError) as refused:
        office.call(congress.SUBMIT_CANDIDATES, congress.SubmitInput(notice_id, ids, date(2026, 11, 5)))
    message = refused.value.problems[0].message
    assert refused.value.problems[0].field == "报送日期"
    assert "不少于 5 个工作日" in message and "第 4 个工作日" in message and "2026-11-06" in message
    detail = office.call(congress.OPEN_CANDIDATE, ById(ids[0]))
    assert detail.stage == Stage.NOTICE and detail.submitted_on is None
    office.call(congress.SUBMIT_CANDIDATES, congress.SubmitInput(notice_id, ids, date(2026, 11, 9)))
    assert office.call(congress.OPEN_CANDIDATE, ById(ids[0])).stage == Stage.SUBMITTED


def test_the_notice_period_counts_working_days_from_the_calendar(db, org, admin, services_as, notice_id):
    """Posted on Wednesday 2026-09-30 (day 1); 1–7 October are holidays; 8, 9 and the worked
    Saturday 10 October (调休) are days 2–4; Monday 12 October is the fifth."""
    office = services_as(db, admin)
    ids = _candidates(db, office, notice_id, org["branch_a"], ["front_line"])
    assert _to_notice(office, ids, date(2026, 9, 30)) == date(2026, 10, 12)


def test_a_batch_that_breaks_a_ratio_or_the_quota_is_refused(db, org, admin, services_as, notice_id):
    office = services_as(db, admin)
    ids = _candidates(db, office, notice_id, org["branch_a"], ["front_line", "staff", "management", "staff"])
    _to_notice(office, ids)
    with pytest.raises(ValidationError) as refused:  # 1 of 3 front-line: 33.3 % < 35 %
        office.call(congress.SUBMIT_CANDIDATES, congress.SubmitInput(notice_id, ids[:3], date(2026, 11, 9)))
    assert refused.value.problems[0].field == "结构比例"
    assert (
        "33.3%" in refused.value.problems[0].message
        and "一线职工不少于 35%" in refused.value.problems[0].message
    )
    with pytest.raises(ValidationError) as refused:  # four for a quota of three
        office.call(congress.SUBMIT_CANDIDATES, congress.SubmitInput(notice_id, ids, date(2026, 11, 9)))
    assert any(p.field == "名额" for p in refused.value.problems)
    office.call(congress.SUBMIT_CANDIDATES, congress.SubmitInput(notice_id, ids[:2], date(2026, 11, 9)))
    # The ratio holds over everyone submitted so far: adding a manager now makes 1 of 3 front-line.
    with pytest.raises(ValidationError, match="一线职工占 33.3%"):
        office.call(congress.SUBMIT_CANDIDATES, congress.SubmitInput(notice_id, [ids[2]], date(2026, 11, 10)))


def test_an_awarded_candidate_is_in_the_honours_registry_and_a_certificate_source(
    db, org, admin, services_as, notice_id, tmp_path
):
    office = services_as(db, admin)
    ids = _candidates(db, office, notice_id, org["branch_a"], ["front_line", "staff"])
    _to_notice(office, ids)
    office.call(congress.SUBMIT_CANDIDATES, congress.SubmitInput(notice_id, ids, date(2026, 11, 9)))
    won, lost = (office.call(congress.OPEN_CANDIDATE, ById(i)) for i in ids)
    office.call(
        congress.RECORD_RESULT,
        congress.ResultInput(
            candidate_id=won.id, version=won.version, awarded=True, result_on=date(2027, 4, 28)
        ),
    )
    office.call(
        congress.RECORD_RESULT,
        congress.ResultInput(
            candidate_id=lost.id, version=lost.version, awarded=False, result_on=date(2027, 4, 28)
        ),
    )
    from unionoffice.studios.service.honours import HonourFilter, honour_source

    rows = honour_source(db, admin, HonourFilter(year=2027)).page(ListWindow()).rows
    assert [(r[1][1], r[1][4]) for r in rows] == [("河南省五一劳动奖章", won.name)]

    from unionoffice.core.modules import load_object, module

    source: RecipientSource = load_object(module("congress").recipient_sources[0])
    assert source.batches is not None
    batch = source.batches(db, admin)
    assert len(batch) == 1
    people = source.recipients(db, admin, batch[0].key, None)
    assert [p.name for p in people] == [won.name] and people[0].fields["title"] == "河南省五一劳动奖章"

    screen = office.call(
        congress.OPEN_CANDIDATES, congress.CandidatesOpen(congress.CandidateFilter(), ListWindow())
    )
    assert screen.notice is not None and (screen.notice.submitted, screen.notice.awarded) == (2, 1)


def test_the_recommendation_form_is_prefilled(db, org, admin, services_as, notice_id, tmp_path):
    office = services_as(db, admin)
    ids = _candidates(db, office, notice_id, org["branch_a"], ["front_line"])
    _to_notice(office, ids)
    form = office.call(congress.RECOMMENDATION_FORM, ById(ids[0]))
    assert form.name.endswith("推荐审批表.pdf")
    path = tmp_path / "form.pdf"
    path.write_bytes(form.content)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for expected in (
        "2027年度河南省五一劳动奖章推荐审批表",
        "代表H1",
        "H001",
        "一线职工",
        "节能改造",
        "2026年11月2日至2026年11月6日",
    ):
        assert expected in text, expected


def test_steps_go_in_order_and_clerks_stay_in_their_branch(
    db, org, admin, clerk_a, clerk_b, services_as, notice_id
):
    office = services_as(db, admin)
    ids = _candidates(db, office, notice_id, org["branch_a"], ["front_line"])
    with pytest.raises(Exception, match="不能公示"):
        office.call(congress.POST_NOTICE, congress.PublicNoticeInput(ids, MONDAY))
    with pytest.raises(ValidationError) as refused:
        office.call(congress.RECORD_MEETING, congress.MeetingInput(ids, date(2026, 10, 28), ""))
    assert refused.value.problems[0].field == "会议纪要"
    assert (
        services_as(db, clerk_b)
        .call(congress.LIST_CANDIDATES, ListQuery(congress.CandidateFilter(notice_id)))
        .total
        == 0
    )
    assert (
        services_as(db, clerk_a)
        .call(congress.LIST_CANDIDATES, ListQuery(congress.CandidateFilter(notice_id)))
        .total
        == 1
    )
    with pytest.raises(PermissionDenied):
        services_as(db, clerk_a).call(
            congress.SUBMIT_CANDIDATES, congress.SubmitInput(notice_id, ids, date(2026, 11, 9))
        )
