"""The congress module's vocabularies and their Chinese labels (no Qt, no database)."""

from __future__ import annotations

from enum import StrEnum

from unionoffice.foundation.i18n import translate


class PostCategory(StrEnum):
    """Where a representative or candidate works: what the composition rules count."""

    FRONT_LINE = "front_line"
    STAFF = "staff"
    MANAGEMENT = "management"

    @property
    def label(self) -> str:
        return {
            PostCategory.FRONT_LINE: translate("Congress", "一线职工"),
            PostCategory.STAFF: translate("Congress", "专业技术和一般管理人员"),
            PostCategory.MANAGEMENT: translate("Congress", "中层及以上管理人员"),
        }[self]


class ProposalCategory(StrEnum):
    PRODUCTION = "production"
    SAFETY = "safety"
    WAGES = "wages"
    TRAINING = "training"
    LIFE = "life"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            ProposalCategory.PRODUCTION: translate("Congress", "生产经营"),
            ProposalCategory.SAFETY: translate("Congress", "安全生产"),
            ProposalCategory.WAGES: translate("Congress", "工资福利"),
            ProposalCategory.TRAINING: translate("Congress", "教育培训"),
            ProposalCategory.LIFE: translate("Congress", "生活后勤"),
            ProposalCategory.OTHER: translate("Congress", "其他"),
        }[self]


class ProposalStatus(StrEnum):
    """submitted → (committee) accepted | opinion | rejected; accepted → assigned → replied → closed."""

    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    OPINION = "opinion"
    REJECTED = "rejected"
    ASSIGNED = "assigned"
    REPLIED = "replied"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            ProposalStatus.SUBMITTED: translate("Congress", "待审查"),
            ProposalStatus.ACCEPTED: translate("Congress", "已立案"),
            ProposalStatus.OPINION: translate("Congress", "转为意见建议"),
            ProposalStatus.REJECTED: translate("Congress", "不予立案"),
            ProposalStatus.ASSIGNED: translate("Congress", "办理中"),
            ProposalStatus.REPLIED: translate("Congress", "已答复"),
            ProposalStatus.CLOSED: translate("Congress", "已办结"),
        }[self]


# The statuses of a proposal the committee accepted (the resolution rate's denominator).
ACCEPTED_STATUSES = (
    ProposalStatus.ACCEPTED,
    ProposalStatus.ASSIGNED,
    ProposalStatus.REPLIED,
    ProposalStatus.CLOSED,
)
OVERDUE = "overdue"  # the list filter "past due and unanswered", beside the statuses


class Decision(StrEnum):
    """The proposals committee's decision."""

    ACCEPT = "accept"
    OPINION = "opinion"
    REJECT = "reject"

    @property
    def label(self) -> str:
        return {
            Decision.ACCEPT: translate("Congress", "立案"),
            Decision.OPINION: translate("Congress", "转为意见建议"),
            Decision.REJECT: translate("Congress", "不予立案"),
        }[self]

    @property
    def status(self) -> ProposalStatus:
        return {
            Decision.ACCEPT: ProposalStatus.ACCEPTED,
            Decision.OPINION: ProposalStatus.OPINION,
            Decision.REJECT: ProposalStatus.REJECTED,
        }[self]


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    BASIC = "basic"
    UNSATISFIED = "unsatisfied"

    @property
    def label(self) -> str:
        return {
            Satisfaction.SATISFIED: translate("Congress", "满意"),
            Satisfaction.BASIC: translate("Congress", "基本满意"),
            Satisfaction.UNSATISFIED: translate("Congress", "不满意"),
        }[self]


class Stage(StrEnum):
    """A recommendation candidate's path: candidate → meeting → public notice → submitted → result."""

    CANDIDATE = "candidate"
    MEETING = "meeting"
    NOTICE = "notice"
    SUBMITTED = "submitted"
    AWARDED = "awarded"
    NOT_AWARDED = "not_awarded"

    @property
    def label(self) -> str:
        return {
            Stage.CANDIDATE: translate("Congress", "候选人"),
            Stage.MEETING: translate("Congress", "已上会"),
            Stage.NOTICE: translate("Congress", "公示中"),
            Stage.SUBMITTED: translate("Congress", "已报送"),
            Stage.AWARDED: translate("Congress", "已获评"),
            Stage.NOT_AWARDED: translate("Congress", "未获评"),
        }[self]


class CandidateKind(StrEnum):
    MEMBER = "member"
    STUDIO = "studio"

    @property
    def label(self) -> str:
        return (
            translate("Congress", "个人") if self is CandidateKind.MEMBER else translate("Congress", "工作室")
        )


class Bound(StrEnum):
    MIN = "min"
    MAX = "max"

    @property
    def label(self) -> str:
        return translate("Congress", "不少于") if self is Bound.MIN else translate("Congress", "不超过")


class RuleKey(StrEnum):
    """Rules kept as rows with effective dates (``congress_rules``)."""

    FRONT_LINE_MIN = "front_line_min"  # percent of representatives, at least
    MANAGEMENT_MAX = "management_max"  # percent of representatives, at most
    WOMEN_SHORTFALL = "women_shortfall"  # points the women's share may fall below the workforce's
    NOTICE_DAYS = "notice_days"  # working days a recommendation's public notice runs, at least

    @property
    def label(self) -> str:
        return {
            RuleKey.FRONT_LINE_MIN: translate("Congress", "一线职工代表比例下限（%）"),
            RuleKey.MANAGEMENT_MAX: translate("Congress", "中层及以上管理人员代表比例上限（%）"),
            RuleKey.WOMEN_SHORTFALL: translate("Congress", "女职工代表比例可低于职工中女职工比例的百分点"),
            RuleKey.NOTICE_DAYS: translate("Congress", "推荐公示最少工作日"),
        }[self]
