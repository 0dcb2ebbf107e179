"""Contest tables. Marks are integer hundredths (centi-points): 12.5 points is stored as 1250."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, Versioned


class Contest(Versioned, Base):
    __tablename__ = "contests"
    __label__ = "竞赛"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Random id written into packages and definition files: a package is bound to one contest.
    uid: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    base: Mapped[str | None] = mapped_column(String(16), nullable=True)
    trade: Mapped[str] = mapped_column(String(32), nullable=False)
    venue: Mapped[str] = mapped_column(String(120), default="", nullable=False)
    deploy_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # 部署
    bank_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # 题库下发
    practice_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # 练兵
    contest_date: Mapped[date | None] = mapped_column(Date, nullable=True)  # 比武
    # Judges may not mark contestants of their own branch union.
    no_own_branch: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    round_places: Mapped[int] = mapped_column(Integer, default=2, nullable=False)
    tie_break: Mapped[str] = mapped_column(Text, default="[]", nullable=False)  # JSON list of rules
    awards: Mapped[str] = mapped_column(Text, default="{}", nullable=False)  # JSON award cut-offs
    judge_flag_pct: Mapped[int] = mapped_column(Integer, default=500, nullable=False)  # hundredths of %
    # Nobody below the pass line gets an award, whatever their rank (hundredths of a point).
    pass_line_centi: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Who may enter: skill levels (labels.SkillLevel), age on the contest day, entries per branch.
    min_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    min_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    branch_quota: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The theory paper's blueprint (JSON: minutes and lines of kind, area, count, points); "" = none.
    exam_plan: Mapped[str] = mapped_column(Text, default="", nullable=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    locked_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # SHA-256 of every raw mark at locking time: a later change shows up as a mismatch.
    locked_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ContestEvent(Versioned, Base):
    __tablename__ = "contest_events"
    __label__ = "竞赛科目"
    __table_args__ = (UniqueConstraint("contest_id", "code", name="uq_contest_events_contest_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[int] = mapped_column(
        ForeignKey("contests.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # theory | practical
    weight_bp: Mapped[int] = mapped_column(Integer, nullable=False)  # basis points: 3000 = 30 %
    aggregation: Mapped[str] = mapped_column(String(16), default="trimmed", nullable=False)  # mean | trimmed
    drop_n: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    drop_min_judges: Mapped[int] = mapped_column(Integer, default=5, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class ScoringItem(Versioned, Base):
    __tablename__ = "contest_items"
    __label__ = "评分细则"
    __table_args__ = (UniqueConstraint("event_id", "code", name="uq_contest_items_event_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("contest_events.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # measured | judged
    max_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    weight_centi: Mapped[int] = mapped_column(Integer, default=100, nullable=False)  # 100 = ×1.00
    sort_order: Mapped[int] = mapped_column(Integer, default=0, nullable=False)


class Contestant(Versioned, Base):
    __tablename__ = "contestants"
    __label__ = "参赛选手"
    __table_args__ = (
        UniqueConstraint("contest_id", "bib", name="uq_contestants_contest_bib"),
        UniqueConstraint("contest_id", "member_id", name="uq_contestants_contest_member"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[int] = mapped_column(
        ForeignKey("contests.id", ondelete="CASCADE"), nullable=False, index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), nullable=False, index=True)
    bib: Mapped[str] = mapped_column(String(16), nullable=False)
    # Name and branch as registered: results keep them if the member later moves.
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    branch_id: Mapped[int] = mapped_column(ForeignKey("org_units.id"), nullable=False)
    skill_level: Mapped[int | None] = mapped_column(Integer, nullable=True)  # labels.SkillLevel, as entered
    status: Mapped[str] = mapped_column(String(16), default="entered", nullable=False)  # labels.EntryStatus
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    withdraw_reason: Mapped[str | None] = mapped_column(String(255), nullable=True)
    source: Mapped[str] = mapped_column(String(16), default="register", nullable=False)  # register | import


class JudgeAssignment(Base):
    __tablename__ = "contest_judges"
    __label__ = "评委分配"
    __table_args__ = (UniqueConstraint("event_id", "user_id", name="uq_contest_judges_event_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("contest_events.id", ondelete="CASCADE"), nullable=False, index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    # The judge who enters the event's measured (objective) items; one per event.
    records_measured: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    # HMAC key of this judge's packages, handed over on a key slip, never inside the package.
    key: Mapped[str] = mapped_column(String(64), nullable=False, info={"sensitive": True, "maskable": False})
    # Highest package sequence imported: an older package is a replay and is refused.
    last_seq: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    last_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Mark(Base):
    """One raw mark by one judge. Aggregates are never stored: results recompute from these."""

    __tablename__ = "contest_marks"
    __label__ = "评分"
    __audited__ = False  # imports write one audit entry per package listing every changed mark
    __table_args__ = (
        UniqueConstraint(
            "contestant_id", "item_id", "judge_id", name="uq_contest_marks_contestant_item_judge"
        ),
        Index("ix_contest_marks_item", "item_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contestant_id: Mapped[int] = mapped_column(
        ForeignKey("contestants.id", ondelete="CASCADE"), nullable=False
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("contest_items.id", ondelete="CASCADE"), nullable=False)
    judge_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    value_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(16), nullable=False)  # package | sheet
    seq: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    entered_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class QuestionBank(Base):
    """One version of a trade's question bank. A new import is a new version; versions never change,
    so a paper drawn from one can always be reprinted and re-marked."""

    __tablename__ = "question_banks"
    __label__ = "题库"
    __table_args__ = (UniqueConstraint("trade", "version", name="uq_question_banks_trade_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trade: Mapped[str] = mapped_column(String(32), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(255), default="", nullable=False)  # the file it came from
    questions: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), default="", nullable=False)


class Question(Base):
    __tablename__ = "questions"
    __label__ = "试题"
    __audited__ = False  # the bank's import writes one audit entry for all its questions
    __table_args__ = (UniqueConstraint("bank_id", "number", name="uq_questions_bank_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_id: Mapped[int] = mapped_column(
        ForeignKey("question_banks.id", ondelete="CASCADE"), nullable=False, index=True
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)  # order in the bank, from 1
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # labels.QuestionKind
    area: Mapped[str] = mapped_column(String(60), nullable=False)  # knowledge area (知识领域)
    stem: Mapped[str] = mapped_column(Text, nullable=False)
    options: Mapped[str] = mapped_column(Text, default="[]", nullable=False)  # JSON list, A first
    answer: Mapped[str] = mapped_column(String(8), nullable=False)  # "B", "ACD", "T" or "F"


class ExamPaper(Base):
    """The contest's theory paper: questions drawn from one bank version by the blueprint, in two
    orders (versions A and B). One per contest; drawn again only before any answer is marked."""

    __tablename__ = "exam_papers"
    __label__ = "理论试卷"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contest_id: Mapped[int] = mapped_column(
        ForeignKey("contests.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    bank_id: Mapped[int] = mapped_column(ForeignKey("question_banks.id"), nullable=False)
    seed: Mapped[int] = mapped_column(Integer, nullable=False)
    plan: Mapped[str] = mapped_column(Text, nullable=False)  # the blueprint it was drawn by (JSON)
    order_a: Mapped[str] = mapped_column(Text, nullable=False)  # JSON list of question ids
    order_b: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), default="", nullable=False)


class ExamRoom(Base):
    __tablename__ = "exam_rooms"
    __label__ = "考场"
    __table_args__ = (UniqueConstraint("paper_id", "number", name="uq_exam_rooms_paper_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    paper_id: Mapped[int] = mapped_column(ForeignKey("exam_papers.id", ondelete="CASCADE"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    # HMAC key of the room's exam package and answer files, on the room's key slip only.
    key: Mapped[str] = mapped_column(String(64), nullable=False, info={"sensitive": True, "maskable": False})


class ExamSeat(Base):
    __tablename__ = "exam_seats"
    __label__ = "考场座位"
    __table_args__ = (UniqueConstraint("room_id", "seat", name="uq_exam_seats_room_seat"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("exam_rooms.id", ondelete="CASCADE"), nullable=False)
    contestant_id: Mapped[int] = mapped_column(
        ForeignKey("contestants.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    seat: Mapped[int] = mapped_column(Integer, nullable=False)
    version: Mapped[str] = mapped_column(String(1), nullable=False)  # labels.Version


class ExamSheet(Base):
    """One contestant's answers as marked: the score lands in the theory item as a mark."""

    __tablename__ = "exam_sheets"
    __label__ = "答卷"
    __audited__ = False  # each answers file writes one audit entry listing the scores it changed

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seat_id: Mapped[int] = mapped_column(
        ForeignKey("exam_seats.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    station: Mapped[str] = mapped_column(String(16), nullable=False)  # the laptop (or "paper")
    answers: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {question id: "AC"}
    score_centi: Mapped[int] = mapped_column(Integer, nullable=False)
    submitted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    marked_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class ExamSubmission(Base):
    """The last answers file imported from one laptop of one room: replays are refused."""

    __tablename__ = "exam_submissions"
    __label__ = "答卷文件"
    __table_args__ = (UniqueConstraint("room_id", "station", name="uq_exam_submissions_room_station"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("exam_rooms.id", ondelete="CASCADE"), nullable=False)
    station: Mapped[str] = mapped_column(String(16), nullable=False)
    last_seq: Mapped[int] = mapped_column(Integer, nullable=False)
    last_digest: Mapped[str] = mapped_column(String(64), nullable=False)
