"""Statuses, welfare items, budget categories and rule kinds, with their Chinese labels.

Plain Python: services, screens and the command line share them without loading the database.
Which items share a cap (the two festival gifts share the yearly festival cap) is structure and
lives here; the caps themselves are rule rows with effective dates (``models.WelfareRule``).
"""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class DuesStatus(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"
    EXEMPT = "exempt"  # 保留会籍: kept in the register, no dues

    @property
    def label(self) -> str:
        return {
            DuesStatus.PAID: translate("Dues", "已交"),
            DuesStatus.UNPAID: translate("Dues", "未交"),
            DuesStatus.EXEMPT: translate("Dues", "免交"),
        }[self]


class PaidVia(StrEnum):
    PAYROLL = "payroll"  # withheld from the wage (代扣)
    CASH = "cash"  # paid at the union office later (补交)

    @property
    def label(self) -> str:
        return {
            PaidVia.PAYROLL: translate("Dues", "工资代扣"),
            PaidVia.CASH: translate("Dues", "现金补交"),
        }[self]


class Rounding(StrEnum):
    HALF_UP = "half_up"
    DOWN = "down"

    @property
    def label(self) -> str:
        return {
            Rounding.HALF_UP: translate("Dues", "四舍五入到分"),
            Rounding.DOWN: translate("Dues", "分以下舍去"),
        }[self]


FESTIVAL = "festival"  # the cap the Spring Festival and Mid-Autumn gifts share


class WelfareItem(StrEnum):
    BIRTHDAY = "birthday"
    SPRING_FESTIVAL = "spring_festival"
    MID_AUTUMN = "mid_autumn"
    HOSPITAL = "hospital"
    WEDDING = "wedding"
    CHILDBIRTH = "childbirth"
    MEMBER_DEATH = "member_death"
    RELATIVE_DEATH = "relative_death"
    RETIREMENT = "retirement"

    @property
    def label(self) -> str:
        return {
            WelfareItem.BIRTHDAY: translate("Dues", "生日蛋糕卡"),
            WelfareItem.SPRING_FESTIVAL: translate("Dues", "春节慰问品"),
            WelfareItem.MID_AUTUMN: translate("Dues", "中秋慰问品"),
            WelfareItem.HOSPITAL: translate("Dues", "住院慰问"),
            WelfareItem.WEDDING: translate("Dues", "结婚慰问"),
            WelfareItem.CHILDBIRTH: translate("Dues", "生育慰问"),
            WelfareItem.MEMBER_DEATH: translate("Dues", "会员去世慰问"),
            WelfareItem.RELATIVE_DEATH: translate("Dues", "直系亲属去世慰问"),
            WelfareItem.RETIREMENT: translate("Dues", "退休纪念品"),
        }[self]

    @property
    def cap_key(self) -> str:
        """The cap this item is counted against."""
        if self in (WelfareItem.SPRING_FESTIVAL, WelfareItem.MID_AUTUMN):
            return FESTIVAL
        return self.value

    @property
    def batchable(self) -> bool:
        """Issued to many members at once (this month's birthdays, a festival)."""
        return self in (WelfareItem.BIRTHDAY, WelfareItem.SPRING_FESTIVAL, WelfareItem.MID_AUTUMN)


CAP_KEYS: tuple[str, ...] = tuple(dict.fromkeys(item.cap_key for item in WelfareItem))


def cap_label(key: str) -> str:
    """The name of a cap: an item's name, or 节日慰问品 for the festival cap both festivals share."""
    if key == FESTIVAL:
        return translate("Dues", "节日慰问品（春节、中秋合计）")
    return WelfareItem(key).label


class CapPer(StrEnum):
    PAYMENT = "payment"  # each payment at most the cap
    YEAR = "year"  # all payments of the year together at most the cap

    @property
    def label(self) -> str:
        return {
            CapPer.PAYMENT: translate("Dues", "每人每次"),
            CapPer.YEAR: translate("Dues", "每人每年合计"),
        }[self]


class CountPer(StrEnum):
    YEAR = "year"
    EVER = "ever"

    @property
    def label(self) -> str:
        return {CountPer.YEAR: translate("Dues", "每年"), CountPer.EVER: translate("Dues", "每人累计")}[self]


class PaymentStatus(StrEnum):
    ISSUED = "issued"  # on a sign-off sheet, not yet signed for
    PAID = "paid"  # signed for (ticked from the returned sheet)
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            PaymentStatus.ISSUED: translate("Dues", "待签领"),
            PaymentStatus.PAID: translate("Dues", "已签领"),
            PaymentStatus.CANCELLED: translate("Dues", "已撤销"),
        }[self]


# Payments that count against caps and budgets.
COUNTED = (PaymentStatus.ISSUED, PaymentStatus.PAID)


class BudgetCategory(StrEnum):
    WELFARE = "welfare"
    CONTEST_PRIZES = "contest_prizes"
    INNOVATION_REWARDS = "innovation_rewards"

    @property
    def label(self) -> str:
        return {
            BudgetCategory.WELFARE: translate("Dues", "福利慰问"),
            BudgetCategory.CONTEST_PRIZES: translate("Dues", "技能竞赛奖励"),
            BudgetCategory.INNOVATION_REWARDS: translate("Dues", "五小创新奖励"),
        }[self]


class PromptKind(StrEnum):
    HOSPITAL = "hospital"
    RETIRED = "retired"
    DECEASED = "deceased"

    @property
    def label(self) -> str:
        return {
            PromptKind.HOSPITAL: translate("Dues", "住院"),
            PromptKind.RETIRED: translate("Dues", "退休"),
            PromptKind.DECEASED: translate("Dues", "去世"),
        }[self]

    @property
    def item(self) -> WelfareItem:
        return {
            PromptKind.HOSPITAL: WelfareItem.HOSPITAL,
            PromptKind.RETIRED: WelfareItem.RETIREMENT,
            PromptKind.DECEASED: WelfareItem.MEMBER_DEATH,
        }[self]
