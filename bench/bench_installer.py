"""The frozen build: its size by part, and start-up to a usable main window against the same app run
from source and a bare PySide6 window (the baseline), measured in the same run.

    python bench/bench_installer.py [--dist dist/UnionOffice] [--runs 5] [--size 2000] [--compress]

Without ``--dist`` (or when it does not exist) the app is built first with PyInstaller into
``build/bench-dist``. ``--compress`` also reports the folder packed with xz (LZMA2, as the Inno
Setup installer compresses it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import BARE  # noqa: E402 - found through the path set above


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def parts(app: Path) -> dict[str, int]:
    internal = app / "_internal"
    groups = {
        "Qt + PySide6": [internal / "PySide6", internal / "shiboken6"],
        "Python runtime": [
            *internal.glob("libpython*"),
            *internal.glob("python3*"),
            internal / "base_library.zip",
            *internal.glob("python3*.dll"),
            internal / "lib-dynload",
        ],
        "resources (fonts, icons, translations)": [internal / "resources"],
        "executables (incl. compiled Python code)": [p for p in app.iterdir() if p.is_file()],
    }
    sizes = {name: sum(size_of(p) for p in paths if p.exists()) for name, paths in groups.items()}
    sizes["other packages and libraries"] = size_of(app) - sum(sizes.values())
    return sizes


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


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--compress", action="store_true")
    args = parser.parse_args()
    app = args.dist
    if app is None or not app.exists():
        started = time.perf_counter()
        app = build(ROOT / "build" / "bench-dist")
        print(f"PyInstaller build: {time.perf_counter() - started:.0f} s")
    exe = app / ("UnionOffice.exe" if sys.platform == "win32" else "UnionOffice")

    total = size_of(app)
    print(f"program folder {app}: {total / 1048576:.1f} MiB")
    for name, size in sorted(parts(app).items(), key=lambda kv: -kv[1]):
        print(f"  {name:<42} {size / 1048576:7.1f} MiB  {size / total:5.1%}")
    if args.compress:
        with tempfile.TemporaryDirectory() as tmp:
            packed = Path(tmp) / "app.tar.xz"
            subprocess.run(
                ["tar", "-C", str(app.parent), "-cJf", str(packed), app.name],
                check=True,
                env={**os.environ, "XZ_OPT": "-6 -T0"},
            )
            print(
                f"  packed with xz (like the installer's LZMA2): {size_of(packed) / 1048576:.1f} MiB "
                f"({size_of(packed) / total:.0%} of the folder)"
            )

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
        demo = ["--demo", "--demo-size", str(args.size)]
        frozen_cmd = [str(exe), *demo]
        source_cmd = [sys.executable, "-m", "unionoffice", *demo]
        # Both build their cached demo database once.
        timed(frozen_cmd, env)
        timed(source_cmd, source_env)
        bare, frozen, source, check = [], [], [], []
        for _ in range(args.runs):  # interleaved so all see the same machine load
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
    print(f"start to main window, {args.size}-member demo, median of {args.runs}:")
    print(f"  bare PySide6 window (baseline) {b * 1000:7.0f} ms")
    print(f"  frozen build                   {f * 1000:7.0f} ms   {f / b:4.1f}x baseline")
    print(
        f"  from source                    {s * 1000:7.0f} ms   {s / b:4.1f}x baseline   frozen/source {f / s:.2f}"
    )
    print(f"frozen --self-test: {c * 1000:.0f} ms")


if __name__ == "__main__":
    main()
