"""Migration 0020 (five-small panels): existing results keep their shares; going back fills shares
left unstated with whole percents, as the import used to."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from tests.studios.conftest import ADMIN
from tests.studios.helpers import five_small
from unionoffice.db.migrate import downgrade, upgrade
from unionoffice.studios.service import rounds

SHARES = text(
    "SELECT achievement_id, position, share_pct FROM achievement_people ORDER BY achievement_id, position"
)


def test_unstated_shares_survive_a_downgrade_as_whole_percents(world):
    stated = five_small(world, "定了份额的成果", [("张三", 60), ("李四", 40)], declared=date(2026, 7, 3))
    equal = five_small(world, "平均分配的成果", [("王五", None), ("赵六", None), ("孙七", None)])
    round_id = rounds.open_round(world.db, ADMIN, 2026, 3)
    assert rounds.collect(world.db, ADMIN, round_id) == 2  # results point at the round the migration copies
    downgrade(world.db, "0019_congress")
    with world.db.read() as s:
        shares = {(aid, position): share for aid, position, share in s.execute(SHARES)}
        tables = {name for (name,) in s.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert "five_small_rules" not in tables and "five_small_payouts" not in tables
    assert [shares[(stated, 1)], shares[(stated, 2)]] == [60, 40]
    assert [shares[(equal, n)] for n in (1, 2, 3)] == [34, 33, 33]
    upgrade(world.db)
    with world.db.read() as s:
        assert [share for aid, _, share in s.execute(SHARES) if aid == stated] == [60, 40]
        assert len(s.execute(SHARES).all()) == 5
        in_round = s.execute(text("SELECT count(*) FROM achievements WHERE round_id = :r"), {"r": round_id})
        assert in_round.scalar_one() == 2
    assert rounds.get_round(world.db, ADMIN, round_id).entries == 2
