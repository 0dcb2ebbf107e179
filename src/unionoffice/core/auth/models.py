"""User accounts and the branch unions a clerk is assigned to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from unionoffice.db.base import Base, Versioned, utcnow

user_branches = Table(
    "user_branches",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("org_unit_id", ForeignKey("org_units.id"), primary_key=True),
)


class User(Versioned, Base):
    __tablename__ = "users"
    __label__ = "用户"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    display_name: Mapped[str] = mapped_column(String(64), nullable=False, info={"label": "显示名称"})
    password_hash: Mapped[str] = mapped_column(
        String(255), nullable=False, info={"sensitive": True, "maskable": False}
    )
    role: Mapped[str] = mapped_column(String(16), nullable=False, info={"label": "角色"})
    active: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False, info={"label": "启用"})
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    branches = relationship("OrgUnit", secondary=user_branches, lazy="selectin")


class PasswordHistory(Base):
    """Earlier password hashes of a user, so a change cannot go back to a recent one."""

    __tablename__ = "password_history"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
