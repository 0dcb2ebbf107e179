"""The contests migration (entry rules, withdrawals, banks and exams) keeps a database's contests:
down to the previous revision and up again, every contestant is entered, nothing is lost."""

from __future__ import annotations

from sqlalchemy import inspect, text

from unionoffice.contests.service import entrants
from unionoffice.contests.service.results import compute_results
from unionoffice.db.migrate import current_revisions, downgrade, head_revisions, upgrade

from .conftest import World


def test_down_and_up_again_keeps_contestants_entered(world: World, contest_id: int) -> None:
    entrants.register_members(world.db, world.admin, contest_id, world.member_ids[:3])
    downgrade(world.db, "0014_medical_corrections")
    assert "exam_papers" not in inspect(world.db.engine).get_table_names()
    with world.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM contestants")).scalar_one() == 3
    upgrade(world.db)
    assert current_revisions(world.db) == head_revisions()
    with world.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT status, source, skill_level FROM contestants")).all()
        plan = conn.execute(text("SELECT exam_plan, pass_line_centi FROM contests")).one()
    assert rows == [("entered", "register", None)] * 3 and tuple(plan) == ("", None)
    assert len(compute_results(world.db, world.admin, contest_id).rows) == 3


def test_down_and_up_keeps_the_scheme_on_every_backend(db, admin) -> None:  # type: ignore[no-untyped-def]
    """On SQLite and PostgreSQL: columns are dropped in place, nothing cascades from contests."""
    from unionoffice.contests.service.definition import create_contest, get_definition

    from .conftest import standard_definition

    contest_id = create_contest(db, admin, standard_definition())
    downgrade(db, "0014_medical_corrections")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM contest_items")).scalar_one() == 4
    upgrade(db)
    assert get_definition(db, admin, contest_id) == standard_definition()
