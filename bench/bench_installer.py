"""The frozen build: its size by part (raw and packed as the installers pack it), the real Setup.exe
and .deb, an estimate of the Windows Qt part from the Windows wheels, and start-up to a usable main
window against the same app run from source and a bare PySide6 window (the baseline), measured
in the same run.

    python bench/bench_installer.py [--dist DIR] [--runs 5] [--size 2000] [--compress] [--setup] [--deb]
                                    [--windows-estimate]
    python bench/bench_installer.py --smoke --dist DIR      (sizes by part, one start-up on a tiny demo)
    python bench/bench_installer.py --smoke                 (what the test suite runs: a few seconds)

``--smoke`` without an existing ``--dist`` builds nothing: it packs one real part of the frozen
build, the app's data files (``resources/`` without fonts and .ts sources, as the spec ships them),
the way the installers pack it (``packed``), beside a bare ``lzma.compress`` of the same bytes.

Without ``--dist`` (or when it does not exist) the app is built first with PyInstaller into
``build/bench-dist``. ``--compress`` packs each part with LZMA (xz preset 6, as the Inno Setup
installer's LZMA2 and the .deb's xz do) and the whole folder solid. ``--setup`` compiles the real
installer script with ISCC under Wine (``lzma2/max``, the release setting) on the build staged as
the Windows layout; ``--deb`` builds the .deb with xz. ``--windows-estimate`` downloads the
PySide6 Windows wheels (about 230 MiB, cached in ``build/win-wheels``) and sums the files that
correspond to what this build keeps.
"""

from __future__ import annotations

import argparse
import lzma
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "installer"))

from bench_startup import BARE  # noqa: E402 - found through the path set above

MIB = 1048576
QT, PY, FONTS, APP, PACKAGES, SYSLIBS, BOOT = (
    "Qt (PySide6, shiboken6, Qt libraries, plugins, translations)",
    "Python runtime (interpreter library, lib-dynload, base library)",
    "fonts (resources/fonts)",
    "app (UnionOffice code, migrations, translations, icons, templates)",
    "other Python packages (compiled code, native extensions, licences)",
    "system libraries copied from the build machine (Linux only)",
    "executables' bootloaders",
)


def files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in files(path))


def _pyz_split(executable: Path) -> tuple[int, int]:
    """Bytes of the executable's embedded, compressed Python code: (UnionOffice's, everyone else's)."""
    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    archive = CArchiveReader(str(executable))
    name = next(n for n, entry in archive.toc.items() if entry[-1] == "z")
    own = other = 0
    for module, (_, _, length) in archive.open_embedded_archive(name).toc.items():
        if module.split(".")[0] == "unionoffice":
            own += length
        else:
            other += length
    return own, other


def parts(app: Path) -> dict[str, list[Path] | int]:
    """Every file of the folder in exactly one part; the executables split into code and bootloader."""
    internal = app / "_internal"
    groups: dict[str, list[Path]] = {name: [] for name in (QT, PY, FONTS, APP, PACKAGES, SYSLIBS)}
    for path in files(internal):
        relative = path.relative_to(internal).as_posix()
        top = relative.split("/")[0]
        if top in ("PySide6", "shiboken6"):
            groups[QT].append(path)
        elif (
            top.startswith(("libpython", "python3"))
            or top in ("base_library.zip", "lib-dynload")
            or re.fullmatch(r"python3\d*\.dll", top)
        ):
            groups[PY].append(path)
        elif relative.startswith("resources/fonts/"):
            groups[FONTS].append(path)
        elif top in ("resources", "unionoffice", "LICENSE"):
            groups[APP].append(path)
        elif "/" not in relative and ".so" in top and not top.startswith("_"):
            # A shared library straight in _internal: a wheel's own copies carry a hash in their name.
            hashed = re.search(r"-[0-9a-f]{8}\.so", top)
            groups[PACKAGES if hashed else SYSLIBS].append(path)
        else:
            groups[PACKAGES].append(path)
    result: dict[str, list[Path] | int] = dict(groups)
    executables = [p for p in app.iterdir() if p.is_file() and not p.is_symlink()]
    own = other = 0
    for executable in executables:
        mine, theirs = _pyz_split(executable)
        own, other = own + mine, other + theirs
    result[APP + " +code"] = own
    result[PACKAGES + " +code"] = other
    result[BOOT] = sum(p.stat().st_size for p in executables) - own - other
    return result


