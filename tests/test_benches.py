"""Every bench runs at a tiny size (``--smoke``) in the test command, so none rots.

Nothing here looks at a figure (tests never assert timings); a bench passes when it finishes
and prints its figures. The full sizes are run by hand: see each bench's docstring.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHES = sorted((ROOT / "bench").glob("bench_*.py"))
# Benches that need something the plain test run does not have.
NEEDS = {
    "bench_copy.py": "UNIONOFFICE_TEST_PG_URL",  # the throwaway PostgreSQL server of .ci/run
    "bench_server_latency.py": "UNIONOFFICE_TEST_PG_URL",  # the union server serves PostgreSQL only
    "bench_server_load.py": "UNIONOFFICE_TEST_PG_URL",
}


@pytest.mark.slow
@pytest.mark.parametrize("bench", BENCHES, ids=[b.name for b in BENCHES])
def test_bench_runs_at_its_smoke_size(bench: Path, tmp_path: Path) -> None:
    needed = NEEDS.get(bench.name)
    if needed and not os.environ.get(needed):
        pytest.skip(f"needs {needed}")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT / "src"),
        "UNIONOFFICE_DATA_DIR": str(tmp_path / "data"),
        "UNIONOFFICE_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, str(bench), "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert done.stdout.strip(), "a bench prints its figures"


def test_every_bench_has_a_smoke_size() -> None:
    for bench in BENCHES:
        text = bench.read_text(encoding="utf-8")
        assert "--smoke" in text or "arguments(" in text, bench.name
