"""Does every runtime dependency have a wheel for the systems we ship to, at the pinned versions?

    python installer/wheels.py                   check every target (needs PyPI)
    python installer/wheels.py --write-pins      pin what is not pinned yet (a new dependency), keep the rest
    python installer/wheels.py --refresh-pins    re-resolve every pin (newest releases that have all wheels)

The dependencies come from ``pyproject.toml`` (so a dependency added there is checked without
editing this file); the versions from ``constraints.txt``, which every build script and
``tools/setup-env.sh`` install with, so tests, the Linux build and the Windows build use the same
releases. pip resolves each target with its own ``--platform``/``--python-version`` and
``--only-binary=:all:`` (``pip install --dry-run --report``: the resolver of ``pip download``,
reading PyPI's metadata files instead of downloading some 500 MiB of wheels).

pip evaluates environment markers for the machine it runs on, not for ``--platform``: asked for
win_amd64 from Linux it silently drops ``keyring; sys_platform == 'win32'`` and keyring's own
Windows-only dependencies. So markers are evaluated here for the target, and anything the target
needs that pip left out is added as a requirement and resolved again until nothing is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / "constraints.txt"
# PySide6's aarch64 wheels are built for glibc 2.39 (6.11): older ARM systems cannot take them.
ARM64_GLIBC = 39


@dataclass(frozen=True)
class Target:
    name: str
    platforms: tuple[str, ...]
    python: str
    markers: dict[str, str]


def _markers(system: str, machine: str, python: str) -> dict[str, str]:
    windows = system == "Windows"
    return {
        "os_name": "nt" if windows else "posix",
        "sys_platform": "win32" if windows else "linux",
        "platform_system": system,
        "platform_machine": machine,
        "platform_release": "",
        "platform_version": "",
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "implementation_version": f"{python}.0",
        "platform_python_implementation": "CPython",
    }


def _manylinux(arch: str, newest_glibc: int) -> tuple[str, ...]:
    """pip takes ``--platform`` literally: a system with glibc 2.N also runs 2.17 … 2.N wheels."""
    return tuple(f"manylinux_2_{minor}_{arch}" for minor in range(newest_glibc, 16, -1)) + (
        f"manylinux2014_{arch}",
    )


TARGETS = (
    Target("win_amd64-py3.12", ("win_amd64",), "3.12", _markers("Windows", "AMD64", "3.12")),
    Target("win_amd64-py3.13", ("win_amd64",), "3.13", _markers("Windows", "AMD64", "3.13")),
    Target(
        "manylinux-aarch64-py3.11",
        _manylinux("aarch64", ARM64_GLIBC),
        "3.11",
        _markers("Linux", "aarch64", "3.11"),
    ),
    Target(
        "manylinux-aarch64-py3.13",
        _manylinux("aarch64", ARM64_GLIBC),
        "3.13",
        _markers("Linux", "aarch64", "3.13"),
    ),
)


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def read_pins(path: Path = CONSTRAINTS) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            versions = [s.version for s in requirement.specifier if s.operator == "=="]
            pins[canonicalize_name(requirement.name)] = versions[0] if versions else ""
    return pins


@dataclass
class Resolution:
    target: Target
    wheels: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (version, wheel file)
    needed: set[str] = field(default_factory=set)  # reachable from pyproject through the target's markers
    error: str = ""


def _applies(requirement: Requirement, target: Target, extras: set[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({**target.markers, "extra": extra}) for extra in extras | {""})


def _bare(requirement: Requirement) -> str:
    extras = f"[{','.join(sorted(requirement.extras))}]" if requirement.extras else ""
    return f"{requirement.name}{extras}{requirement.specifier}"


def _pip_resolve(target: Target, requirements: list[str], constraints: Path | None, work: Path) -> dict:
    report = work / "report.json"
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--dry-run",
        "--ignore-installed",
        "--quiet",
        "--only-binary=:all:",
        "--implementation",
        "cp",
        "--python-version",
        target.python,
        "--report",
        str(report),
        "--no-warn-conflicts",
    ]
    for platform in target.platforms:
        command += ["--platform", platform]
    if constraints is not None:
        command += ["-c", str(constraints)]
    # The machine's own pip configuration (extra local indexes, caps) must not decide the answer.
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PIP_FIND_LINKS", None)
    result = subprocess.run([*command, *requirements], capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        lines = [
            line for line in result.stderr.splitlines() if line.startswith("ERROR")
        ] or result.stderr.splitlines()[-5:]
        raise RuntimeError("\n".join(lines))
    return json.loads(report.read_text(encoding="utf-8"))


def resolve(
    target: Target, constraints: Path | None = CONSTRAINTS, requirements: list[Requirement] | None = None
) -> Resolution:
    top = [r for r in (requirements or runtime_requirements()) if _applies(r, target, set())]
    asked = [_bare(r) for r in top]
    resolution = Resolution(target)
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(10):
            try:
                report = _pip_resolve(target, asked, constraints, Path(tmp))
            except RuntimeError as exc:
                resolution.error = str(exc)
                return resolution
            items = {canonicalize_name(i["metadata"]["name"]): i for i in report["install"]}
            # Walk from pyproject along the requirements that hold on the target.
            extras: dict[str, set[str]] = {}
            wanted = list(top)
            needed: set[str] = set()
            missing: list[Requirement] = []
            while wanted:
                requirement = wanted.pop()
                name = canonicalize_name(requirement.name)
                new_extras = set(requirement.extras) - extras.get(name, set())
                if name in needed and not new_extras:
                    continue
                needed.add(name)
                extras.setdefault(name, set()).update(requirement.extras)
                if name not in items:
                    missing.append(requirement)
                    continue
                for text in items[name]["metadata"].get("requires_dist", []):
                    dependency = Requirement(text)
                    if _applies(dependency, target, extras[name]):
                        wanted.append(dependency)
            if not missing:
                resolution.needed = needed
                resolution.wheels = {
                    name: (item["metadata"]["version"], item["download_info"]["url"].rsplit("/", 1)[-1])
                    for name, item in items.items()
                    if name in needed
                }
                return resolution
            asked += [_bare(Requirement(str(r).split(";", 1)[0])) for r in missing]
    resolution.error = "requirements did not settle after 10 rounds"
    return resolution


def problems(resolution: Resolution, pins: dict[str, str]) -> list[str]:
    """What stops a build for this target: no wheel at all, or a release that is not pinned."""
    if resolution.error:
        return [f"{resolution.target.name}: {resolution.error}"]
    found = []
    for name, (version, wheel) in sorted(resolution.wheels.items()):
        if not wheel.endswith(".whl"):
            found.append(f"{resolution.target.name}: {name} {version} has no wheel ({wheel})")
        if pins.get(name) != version:
            found.append(
                f"{resolution.target.name}: {name} {version} is not pinned in constraints.txt "
                f"(pinned: {pins.get(name) or 'nothing'}); run python installer/wheels.py --write-pins"
            )
    return found


def newest_glibc(resolution: Resolution) -> tuple[int, int] | None:
    """The newest glibc any chosen wheel asks for (the oldest Linux the build can run on)."""
    found = [
        tuple(map(int, m.groups()))
        for _, wheel in resolution.wheels.values()
        for m in re.finditer(r"manylinux_(\d+)_(\d+)_", wheel)
    ]
    return max(found) if found else None  # type: ignore[return-value]


def write_pins(path: Path = CONSTRAINTS, keep: bool = True) -> None:
    """Resolution for this machine (the test environment), then each target adds what only it needs.
    ``keep`` holds every existing pin, so a new dependency is pinned without moving the others."""
    from packaging.markers import default_environment

    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    here = Target("this machine", (), python, {k: str(v) for k, v in default_environment().items()})
    pins: dict[str, str] = {k: v for k, v in read_pins(path).items() if v} if keep and path.exists() else {}
    used: set[str] = set()  # pins of dependencies that are gone are dropped
    for target in (here, *TARGETS):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as tmp:
            tmp.write("".join(f"{name}=={version}\n" for name, version in sorted(pins.items())))
        try:
            resolution = resolve(target, Path(tmp.name))
        finally:
            os.unlink(tmp.name)
        if resolution.error:
            raise SystemExit(f"{target.name}: {resolution.error}")
        for name, (version, _) in resolution.wheels.items():
            pins.setdefault(name, version)
            used.add(name)
    header = (
        "# Exact releases of every runtime dependency (pyproject.toml, recursively, for every target\n"
        "# installer/wheels.py checks). Builds and tools/setup-env.sh install with -c constraints.txt.\n"
        "# A new dependency: python installer/wheels.py --write-pins; all to their newest: --refresh-pins\n"
    )
    path.write_text(header + "".join(f"{name}=={pins[name]}\n" for name in sorted(used)), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--write-pins", action="store_true", help="pin new dependencies in constraints.txt first"
    )
    parser.add_argument(
        "--refresh-pins", action="store_true", help="re-resolve every pin in constraints.txt first"
    )
    args = parser.parse_args()
    if args.write_pins or args.refresh_pins:
        write_pins(keep=not args.refresh_pins)
    pins = read_pins()
    failed = False
    for target in TARGETS:
        resolution = resolve(target)
        found = problems(resolution, pins)
        failed |= bool(found)
        glibc = newest_glibc(resolution)
        print(
            f"{target.name}: {len(resolution.wheels)} wheels"
            + (f", needs glibc ≥ {glibc[0]}.{glibc[1]}" if glibc else "")
            + (" — FAILED" if found else " — ok")
        )
        for line in found:
            print("  " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
