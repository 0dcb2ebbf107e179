"""Inno Setup's compiler (ISCC.exe) under Wine, so the Windows installer compiles on Linux too.

    python installer/iscc.py --dist dist/UnionOffice [--out dist] [--compression lzma2/max] [--stage]

``tools/setup-installer-tools.sh`` installs Wine (with its 32-bit half: ISCC.exe is a 32-bit
program) and Inno Setup from the npm registry's ``innosetup`` package into ``build/innosetup``.
The Wine prefix lives in ``build/wine`` and is made once (about 15 s).

``--stage`` compiles a Linux PyInstaller build as if it were the Windows one: the same folder
with the two executables renamed ``.exe``. The real Windows build needs Windows (PyInstaller does
not cross-compile); the staged one checks the script, its file list and the installer's logic.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "installer" / "unionoffice.iss"
ISCC = ROOT / "build" / "innosetup" / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
PREFIX = ROOT / "build" / "wine"
EXECUTABLES = ("UnionOffice", "unionoffice-cli", "unionoffice-server")


def missing_tools() -> list[str]:
    """What stops a compile here, in words (empty when everything is in place)."""
    missing = [tool for tool in ("wine", "wineserver", "xvfb-run") if shutil.which(tool) is None]
    if not Path("/usr/lib/i386-linux-gnu/wine/i386-windows").is_dir():
        missing.append("wine32 (the i386 half of Wine)")
    if not ISCC.is_file():
        missing.append(f"Inno Setup ({ISCC.relative_to(ROOT)})")
    return missing


def wine_env(prefix: Path = PREFIX) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WINE", "DISPLAY"))}
    # No Mono/Gecko (Wine would offer to download them); no debug chatter.
    env.update(WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=", WINEARCH="win64")
    return env


def ensure_prefix(prefix: Path = PREFIX) -> Path:
    """A Wine prefix, made once and reused (later runs take nothing)."""
    if not (prefix / "system.reg").is_file():
        prefix.mkdir(parents=True, exist_ok=True)
        env = wine_env(prefix)
        subprocess.run(["wineboot", "--init"], env=env, capture_output=True, check=True, timeout=300)
        subprocess.run(["wineserver", "--wait"], env=env, check=True, timeout=300)
    return prefix


def windows_path(path: Path) -> str:
    """Wine's Z: drive is the Linux root."""
    return "Z:" + os.path.abspath(path).replace("/", "\\")  # not resolve(): a link keeps its own name


def stage(frozen_app: Path, target: Path) -> Path:
    """The Windows layout from a Linux build: hard links (no copying), without the library aliases
    Linux keeps as symbolic links (a Windows build has none), executables named ``.exe``."""
    if target.exists():
        shutil.rmtree(target)

    def aliases(folder: str, names: list[str]) -> list[str]:
        return [name for name in names if os.path.islink(os.path.join(folder, name))]

    def link(source: str, destination: str) -> None:
        try:
            os.link(source, destination)
        except OSError:  # another file system
            shutil.copy2(source, destination)

    shutil.copytree(frozen_app, target, copy_function=link, ignore=aliases)
    for name in EXECUTABLES:
        (target / name).rename(target / f"{name}.exe")
    return target


def compile_script(
    dist: Path, out: Path | None, script: Path = SCRIPT, compression: str | None = None, timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    """Runs ISCC; ``out=None`` checks the whole script (files, [Code]) without writing Setup."""
    command = ["wine", str(ISCC), "/Qp", f"/DDistDir={windows_path(dist)}"]
    command.append(f"/O{windows_path(out)}" if out is not None else "/O-")
    if compression:
        command.append(f"/DCompression={compression}")
    ensure_prefix()
    return subprocess.run(
        [*command, script.name],
        cwd=script.parent,
        env=wine_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def manifest_sources(manifest: Path) -> list[str]:
    """The SourceFilename column of ISCC's OutputManifestFile (tab-separated, header first)."""
    lines = manifest.read_text(encoding="utf-8-sig").splitlines()
    column = lines[0].split("\t").index("SourceFilename")
    return [line.split("\t")[column] for line in lines[1:] if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "UnionOffice")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--compression", default=None, help="e.g. lzma2/fast (the script's default: lzma2/max)"
    )
    parser.add_argument(
        "--stage", action="store_true", help="--dist is a Linux build: stage it as Windows first"
    )
    args = parser.parse_args()
    if missing := missing_tools():
        print("missing: " + ", ".join(missing) + " (bash tools/setup-installer-tools.sh)", file=sys.stderr)
        return 2
    dist = stage(args.dist, ROOT / "build" / "staged-windows" / "UnionOffice") if args.stage else args.dist
    result = compile_script(dist, args.out, compression=args.compression)
    print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
