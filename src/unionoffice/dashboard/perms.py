"""What the dashboard module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class DashboardPerm(StrEnum):
    READ = "dashboard.read"
