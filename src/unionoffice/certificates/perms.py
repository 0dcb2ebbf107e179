"""What the certificates module guards. Granted to roles in ``module.py``; the administrator holds all."""

from __future__ import annotations

from enum import StrEnum


class CertificatesPerm(StrEnum):
    READ = "certificates.read"
    ISSUE = "certificates.issue"
