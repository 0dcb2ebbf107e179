"""Reads side by side: results and errors come back through .result(); a worker that fans out
again runs the call itself instead of waiting for the workers it occupies."""

from __future__ import annotations

import threading

import pytest

from unionoffice.foundation import fanout


def test_calls_run_on_workers_and_give_back_values_and_errors():
    names = [fanout.start(lambda: threading.current_thread().name) for _ in range(3)]
    assert all(f.result().startswith("fanout") for f in names)

    def broken() -> int:
        raise ValueError("不对")

    with pytest.raises(ValueError, match="不对"):
        fanout.start(broken).result()


def test_a_worker_that_fans_out_again_does_not_wait_for_its_own_pool():
    # Every worker fans out again and waits: with the pool full this would hang without the rule.
    barrier = threading.Barrier(fanout._WORKERS, timeout=10)

    def outer() -> str:
        barrier.wait()  # all workers busy at once
        return fanout.start(lambda: threading.current_thread().name).result(timeout=10)

    outers = [fanout.start(outer) for _ in range(fanout._WORKERS)]
    assert all(f.result(timeout=20).startswith("fanout") for f in outers)
