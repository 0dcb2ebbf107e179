"""Tables of the innovation-studio and honours registries.

Money is integer fen; the branch union is stored on every row a clerk can see, so branch
scope is one indexed condition rather than a join through studios or people.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, Versioned, utcnow
from unionoffice.studios.labels import RoundStatus, Status, StudioStatus


class Studio(Versioned, Base):
    __tablename__ = "studios"
    __label__ = "创新工作室"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    leader_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False, index=True)
    field: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    # The highest level recognised so far; the history is in studio_recognitions.
    level: Mapped[str] = mapped_column(String(16), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=StudioStatus.ACTIVE)
    founded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)


class StudioRecognition(Base):
    """One recognition (命名) of a studio at a level; a studio moving up gets a new row."""

    __tablename__ = "studio_recognitions"
    __label__ = "工作室命名"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    studio_id: Mapped[int] = mapped_column(
        ForeignKey("studios.id", ondelete="CASCADE"), nullable=False, index=True
    )
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    recognised_on: Mapped[date] = mapped_column(Date, nullable=False)
    body: Mapped[str] = mapped_column(String(100), nullable=False)
    document_no: Mapped[str | None] = mapped_column(String(64), nullable=True)


class StudioMember(Base):
    __tablename__ = "studio_members"
    __label__ = "工作室成员"

    studio_id: Mapped[int] = mapped_column(ForeignKey("studios.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    joined_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class EvaluationRound(Versioned, Base):
    """A quarterly release meeting (成果发布会) of five-small achievements."""

    __tablename__ = "evaluation_rounds"
    __label__ = "季度评审"
    __table_args__ = (UniqueConstraint("year", "quarter", name="uq_evaluation_rounds_year_quarter"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    quarter: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=RoundStatus.OPEN)
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    panel: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Set when a scoring panel is formed: the score sheet and bands the round is judged by (frozen
    # then, so a later version of the rules never changes a round's outcome), and the random id
    # its judge packages carry. No foreign key on rule_id (rules are never deleted): adding one
    # would make SQLite copy this table, which results point at.
    rule_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    uid: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True, unique=True)


class Achievement(Versioned, Base):
    __tablename__ = "achievements"
    __label__ = "创新成果"
    __table_args__ = (
        Index("ix_achievements_branch_kind", "branch_id", "kind"),
        Index("ix_achievements_round_grade", "round_id", "grade"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    five_small_kind: Mapped[str | None] = mapped_column(String(16), nullable=True)
    studio_id: Mapped[int | None] = mapped_column(ForeignKey("studios.id"), nullable=True, index=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    declared_on: Mapped[date] = mapped_column(Date, nullable=False)
    filed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    granted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    adopted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Normalised patent / copyright / registration number; unique where given.
    reg_no: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    benefit_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    benefit_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    benefit_basis: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default=Status.DECLARED, index=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("evaluation_rounds.id"), nullable=True)
    grade: Mapped[str | None] = mapped_column(String(16), nullable=True)
    grade_comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The panel's trimmed-mean total in hundredths of a point, when the grade came from the panel.
    panel_score_centi: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AchievementPerson(Base):
    """A contributor and their share: whole percents adding up to 100, or no share for everyone
    (not stated: a reward is then split equally)."""

    __tablename__ = "achievement_people"
    __label__ = "成果完成人"

    achievement_id: Mapped[int] = mapped_column(
        ForeignKey("achievements.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    share_pct: Mapped[int | None] = mapped_column(Integer, nullable=True)


class AchievementAttachment(Base):
    """A file kept inside the database, so a backup of the file is a backup of everything."""

    __tablename__ = "achievement_attachments"
    __label__ = "成果附件"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    achievement_id: Mapped[int] = mapped_column(
        ForeignKey("achievements.id", ondelete="CASCADE"), nullable=False, index=True
    )
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[bytes] = mapped_column(
        LargeBinary, nullable=False, info={"sensitive": True, "maskable": False}
    )
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class Honour(Versioned, Base):
    __tablename__ = "honours"
    __label__ = "荣誉"
    __table_args__ = (Index("ix_honours_year_level", "year", "level"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(100), nullable=False)
    level: Mapped[str] = mapped_column(String(16), nullable=False)
    body: Mapped[str] = mapped_column(String(100), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    recipient_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), nullable=True, index=True)
    studio_id: Mapped[int | None] = mapped_column(ForeignKey("studios.id"), nullable=True, index=True)
    team_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False, index=True)
    certificate_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    awarded_on: Mapped[date | None] = mapped_column(Date, nullable=True)


# Five-small scoring panels ------------------------------------------------------------------------


class PanelRule(Versioned, Base):
    """A version of the five-small score sheet, in force from ``effective_from``: its criteria
    with their maxima, the trimmed-mean rule, and the grade bands with each grade's reward."""

    __tablename__ = "five_small_rules"
    __label__ = "五小成果评分标准"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    drop_n: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    min_judges: Mapped[int] = mapped_column(Integer, nullable=False, default=5)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)


