"""The module registry. Each feature module describes itself in ``<module>/module.py``.

Core code only holds dotted paths to views, so nothing here imports Qt; the main window
imports a module's view when its tab is first shown.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from unionoffice.core.auth.roles import Perm

# Order of the tabs in the main window.
MODULE_PACKAGES: tuple[str, ...] = ("dashboard", "members", "medical", "contests", "studios", "certificates")


@dataclass(frozen=True)
class ModuleSpec:
    key: str
    title: Callable[[], str]  # translated lazily: the language is chosen after import
    permission: Perm  # needed to see the module's tab
    models: tuple[str, ...] = ()
    view: str | None = None  # "package.view:WidgetClass", built with (context, parent)
    cli: str | None = None  # "package.cli:register" called with the argparse sub-parsers
    demo: str | None = None  # "package.demo:fill" called with (session, rng, size)
    icon: str = ""
    # "package.module:function(session)" run when the data key is first set up on an upgraded
    # database (e.g. computing keyed hashes of values that were stored in clear).
    on_keys_ready: str | None = None
    extra_perms: tuple[Perm, ...] = field(default=())


@lru_cache(maxsize=1)
def all_modules() -> tuple[ModuleSpec, ...]:
    specs = []
    for package in MODULE_PACKAGES:
        module = importlib.import_module(f"unionoffice.{package}.module")
        specs.append(module.SPEC)
    return tuple(specs)


def load_object(dotted: str):  # type: ignore[no-untyped-def]
    """Resolve "package.module:attribute"."""
    module_name, _, attribute = dotted.partition(":")
    return getattr(importlib.import_module(module_name), attribute)
