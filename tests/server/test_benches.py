"""The server benches at their smoke size, so they keep running (figures only: no timing is
asserted; the load bench's own verdict is about errors and counted writes, not speed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("script", ["bench_server_latency.py", "bench_server_load.py"])
def test_bench_smoke(script: str, pg_server: object) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / script), "--smoke"],
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(BENCH), os.environ.get("PYTHONPATH")])),
        },
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "slowest screen" in done.stdout or "result: ok" in done.stdout
