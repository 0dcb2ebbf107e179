"""免申即享: members whose households may need help, found in data the union already holds.
Nobody applies; the committee opens a file (origin 免申即享) or sets the candidate aside with a
reason, which holds for the year unless a new reason appears.

Reasons, each with its evidence: the medical module's hardship alert (self-paid costs above its
line), a large medical bill this year, a critical-illness or accident claim, the member's death,
the death or serious illness of a relative who is on the register too (matched by identity number
through keyed hashes), and whatever other modules offer at the ``hardship.signals`` extension
point (signals.py), e.g. a low dues base once a dues ledger exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.core.auth.actor import Actor
from unionoffice.core.crypto import vault
from unionoffice.core.org.models import OrgUnit
from unionoffice.db.database import Database
from unionoffice.foundation.contract import ListWindow, Page
from unionoffice.foundation.errors import FieldProblem, NotFound, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.money import format_fen
from unionoffice.foundation.xlsx import Sheet, write_xlsx
from unionoffice.hardship.contract import CandidateFilter, SignalChoice, candidate_columns, field_label
from unionoffice.hardship.labels import Signal, Stage
from unionoffice.hardship.models import Dismissal, HardshipFile, HouseholdPerson
from unionoffice.hardship.perms import HardshipPerm
from unionoffice.hardship.service.common import in_union_statuses, today
from unionoffice.hardship.service.standards import rule_in_force
from unionoffice.hardship.signals import Clue, sources
from unionoffice.medical.api import year_burdens
from unionoffice.members.api import Member, MemberStatus, Relation, relatives_on_register

# A member's death counts as a reason for a year after it.
DEATH_WINDOW = timedelta(days=365)


@dataclass
class Candidate:
    member_id: int
    name: str
    pinyin: str
    employee_no: str
    branch_id: int
    branch: str
    branch_order: int
    base: str
    clues: list[Clue] = field(default_factory=list)
    dismissed: str = ""  # the committee's reason, when it set the candidate aside

    @property
    def keys(self) -> set[str]:
        return {c.key for c in self.clues}

    def reasons(self) -> str:
        seen: list[str] = []
        for clue in self.clues:
            if clue.label not in seen:
                seen.append(clue.label)
        return "；".join(seen)

    def details(self) -> str:
        return "；".join(c.detail for c in self.clues)


def signal_choices() -> list[SignalChoice]:
    built_in = [SignalChoice(sig.value, sig.label) for sig in Signal]
    return built_in + [SignalChoice(src.key, src.label()) for src in sources()]


# Where the reasons come from ----------------------------------------------------------------------
def medical_clues(s: Session, year: int, on: date) -> list[Clue]:
    large = rule_in_force(s, on).large_claim_fen
    clues = []
    for b in year_burdens(s, year):
        if b.alerted:
            clues.append(
                Clue(
                    b.member_id,
                    Signal.MEDICAL_ALERT,
                    Signal.MEDICAL_ALERT.label,
                    translate("Hardship", "{year} 年医疗互助自付 {paid} 元，超过困难预警线 {line} 元").format(
                        year=year, paid=format_fen(b.self_paid_fen), line=format_fen(b.alert_fen)
                    ),
                )
            )
        if b.largest_fen >= large:
            detail = (
                translate("Hardship", "{year} 年医疗费用 {total} 元（1 件）").format(
                    year=year, total=format_fen(b.total_fen)
                )
                if b.claims == 1
                else translate(
                    "Hardship", "{year} 年医疗费用 {total} 元（{n} 件，单件最高 {largest} 元）"
                ).format(
                    year=year, total=format_fen(b.total_fen), n=b.claims, largest=format_fen(b.largest_fen)
                )
            )
            clues.append(Clue(b.member_id, Signal.LARGE_CLAIM, Signal.LARGE_CLAIM.label, detail))
        if b.serious:
            clues.append(
                Clue(
                    b.member_id,
                    Signal.SERIOUS_ILLNESS,
                    Signal.SERIOUS_ILLNESS.label,
                    translate("Hardship", "{year} 年有 {n} 件重大疾病或意外伤害互助申请").format(
                        year=year, n=b.serious
                    ),
                )
            )
    return clues


def death_clues(s: Session, on: date) -> list[Clue]:
    rows = s.execute(
        select(Member.id, Member.status_date).where(
            Member.status == MemberStatus.DECEASED,
            Member.status_date >= on - DEATH_WINDOW,
            Member.status_date <= on,
        )
    )
    return [
        Clue(
            member_id,
            Signal.DEATH,
            Signal.DEATH.label,
            translate("Hardship", "会员本人于 {day} 去世，家庭失去一份收入").format(
                day=day.isoformat() if day else ""
            ),
        )
        for member_id, day in rows
    ]


def family_clues(s: Session, own: Sequence[Clue]) -> list[Clue]:
    """A relative on the register who died or fell seriously ill: a reason for the member whose
    family record names them. Needs the data key (identity numbers are compared as keyed hashes)."""
    struck = {c.member_id: c for c in own if c.key in (Signal.DEATH, Signal.SERIOUS_ILLNESS)}
    if not struck or not vault.has_data_key():
        return []
    names = dict(s.execute(select(Member.id, Member.name).where(Member.id.in_(sorted(struck)))).all())
    clues = []
    for link in relatives_on_register(s, relative_ids=set(struck)):
        cause = struck[link.relative_id]
        what = (
            translate("Hardship", "去世")
            if cause.key == Signal.DEATH
            else translate("Hardship", "本年有重大疾病或意外伤害互助申请")
        )
        clues.append(
            Clue(
                link.member_id,
                Signal.FAMILY,
                Signal.FAMILY.label,
                translate("Hardship", "{relation}{name}（本会会员）{what}").format(
                    relation=Relation(link.relation).label, name=names.get(link.relative_id, ""), what=what
                ),
            )
        )
    return clues


def all_clues(s: Session, year: int, on: date) -> list[Clue]:
    own = medical_clues(s, year, on) + death_clues(s, on)
    found = own + family_clues(s, own)
    for source in sources():
        found += list(source.clues(s, year, on))
    return found


# The list -----------------------------------------------------------------------------------------
def _looked_after(s: Session, member_ids: set[int], on: date) -> set[int]:
    """Members whose household has a file that is open or still followed up."""
    if not member_ids:
        return set()
    wanted = sorted(member_ids)
    current = (HardshipFile.stage != Stage.CLOSED) | (HardshipFile.follow_up_until >= on)
    heads = set(
        s.execute(select(HardshipFile.member_id).where(current, HardshipFile.member_id.in_(wanted))).scalars()
    )
    people = set(
        s.execute(
            select(HouseholdPerson.member_id)
            .join(HardshipFile, HardshipFile.id == HouseholdPerson.file_id)
            .where(current, HouseholdPerson.member_id.in_(wanted))
        ).scalars()
    )
    return heads | {p for p in people if p is not None}


def candidates(s: Session, actor: Actor, year: int, on: date) -> tuple[list[Candidate], list[Candidate]]:
    """(candidates, set aside this year) within the actor's branch unions."""
    by_member: dict[int, list[Clue]] = {}
    for clue in all_clues(s, year, on):
        by_member.setdefault(clue.member_id, []).append(clue)
    if not by_member:
        return [], []
    allowed = {*in_union_statuses(), MemberStatus.DECEASED}
    members = s.execute(
        select(Member, OrgUnit.name, OrgUnit.sort_order)
        .join(OrgUnit, OrgUnit.id == Member.branch_id)
        .where(Member.id.in_(sorted(by_member)), actor.branch_clause(Member.branch_id))
    )
    skip = _looked_after(s, set(by_member), on)
    dismissed: dict[int, tuple[set[str], str]] = {}
    for row in s.execute(
        select(Dismissal)
        .where(Dismissal.year == year, Dismissal.member_id.in_(sorted(by_member)))
        .order_by(Dismissal.id)
    ).scalars():
        keys, _reason = dismissed.get(row.member_id, (set(), ""))
        dismissed[row.member_id] = (keys | set(row.signals.split(",")), row.reason)
    open_list, aside = [], []
    for member, branch, order in members:
        if member.id in skip or member.status not in allowed:
            continue
        clues = by_member[member.id]
        if member.status == MemberStatus.DECEASED and not any(c.key == Signal.DEATH for c in clues):
            continue  # a death long ago: the household is no longer found through the member
        candidate = Candidate(
            member.id,
            member.name,
            member.name_pinyin or member.name,
            member.employee_no or "",
            member.branch_id,
            branch,
            order,
            member.base or "",
            clues,
        )
        keys, reason = dismissed.get(member.id, (set(), ""))
        if keys and candidate.keys <= keys:
            candidate.dismissed = reason
            aside.append(candidate)
        else:
            open_list.append(candidate)
    return open_list, aside


