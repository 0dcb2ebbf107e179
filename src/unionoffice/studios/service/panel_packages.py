"""A five-small panel's judge packages: out to the judges (signed, one per judge, with the key
slip) and back (checked and written in one go). The files, keys and judge mode are the skill
contests' (``core/judging``); ``kind`` says the entries are five-small results."""

from __future__ import annotations

import re

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from unionoffice.core.audit.recorder import record
from unionoffice.core.auth.actor import Actor
from unionoffice.core.auth.models import User
from unionoffice.core.judging import package as fmt
from unionoffice.core.judging.folders import KEY_SLIP
from unionoffice.core.judging.marks import format_centi
from unionoffice.db.base import utcnow
from unionoffice.db.database import Database
from unionoffice.foundation.contract import FileData
from unionoffice.foundation.errors import FieldProblem, UserError, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.studios.models import Achievement, EvaluationRound, PanelJudge, PanelMark
from unionoffice.studios.perms import StudiosPerm
from unionoffice.studios.service.panel import round_title
from unionoffice.studios.service.payouts import round_rule
from unionoffice.studios.service.rounds import require_open


def _safe(name: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\s]+", "_", name).strip("_") or "judge"


def export_packages(db: Database, actor: Actor, round_id: int) -> tuple[list[FileData], FileData]:
    """One signed package per judge (the round's results and the score sheet's criteria) and the
    key slip, which goes to each judge separately from their file."""
    actor.require(StudiosPerm.EVALUATE)
    with db.read(actor) as s:
        r = require_open(s, round_id)
        rule = round_rule(s, r)
        judges = s.execute(
            select(PanelJudge, User.display_name)
            .join(User, User.id == PanelJudge.user_id)
            .where(PanelJudge.round_id == r.id)
            .order_by(PanelJudge.id)
        ).all()
        if rule is None or r.uid is None or not judges:
            raise UserError(translate("Studios", "请先组成评审组，再导出评分包。"))
        entries = s.execute(
            select(Achievement.id, Achievement.reg_no, Achievement.title)
            .where(Achievement.round_id == r.id)
            .order_by(Achievement.reg_no, Achievement.id)
        ).all()
        if not entries:
            raise UserError(translate("Studios", "本轮还没有收集成果，没有可评分的内容。"))
        items = tuple(fmt.PackageItem(c.id, c.code, c.name, "judged", c.max_centi) for c in rule.criteria)
        contestants = tuple(
            fmt.PackageContestant(_bib(aid, reg_no), title[:64]) for aid, reg_no, title in entries
        )
        files: list[FileData] = []
        slip = [
            translate("Studios", "五小成果评委评分密钥单（请分别交给各位评委本人，与评分包分开传递）"),
            round_title(r),
            "",
        ]
        for judge, name in judges:
            package = fmt.sign(
                fmt.Package(
                    contest_uid=r.uid,
                    contest_name=round_title(r),
                    contest_year=r.year,
                    trade=translate("Studios", "五小成果"),
                    event_id=r.id,
                    event_name=translate("Studios", "成果评审"),
                    judge_id=judge.user_id,
                    judge_name=name,
                    seq=judge.last_seq,
                    state="issued",
                    issued_at=utcnow().isoformat(timespec="seconds"),
                    signed_at="",
                    items=items,
                    contestants=contestants,
                    marks=(),
                    kind=fmt.FIVE_SMALL,
                ),
                bytes.fromhex(judge.key),
            )
            file_name = f"{r.year}Q{r.quarter}_五小成果_{_safe(name)}{fmt.SUFFIX}"
            files.append(FileData(file_name, fmt.dumps(package)))
            slip.append(f"{name}\t{fmt.key_slip_text(judge.key)}\t{file_name}")
        return files, FileData(KEY_SLIP, ("\n".join(slip) + "\n").encode("utf-8"))


def _bib(achievement_id: int, reg_no: str | None) -> str:
    """What the judge sees as the result's number: its WX number (the id when it has none)."""
    return (reg_no or f"#{achievement_id}")[:16]


