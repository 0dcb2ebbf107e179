"""Packs a frozen Linux build into a .deb for Debian-based desktops (统信 UOS, 银河麒麟 Kylin, Debian,
Ubuntu). Run through ``installer/build_deb.sh``; details in docs/installer.md.

    /opt/unionoffice/                     the PyInstaller folder (UnionOffice, unionoffice-cli, _internal/)
    /usr/bin/unionoffice                  → /opt/unionoffice/UnionOffice
    /usr/share/applications/unionoffice.desktop        menu entry, opens .uojudge packages
    /usr/share/mime/packages/unionoffice.xml           the application/x-uojudge type
    /usr/share/icons/hicolor/256x256/{apps,mimetypes}/ the icon
    /usr/share/doc/unionoffice/copyright               licence and third-party notices

Libraries PyInstaller copied from the build machine that a Debian package provides are left out
and that package becomes a dependency instead (the desktop's own X11/XCB, fontconfig and CUPS
libraries, with its security updates); every library the remaining files link against must
resolve to such a package, or the build stops. The C library's version is the newest ``GLIBC_``
symbol version any file asks for. Menu and MIME caches are rebuilt by the dpkg triggers of
desktop-file-utils and shared-mime-info: the package needs no maintainer scripts, and
removing or purging it never touches the users' data folders (``~/.local/share/UnionOffice``).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unionoffice import __version__  # noqa: E402 - found through the path set above
from unionoffice.foundation.platform_windows import (  # noqa: E402 - found through the path set above
    JUDGE_MIME_TYPE,
    JUDGE_SUFFIX,
    judge_open_command,
)

PACKAGE = "unionoffice"
PREFIX = Path("opt") / PACKAGE
SYSTEM_LIB_DIRS = ("/lib/{triplet}", "/usr/lib/{triplet}", "/lib", "/usr/lib")
# Opened by name at run time (dlopen), so no ELF file names them: Qt's xcb plugin checks for
# libxcb-cursor itself, CUPS is what printing talks to, xdg-open opens PDFs in the reader.
RECOMMENDS = ("xdg-utils",)

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Version=1.4
Name=工会办公
Name[en]=UnionOffice
GenericName=工会办公软件
GenericName[en]=Trade union office
Comment=会员管理、医疗互助、技能竞赛、创新工作室与荣誉证书
Comment[en]=Member register, medical mutual aid, skill contests, innovation studios and certificates
Exec={exec_line}
Icon={package}
Terminal=false
Categories=Office;
MimeType={mime};
Keywords=工会;会员;证书;竞赛;union;members;
"""

MIME_XML = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{mime}">
    <comment>UnionOffice scoring package</comment>
    <comment xml:lang="zh_CN">工会办公评分包</comment>
    <sub-class-of type="application/json"/>
    <icon name="{icon}"/>
    <glob pattern="*{suffix}"/>
  </mime-type>
</mime-info>
"""


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _triplet() -> str:
    return (
        _run("dpkg-architecture", "-qDEB_HOST_MULTIARCH").strip()
        if shutil.which("dpkg-architecture")
        else f"{os.uname().machine}-linux-gnu"
    )


def _owner(paths: list[str]) -> dict[str, str]:
    """Debian package of each system file, in one dpkg query (merged /usr: a library may be
    registered as /lib/… or /usr/lib/…, so both spellings are asked)."""
    spellings: dict[str, str] = {}
    for path in paths:
        for candidate in {path, os.path.realpath(path)}:
            plain = candidate.removeprefix("/usr")
            for spelling in (plain, "/usr" + plain):
                spellings.setdefault(spelling, path)
    result = subprocess.run(
        ["dpkg-query", "-S", *sorted(spellings)], capture_output=True, text=True, check=False
    )
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():
        package, _, found = line.partition(": ")
        if found in spellings and "diversion" not in package:
            owners.setdefault(spellings[found], package.split(",")[0].split(":")[0].strip())
    return owners


def _needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of an ELF file (the libraries it links against directly)."""
    output = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def strip_system_libraries(app: Path, triplet: str) -> dict[str, str]:
    """Drops the copies of Debian's own libraries from ``_internal`` (identical files only: a wheel's
    or pyenv's build of the same name stays); returns file → the package that provides it."""
    dropped: dict[str, str] = {}
    internal = app / "_internal"
    candidates: dict[Path, str] = {}
    for path in sorted(internal.iterdir()):
        if not path.is_file() or ".so" not in path.name:
            continue
        for folder in SYSTEM_LIB_DIRS:
            system = Path(folder.format(triplet=triplet)) / path.name
            if system.is_file() and filecmp.cmp(path, system, shallow=False):
                candidates[path] = str(system)
                break
    owners = _owner(sorted(candidates.values()))
    for path, system_path in candidates.items():
        if system_path in owners:
            dropped[path.name] = owners[system_path]
            path.unlink()
    return dropped


