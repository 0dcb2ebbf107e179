"""Which Python distributions a build bundles, and their licence files.

Used by the PyInstaller spec (copies the files to ``_internal/licenses/<distribution>/``) and by
the tests (every bundled distribution must be named in ``resources/THIRD_PARTY_NOTICES.md``).
"""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _name_of(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;(]", requirement.strip(), maxsplit=1)[0]


def _applies(requirement: str) -> bool:
    """Markers of a dependency: skip extras we do not ask for, honour platform markers."""
    if ";" not in requirement:
        return True
    marker = requirement.split(";", 1)[1]
    if "extra" in marker:
        return False
    try:
        from packaging.markers import Marker
    except ImportError:  # packaging is almost always present; without it keep the dependency
        return True
    return Marker(marker).evaluate()


def runtime_distributions() -> dict[str, metadata.Distribution]:
    """The installed distributions UnionOffice needs at run time (pyproject dependencies, recursively)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [_name_of(r) for r in project["dependencies"] if _applies(r)]
    extras = {_name_of(r): re.findall(r"\[([^\]]+)\]", r) for r in project["dependencies"]}
    found: dict[str, metadata.Distribution] = {}
    while wanted:
        name = wanted.pop()
        key = canonical(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a platform-only dependency of another system
        found[key] = dist
        chosen = {e.strip() for group in extras.get(name, []) for e in group.split(",")}
        for requirement in dist.requires or ():
            marker = requirement.split(";", 1)[1] if ";" in requirement else ""
            extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
            if extra and extra.group(1) in chosen or _applies(requirement):
                wanted.append(_name_of(requirement))
    return dict(sorted(found.items()))


def licence_files() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for PyInstaller's ``datas``."""
    pairs = []
    for key, dist in runtime_distributions().items():
        for file in dist.files or ():
            parts = Path(str(file)).parts
            if not parts or not parts[0].endswith(".dist-info") or "sboms" in parts:
                continue
            if "licenses" in parts or _LICENCE_NAME.match(parts[-1]):
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    pairs.append((str(source), f"licenses/{key}"))
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    base = Path(sys.base_prefix)
    python_licence = base / "LICENSE.txt" if sys.platform == "win32" else base / "lib" / version / "LICENSE.txt"
    if python_licence.is_file():
        pairs.append((str(python_licence), "licenses/python"))
    return pairs
