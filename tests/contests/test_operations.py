"""The contest operations through the service contract: what each screen's call returns, in how
many statements and sessions, who may see what, and refusals arriving as themselves."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace

import pytest
from sqlalchemy import event

from unionoffice.contests import contract as c
from unionoffice.contests.labels import ContestPage
from unionoffice.contests.service import entrants
from unionoffice.foundation.contract import ById, FileData, ListQuery, ListWindow
from unionoffice.foundation.errors import NotFound, PermissionDenied, UserError, ValidationError

from .conftest import World, standard_definition

PICKS = (0, 1, 10, 11, 20, 21, 30, 31)  # two contestants of each branch union


def auth_sessions(request: pytest.FixtureRequest) -> int:
    """The union server opens one session of its own per request to check the sign-in token."""
    return 1 if request.node.callspec.params.get("services_as") == "remote" else 0


@contextmanager
def counted(world: World):  # type: ignore[no-untyped-def]
    """Statements executed and connections checked out while the block runs."""
    seen = {"statements": 0, "sessions": 0}

    def statement(*_args: object) -> None:
        seen["statements"] += 1

    def checkout(*_args: object) -> None:
        seen["sessions"] += 1

    event.listen(world.db.engine, "before_cursor_execute", statement)
    event.listen(world.db.engine.pool, "checkout", checkout)
    try:
        yield seen
    finally:
        event.remove(world.db.engine, "before_cursor_execute", statement)
        event.remove(world.db.engine.pool, "checkout", checkout)


@pytest.fixture
def entered(world: World, contest_id: int) -> int:
    entrants.register_members(world.db, world.admin, contest_id, [world.member_ids[i] for i in PICKS])
    return contest_id


def test_opening_the_tab_is_one_session_with_the_first_contests_results(world, entered, services_as, request):  # type: ignore[no-untyped-def]
    services = services_as(world.db, world.actor("admin"))
    with counted(world) as seen:
        screen = services.call(c.OPEN_TAB, c.TabOpen(c.ContestFilter(), ListWindow()))
    assert seen["sessions"] == 1 + auth_sessions(request) and seen["statements"] <= 14, seen
    assert screen.contests.total == 1 and screen.years == [2026] and screen.trades == ["电工"]
    assert screen.org is not None  # the session had no reference yet
    detail = screen.detail
    assert detail is not None and detail.head.id == entered and detail.head.contestants == 8
    assert detail.results is not None and len(detail.results.rows) == 8
    assert detail.contestants is None and detail.judges is None


def test_the_tab_reopens_on_the_contest_and_page_shown(world, entered, services_as):  # type: ignore[no-untyped-def]
    admin = world.actor("admin")
    other = c.ContestDef(**{**standard_definition().__dict__, "name": "2025年电工技能比武", "year": 2025})
    from unionoffice.contests.service.definition import create_contest

    older = create_contest(world.db, admin, other)
    services = services_as(world.db, admin)
    first = services.call(c.OPEN_TAB, c.TabOpen(c.ContestFilter(), ListWindow()))
    assert [row[1][1] for row in first.contests.rows] == ["2026年电工技能比武", "2025年电工技能比武"]
    stamp = first.org.stamp if first.org else None
    again = services.call(
        c.OPEN_TAB,
        c.TabOpen(c.ContestFilter(), ListWindow(), ContestPage.JUDGES, current=older, org_stamp=stamp),
    )
    assert again.org is None  # the reference did not change
    assert again.detail is not None and again.detail.head.id == older and again.detail.judges is not None
    assert [e.name for e in again.detail.judges.events] == ["理论考试", "实操考核"]
    assert "还没有指派评委" in again.detail.judges.warnings[0]
    year_only = services.call(
        c.OPEN_TAB, c.TabOpen(c.ContestFilter(year=2025), ListWindow(), current=entered)
    )
    assert year_only.contests.total == 1 and year_only.detail and year_only.detail.head.id == older


def test_each_page_is_one_call(world, entered, services_as, request):  # type: ignore[no-untyped-def]
    services = services_as(world.db, world.actor("admin"))
    with counted(world) as seen:
        people = services.call(c.DETAIL, c.DetailRequest(entered, ContestPage.CONTESTANTS))
    assert seen["sessions"] == 1 + auth_sessions(request)
    assert people.contestants is not None and people.contestants.total == 8
    assert people.contestants.rows[0][1][:2] == ("001", "心兴00")
    scheme = services.call(c.DETAIL, c.DetailRequest(entered, ContestPage.SCHEME)).scheme
    assert scheme == standard_definition()
    found = services.call(
        c.LIST_CONTESTANTS, ListQuery(c.ContestantFilter(entered, "氢力"), ListWindow(sort="bib"))
    )
    assert found.total == 2


def test_scope_clerks_see_their_branch_and_judges_their_contests(world, entered, services_as):  # type: ignore[no-untyped-def]
    clerk = services_as(world.db, world.actor("clerk_xx"))
    page = clerk.call(c.LIST_CONTESTANTS, ListQuery(c.ContestantFilter(entered), ListWindow()))
    assert page.total == 2 and {row[1][2] for row in page.rows} == {"心兴分工会"}
    judge = services_as(world.db, world.actor("judge3"))
    nothing = judge.call(c.OPEN_TAB, c.TabOpen(c.ContestFilter(), ListWindow()))
    assert nothing.contests.total == 0 and nothing.detail is None
    with pytest.raises(NotFound):
        judge.call(c.DETAIL, c.DetailRequest(entered, ContestPage.RESULTS))
    entrants.assign_judge(world.db, world.admin, _event(world, entered, "实操考核"), world.users["judge3"])
    shown = judge.call(c.OPEN_TAB, c.TabOpen(c.ContestFilter(), ListWindow()))
    assert shown.contests.total == 1
    judged = judge.call(c.DETAIL, c.DetailRequest(entered, ContestPage.CONTESTANTS))
    assert judged.contestants and judged.contestants.rows[0][1][3:6] == ("", "", "")  # no employee number


def _event(world: World, contest_id: int, name: str) -> int:
    admin = world.actor("admin")
    with world.db.read() as s:
        from unionoffice.contests.service.common import load_contest
        from unionoffice.contests.service.entrants import judges_view_in

        view = judges_view_in(s, admin, load_contest(s, admin, contest_id))
    return next(e.id for e in view.events if e.name == name)


def test_refusals_arrive_as_themselves(world, entered, services_as):  # type: ignore[no-untyped-def]
    viewer = services_as(world.db, world.actor("viewer"))
    with pytest.raises(PermissionDenied):
        viewer.call(c.ADD_CONTESTANTS, c.NewContestants(entered, [world.member_ids[5]]))
    admin = services_as(world.db, world.actor("admin"))
    bad = replace(standard_definition(), name="", events=())
    with pytest.raises(ValidationError) as refused:
        admin.call(c.SAVE_SCHEME, c.SchemeSave(bad))
    assert {p.field for p in refused.value.problems} >= {"竞赛名称", "科目"}
    with pytest.raises(UserError, match="解锁必须写明理由"):
        admin.call(c.UNLOCK, c.LockChange(entered, 1, "x"))


def test_packages_round_trip_through_the_contract(world, entered, services_as, tmp_path):  # type: ignore[no-untyped-def]
    from unionoffice.core.judging.workbook import JudgeWorkbook

    admin = services_as(world.db, world.actor("admin"))
    for judge in ("judge3", "judge4"):
        admin.call(c.ASSIGN_JUDGE, c.JudgeAssign(_event(world, entered, "实操考核"), world.users[judge]))
    made = admin.call(c.EXPORT_PACKAGES, ById(entered))
    assert len(made.files) == 2 and all(f.name.endswith(".uojudge") for f in made.files)
    assert [f.name for f in made.keys] == ["评委密钥单.txt"] and len(made.lines) == 2  # never among them
    slip = made.keys[0].content.decode()
    filled = []
    for f in made.files:
        if f.name.endswith(".uojudge"):
            path = tmp_path / f.name
            path.write_bytes(f.content)
            book = JudgeWorkbook(path)
            key = next(line.split("\t")[2] for line in slip.splitlines() if f.name in line)
            book.unlock(key)
            for bib in book.bibs:
                for item in book.items:
                    book.set_text(bib, item, "10")
            out = book.finish()
            filled.append(FileData(out.name, out.read_bytes()))
    report = admin.call(c.IMPORT_PACKAGES, c.Uploads([*filled, FileData("坏.uojudge", b"{}")]))
    assert report.failed == 1 and "坏.uojudge：未导入" in report.lines[-1]
    assert "新增 24 个评分" in report.lines[0]
    sheets = admin.call(c.EXPORT_SHEETS, ById(entered))
    assert sorted(f.name for f in sheets.files) == [
        "实操考核_评委3_评分表.xlsx",
        "实操考核_评委4_评分表.xlsx",
    ]
    for fmt, magic in (("pdf", b"%PDF"), ("xlsx", b"PK"), ("csv", "名次".encode("utf-8-sig")[:3])):
        out = admin.call(c.EXPORT_RESULTS, c.ResultsExport(entered, fmt))
        assert out.name.endswith(f"成绩.{fmt}") and out.content.startswith(magic)


def test_scheme_file_and_copy_through_the_contract(world, entered, services_as):  # type: ignore[no-untyped-def]
    admin = services_as(world.db, world.actor("admin"))
    file = admin.call(c.EXPORT_DEFINITION, ById(entered))
    assert file.name == "2026年电工技能比武.json"
    saved = admin.call(c.IMPORT_DEFINITION, c.DefinitionUpload(file, 2028))
    state = admin.call(c.OPEN_SCHEME, ById(saved.id))
    assert state.definition.name == "2028年电工技能比武" and state.events_editable
    copied = admin.call(c.COPY_CONTEST, c.ContestCopy(entered, 2027))
    assert copied.definition.year == 2027 and copied.contest_id not in (entered, saved.id)
    changed = replace(copied.definition, venue="新乡二号实训楼")
    admin.call(c.SAVE_SCHEME, c.SchemeSave(changed, copied.contest_id, copied.version))
    assert admin.call(c.OPEN_SCHEME, ById(copied.contest_id)).definition.venue == "新乡二号实训楼"
