"""Congress sessions, their representatives and proposals; the composition rules; the higher
union's honours notices, their ratio rules and the candidates put forward."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.congress.labels import ProposalStatus, Stage
from unionoffice.db.base import Base, Versioned


class CongressRule(Versioned, Base):
    """One rule's value from a day on (composition ratios, the notice period): data, not code."""

    __tablename__ = "congress_rules"
    __label__ = "职代会与评先规则"
    __table_args__ = (UniqueConstraint("key", "effective_from", name="uq_congress_rules_key_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(32), nullable=False, info={"label": "规则"})  # RuleKey
    value: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "数值"})
    effective_from: Mapped[date] = mapped_column(Date, nullable=False, info={"label": "生效日期"})
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="", info={"label": "依据"})


class CongressSession(Versioned, Base):
    __tablename__ = "congress_sessions"
    __label__ = "职代会"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True, info={"label": "会议名称"})
    held_on: Mapped[date] = mapped_column(Date, nullable=False, info={"label": "召开日期"})


class Representative(Versioned, Base):
    """A member on a session's roster. The post category is kept here: the register's 职务 is
    free text and cannot say who is front-line."""

    __tablename__ = "congress_representatives"
    __label__ = "职工代表"
    __table_args__ = (UniqueConstraint("session_id", "member_id", name="uq_congress_representatives_member"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_sessions.id"), nullable=False, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False, index=True)
    category: Mapped[str] = mapped_column(String(16), nullable=False, info={"label": "岗位类别"})


class Proposal(Versioned, Base):
    __tablename__ = "congress_proposals"
    __label__ = "职代会提案"
    __table_args__ = (
        UniqueConstraint("session_id", "number", name="uq_congress_proposals_number"),
        Index("ix_congress_proposals_session_status", "session_id", "status"),
        Index("ix_congress_proposals_due", "due_on", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_sessions.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "提案号"})
    title: Mapped[str] = mapped_column(String(200), nullable=False, info={"label": "案由"})
    text: Mapped[str] = mapped_column(Text, nullable=False, default="", info={"label": "内容"})
    category: Mapped[str] = mapped_column(String(16), nullable=False, info={"label": "类别"})
    proposer_id: Mapped[int] = mapped_column(
        ForeignKey("congress_representatives.id"), nullable=False, index=True, info={"label": "提案人"}
    )
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False, index=True)
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False, info={"label": "提交日期"})
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=ProposalStatus.SUBMITTED)
    reviewed_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "审查日期"})
    review_reason: Mapped[str] = mapped_column(
        String(500), nullable=False, default="", info={"label": "审查意见"}
    )
    department: Mapped[str] = mapped_column(
        String(100), nullable=False, default="", info={"label": "承办部门"}
    )
    assigned_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "交办日期"})
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "办理期限"})
    reply: Mapped[str] = mapped_column(Text, nullable=False, default="", info={"label": "答复"})
    replied_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "答复日期"})
    satisfaction: Mapped[str | None] = mapped_column(String(16), nullable=True, info={"label": "满意度"})
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "办结日期"})


class Cosigner(Base):
    """A representative who signed a proposal beside its proposer (附议人)."""

    __tablename__ = "congress_cosigners"
    __label__ = "提案附议人"

    proposal_id: Mapped[int] = mapped_column(ForeignKey("congress_proposals.id"), primary_key=True)
    representative_id: Mapped[int] = mapped_column(
        ForeignKey("congress_representatives.id"), primary_key=True
    )


class HonourNotice(Versioned, Base):
    """The higher union's notice calling for recommendations."""

    __tablename__ = "honour_notices"
    __label__ = "评先推荐通知"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False, info={"label": "通知标题"})
    honour_title: Mapped[str] = mapped_column(String(100), nullable=False, info={"label": "荣誉称号"})
    level: Mapped[str] = mapped_column(String(16), nullable=False, info={"label": "级别"})
    issuer: Mapped[str] = mapped_column(String(100), nullable=False, info={"label": "发文单位"})
    year: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "年度"})
    quota: Mapped[int] = mapped_column(Integer, nullable=False, info={"label": "名额"})
    deadline: Mapped[date] = mapped_column(Date, nullable=False, info={"label": "报送截止"})


class NoticeRatio(Base):
    """A structure ratio the notice sets, e.g. front-line workers at least 35 %."""

    __tablename__ = "honour_notice_ratios"
    __label__ = "推荐结构比例"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("honour_notices.id"), nullable=False, index=True)
    category: Mapped[str] = mapped_column(String(16), nullable=False)  # PostCategory
    bound: Mapped[str] = mapped_column(String(8), nullable=False)  # Bound
    percent: Mapped[int] = mapped_column(Integer, nullable=False)


class Candidate(Versioned, Base):
    __tablename__ = "honour_candidates"
    __label__ = "推荐候选人"
    __table_args__ = (Index("ix_honour_candidates_notice_stage", "notice_id", "stage"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("honour_notices.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)  # CandidateKind
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), nullable=True, index=True)
    studio_id: Mapped[int | None] = mapped_column(ForeignKey("studios.id"), nullable=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False, index=True)
    category: Mapped[str] = mapped_column(String(16), nullable=False, info={"label": "岗位类别"})
    deeds: Mapped[str] = mapped_column(Text, nullable=False, default="", info={"label": "主要事迹"})
    stage: Mapped[str] = mapped_column(String(16), nullable=False, default=Stage.CANDIDATE)
    meeting_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "会议日期"})
    minutes: Mapped[str] = mapped_column(Text, nullable=False, default="", info={"label": "会议纪要"})
    notice_from: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "公示开始"})
    notice_until: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "公示期满"})
    submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "报送日期"})
    result_on: Mapped[date | None] = mapped_column(Date, nullable=True, info={"label": "结果日期"})
    honour_id: Mapped[int | None] = mapped_column(ForeignKey("honours.id"), nullable=True)
