"""The hardship work's categories, stages, origins, programmes and item kinds, with their labels.

Plain Python: services, screens and other modules' code use these without loading the database.
"""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class Category(StrEnum):
    """困难类别 (全国总工会 困难职工建档立卡): by household income per head after rigid expenses
    against the local minimum living standard (低保), or 意外致困 after a sudden accident or a
    serious illness."""

    DEEP = "deep"  # below the 低保
    RELATIVE = "relative"  # below twice the 低保
    ACCIDENT = "accident"  # 意外致困
    NONE = "none"  # not eligible (yet): no income data, or above twice the 低保

    @property
    def label(self) -> str:
        return {
            Category.DEEP: translate("Hardship", "深度困难"),
            Category.RELATIVE: translate("Hardship", "相对困难"),
            Category.ACCIDENT: translate("Hardship", "意外致困"),
            Category.NONE: translate("Hardship", "不符合条件"),
        }[self]


# The categories a household is helped under (files of these count in the statistics).
ELIGIBLE = (Category.DEEP, Category.RELATIVE, Category.ACCIDENT)


def category_text(category: str, assessed: bool) -> str:
    """The category as lists show it: 未认定 while the household's figures are not in yet."""
    if not assessed and category == Category.NONE:
        return translate("Hardship", "未认定")
    return Category(category).label


class Stage(StrEnum):
    """Where a file is: application or proposal → home visit → public notice → approved (reviewed
    yearly) → closed (followed up for six months when it was closed after approval)."""

    PROPOSED = "proposed"
    VISITED = "visited"
    NOTICE = "notice"
    APPROVED = "approved"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            Stage.PROPOSED: translate("Hardship", "待走访"),
            Stage.VISITED: translate("Hardship", "已走访"),
            Stage.NOTICE: translate("Hardship", "公示中"),
            Stage.APPROVED: translate("Hardship", "已建档"),
            Stage.CLOSED: translate("Hardship", "已销档"),
        }[self]


OPEN_STAGES = (Stage.PROPOSED, Stage.VISITED, Stage.NOTICE, Stage.APPROVED)


class Origin(StrEnum):
    APPLICATION = "application"  # the member (or the family) applied
    PROPOSAL = "proposal"  # proposed by the branch union or the committee
    CANDIDATE = "candidate"  # opened from the 免申即享 candidate list: nobody applied

    @property
    def label(self) -> str:
        return {
            Origin.APPLICATION: translate("Hardship", "本人申请"),
            Origin.PROPOSAL: translate("Hardship", "组织推荐"),
            Origin.CANDIDATE: translate("Hardship", "免申即享"),
        }[self]


class ItemKind(StrEnum):
    INCOME = "income"
    EXPENSE = "expense"  # rigid expenses (刚性支出): medical self-pay, schooling, disability care

    @property
    def label(self) -> str:
        return {
            ItemKind.INCOME: translate("Hardship", "家庭收入"),
            ItemKind.EXPENSE: translate("Hardship", "刚性支出"),
        }[self]


class Programme(StrEnum):
    SPRING = "spring"  # 送温暖 at the Spring Festival
    SCHOOLING = "schooling"  # 金秋助学 for a child's schooling
    EMERGENCY = "emergency"  # emergency help after a sudden crisis

    @property
    def label(self) -> str:
        return {
            Programme.SPRING: translate("Hardship", "送温暖"),
            Programme.SCHOOLING: translate("Hardship", "金秋助学"),
            Programme.EMERGENCY: translate("Hardship", "应急救助"),
        }[self]


class StepKind(StrEnum):
    """What happened to a file, one line of its history each."""

    OPENED = "opened"
    VISIT = "visit"
    NOTICE = "notice"
    APPROVE = "approve"
    REVIEW = "review"
    CLOSE = "close"
    FOLLOW_UP = "follow_up"

    @property
    def label(self) -> str:
        return {
            StepKind.OPENED: translate("Hardship", "建立档案"),
            StepKind.VISIT: translate("Hardship", "入户走访"),
            StepKind.NOTICE: translate("Hardship", "张榜公示"),
            StepKind.APPROVE: translate("Hardship", "审批建档"),
            StepKind.REVIEW: translate("Hardship", "年度复核"),
            StepKind.CLOSE: translate("Hardship", "销档"),
            StepKind.FOLLOW_UP: translate("Hardship", "跟踪回访"),
        }[self]


class CloseReason(StrEnum):
    RECOVERED = "recovered"  # 脱困: the household is out of hardship
    NOT_ELIGIBLE = "not_eligible"  # the visit or the notice showed it does not qualify
    LEFT = "left"  # the member left the company or the union
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            CloseReason.RECOVERED: translate("Hardship", "已脱困"),
            CloseReason.NOT_ELIGIBLE: translate("Hardship", "经核实不符合条件"),
            CloseReason.LEFT: translate("Hardship", "调离或退会"),
            CloseReason.OTHER: translate("Hardship", "其他"),
        }[self]


class Signal(StrEnum):
    """Why someone is on the 免申即享 candidate list: data the union already holds. Other
    modules add their own reasons through the ``hardship.signals`` extension point (api.py)."""

    MEDICAL_ALERT = "medical_alert"  # the medical module's hardship alert (self-paid above its line)
    LARGE_CLAIM = "large_claim"  # a large medical bill this year
    SERIOUS_ILLNESS = "serious_illness"  # a critical-illness or accident claim this year
    DEATH = "death"  # the member died (the household lost an earner)
    FAMILY = "family"  # a relative on the register died or fell seriously ill

    @property
    def label(self) -> str:
        return {
            Signal.MEDICAL_ALERT: translate("Hardship", "医疗困难预警"),
            Signal.LARGE_CLAIM: translate("Hardship", "大额医疗费用"),
            Signal.SERIOUS_ILLNESS: translate("Hardship", "重病或意外"),
            Signal.DEATH: translate("Hardship", "会员去世"),
            Signal.FAMILY: translate("Hardship", "家庭成员变故"),
        }[self]


class Kin(StrEnum):
    """How someone in the household is related to the member the file is under (the family
    record's relations, plus the member and anyone else who lives with them)."""

    SELF = "self"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            Kin.SELF: translate("Hardship", "本人"),
            Kin.SPOUSE: translate("Hardship", "配偶"),
            Kin.CHILD: translate("Hardship", "子女"),
            Kin.PARENT: translate("Hardship", "父母"),
            Kin.OTHER: translate("Hardship", "其他共同生活成员"),
        }[self]


# Which stages each step of the pipeline starts from (the services refuse the others).
STEP_FROM: dict[StepKind, tuple[Stage, ...]] = {
    StepKind.VISIT: (Stage.PROPOSED, Stage.VISITED),
    StepKind.NOTICE: (Stage.VISITED,),
    StepKind.APPROVE: (Stage.NOTICE,),
    StepKind.REVIEW: (Stage.APPROVED,),
    StepKind.CLOSE: (Stage.PROPOSED, Stage.VISITED, Stage.NOTICE, Stage.APPROVED),
    StepKind.FOLLOW_UP: (Stage.CLOSED,),
}
