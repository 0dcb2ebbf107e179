"""What every bench shares: ``--smoke`` (a tiny size the test command runs, so no bench rots;
figures from it mean nothing), the output folder, and a median timer."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def arguments(
    description: str, size: int, smoke_size: int, parts: tuple[str, ...] = (), **extra: int
) -> argparse.Namespace:
    """``--size N`` (default ``size``), ``--smoke`` (``smoke_size`` and one round), ``--part``
    (one of ``parts``, for benches that run each part in its own process) and any ``--name N``
    given in ``extra`` as default values."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--smoke", action="store_true", help="tiny run for the test suite (figures meaningless)"
    )
    parser.add_argument("--size", type=int, default=None)
    if parts:
        parser.add_argument("--part", choices=parts, default=None)
    for name, default in extra.items():
        parser.add_argument(f"--{name.replace('_', '-')}", type=int, default=default)
    args = parser.parse_args()
    if args.size is None:
        args.size = smoke_size if args.smoke else size
    return args


def out_dir(smoke: bool) -> Path:
    """``bench/out`` (kept between runs: big demo databases are cached there); a fresh temporary
    folder for a smoke run, so the suite never leaves files behind."""
    if smoke:
        folder = Path(tempfile.mkdtemp(prefix="unionoffice-bench-"))
        os.environ.setdefault("UNIONOFFICE_DATA_DIR", str(folder / "data"))
        os.environ.setdefault("UNIONOFFICE_CACHE_DIR", str(folder / "cache"))
        return folder
    folder = ROOT / "bench" / "out"
    folder.mkdir(exist_ok=True)
    return folder


def median_ms(work: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