class PanelCriterion(Base):
    __tablename__ = "five_small_criteria"
    __label__ = "评分项目"
    __table_args__ = (UniqueConstraint("rule_id", "code", name="uq_five_small_criteria_rule_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_id: Mapped[int] = mapped_column(
        ForeignKey("five_small_rules.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(16), nullable=False)
    name: Mapped[str] = mapped_column(String(40), nullable=False)
    max_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PanelBand(Base):
    """A grade's lower bound (total score, hundredths of a point) and its reward in fen."""

    __tablename__ = "five_small_bands"
    __label__ = "等级分数线"
    __table_args__ = (UniqueConstraint("rule_id", "grade", name="uq_five_small_bands_rule_grade"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_id: Mapped[int] = mapped_column(
        ForeignKey("five_small_rules.id", ondelete="CASCADE"), nullable=False, index=True
    )
    grade: Mapped[str] = mapped_column(String(16), nullable=False)
    min_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    reward_fen: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class PanelJudge(Base):
    """A judge of a round's panel and the HMAC key of their packages (on a key slip, never in a file)."""

    __tablename__ = "five_small_judges"
    __label__ = "五小成果评委"
    __table_args__ = (UniqueConstraint("round_id", "user_id", name="uq_five_small_judges_round_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_rounds.id", ondelete="CASCADE"), nullable=False, index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    key: Mapped[str] = mapped_column(String(64), nullable=False, info={"sensitive": True, "maskable": False})
    # Highest package sequence imported: an older package is a replay and is refused.
    last_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)


class PanelMark(Base):
    """One judge's raw mark on one criterion of one result; totals are recomputed from these."""

    __tablename__ = "five_small_marks"
    __label__ = "五小成果评分"
    __audited__ = False  # an import writes one audit entry naming the package and the changes
    __table_args__ = (
        UniqueConstraint(
            "achievement_id",
            "criterion_id",
            "judge_id",
            name="uq_five_small_marks_achievement_criterion_judge",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    achievement_id: Mapped[int] = mapped_column(
        ForeignKey("achievements.id", ondelete="CASCADE"), nullable=False, index=True
    )
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("five_small_criteria.id", ondelete="CASCADE"), nullable=False
    )
    judge_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    value_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    entered_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class Payout(Base):
    """One contributor's part of a graded result's reward, written when the round closes (what
    is paid; later changes to rules or people never alter it)."""

    __tablename__ = "five_small_payouts"
    __label__ = "五小成果奖金"
    __table_args__ = (
        UniqueConstraint("achievement_id", "member_id", name="uq_five_small_payouts_achievement_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("evaluation_rounds.id"), nullable=False, index=True)
    achievement_id: Mapped[int] = mapped_column(ForeignKey("achievements.id"), nullable=False)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    grade: Mapped[str] = mapped_column(String(16), nullable=False)
    reward_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    share_pct: Mapped[int | None] = mapped_column(Integer, nullable=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
