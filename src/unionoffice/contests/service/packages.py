"""Export a package per judge and event; import a filled package (signature, replay and
conflict checks, idempotent)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.contests.labels import EntryStatus
from unionoffice.contests.models import Contest, Contestant, ContestEvent, JudgeAssignment, ScoringItem
from unionoffice.contests.service.common import (
    exam_item_id,
    judge_branches,
    load_contest,
    require_admin,
    require_unlocked,
)
from unionoffice.contests.service.marking import MarksOutcome, apply_marks, find_assignment
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.judging import package as fmt
from unionoffice.core.judging.folders import KEY_SLIP, key_folder
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.errors import UserError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.progress import NO_PROGRESS, Progress


@dataclass(frozen=True)
class ExportedPackage:
    path: Path
    judge_name: str
    event_name: str
    contestants: int
    key_slip: str


def safe_name(name: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\s]+", "_", name).strip("_") or "judge"


def build_package(s: Session, contest: Contest, event: ContestEvent, a: JudgeAssignment) -> fmt.Package:
    judge = s.get_one(User, a.user_id)
    exam = exam_item_id(s, contest.id)
    items = [
        fmt.PackageItem(i.id, i.code, i.name, i.kind, i.max_centi)
        for i in s.execute(
            select(ScoringItem).where(ScoringItem.event_id == event.id).order_by(ScoringItem.sort_order)
        ).scalars()
        if (i.kind == "judged" or a.records_measured) and i.id != exam
    ]
    own = judge_branches(s, [a.user_id]).get(a.user_id, set()) if contest.no_own_branch else set()
    # Only bib and name leave the building; contestants of the judge's own branch are left out.
    people = tuple(
        fmt.PackageContestant(c.bib, c.name)
        for c in s.execute(
            select(Contestant)
            .where(Contestant.contest_id == contest.id, Contestant.status == EntryStatus.ENTERED)
            .order_by(Contestant.bib)
        ).scalars()
        if c.branch_id not in own
    )
    package = fmt.Package(
        contest_uid=contest.uid,
        contest_name=contest.name,
        contest_year=contest.year,
        trade=contest.trade,
        event_id=event.id,
        event_name=event.name,
        judge_id=a.user_id,
        judge_name=judge.display_name,
        seq=a.last_seq,
        state="issued",
        issued_at=utcnow().isoformat(timespec="seconds"),
        signed_at="",
        items=tuple(items),
        contestants=people,
        marks=(),
    )
    return fmt.sign(package, bytes.fromhex(a.key))


def export_packages(
    db: Database,
    actor: Actor,
    contest_id: int,
    folder: str | Path,
    progress: Progress = NO_PROGRESS,
    keys_folder: str | Path | None = None,
) -> list[ExportedPackage]:
    """One ``.uojudge`` file per judge and event in ``folder``; ``评委密钥单.txt`` with each judge's
    key in ``keys_folder`` (default: ``key_folder(folder)``, beside it), which must lie outside ``folder``."""
    require_admin(actor)
    out = Path(folder)
    slips = Path(keys_folder) if keys_folder is not None else key_folder(out)
    if slips.resolve() == out.resolve() or out.resolve() in slips.resolve().parents:
        raise UserError(
            translate(
                "ContestPackage", "评委密钥单不能和评分包放在同一个文件夹里，请为密钥单另选一个文件夹。"
            )
        )
    out.mkdir(parents=True, exist_ok=True)
    with db.read(actor) as s:
        contest = load_contest(s, actor, contest_id)
        require_unlocked(contest)
        rows = s.execute(
            select(JudgeAssignment, ContestEvent)
            .join(ContestEvent, ContestEvent.id == JudgeAssignment.event_id)
            .where(ContestEvent.contest_id == contest_id)
            .order_by(ContestEvent.sort_order, JudgeAssignment.id)
        ).all()
        if not rows:
            raise UserError(translate("ContestPackage", "该竞赛还没有指派评委，无法导出评分包。"))
        result = []
        for n, (a, event) in enumerate(rows):
            progress.step(n, len(rows))
            package = build_package(s, contest, event, a)
            if not package.items:
                continue  # nothing for this judge to mark by hand (the exam marks the theory paper)
            stem = "_".join(safe_name(part) for part in (contest.trade, event.name, package.judge_name))
            path = out / f"{contest.year}_{stem}{fmt.SUFFIX}"
            partial = path.with_name(path.name + ".part")
            partial.write_bytes(fmt.dumps(package))
            partial.replace(path)
            result.append(
                ExportedPackage(
                    path, package.judge_name, event.name, len(package.contestants), fmt.key_slip_text(a.key)
                )
            )
    slip = [
        translate("ContestPackage", "评委评分密钥单（请分别交给各位评委本人，与评分包分开传递）"),
        f"{contest.name}",
        "",
    ]
    slip += [f"{e.judge_name}\t{e.event_name}\t{e.key_slip}\t{e.path.name}" for e in result]
    slips.mkdir(parents=True, exist_ok=True)
    (slips / KEY_SLIP).write_text("\n".join(slip) + "\n", encoding="utf-8")
    progress.step(len(rows), len(rows))
    return result


def import_package_bytes(db: Database, actor: Actor, data: bytes) -> MarksOutcome:
    require_admin(actor)
    package = fmt.loads(data)
    with db.transaction(actor) as s:
        contest = s.execute(select(Contest).where(Contest.uid == package.contest_uid)).scalar_one_or_none()
        if contest is None:
            raise UserError(
                translate(
                    "ContestPackage", "评分包属于另一个竞赛（“{name}”），本数据库中没有该竞赛。"
                ).format(name=package.contest_name)
            )
        event = s.get(ContestEvent, package.event_id)
        if event is None or event.contest_id != contest.id:
            raise UserError(
                translate("ContestPackage", "评分包中的科目不属于竞赛“{name}”。").format(name=contest.name)
            )
        a = find_assignment(s, event.id, package.judge_id)
        if a is None:
            raise UserError(
                translate("ContestPackage", "{judge} 未被指派为“{event}”的评委，评分包不能导入。").format(
                    judge=package.judge_name, event=event.name
                )
            )
        if not fmt.verify(package, bytes.fromhex(a.key)):
            raise UserError(
                translate(
                    "ContestPackage",
                    "评分包签名不符：文件在评分程序之外被修改过，或不是该评委的评分包。未导入任何评分。",
                )
            )
        require_unlocked(contest)
        if package.state != "signed":
            raise UserError(
                translate("ContestPackage", "这是尚未评分的空白评分包，请导入评委“完成并签名”后生成的文件。")
            )
        digest = package.marks_digest()
        if package.seq < a.last_seq or (package.seq == a.last_seq and digest != a.last_digest):
            raise UserError(
                translate(
                    "ContestPackage",
                    "这是 {judge} 较早的评分包（第 {seq} 版），已导入过第 {last} 版，不能用旧版本覆盖。",
                ).format(judge=package.judge_name, seq=package.seq, last=a.last_seq)
            )
        if package.seq == a.last_seq:
            return MarksOutcome(contest.id, event.name, package.judge_name, 0, 0, 0, len(package.marks))
        marks = [(bib, item, value, None) for bib, item, value in package.marks]
        outcome = apply_marks(s, contest, event, a, marks, "package", package.seq)
        a.last_seq, a.last_digest = package.seq, digest
        return outcome


def import_package(db: Database, actor: Actor, path: str | Path) -> MarksOutcome:
    target = Path(path)
    try:
        data = target.read_bytes() if target.stat().st_size <= fmt.MAX_BYTES else b""
    except OSError:
        raise UserError(
            translate("ContestPackage", "无法读取文件“{name}”。").format(name=target.name)
        ) from None
    return import_package_bytes(db, actor, data)
