"""A reader for the parts of the Inno Setup script the tests compare with the build."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class IssScript:
    path: Path
    defines: dict[str, str] = field(default_factory=dict)
    setup: dict[str, str] = field(default_factory=dict)
    sections: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    code: str = ""

    def expand(self, text: str) -> str:
        for _ in range(5):  # defines may name other defines
            text = re.sub(r"\{#(\w+)\}", lambda m: self.defines[m.group(1)], text)
        return text


def _entry(line: str) -> dict[str, str]:
    """``Source: "a;b"; DestDir: "{app}"; Flags: x y`` → dict, respecting quotes."""
    parts, current, quoted = [], "", False
    for char in line:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    entry = {}
    for part in parts:
        if ":" in part:
            key, _, value = part.partition(":")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':  # Inno quoting: "…" with "" for a quote
                value = value[1:-1].replace('""', '"')
            entry[key.strip()] = value
    return entry


def parse_iss(path: Path) -> IssScript:
    script = IssScript(path)
    section = ""
    code: list[str] = []
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        define = re.match(r'#define\s+(\w+)\s+"([^"]*)"', line)
        if define:
            script.defines.setdefault(define.group(1), define.group(2))
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            section = header.group(1)
            continue
        if section == "Code":
            code.append(raw)
            continue
        if not line or line.startswith((";", "#")):
            continue
        if section == "Setup":
            key, _, value = line.partition("=")
            script.setup[key.strip()] = value.strip()
        elif section in (
            "Languages",
            "Files",
            "Icons",
            "Run",
            "Tasks",
            "InstallDelete",
            "UninstallDelete",
            "Registry",
        ):
            script.sections.setdefault(section, []).append(_entry(line))
    script.code = "\n".join(code)
    return script


def _local(name: str) -> str:
    """Windows executables are built without the suffix on other systems."""
    return name[:-4] if sys.platform != "win32" and name.lower().endswith(".exe") else name


def dist_layout_problems(script: IssScript, dist: Path) -> list[str]:
    """Everything in which the [Files], [Icons] and [Run] sections disagree with a built program folder."""
    problems: list[str] = []
    here = script.path.parent
    dist_prefix = script.expand("{#DistDir}").replace("\\", "/").rstrip("/") + "/"
    installed: set[str] = set()
    covered: set[str] = set()
    for entry in script.sections.get("Files", []):
        source = script.expand(entry["Source"]).replace("\\", "/")
        dest_dir = script.expand(entry["DestDir"]).replace("\\", "/")
        if not source.startswith(dist_prefix):
            if not (here / source).exists():
                problems.append(f"missing source {source}")
            installed.add(f"{dest_dir}/{entry.get('DestName', source.rsplit('/', 1)[-1])}")
            continue
        relative = source[len(dist_prefix) :]
        if relative.endswith("/*"):
            folder = dist / relative[:-2]
            if not folder.is_dir() or not any(folder.iterdir()):
                problems.append(f"build has no files for {source}")
            if "recursesubdirs" not in entry.get("Flags", ""):
                problems.append(f"{source} would skip sub-folders")
            covered.add(relative[:-2].split("/")[0])
            installed.update(
                f"{dest_dir}/{p.relative_to(folder).as_posix()}" for p in folder.rglob("*") if p.is_file()
            )
            continue
        target = dist / "/".join(_local(part) for part in relative.split("/"))
        if not target.is_file():
            problems.append(f"build does not produce {relative}")
        covered.add(_local(relative.split("/")[0]))
        installed.add(f"{dest_dir}/{entry.get('DestName', relative.rsplit('/', 1)[-1])}")
    for entry in dist.iterdir():
        if entry.name not in covered:
            problems.append(f"the installer leaves out {entry.name}")
    for section in ("Icons", "Run"):
        for entry in script.sections.get(section, []):
            filename = script.expand(entry["Filename"]).replace("\\", "/")
            if filename.startswith("{app}/") and filename not in installed:
                problems.append(f"[{section}] points at {filename}, which is not installed")
    return problems
