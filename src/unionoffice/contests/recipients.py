"""The list the certificates module can print for: a locked contest's prize winners."""

from __future__ import annotations

from typing import Any

from unionoffice.contests.service.entrants import list_contests
from unionoffice.contests.service.results import prize_winners
from unionoffice.core.auth.actor import Actor
from unionoffice.core.recipients import Recipient, RecipientSource, SourceBatch
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate


def _contest_batches(db: Database, actor: Actor) -> list[SourceBatch]:
    return [SourceBatch(str(c.id), c.name) for c in list_contests(db, actor) if c.locked]


def _contest_recipients(db: Database, actor: Actor, choice: str, _template: Any) -> list[Recipient]:
    return [
        Recipient(
            w.name,
            w.member_id,
            {"award": w.award_level, "event": w.contest_title, "project": w.trade, "outcome": w.outcome},
        )
        for w in prize_winners(db, actor, int(choice))
    ]


PRIZE_WINNERS = RecipientSource(
    key="contest",
    label=lambda: translate("Contests", "技能竞赛获奖名单"),
    kind="list",
    batches=_contest_batches,
    recipients=_contest_recipients,
)
