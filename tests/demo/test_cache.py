"""The cached demo: another version's cache in use is left alone; one unused for a day goes."""

from __future__ import annotations

import os
import time

from unionoffice.demo import cache
from unionoffice.foundation.paths import cache_dir


def test_a_build_keeps_another_versions_demo_in_use_and_removes_stale_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("UNIONOFFICE_CACHE_DIR", str(tmp_path / "cache"))
    size = 300  # the smallest demo the generators fill
    in_use = cache_dir() / f"demo-{size}-0123456789abcdef.sqlite"  # an older checkout's test run
    stale = cache_dir() / f"demo-{size}-fedcba9876543210.sqlite"  # left by an upgrade
    dead_builder = cache_dir() / f"demo-{size}-fedcba9876543210.999999.building"
    for path in (in_use, stale, dead_builder):
        path.write_bytes(b"old")
    day_ago = time.time() - cache.STALE_AFTER - 60
    os.utime(stale, (day_ago, day_ago))
    os.utime(dead_builder, (day_ago, day_ago))

    copy = cache.demo_copy(tmp_path, size)

    assert copy.stat().st_size > 10_000
    left = sorted(p.name for p in cache_dir().iterdir())
    assert in_use.name in left
    assert stale.name not in left and dead_builder.name not in left
    assert [n for n in left if n.endswith(".building")] == []