def part_sizes(app: Path) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for name, value in parts(app).items():
        base = name.removesuffix(" +code")
        sizes[base] = sizes.get(base, 0) + (
            value if isinstance(value, int) else sum(p.stat().st_size for p in value)
        )
    return sizes


def packed(paths: Iterable[Path], preset: int = 6) -> int:
    """Solid LZMA of the files one after another (how Inno Setup and xz see them)."""
    compressor = lzma.LZMACompressor(preset=preset)
    total = 0
    for path in paths:
        with path.open("rb") as handle:
            while chunk := handle.read(4 * MIB):
                total += len(compressor.compress(chunk))
    return total + len(compressor.flush())


def print_parts(app: Path, compress: bool) -> None:
    total = size_of(app)
    count = len(files(app))
    print(f"program folder {app}: {total / MIB:.1f} MiB in {count} files")
    grouped = parts(app)
    sizes = part_sizes(app)
    header = f"  {'part':<68} {'MiB':>7} {'share':>6}" + (f" {'xz MiB':>7}" if compress else "")
    print(header)
    for name, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
        line = f"  {name:<68} {size / MIB:7.1f} {size / total:6.1%}"
        if compress:
            paths = grouped.get(name)
            if isinstance(paths, list):
                # App and packages: their code inside the executables is packed with those, below.
                line += f" {packed(paths) / MIB:7.1f}" + ("*" if name in (APP, PACKAGES) else "")
            else:
                line += f" {'(below)':>7}"
        print(line)
    if compress:
        executables = [p for p in app.iterdir() if p.is_file() and not p.is_symlink()]
        print(
            f"  {'the executables (bootloader + compiled code each, already zlib-packed)':<68} "
            f"{sum(p.stat().st_size for p in executables) / MIB:7.1f} {'':>6} {packed(executables) / MIB:7.1f}"
        )
        print("  * files in _internal only; their compiled code is in the executables' line")
        whole = packed(files(app))
        print(
            f"  {'whole folder, solid (like the installer)':<68} {total / MIB:7.1f} {'':>6} {whole / MIB:7.1f}"
        )


