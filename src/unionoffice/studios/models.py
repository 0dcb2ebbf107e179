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


class AchievementPerson(Base):
    """A contributor and their share (percent, the shares of an achievement add up to 100)."""

    __tablename__ = "achievement_people"
    __label__ = "成果完成人"

    achievement_id: Mapped[int] = mapped_column(
        ForeignKey("achievements.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    share_pct: Mapped[int] = mapped_column(Integer, nullable=False)


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
