"""What the medical module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class MedicalPerm(StrEnum):
    READ = "medical.read"
    WRITE = "medical.write"
    REVIEW = "medical.review"
    ADMIN = "medical.admin"