def linked_system_packages(app: Path, triplet: str) -> tuple[set[str], list[str]]:
    """Packages providing the libraries the package's files link against directly that it does not
    carry itself, and the libraries nothing here provides (the build must stop)."""
    files = [p for p in sorted(app.rglob("*")) if p.is_file() and not p.is_symlink() and _is_elf(p)]
    carried = {p.name for p in app.rglob("*")}
    outside: dict[str, str] = {}
    missing: list[str] = []
    for path in files:
        for name in _needed(path):
            if name in carried or name in outside:
                continue
            found = next(
                (
                    Path(folder.format(triplet=triplet)) / name
                    for folder in SYSTEM_LIB_DIRS
                    if (Path(folder.format(triplet=triplet)) / name).exists()
                ),
                None,
            )
            if found is None:
                missing.append(f"{name} (needed by {path.relative_to(app)})")
            else:
                outside[name] = str(found)
    owners = _owner(sorted(set(outside.values())))
    missing += [f"{path} (no Debian package)" for path in sorted(set(outside.values()) - set(owners))]
    return set(owners.values()), missing


def glibc_needed(app: Path) -> tuple[int, int]:
    """The newest ``GLIBC_x.y`` any file of the package names (their version requirements)."""
    newest = (2, 17)
    pattern = re.compile(rb"GLIBC_(\d+)\.(\d+)")
    for path in app.rglob("*"):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            for major, minor in pattern.findall(path.read_bytes()):
                newest = max(newest, (int(major), int(minor)))
    return newest


def strip_debug_info(app: Path) -> list[tuple[str, int]]:
    """The build machine's Python may come with debug information (pyenv's libpython: 22 MiB, 6 MiB
    without); a desktop needs none of it. Only files that carry it are touched."""
    stripped = []
    for path in sorted(app.rglob("*")):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            sections = subprocess.run(
                ["readelf", "-S", str(path)], capture_output=True, text=True, check=False
            ).stdout
            if ".debug_info" in sections:
                before = path.stat().st_size
                subprocess.run(["strip", "--strip-debug", str(path)], check=True)
                stripped.append((path.name, before - path.stat().st_size))
    return stripped


def share_identical_executables(app: Path) -> None:
    """On Linux the windowed and the console executable are the same file: keep one."""
    gui, cli = app / "UnionOffice", app / "unionoffice-cli"
    if cli.is_file() and filecmp.cmp(gui, cli, shallow=False):
        cli.unlink()
        cli.symlink_to("UnionOffice")


