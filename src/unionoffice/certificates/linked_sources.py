"""Recipient sources fed by the other modules: contest prize winners, graded five-small
achievements of a quarter, and a year's honours list."""

from __future__ import annotations

from unionoffice.certificates.sources import Recipient, RecipientSource, SourceBatch, register_source
from unionoffice.certificates.templates import Template
from unionoffice.core.auth.actor import Actor
from unionoffice.foundation.i18n import translate
from unionoffice.db.database import Database


def _contest_batches(db: Database, actor: Actor) -> list[SourceBatch]:
    from unionoffice.contests.service.entrants import list_contests

    return [SourceBatch(str(c.id), c.name) for c in list_contests(db, actor) if c.locked]


def _contest_recipients(db: Database, actor: Actor, choice: str, _template: Template) -> list[Recipient]:
    from unionoffice.contests.service.results import prize_winners

    return [
        Recipient(w.name, w.member_id, {"award": w.award_level, "event": w.contest_title, "project": w.trade})
        for w in prize_winners(db, actor, int(choice))
    ]


def _round_batches(db: Database, actor: Actor) -> list[SourceBatch]:
    from unionoffice.studios.models import RoundStatus
    from unionoffice.studios.service.rounds import list_rounds

    return [
        SourceBatch(f"{r.year}-{r.quarter}", translate("Certificates", "{year} 年第 {q} 季度五小成果").format(
            year=r.year, q=r.quarter))
        for r in list_rounds(db, actor) if r.status == RoundStatus.CLOSED
    ]


def _achievement_recipients(db: Database, actor: Actor, choice: str, _template: Template) -> list[Recipient]:
    from unionoffice.studios.service.exports import graded_achievements

    year, quarter = (int(part) for part in choice.split("-"))
    recipients = []
    for a in graded_achievements(db, actor, year, quarter):
        for person in a.people:  # every author of a graded achievement gets a certificate
            recipients.append(Recipient(person.name, person.member_id, {
                "award": a.grade_label, "title": translate("Certificates", "{grade}成果").format(grade=a.grade_label),
                "project": a.title,
                "citation": translate("Certificates", "您参与的“{title}”在{year}年第{q}季度五小成果评审中被评为{grade}成果。").format(
                    title=a.title, year=year, q=quarter, grade=a.grade_label),
                "event": translate("Certificates", "{year}年第{q}季度“五小”成果发布会").format(year=year, q=quarter),
            }))
    return recipients


def _honour_batches(db: Database, actor: Actor) -> list[SourceBatch]:
    from datetime import date

    this_year = date.today().year
    return [SourceBatch(str(y), translate("Certificates", "{year} 年荣誉名单").format(year=y))
            for y in range(this_year, this_year - 6, -1)]


def _honour_recipients(db: Database, actor: Actor, choice: str, _template: Template) -> list[Recipient]:
    from unionoffice.studios.service.exports import honours_list

    return [
        Recipient(h.recipient_name, h.member_ids[0] if h.member_ids else None, {
            "award": h.title, "title": h.title, "citation": translate("Certificates", "荣获{body}授予的“{title}”称号。").format(
                body=h.body, title=h.title)})
        for h in honours_list(db, actor, int(choice))
        if not h.certificate_no  # honours that already came with a certificate are not printed again
    ]


def register() -> None:
    register_source(RecipientSource(
        key="contest", label=lambda: translate("Certificates", "技能竞赛获奖名单"), kind="list",
        batches=_contest_batches, recipients=_contest_recipients))
    register_source(RecipientSource(
        key="five_small", label=lambda: translate("Certificates", "五小成果评审结果"), kind="list",
        batches=_round_batches, recipients=_achievement_recipients))
    register_source(RecipientSource(
        key="honours", label=lambda: translate("Certificates", "荣誉名单"), kind="list",
        batches=_honour_batches, recipients=_honour_recipients))