def _matches(c: Candidate, flt: CandidateFilter) -> bool:
    if flt.branch_id is not None and c.branch_id != flt.branch_id:
        return False
    if flt.signal and flt.signal not in c.keys:
        return False
    text = flt.text.strip()
    if text:
        lower = text.lower()
        return text in c.name or c.pinyin.startswith(lower) or c.employee_no.upper().startswith(text.upper())
    return True


SORT_KEYS = {
    "name": lambda c: (c.pinyin, c.member_id),
    "employee_no": lambda c: (c.employee_no, c.member_id),
    "branch": lambda c: (c.branch_order, c.pinyin),
    "base": lambda c: (c.base, c.pinyin),
    "reasons": lambda c: (-len(c.keys), c.branch_order, c.pinyin),
}


def chosen(
    db: Database, actor: Actor, flt: CandidateFilter, sort: str | None = None, descending: bool = False
) -> list[Candidate]:
    actor.require(HardshipPerm.READ)
    on = today()
    with db.read(actor) as s:
        open_list, aside = candidates(s, actor, on.year, on)
    rows = [c for c in (aside if flt.dismissed else open_list) if _matches(c, flt)]
    key = SORT_KEYS.get(sort or "reasons", SORT_KEYS["reasons"])
    rows.sort(key=key, reverse=descending)
    return rows