def build(app: Path, out: Path, compression: str = "xz") -> Path:
    arch = _run("dpkg", "--print-architecture").strip()
    triplet = _triplet()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="unionoffice-deb-") as tmp:
        root = Path(tmp) / "root"
        target = root / PREFIX
        shutil.copytree(app, target, symlinks=True)
        share_identical_executables(target)
        dropped = strip_system_libraries(target, triplet)
        stripped = strip_debug_info(target)
        linked, missing = linked_system_packages(target, triplet)
        if missing:
            raise SystemExit(
                "Libraries no Debian package on this machine provides (install them first):\n  "
                + "\n  ".join(missing)
            )
        glibc = glibc_needed(target)
        depends = sorted(linked - {"libc6"})  # a dropped library nothing links against is no dependency
        _write_desktop_files(root)
        installed_kib = (
            sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        )
        control = root / "DEBIAN" / "control"
        control.parent.mkdir()
        control.write_text(
            f"Package: {PACKAGE}\n"
            f"Version: {__version__}\n"
            f"Architecture: {arch}\n"
            "Maintainer: UnionOffice <unionoffice@localhost>\n"
            f"Installed-Size: {installed_kib}\n"
            f"Depends: libc6 (>= {glibc[0]}.{glibc[1]}), {', '.join(depends)}\n"
            f"Recommends: {', '.join(RECOMMENDS)}\n"
            "Section: office\n"
            "Priority: optional\n"
            "Description: 工会办公 UnionOffice: office software for a trade union\n"
            " Member register, medical mutual aid, skill contests with offline judging,\n"
            " innovation studios and honours, award certificates. Chinese user interface\n"
            " (English selectable); data in ~/.local/share/UnionOffice.\n",
            encoding="utf-8",
        )
        deb = out / f"{PACKAGE}_{__version__}_{arch}.deb"
        level = ["-z1"] if compression == "gzip" else []  # gzip is for quick test builds
        _run("dpkg-deb", "--root-owner-group", f"-Z{compression}", *level, "--build", str(root), str(deb))
    print(f"{deb}  ({deb.stat().st_size / 1048576:.1f} MiB, installed {installed_kib / 1024:.0f} MiB)")
    print(f"Depends: libc6 (>= {glibc[0]}.{glibc[1]}), {', '.join(depends)}")
    print(f"left out as Debian's own ({len(dropped)}): {', '.join(sorted(dropped))}")
    saved = sum(size for _, size in stripped)
    print(f"debug information stripped from {len(stripped)} files ({saved / 1048576:.1f} MiB)")
    return deb


def _write_desktop_files(root: Path) -> None:
    share = root / "usr" / "share"
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"/{PREFIX}/UnionOffice")
    icon_name = JUDGE_MIME_TYPE.replace("/", "-")
    files = {
        share / "applications" / f"{PACKAGE}.desktop": DESKTOP_ENTRY.format(
            exec_line=judge_open_command("linux", PACKAGE), package=PACKAGE, mime=JUDGE_MIME_TYPE
        ),
        share / "mime" / "packages" / f"{PACKAGE}.xml": MIME_XML.format(
            mime=JUDGE_MIME_TYPE, icon=icon_name, suffix=JUDGE_SUFFIX
        ),
        share
        / "doc"
        / PACKAGE
        / "copyright": "UnionOffice (工会办公) is licensed under the Apache License 2.0 "
        "(/usr/share/common-licenses/Apache-2.0).\n"
        f"Bundled third-party components and their licences: /{PREFIX}/_internal/resources/THIRD_PARTY_NOTICES.md,\n"
        f"their licence texts: /{PREFIX}/_internal/licenses/ and /{PREFIX}/_internal/resources/licenses/;\n"
        f"the bundled fonts: /{PREFIX}/_internal/resources/fonts/LICENSES.md.\n",
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for kind, name in (("apps", PACKAGE), ("mimetypes", icon_name)):
        icon = share / "icons" / "hicolor" / "256x256" / kind / f"{name}.png"
        icon.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "installer" / "unionoffice.png", icon)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, required=True, help="the frozen folder (dist/UnionOffice)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--compression",
        default="xz",
        choices=("xz", "gzip", "none"),
        help="xz (default; every dpkg reads it, UOS 20's too) or gzip for a quick test build",
    )
    args = parser.parse_args()
    build(args.app.resolve(), args.out.resolve(), args.compression)
    return 0


if __name__ == "__main__":
    sys.exit(main())
