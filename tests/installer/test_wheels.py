"""Every runtime dependency has a wheel for Windows (Python 3.12 and 3.13) and for ARM64 Linux at
the versions pinned in constraints.txt (installer/wheels.py; asks PyPI)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import wheels  # noqa: E402 - found through the path set above


@cache
def _resolved(name: str) -> wheels.Resolution:
    return wheels.resolve(next(t for t in wheels.TARGETS if t.name == name))


def test_every_dependency_in_pyproject_is_pinned():
    """Offline: a dependency added to pyproject.toml without a pin fails here first."""
    pins = wheels.read_pins()
    unpinned = [str(r) for r in wheels.runtime_requirements() if not pins.get(canonicalize_name(r.name))]
    assert unpinned == [], "run python installer/wheels.py --write-pins"


def test_markers_are_read_for_the_target_system_not_this_one():
    windows, arm = wheels.TARGETS[0], wheels.TARGETS[2]
    keyring = Requirement("keyring>=24; sys_platform == 'win32'")
    assert wheels._applies(keyring, windows, set()) and not wheels._applies(keyring, arm, set())
    binary = Requirement("psycopg-binary==3.3.9; implementation_name != 'pypy' and extra == 'binary'")
    assert wheels._applies(binary, arm, {"binary"}) and not wheels._applies(binary, arm, set())
    assert "manylinux_2_17_aarch64" in arm.platforms and "manylinux_2_39_aarch64" in arm.platforms


@pytest.mark.parametrize("target", [t.name for t in wheels.TARGETS])
def test_every_runtime_dependency_has_a_wheel_at_the_pinned_version(target):
    resolution = _resolved(target)
    assert wheels.problems(resolution, wheels.read_pins()) == []
    wanted = {
        canonicalize_name(r.name)
        for r in wheels.runtime_requirements()
        if wheels._applies(r, resolution.target, set())
    }
    assert wanted <= set(resolution.wheels)
    assert all(wheel.endswith(".whl") for _, wheel in resolution.wheels.values())


def test_windows_gets_its_own_dependencies():
    """pip alone, run on Linux, leaves out what only Windows needs (psycopg's time-zone data)."""
    windows = _resolved("win_amd64-py3.12")
    assert "tzdata" in windows.wheels
    assert windows.wheels["pyside6-essentials"][1].endswith("win_amd64.whl")
    assert "tzdata" not in _resolved("manylinux-aarch64-py3.11").wheels


def test_a_release_without_a_wheel_is_reported(tmp_path):
    """The check can fail: PySide6 6.4.0.1 has no wheel a Python 3.13 can take (it asks for Python < 3.12)."""
    constraints = tmp_path / "constraints.txt"
    constraints.write_text("PySide6-Essentials==6.4.0.1\n", encoding="utf-8")
    resolution = wheels.resolve(wheels.TARGETS[1], constraints, [Requirement("PySide6-Essentials")])
    assert resolution.error and "PySide6-Essentials" in resolution.error
    assert wheels.problems(resolution, {})[0].startswith("win_amd64-py3.13:")