def import_package(db: Database, actor: Actor, data: bytes) -> str:
    """A judge's signed package: checked (round, judge, signature, round still open, signed, not
    older than the last one, every mark on a result of the round and within its maximum) and
    written in one go, or refused with nothing written. The same package twice changes nothing."""
    actor.require(StudiosPerm.EVALUATE)
    package = fmt.loads(data)
    if package.kind != fmt.FIVE_SMALL:
        raise UserError(translate("Studios", "这是技能竞赛的评分包，请在“技能竞赛”中导入。"))
    with db.transaction(actor) as s:
        r = s.scalars(select(EvaluationRound).where(EvaluationRound.uid == package.contest_uid)).first()
        if r is None:
            raise UserError(
                translate("Studios", "评分包属于另一个评审轮次（“{name}”），本数据库中没有该轮次。").format(
                    name=package.contest_name
                )
            )
        judge = s.scalars(
            select(PanelJudge).where(PanelJudge.round_id == r.id, PanelJudge.user_id == package.judge_id)
        ).first()
        if judge is None:
            raise UserError(
                translate("Studios", "{judge} 不是{round}评审组的评委，评分包不能导入。").format(
                    judge=package.judge_name, round=round_title(r)
                )
            )
        if not fmt.verify(package, bytes.fromhex(judge.key)):
            raise UserError(
                translate(
                    "Studios",
                    "评分包签名不符：文件在评分程序之外被修改过，或不是该评委的评分包。未导入任何评分。",
                )
            )
        require_open(s, r.id)
        if package.state != "signed":
            raise UserError(
                translate("Studios", "这是尚未评分的空白评分包，请导入评委“完成并签名”后生成的文件。")
            )
        digest = package.marks_digest()
        if package.seq < judge.last_seq or (package.seq == judge.last_seq and digest != judge.last_digest):
            raise UserError(
                translate(
                    "Studios",
                    "这是 {judge} 较早的评分包（第 {seq} 版），已导入过第 {last} 版，不能用旧版本覆盖。",
                ).format(judge=package.judge_name, seq=package.seq, last=judge.last_seq)
            )
        if package.seq == judge.last_seq:
            return translate("Studios", "{judge} 的评分与已导入的完全相同，未作任何更改。").format(
                judge=package.judge_name
            )
        return _apply_marks(s, r, judge, package, digest)


def _apply_marks(s: Session, r: EvaluationRound, judge: PanelJudge, package: fmt.Package, digest: str) -> str:
    rule = round_rule(s, r)
    assert rule is not None  # a panel exists, so its rule was frozen
    maxima = {c.id: c for c in rule.criteria}
    entries = {
        _bib(aid, reg_no): aid
        for aid, reg_no in s.execute(
            select(Achievement.id, Achievement.reg_no).where(Achievement.round_id == r.id)
        )
    }
    field = translate("Studios", "评分包")
    problems: list[FieldProblem] = []
    wanted: dict[tuple[int, int], int] = {}
    for bib, item, value in package.marks:
        criterion = maxima.get(item)
        aid = entries.get(bib)
        if aid is None:
            problems.append(
                FieldProblem(field, translate("Studios", "成果 {bib} 不在本轮评审中").format(bib=bib))
            )
        elif criterion is None:
            problems.append(
                FieldProblem(field, translate("Studios", "评分项目 {id} 不属于本轮评分表").format(id=item))
            )
        elif not 0 <= value <= criterion.max_centi:
            problems.append(
                FieldProblem(
                    field,
                    translate("Studios", "成果 {bib}“{item}”：{value} 超出 0～{max}").format(
                        bib=bib,
                        item=criterion.name,
                        value=format_centi(value),
                        max=format_centi(criterion.max_centi),
                    ),
                )
            )
        elif (aid, item) in wanted:
            problems.append(
                FieldProblem(
                    field,
                    translate("Studios", "成果 {bib}“{item}”评了两次").format(bib=bib, item=criterion.name),
                )
            )
        else:
            wanted[(aid, item)] = value
    if problems:
        raise ValidationError(problems)
    ids = list(entries.values())
    before = {
        (aid, cid): value
        for aid, cid, value in s.execute(
            select(PanelMark.achievement_id, PanelMark.criterion_id, PanelMark.value_centi).where(
                PanelMark.judge_id == judge.user_id, PanelMark.achievement_id.in_(ids)
            )
        )
    }
    added = sum(1 for cell in wanted if cell not in before)
    changed = sum(1 for cell, v in wanted.items() if cell in before and before[cell] != v)
    removed = sum(1 for cell in before if cell not in wanted)
    s.execute(delete(PanelMark).where(PanelMark.judge_id == judge.user_id, PanelMark.achievement_id.in_(ids)))
    now = utcnow()
    if wanted:
        s.execute(
            insert(PanelMark),
            [
                {
                    "achievement_id": aid,
                    "criterion_id": cid,
                    "judge_id": judge.user_id,
                    "value_centi": value,
                    "seq": package.seq,
                    "entered_at": now,
                }
                for (aid, cid), value in wanted.items()
            ],
        )
    judge.last_seq, judge.last_digest = package.seq, digest
    message = translate(
        "Studios", "{judge}：新增 {added} 个评分，修改 {changed} 个，删除 {removed} 个，未变 {same} 个。"
    ).format(
        judge=package.judge_name,
        added=added,
        changed=changed,
        removed=removed,
        same=len(wanted) - added - changed,
    )
    record(s, "import", "five_small_marks", r.id, f"{round_title(r)}：{message}")
    return message
