"""The fixed vocabularies of the studio registry and their Chinese labels (no Qt, no database)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

from unionoffice.foundation.i18n import translate


class Labelled(Protocol):
    """An enum member that names itself for people."""

    @property
    def label(self) -> str: ...


class Level(StrEnum):
    """Recognition level of a studio or an honour, highest first."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    COUNTY = "county"
    COMPANY = "company"

    @property
    def label(self) -> str:
        return {
            Level.NATIONAL: translate("Studios", "国家级"),
            Level.PROVINCIAL: translate("Studios", "省级"),
            Level.MUNICIPAL: translate("Studios", "市级"),
            Level.COUNTY: translate("Studios", "县级"),
            Level.COMPANY: translate("Studios", "公司级"),
        }[self]

    @property
    def rank(self) -> int:
        return list(Level).index(self)


class StudioStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    REVOKED = "revoked"

    @property
    def label(self) -> str:
        return {
            StudioStatus.ACTIVE: translate("Studios", "运行中"),
            StudioStatus.SUSPENDED: translate("Studios", "暂停"),
            StudioStatus.REVOKED: translate("Studios", "已撤销"),
        }[self]


class Kind(StrEnum):
    INVENTION = "invention"
    UTILITY = "utility"
    DESIGN = "design"
    SOFTWARE = "software"
    FIVE_SMALL = "five_small"
    PAPER = "paper"

    @property
    def label(self) -> str:
        return {
            Kind.INVENTION: translate("Studios", "发明专利"),
            Kind.UTILITY: translate("Studios", "实用新型专利"),
            Kind.DESIGN: translate("Studios", "外观设计专利"),
            Kind.SOFTWARE: translate("Studios", "软件著作权"),
            Kind.FIVE_SMALL: translate("Studios", "五小成果"),
            Kind.PAPER: translate("Studios", "技术论文"),
        }[self]

    @property
    def is_patent(self) -> bool:
        return self in (Kind.INVENTION, Kind.UTILITY, Kind.DESIGN)


class FiveSmall(StrEnum):
    INVENTION = "invention"
    CREATION = "creation"
    INNOVATION = "innovation"
    DESIGN = "design"
    SUGGESTION = "suggestion"

    @property
    def label(self) -> str:
        return {
            FiveSmall.INVENTION: translate("Studios", "小发明"),
            FiveSmall.CREATION: translate("Studios", "小创造"),
            FiveSmall.INNOVATION: translate("Studios", "小革新"),
            FiveSmall.DESIGN: translate("Studios", "小设计"),
            FiveSmall.SUGGESTION: translate("Studios", "小建议"),
        }[self]


class Status(StrEnum):
    """declared → evaluated (collected into a round) → graded → published (round closed)."""

    DECLARED = "declared"
    EVALUATED = "evaluated"
    GRADED = "graded"
    PUBLISHED = "published"

    @property
    def label(self) -> str:
        return {
            Status.DECLARED: translate("Studios", "已申报"),
            Status.EVALUATED: translate("Studios", "评审中"),
            Status.GRADED: translate("Studios", "已评级"),
            Status.PUBLISHED: translate("Studios", "已发布"),
        }[self]


class Grade(StrEnum):
    SPECIAL = "special"
    FIRST = "first"
    SECOND = "second"
    THIRD = "third"
    NONE = "none"  # the panel looked at it and gave no grade

    @property
    def label(self) -> str:
        return {
            Grade.SPECIAL: translate("Studios", "特等"),
            Grade.FIRST: translate("Studios", "一类"),
            Grade.SECOND: translate("Studios", "二类"),
            Grade.THIRD: translate("Studios", "三类"),
            Grade.NONE: translate("Studios", "不评级"),
        }[self]

    @property
    def is_graded(self) -> bool:
        return self is not Grade.NONE


GRADED = (Grade.SPECIAL, Grade.FIRST, Grade.SECOND, Grade.THIRD)


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return translate("Studios", "进行中") if self is RoundStatus.OPEN else translate("Studios", "已结束")


class Recipient(StrEnum):
    MEMBER = "member"
    STUDIO = "studio"
    TEAM = "team"

    @property
    def label(self) -> str:
        return {
            Recipient.MEMBER: translate("Studios", "个人"),
            Recipient.STUDIO: translate("Studios", "工作室"),
            Recipient.TEAM: translate("Studios", "集体"),
        }[self]


def label_of(enum_type: Callable[[str], Labelled], value: str | None) -> str:
    if not value:
        return ""
    return enum_type(value).label
