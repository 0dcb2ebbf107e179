"""Imports every model module so ``Base.metadata`` knows all tables (migrations, copy, checks)."""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from unionoffice.core.modules import all_modules
from unionoffice.db.base import Base

CORE_MODEL_MODULES = (
    "unionoffice.core.auth.models",
    "unionoffice.core.org.models",
    "unionoffice.core.audit.models",
    "unionoffice.core.sequences",
    "unionoffice.core.audit.chain",
    "unionoffice.core.crypto.models",
    "unionoffice.core.staging",
    "unionoffice.core.calendar.models",
    "unionoffice.core.auth.sessions",
    "unionoffice.core.idempotency",
    "unionoffice.core.jobs",
)


def load_all_models() -> MetaData:
    for name in CORE_MODEL_MODULES:
        importlib.import_module(name)
    for spec in all_modules():
        for name in spec.models:
            importlib.import_module(name)
    return Base.metadata
