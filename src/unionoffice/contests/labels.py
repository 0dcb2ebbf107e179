"""The kinds a contest scheme is made of, with their Chinese labels.

Plain Python: the services, the screens and the definition file share them. The database keeps
the values (``"theory"``, ``"judged"`` …) as text, so a StrEnum compares equal to what is stored.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from unionoffice.foundation.i18n import translate


class EventKind(StrEnum):
    THEORY = "theory"
    PRACTICAL = "practical"

    @property
    def label(self) -> str:
        return (
            translate("ContestLabels", "理论")
            if self is EventKind.THEORY
            else translate("ContestLabels", "实操")
        )


class ItemKind(StrEnum):
    JUDGED = "judged"  # every judge marks it
    MEASURED = "measured"  # one judge enters a measured value (time, a paper's score)

    @property
    def label(self) -> str:
        if self is ItemKind.JUDGED:
            return translate("ContestLabels", "评委评分")
        return translate("ContestLabels", "客观测量")


class AggregationRule(StrEnum):
    TRIMMED = "trimmed"  # drop the highest and lowest marks first
    MEAN = "mean"

    @property
    def label(self) -> str:
        if self is AggregationRule.TRIMMED:
            return translate("ContestLabels", "去掉最高最低分")
        return translate("ContestLabels", "平均分")


class AwardMode(StrEnum):
    COUNT = "count"  # each level: a number of people
    PERCENT = "percent"  # each level: a share of all participants

    @property
    def label(self) -> str:
        if self is AwardMode.COUNT:
            return translate("ContestLabels", "按人数（前 N 名）")
        return translate("ContestLabels", "按参赛人数的比例")


class ContestPage(StrEnum):
    """The sub-pages of a contest on the contests tab; the detail operation fills the one asked for."""

    RESULTS = "results"
    CONTESTANTS = "contestants"
    JUDGES = "judges"
    SCHEME = "scheme"
    BANK = "bank"
    EXAM = "exam"


class SkillLevel(IntEnum):
    """The national vocational skill levels (职业技能等级), lowest first; stored as the number."""

    JUNIOR = 1  # 初级工（五级）
    INTERMEDIATE = 2  # 中级工（四级）
    SENIOR = 3  # 高级工（三级）
    TECHNICIAN = 4  # 技师（二级）
    SENIOR_TECHNICIAN = 5  # 高级技师（一级）

    @property
    def label(self) -> str:
        return {
            SkillLevel.JUNIOR: translate("ContestLabels", "初级工"),
            SkillLevel.INTERMEDIATE: translate("ContestLabels", "中级工"),
            SkillLevel.SENIOR: translate("ContestLabels", "高级工"),
            SkillLevel.TECHNICIAN: translate("ContestLabels", "技师"),
            SkillLevel.SENIOR_TECHNICIAN: translate("ContestLabels", "高级技师"),
        }[self]

    @property
    def grade(self) -> str:
        """The numbered grade written beside the name: 五级 for 初级工 … 一级 for 高级技师."""
        return "五四三二一"[self.value - 1] + "级"


class EntryStatus(StrEnum):
    ENTERED = "entered"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        if self is EntryStatus.ENTERED:
            return translate("ContestLabels", "已报名")
        return translate("ContestLabels", "已退赛")


class QuestionKind(StrEnum):
    """Kinds of theory question; a paper lists them in this order (单选, 多选, 判断)."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"

    @property
    def label(self) -> str:
        return {
            QuestionKind.SINGLE: translate("ContestLabels", "单选题"),
            QuestionKind.MULTIPLE: translate("ContestLabels", "多选题"),
            QuestionKind.TRUE_FALSE: translate("ContestLabels", "判断题"),
        }[self]


class Version(StrEnum):
    """Paper versions: the same questions in two orders, handed out to neighbouring seats."""

    A = "A"
    B = "B"
