"""What other modules may use of the medical mutual-aid module: its yearly figures and labels."""

from __future__ import annotations

from unionoffice.medical.models import BenefitType, ClaimStatus, Fund
from unionoffice.medical.service import ledger
from unionoffice.medical.service.reports import scheme_by_year
from unionoffice.medical.service.schemes import list_schemes

__all__ = ["BenefitType", "ClaimStatus", "Fund", "ledger", "list_schemes", "scheme_by_year"]
