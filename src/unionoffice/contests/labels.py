"""The kinds a contest scheme is made of, with their Chinese labels.

Plain Python: the services, the screens and the definition file share them. The database keeps
the values (``"theory"``, ``"judged"`` …) as text, so a StrEnum compares equal to what is stored.
"""

from __future__ import annotations

from enum import StrEnum

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
