"""The module registry. Each feature module describes itself in ``<module>/module.py``.

A module is found by its folder (any package of ``unionoffice`` with a ``module.py``), declares
the modules it depends on, the permissions it defines and which roles get them; nothing central
lists modules. Models and demo data follow the dependency order; the tabs follow ``tab_order``.
Core code only holds dotted paths to views, so nothing here imports Qt; the main window imports
a module's view when its tab is first shown.
"""

from __future__ import annotations

import importlib.util
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from graphlib import CycleError, TopologicalSorter
from typing import Any

import unionoffice
from unionoffice.core.auth.roles import Role


@dataclass(frozen=True, kw_only=True)
class ModuleSpec:
    key: str
    title: Callable[[], str]  # translated lazily: the language is chosen after import
    permission: str  # needed to see the module's tab
    permissions: tuple[str, ...] = ()  # every permission the module defines
    grants: Mapping[Role, frozenset[str]] = field(default_factory=dict)  # the administrator has all
    depends: tuple[str, ...] = ()  # modules whose ``api`` this one uses
    tab_order: int | None = None  # None: no tab
    models: tuple[str, ...] = ()
    view: str | None = None  # "package.views.tab:WidgetClass", built with (context, parent)
    cli: str | None = None  # "package.cli:register" called with the argparse sub-parsers
    demo: str | None = None  # "package.demo:fill" called with a DemoContext, in dependency order
    icon: str = ""
    # "package.module:function(session)" run when the data key is first set up on an upgraded
    # database (e.g. computing keyed hashes of values that were stored in clear).
    on_keys_ready: str | None = None
    # "package.module:OBJECT" implementing ``core.org.hooks.OrgMembership``: who is in a unit.
    org_membership: str | None = None
    # "package.module:SOURCE" objects (``core.recipients.RecipientSource``): lists of people other
    # modules (certificates) can draw recipients from.
    recipient_sources: tuple[str, ...] = ()
    # "package.module:OPERATIONS": the service contract operations this module implements.
    services: tuple[str, ...] = ()
    # Permissions whose holders read or write encrypted values: only roles holding one of them
    # get the data key (core/auth/grants.py: holds_data_key).
    sensitive_permissions: frozenset[str] = frozenset()
    # Objects this module offers to another module's extension point: point name → dotted paths,
    # e.g. {"members.dues_lapses": ("unionoffice.dues.api:LAPSES",)}. The module that owns the
    # point documents what the objects must do and finds them with ``extensions(point)``.
    extensions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def module_packages() -> list[str]:
    """Every package of ``unionoffice`` that carries a ``module.py``."""
    found = []
    for info in pkgutil.iter_modules(unionoffice.__path__):
        if info.ispkg and importlib.util.find_spec(f"unionoffice.{info.name}.module") is not None:
            found.append(info.name)
    return sorted(found)


@lru_cache(maxsize=1)
def all_modules() -> tuple[ModuleSpec, ...]:
    """Every module, each after the modules it depends on (ties in name order)."""
    specs = {spec.key: spec for spec in (_load_spec(name) for name in module_packages())}
    graph = TopologicalSorter({key: specs[key].depends for key in sorted(specs)})
    for key, spec in specs.items():
        missing = [d for d in spec.depends if d not in specs]
        if missing:
            raise RuntimeError(f"module {key!r} depends on missing modules {missing}")
    try:
        order = list(graph.static_order())
    except CycleError as exc:
        raise RuntimeError(f"modules depend on each other in a circle: {exc.args[1]}") from exc
    return tuple(specs[key] for key in order)


def tab_modules() -> list[ModuleSpec]:
    return sorted(
        (s for s in all_modules() if s.tab_order is not None and s.view), key=lambda s: s.tab_order or 0
    )


def module(key: str) -> ModuleSpec:
    for spec in all_modules():
        if spec.key == key:
            return spec
    raise KeyError(key)


def _load_spec(package: str) -> ModuleSpec:
    spec = importlib.import_module(f"unionoffice.{package}.module").SPEC
    if not isinstance(spec, ModuleSpec) or spec.key != package:
        raise RuntimeError(f"unionoffice.{package}.module.SPEC must be a ModuleSpec with key {package!r}")
    return spec


def extensions(point: str) -> list[Any]:
    """The objects every module offers to extension point ``point``, in dependency order."""
    return [load_object(path) for spec in all_modules() for path in spec.extensions.get(point, ())]


def load_object(dotted: str) -> Any:
    """Resolve "package.module:attribute"."""
    module_name, _, attribute = dotted.partition(":")
    return getattr(importlib.import_module(module_name), attribute)
