"""Certificate services: issuing, the register, verification. Plain Python, no Qt."""

from __future__ import annotations

from unionoffice.certificates.service.issuing import (
    IssueRequest,
    IssueResult,
    check_recipients,
    issue_batch,
    page_values,
    preview_batch,
)
from unionoffice.certificates.service.register import (
    CertificateInfo,
    RegisterFilter,
    find_by_number,
    get_certificate,
    issued_years,
    register_source,
    reprint,
    revoke,
)
from unionoffice.certificates.service.verification import Verdict, Verification, verify

__all__ = [
    "CertificateInfo",
    "IssueRequest",
    "IssueResult",
    "RegisterFilter",
    "Verdict",
    "Verification",
    "check_recipients",
    "find_by_number",
    "get_certificate",
    "issue_batch",
    "issued_years",
    "page_values",
    "preview_batch",
    "register_source",
    "reprint",
    "revoke",
    "verify",
]
