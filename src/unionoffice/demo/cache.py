"""The demo database, built once and cached between runs; each start gets a fresh copy.

Kept apart from the generator (``demo.build``) so that copying the cached file needs neither
SQLAlchemy nor the models: the app's demo start copies while those are still importing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import shutil
import time
from pathlib import Path

from unionoffice import __version__
from unionoffice.core.modules import all_modules
from unionoffice.db.revisions import head_revisions
from unionoffice.foundation.paths import cache_dir

DEMO_PASSWORD = "demo1234"
DEFAULT_SIZE = 12_000
DEFAULT_SEED = 20261124


def generator_fingerprint(size: int, seed: int) -> str:
    """Changes whenever the schema or any demo generator changes, so stale caches are rebuilt."""
    digest = hashlib.sha256(f"{__version__}|{sorted(head_revisions())}|{size}|{seed}".encode())
    generators = ["unionoffice.demo.build"] + [
        spec.demo.partition(":")[0] for spec in all_modules() if spec.demo
    ]
    for dotted in generators:
        found = importlib.util.find_spec(dotted)
        if found is None:
            continue
        if found.origin and Path(found.origin).is_file():
            digest.update(Path(found.origin).read_bytes())
        elif found.loader is not None and hasattr(found.loader, "get_code"):
            # A frozen build has no .py files; its compiled code identifies the generator just as well.

            digest.update(marshal.dumps(found.loader.get_code(dotted)))
    return digest.hexdigest()[:16]


def demo_copy(target_dir: Path, size: int = DEFAULT_SIZE, seed: int = DEFAULT_SEED) -> Path:
    """A fresh throwaway copy of the demo database, built once and cached between runs."""
    template = cache_dir() / f"demo-{size}-{generator_fingerprint(size, seed)}.sqlite"
    if not template.exists():
        from unionoffice.demo.build import build_demo_database  # imported here: SQLAlchemy and the models

        # Each builder its own partial file: two processes (two versions side by side, a test run
        # beside the app) never write into one file, and the last to finish puts an equal copy in place.
        partial = template.with_suffix(f".{os.getpid()}.building")
        build_demo_database(partial, size, seed).dispose()
        partial.replace(template)
        _forget_stale(size, template)
    else:
        os.utime(template)  # in use: not stale for another version's clean-up
    target = target_dir / "demo.sqlite"
    shutil.copyfile(template, target)
    return target


STALE_AFTER = 24 * 3600  # seconds: another version's demo, unused for a day, is from an upgrade


def _forget_stale(size: int, keep: Path) -> None:
    """Remove other versions' demos once unused for a while (a version still in use, say a test
    run of an older checkout, keeps its own), and partial files of builders that died."""
    now = time.time()
    for old in [*cache_dir().glob(f"demo-{size}-*.sqlite"), *cache_dir().glob(f"demo-{size}-*.building")]:
        try:
            if old != keep and now - old.stat().st_mtime > STALE_AFTER:
                old.unlink()
        except OSError:  # gone already, or open in another process (Windows): next time
            continue
