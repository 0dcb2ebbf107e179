"""Awarded candidates of a recommendation notice, as a list the certificates module can print for."""

from __future__ import annotations

from typing import Any

from unionoffice.congress.honours import awarded, awarded_notices
from unionoffice.core.auth.actor import Actor
from unionoffice.core.recipients import Recipient, RecipientSource, SourceBatch
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate


def _batches(db: Database, actor: Actor) -> list[SourceBatch]:
    return [SourceBatch(str(c.id), c.label) for c in awarded_notices(db, actor)]


def _recipients(db: Database, actor: Actor, choice: str, _template: Any) -> list[Recipient]:
    return [
        Recipient(
            a.name,
            a.member_id,
            {
                "award": a.honour_title,
                "title": a.honour_title,
                "citation": translate("Congress", "荣获{body}授予的“{title}”称号。").format(
                    body=a.issuer, title=a.honour_title
                ),
            },
        )
        for a in awarded(db, actor, int(choice))
    ]


AWARDED = RecipientSource(
    key="congress_awarded",
    label=lambda: translate("Congress", "评先推荐获评名单"),
    kind="list",
    batches=_batches,
    recipients=_recipients,
)