def row_values(c: Candidate, dismissed: bool) -> tuple[str, ...]:
    details = c.details()
    if dismissed:
        details = translate("Hardship", "已排除：{reason}。线索：{details}").format(
            reason=c.dismissed, details=details
        )
    return (c.name, c.employee_no, c.branch, c.base, c.reasons(), details)


def page(db: Database, actor: Actor, flt: CandidateFilter, window: ListWindow) -> Page:
    rows = chosen(db, actor, flt, window.sort, window.descending)
    shown = rows[window.offset : window.offset + window.limit]
    return Page(
        [(c.member_id, row_values(c, flt.dismissed)) for c in shown],
        window.offset,
        len(rows) if window.count and window.offset == 0 else None,
    )


def dismiss(db: Database, actor: Actor, member_id: int, reason: str) -> None:
    actor.require(HardshipPerm.WRITE)
    reason = reason.strip()
    if len(reason) < 2:
        raise ValidationError(
            FieldProblem(field_label("reason"), translate("Hardship", "请写明不予建档的理由（委员会的意见）"))
        )
    if len(reason) > 500:
        raise ValidationError(
            FieldProblem(field_label("reason"), translate("Hardship", "不能超过 {n} 个字").format(n=500))
        )
    on = today()
    with db.transaction(actor) as s:
        open_list, _aside = candidates(s, actor, on.year, on)
        found = next((c for c in open_list if c.member_id == member_id), None)
        if found is None:
            raise NotFound(translate("Hardship", "该会员不在本年的免申即享名单上（可能已建档或已排除）。"))
        s.add(
            Dismissal(
                member_id=member_id,
                branch_id=found.branch_id,
                year=on.year,
                signals=",".join(sorted(found.keys))[:255],
                reason=reason,
                dismissed_on=on,
                recorded_by_id=actor.user_id,
            )
        )


def restore(db: Database, actor: Actor, member_id: int) -> None:
    """Undo this year's dismissals of a member: back on the list."""
    actor.require(HardshipPerm.WRITE)
    year = today().year
    with db.transaction(actor) as s:
        rows = list(
            s.execute(
                select(Dismissal).where(
                    Dismissal.member_id == member_id,
                    Dismissal.year == year,
                    actor.branch_clause(Dismissal.branch_id),
                )
            ).scalars()
        )
        if not rows:
            raise NotFound(translate("Hardship", "该会员本年没有被排除。"))
        for row in rows:
            s.delete(row)


def export(db: Database, actor: Actor, flt: CandidateFilter, path: str | Path) -> int:
    rows: Iterable[Candidate] = chosen(db, actor, flt)
    headers = [c.title for c in candidate_columns()]
    values = [list(row_values(c, flt.dismissed)) for c in rows]
    title = (
        translate("Hardship", "免申即享候选名单")
        if not flt.dismissed
        else translate("Hardship", "已排除名单")
    )
    write_xlsx(path, [Sheet(title, headers, values)])
    return len(values)
