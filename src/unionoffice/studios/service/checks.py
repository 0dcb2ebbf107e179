"""Checks shared by forms and imports: registration numbers, benefit amounts, people and shares.

Each check raises ``CellError`` (importer) with a short message; services wrap it in a
``ValidationError`` naming the field, the importer names row and column itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.foundation.errors import FieldProblem, ValidationError
from unionoffice.foundation.i18n import translate
from unionoffice.foundation.importer import CellError, money_parser
from unionoffice.members.api import Member
from unionoffice.studios.contract import PersonShare
from unionoffice.studios.labels import Kind

# Chinese patent application number: year (4), kind (1), serial (7), check character.
# Before 2004: year (2), kind (1), serial (5), check character.
_PATENT = re.compile(r"^(?:ZL|CN)?(\d{12}|\d{8})\.?([\dX])$")
_SOFTWARE = re.compile(r"^(\d{4})SR(\d{6,7})$")
_FIVE_SMALL = re.compile(r"^WX(\d{4})-(\d{4,5})$")
_PATENT_KIND_DIGITS = {Kind.INVENTION: "18", Kind.UTILITY: "29", Kind.DESIGN: "3"}
_WEIGHTS = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
_SEPARATORS = re.compile(r"[\s\u3000·•]")


def patent_check_char(digits: str) -> str:
    """Check character of an application number (CNIPA: weights 2..9,2..5, mod 11, 10 → X)."""
    total = sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=False))
    rest = total % 11
    return "X" if rest == 10 else str(rest)


def normalize_reg_no(kind: Kind, raw: str | None) -> str | None:
    """The stored form of a number, or ``CellError`` saying what is wrong with it."""
    text = _SEPARATORS.sub("", (raw or "").upper().replace("．", ".").replace("。", "."))
    if not text:
        return None
    if kind.is_patent:
        match = _PATENT.match(text)
        if not match:
            raise CellError(translate("Studios", "专利号格式应如 ZL202310123456.7（12 位申请号加校验位）"))
        digits, check = match.groups()
        kind_digit = digits[4] if len(digits) == 12 else digits[2]
        if kind_digit not in _PATENT_KIND_DIGITS[kind]:
            raise CellError(
                translate("Studios", "专利号第 {pos} 位是专利类型，“{digit}”与“{kind}”不符").format(
                    pos=5 if len(digits) == 12 else 3, digit=kind_digit, kind=kind.label
                )
            )
        if patent_check_char(digits) != check:
            raise CellError(translate("Studios", "专利号校验位不正确，请核对号码"))
        return f"ZL{digits}.{check}"
    if kind is Kind.SOFTWARE:
        if not _SOFTWARE.match(text):
            raise CellError(translate("Studios", "软件著作权登记号格式应如 2023SR0123456"))
        return text
    if kind is Kind.FIVE_SMALL:
        if not _FIVE_SMALL.match(text):
            raise CellError(translate("Studios", "五小成果编号格式应如 WX2026-0001（可留空，由系统编号）"))
        return text
    if len(text) > 64:
        raise CellError(translate("Studios", "编号不能超过 64 个字符"))
    return text


_parse_yuan = money_parser(allow_negative=True)
_TEN_THOUSAND = re.compile(r"万|w", re.IGNORECASE)


def benefit_fen(value: object) -> int:
    """Economic benefit in yuan (up to 2 decimals) → fen. Refuses 万元 and negative amounts."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, str) and _TEN_THOUSAND.search(value):
        raise CellError(translate("Studios", "效益请以“元”为单位填写，不要写“万”：如 35 万元应填 350000"))
    fen = _parse_yuan(value)
    if fen < 0:
        raise CellError(translate("Studios", "经济效益不能为负数"))
    return fen


def field_error(field: str, error: CellError) -> ValidationError:
    return ValidationError(FieldProblem(field, error.message))


def shares_problem(shares: Sequence[int | None]) -> str | None:
    """What is wrong with a result's shares, naming the rule; None when they are fine: whole
    percents of 1–100 adding up to 100, or none stated at all (split equally)."""
    stated = [s for s in shares if s is not None]
    if not stated:
        return None
    if len(stated) != len(shares):
        return translate("Studios", "份额要么都不写（平均分配），要么都写且合计为 100%")
    if any(s <= 0 or s > 100 for s in stated):
        return translate("Studios", "份额应在 1%—100% 之间")
    if sum(stated) != 100:
        return translate("Studios", "各完成人份额合计应为 100%，现为 {total}%").format(total=sum(stated))
    return None


def check_people(session: Session, people: Sequence[PersonShare], field: str) -> list[PersonShare]:
    """Every person must be a member; shares are whole percents adding up to 100, or none at all.

    Returns the people with their names filled in.
    """
    problems: list[FieldProblem] = []
    if not people:
        raise ValidationError(FieldProblem(field, translate("Studios", "至少要有一名完成人")))
    ids = [p.member_id for p in people]
    if len(set(ids)) != len(ids):
        problems.append(FieldProblem(field, translate("Studios", "同一人不能重复列出")))
    names = dict(session.execute(select(Member.id, Member.name).where(Member.id.in_(ids))).all())
    for person in people:
        if person.member_id not in names:
            problems.append(
                FieldProblem(
                    field, translate("Studios", "编号为 {id} 的人员不是会员").format(id=person.member_id)
                )
            )
    share_problem = shares_problem([p.share_pct for p in people])
    if share_problem:
        problems.append(FieldProblem(field, share_problem))
    if problems:
        raise ValidationError(problems)
    return [PersonShare(p.member_id, p.share_pct, names[p.member_id]) for p in people]


def equal_shares(count: int) -> list[int]:
    """100 split into ``count`` whole percents, the first people taking the remainder."""
    base, rest = divmod(100, count)
    return [base + (1 if i < rest else 0) for i in range(count)]