def build(target: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(target),
            "--workpath",
            str(ROOT / "build" / "pyinstaller-bench"),
            str(ROOT / "installer" / "unionoffice.spec"),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return target / "UnionOffice"


def setup_exe(app: Path) -> None:
    import iscc

    if missing := iscc.missing_tools():
        print(f"Setup.exe: skipped, missing {', '.join(missing)} (bash tools/setup-installer-tools.sh)")
        return
    staged = iscc.stage(app, ROOT / "build" / "bench-staged" / "UnionOffice")
    out = ROOT / "build" / "bench-setup"
    started = time.perf_counter()
    result = iscc.compile_script(staged, out)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        print("Setup.exe: ISCC failed\n" + result.stdout[-2000:])
        return
    setup = next(out.glob("UnionOffice-Setup-*.exe"))
    print(
        f"Setup.exe (ISCC lzma2/max under Wine, Linux build staged as Windows): {size_of(setup) / MIB:.1f} MiB "
        f"of {size_of(staged) / MIB:.1f} MiB staged, compiled in {seconds:.0f} s"
    )


def deb_package(app: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run(
            ["bash", str(ROOT / "installer" / "build_deb.sh"), "--app", str(app), "--out", tmp],
            capture_output=True,
            text=True,
            check=False,
        )
        print(
            ".deb (xz): "
            + (
                result.stdout.splitlines()[0]
                if result.returncode == 0
                else "failed\n" + result.stderr[-2000:]
            )
        )


def _windows_name(linux: str) -> str | None:
    """The Windows wheel's file for a file of the Linux build's PySide6 folder."""
    if m := re.fullmatch(r"PySide6/Qt/lib/lib(Qt6\w+)\.so\.6", linux):
        return f"PySide6/{m.group(1)}.dll"
    if m := re.fullmatch(r"PySide6/(Qt\w+)\.abi3\.so", linux):
        return f"PySide6/{m.group(1)}.pyd"
    if m := re.fullmatch(r"PySide6/Qt/plugins/(\w+)/lib(\w+)\.so", linux):
        return f"PySide6/plugins/{m.group(1)}/{m.group(2)}.dll"
    if m := re.fullmatch(r"PySide6/Qt/translations/(.+\.qm)", linux):
        return f"PySide6/translations/{m.group(1)}"
    if linux.startswith("PySide6/libpyside6.abi3.so"):
        return "PySide6/pyside6.abi3.dll"
    if linux.startswith("shiboken6/libshiboken6.abi3.so"):
        return "shiboken6/shiboken6.abi3.dll"
    if linux.startswith("shiboken6/Shiboken.abi3.so"):
        return "shiboken6/Shiboken.pyd"
    return None


def windows_estimate(app: Path) -> None:
    """The Qt part as the Windows build would carry it: the Windows wheels' files matching this build's,
    plus what only Windows has (the windows platform plugin and style, the MSVC runtime)."""
    from importlib.metadata import version

    wheels = ROOT / "build" / "win-wheels"
    pins = [f"{name}=={version(name)}" for name in ("PySide6-Essentials", "PySide6-Addons", "shiboken6")]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--platform",
            "win_amd64",
            "--python-version",
            "3.12",
            "-d",
            str(wheels),
            *pins,
        ],
        check=True,
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
    )
    members: dict[str, tuple[Path, zipfile.ZipInfo]] = {}
    for wheel in wheels.glob("*.whl"):
        if not any(
            wheel.name.lower().startswith(p.split("==")[0].lower().replace("-", "_") + "-" + p.split("==")[1])
            for p in pins
        ):
            continue
        with zipfile.ZipFile(wheel) as archive:
            for info in archive.infolist():
                members[info.filename] = (wheel, info)
    internal = app / "_internal"
    wanted: set[str] = set()
    unmatched = []
    for path in files(internal / "PySide6") + files(internal / "shiboken6"):
        linux = path.relative_to(internal).as_posix()
        name = _windows_name(linux)
        if name is None:
            continue
        if name in members:
            wanted.add(name)
        elif not re.search(r"(xcb|wayland|Wayland|Xcb|compose|ibus|cups|xdgdesktopportal|Wl)", linux):
            unmatched.append(linux)
    windows_only = [
        n
        for n in members
        if re.fullmatch(
            r"PySide6/(plugins/platforms/qwindows\.dll|plugins/styles/\w+\.dll|msvcp\w*\.dll|vcruntime\w*\.dll|"
            r"concrt\w*\.dll|plugins/printsupport/windowsprintersupport\.dll)",
            n,
        )
    ]
    wanted.update(windows_only)
    raw = sum(members[n][1].file_size for n in wanted)
    compressor = lzma.LZMACompressor(preset=6)
    packed_size = 0
    for name in sorted(wanted):
        wheel, info = members[name]
        with zipfile.ZipFile(wheel) as archive:
            packed_size += len(compressor.compress(archive.read(info)))
    packed_size += len(compressor.flush())
    linux_qt = part_sizes(app)[QT]
    print(
        f"Windows Qt part, estimated from the win_amd64 wheels: {raw / MIB:.1f} MiB raw, "
        f"{packed_size / MIB:.1f} MiB xz ({len(wanted)} files; this build's Qt part: {linux_qt / MIB:.1f} MiB, "
        f"of which ICU data 30 MiB Windows takes from the system)"
        + (f"; no Windows file for {len(unmatched)}: {', '.join(unmatched[:5])}" if unmatched else "")
    )


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    # A start-up error waits in a modal message box: the time-out ends it (and the run) instead
    # of leaving it open (a 2,000-member demo starts in about 2 s).
    subprocess.run(
        cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120
    )
    return time.perf_counter() - start


