"""The medical module's funds, benefit types, claim statuses and ledger kinds, with their labels.

Plain Python: services, screens and other modules' code use these without loading the database.
"""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class Fund(StrEnum):
    UNION = "union"  # the union's own mutual-aid fund
    PROVINCE = "province"  # the provincial workers' scheme the union enrols members in

    @property
    def label(self) -> str:
        return {
            Fund.UNION: translate("Medical", "医疗互助基金"),
            Fund.PROVINCE: translate("Medical", "省职工医疗互助保障"),
        }[self]


class BenefitType(StrEnum):
    INPATIENT = "inpatient"
    SPECIAL_OUTPATIENT = "special_outpatient"
    CRITICAL = "critical"
    ACCIDENT = "accident"

    @property
    def label(self) -> str:
        return {
            BenefitType.INPATIENT: translate("Medical", "住院"),
            BenefitType.SPECIAL_OUTPATIENT: translate("Medical", "门诊特殊病"),
            BenefitType.CRITICAL: translate("Medical", "重大疾病"),
            BenefitType.ACCIDENT: translate("Medical", "意外伤害"),
        }[self]


class ClaimStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    APPROVED = "approved"
    REJECTED = "rejected"
    PAID = "paid"

    @property
    def label(self) -> str:
        return {
            ClaimStatus.DRAFT: translate("Medical", "草稿"),
            ClaimStatus.SUBMITTED: translate("Medical", "已提交"),
            ClaimStatus.REVIEWED: translate("Medical", "已复核"),
            ClaimStatus.APPROVED: translate("Medical", "已审批"),
            ClaimStatus.REJECTED: translate("Medical", "已驳回"),
            ClaimStatus.PAID: translate("Medical", "已支付"),
        }[self]

    def province_label(self) -> str:
        """The same status of a provincial-scheme claim: the province decides and pays, the union
        records what it was told."""
        return {
            ClaimStatus.DRAFT: translate("Medical", "草稿"),
            ClaimStatus.SUBMITTED: translate("Medical", "已报送省总"),
            ClaimStatus.REVIEWED: translate("Medical", "已报送省总"),
            ClaimStatus.APPROVED: translate("Medical", "已报送省总"),
            ClaimStatus.REJECTED: translate("Medical", "省总不予赔付"),
            ClaimStatus.PAID: translate("Medical", "省总已赔付"),
        }[self]

    def label_in(self, fund: str) -> str:
        return self.province_label() if fund == Fund.PROVINCE else self.label


# The statuses a provincial claim goes through: filed, then the province's outcome.
PROVINCE_STATUSES = (ClaimStatus.SUBMITTED, ClaimStatus.PAID, ClaimStatus.REJECTED)

# Claims whose amount is committed against the member's annual cap.
CAP_COUNTED = (ClaimStatus.APPROVED, ClaimStatus.PAID)
# Claims still alive (not a draft, not rejected): duplicates and hardship look at these.
FILED = (ClaimStatus.SUBMITTED, ClaimStatus.REVIEWED, ClaimStatus.APPROVED, ClaimStatus.PAID)


class LedgerKind(StrEnum):
    FEE = "fee"  # the members' mutual-aid contributions (互助金), never membership dues
    ALLOCATION = "allocation"
    PAYOUT = "payout"
    REMITTANCE = "remittance"  # contributions passed on to the provincial scheme

    @property
    def label(self) -> str:
        return {
            LedgerKind.FEE: translate("Medical", "互助金收入"),
            LedgerKind.ALLOCATION: translate("Medical", "拨款收入"),
            LedgerKind.PAYOUT: translate("Medical", "互助金支出"),
            LedgerKind.REMITTANCE: translate("Medical", "上缴省总"),
        }[self]

    @property
    def is_income(self) -> bool:
        return self in (LedgerKind.FEE, LedgerKind.ALLOCATION)


class EntryKind(StrEnum):
    """How a member came into a scheme year; it decides the waiting period (see docs/medical.md)."""

    CONTINUING = "continuing"  # enrolled and paid last year, enrolled again by the coverage start
    FIRST = "first"  # not in last year's scheme of this fund
    LATE_RENEWAL = "late_renewal"  # in last year's scheme, but enrolled after the coverage start

    @property
    def label(self) -> str:
        return {
            EntryKind.CONTINUING: translate("Medical", "连续参保"),
            EntryKind.FIRST: translate("Medical", "首次参保"),
            EntryKind.LATE_RENEWAL: translate("Medical", "中断后续保"),
        }[self]
