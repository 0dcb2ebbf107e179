"""Refresh the translation sources and compile them.

    python tools/i18n.py            # lupdate every catalogue, then lrelease
    python tools/i18n.py --check    # exit 1 if a .ts is stale, a .qm is missing/stale, or English is unfinished

One catalogue per module (``resources/translations/<module>_en.ts``) so modules never edit the
same file. Source strings are Chinese; the English text is written in the .ts files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "unionoffice"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("en",)
SHARED = ("foundation", "db", "core", "migrations", "demo", "ui")
TOP_LEVEL_FILES = ("app.py", "cli.py", "self_test.py")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def catalogues() -> dict[str, list[Path]]:
    """Catalogue name → the Python files whose strings it holds."""
    result: dict[str, list[Path]] = {"core": []}
    for folder in SHARED:
        result["core"] += sorted((PACKAGE / folder).rglob("*.py"))
    result["core"] += [PACKAGE / f for f in TOP_LEVEL_FILES if (PACKAGE / f).exists()]
    for child in sorted(PACKAGE.iterdir()):
        if child.is_dir() and child.name not in SHARED and (child / "__init__.py").exists():
            result[child.name] = sorted(child.rglob("*.py"))
    return {name: files for name, files in result.items() if files}


def lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "zh_CN",
            "-target-language",
            ts.stem.split("_", 1)[1],
            *map(str, files),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "").strip()
        ):
            missing.append(message.findtext("source") or "")
    return missing


def update() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, files in catalogues().items():
        for lang in LANGUAGES:
            ts = OUT / f"{name}_{lang}.ts"
            lupdate(files, ts)
            lrelease(ts, ts.with_suffix(".qm"))


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, files in catalogues().items():
            for lang in LANGUAGES:
                ts = OUT / f"{name}_{lang}.ts"
                if not ts.exists():
                    problems.append(f"{ts.name} is missing")
                    continue
                fresh = Path(tmp) / ts.name
                shutil.copy(ts, fresh)
                lupdate(files, fresh)
                if fresh.read_bytes() != ts.read_bytes():
                    problems.append(f"{ts.name} is out of date: run python tools/i18n.py")
                qm = ts.with_suffix(".qm")
                built = Path(tmp) / qm.name
                lrelease(ts, built)
                if not qm.exists() or qm.read_bytes() != built.read_bytes():
                    problems.append(f"{qm.name} is missing or stale: run python tools/i18n.py")
                left = unfinished(ts)
                if left:
                    problems.append(f"{ts.name}: {len(left)} strings without English, e.g. {left[:3]}")
    return problems


def export_missing(name: str) -> None:
    """Print ``source<TAB>`` lines for the untranslated strings of one catalogue."""
    for source in unfinished(OUT / f"{name}_en.ts"):
        print(source.replace("\n", "\\n") + "\t")


def apply(name: str, table: Path) -> int:
    """Fill English from a ``source<TAB>english`` file (\\n stands for a line break)."""
    pairs = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            source, english = line.split("\t", 1)
            if english.strip():
                pairs[source.replace("\\n", "\n")] = english.replace("\\n", "\n")
    ts = OUT / f"{name}_en.ts"
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in pairs and translation is not None:
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lupdate(catalogues()[name], ts)  # normalise the file's layout the way lupdate writes it
    lrelease(ts, ts.with_suffix(".qm"))
    return filled


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--missing", metavar="CATALOGUE", help="list untranslated strings of a catalogue")
    parser.add_argument("--apply", nargs=2, metavar=("CATALOGUE", "TSV"), help="fill English from a TSV file")
    args = parser.parse_args()
    if args.missing:
        export_missing(args.missing)
        return 0
    if args.apply:
        print(f"filled {apply(args.apply[0], Path(args.apply[1]))} strings")
        return 0
    if args.check:
        problems = check()
        for line in problems:
            print(line)
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
