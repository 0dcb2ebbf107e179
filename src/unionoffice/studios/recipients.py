"""The lists the certificates module can print for: a closed round's graded five-small results
(every author), and a year's honours."""

from __future__ import annotations

from datetime import date
from typing import Any

from unionoffice.core.auth.actor import Actor
from unionoffice.core.recipients import Recipient, RecipientSource, SourceBatch
from unionoffice.db.database import Database
from unionoffice.foundation.i18n import translate
from unionoffice.studios.models import RoundStatus
from unionoffice.studios.service.exports import graded_achievements, honours_list
from unionoffice.studios.service.rounds import list_rounds


def _round_batches(db: Database, actor: Actor) -> list[SourceBatch]:
    return [
        SourceBatch(
            f"{r.year}-{r.quarter}",
            translate("Studios", "{year} 年第 {q} 季度五小成果").format(year=r.year, q=r.quarter),
        )
        for r in list_rounds(db, actor)
        if r.status == RoundStatus.CLOSED
    ]


def _achievement_recipients(db: Database, actor: Actor, choice: str, _template: Any) -> list[Recipient]:
    year, quarter = (int(part) for part in choice.split("-"))
    recipients = []
    for a in graded_achievements(db, actor, year, quarter):
        for person in a.people:  # every author of a graded achievement gets a certificate
            recipients.append(
                Recipient(
                    person.name,
                    person.member_id,
                    {
                        "award": a.grade_label,
                        "title": translate("Studios", "{grade}成果").format(grade=a.grade_label),
                        "project": a.title,
                        "citation": translate(
                            "Studios", "您参与的“{title}”在{year}年第{q}季度五小成果评审中被评为{grade}成果。"
                        ).format(title=a.title, year=year, q=quarter, grade=a.grade_label),
                        "event": translate("Studios", "{year}年第{q}季度“五小”成果发布会").format(
                            year=year, q=quarter
                        ),
                    },
                )
            )
    return recipients


def _honour_batches(db: Database, actor: Actor) -> list[SourceBatch]:
    this_year = date.today().year
    return [
        SourceBatch(str(y), translate("Studios", "{year} 年荣誉名单").format(year=y))
        for y in range(this_year, this_year - 6, -1)
    ]


def _honour_recipients(db: Database, actor: Actor, choice: str, _template: Any) -> list[Recipient]:
    return [
        Recipient(
            h.recipient_name,
            h.member_ids[0] if h.member_ids else None,
            {
                "award": h.title,
                "title": h.title,
                "citation": translate("Studios", "荣获{body}授予的“{title}”称号。").format(
                    body=h.body, title=h.title
                ),
            },
        )
        for h in honours_list(db, actor, int(choice))
        if not h.certificate_no  # honours that already came with a certificate are not printed again
    ]


FIVE_SMALL_RESULTS = RecipientSource(
    key="five_small",
    label=lambda: translate("Studios", "五小成果评审结果"),
    kind="list",
    batches=_round_batches,
    recipients=_achievement_recipients,
)
HONOURS = RecipientSource(
    key="honours",
    label=lambda: translate("Studios", "荣誉名单"),
    kind="list",
    batches=_honour_batches,
    recipients=_honour_recipients,
)