def startup(app: Path, runs: int, size: int) -> None:
    exe = app / ("UnionOffice.exe" if sys.platform == "win32" else "UnionOffice")
    with tempfile.TemporaryDirectory() as tmp:
        base = {k: v for k, v in os.environ.items() if not k.startswith(("UNIONOFFICE_", "PYTHONPATH"))}
        env = {
            **base,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "UNIONOFFICE_DATA_DIR": tmp,
            "UNIONOFFICE_CACHE_DIR": str(Path(tmp) / "cache"),
            "UNIONOFFICE_EXIT_AFTER_SHOW": "1",
        }
        # Separate demo caches: each fingerprints its own code and would evict the other's template.
        source_env = {
            **env,
            "PYTHONPATH": str(ROOT / "src"),
            "UNIONOFFICE_CACHE_DIR": str(Path(tmp) / "cache-src"),
        }
        demo = ["--demo", "--demo-size", str(size)]
        frozen_cmd = [str(exe), *demo]
        source_cmd = [sys.executable, "-m", "unionoffice", *demo]
        # Both build their cached demo database once.
        timed(frozen_cmd, env)
        timed(source_cmd, source_env)
        bare, frozen, source, check = [], [], [], []
        for _ in range(runs):  # interleaved so all see the same machine load
            bare.append(timed([sys.executable, "-c", BARE], env))
            frozen.append(timed(frozen_cmd, env))
            source.append(timed(source_cmd, source_env))
            check.append(
                timed(
                    [str(exe), "--self-test"],
                    {k: v for k, v in env.items() if k != "UNIONOFFICE_EXIT_AFTER_SHOW"},
                )
            )
    b, f, s, c = (statistics.median(x) for x in (bare, frozen, source, check))
    print(f"start to main window, {size}-member demo, median of {runs}:")
    print(f"  bare PySide6 window (baseline) {b * 1000:7.0f} ms")
    print(f"  frozen build                   {f * 1000:7.0f} ms   {f / b:4.1f}x baseline")
    print(
        f"  from source                    {s * 1000:7.0f} ms   {s / b:4.1f}x baseline   frozen/source {f / s:.2f}"
    )
    print(f"frozen --self-test: {c * 1000:.0f} ms")


def smoke_part() -> None:
    """One part of the frozen build packed as the installers pack it, beside bare LZMA; no build."""
    paths = [
        p
        for p in files(ROOT / "resources")
        if "fonts" not in p.relative_to(ROOT / "resources").parts and p.suffix != ".ts"
    ]
    raw = sum(p.stat().st_size for p in paths)
    started = time.perf_counter()
    bare = len(lzma.compress(b"".join(p.read_bytes() for p in paths), preset=6))
    t_bare = time.perf_counter() - started
    started = time.perf_counter()
    ours = packed(paths)
    t_ours = time.perf_counter() - started
    print(f"app data part (resources/ without fonts and .ts): {raw / MIB:.2f} MiB in {len(paths)} files")
    print(f"  bare lzma.compress (baseline) {bare / MIB:6.2f} MiB xz in {t_bare * 1000:6.0f} ms")
    print(
        f"  packed() as the installers    {ours / MIB:6.2f} MiB xz in {t_ours * 1000:6.0f} ms   "
        f"{t_ours / t_bare:4.2f}x baseline"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--compress", action="store_true")
    parser.add_argument(
        "--setup", action="store_true", help="compile Setup.exe with ISCC under Wine (about 3 min)"
    )
    parser.add_argument("--deb", action="store_true", help="build the .deb with xz")
    parser.add_argument(
        "--windows-estimate", action="store_true", help="size the Qt part from the Windows wheels"
    )
    parser.add_argument("--smoke", action="store_true", help="sizes by part and one start-up on a tiny demo")
    args = parser.parse_args()
    if args.smoke:
        args.runs, args.size = 1, 60
        if args.dist is None or not args.dist.exists():
            smoke_part()
            return
    app = args.dist
    if app is None or not app.exists():
        started = time.perf_counter()
        app = build(ROOT / "build" / "bench-dist")
        print(f"PyInstaller build: {time.perf_counter() - started:.0f} s")
    print_parts(app, args.compress)
    if args.setup:
        setup_exe(app)
    if args.deb:
        deb_package(app)
    if args.windows_estimate:
        windows_estimate(app)
    startup(app, args.runs, args.size)


if __name__ == "__main__":
    main()
