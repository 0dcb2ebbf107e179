from __future__ import annotations

import threading

import pytest

from unionoffice.core.sequences import next_number, peek_next


def test_numbers_start_at_one_and_a_rollback_gives_the_number_back(db):
    with db.transaction(None) as s:
        assert next_number(s, "claims-2026") == 1
        assert next_number(s, "claims-2026") == 2
    with pytest.raises(RuntimeError), db.transaction(None) as s:
        assert next_number(s, "claims-2026") == 3
        raise RuntimeError("cancelled batch")
    with db.transaction(None) as s:
        assert next_number(s, "claims-2026") == 3
        assert next_number(s, "other") == 1
    with db.read() as s:
        assert peek_next(s, "claims-2026") == 4


def test_concurrent_writers_get_no_gaps_and_no_duplicates(db):
    taken: list[int] = []
    lock = threading.Lock()

    def worker(fail_every: int) -> None:
        for i in range(25):
            try:
                with db.transaction(None) as s:
                    number = next_number(s, "certificates")
                    if i % fail_every == 0:
                        raise RuntimeError("rolled back")
            except RuntimeError:
                continue
            with lock:
                taken.append(number)

    threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 4, 5, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(taken) == list(range(1, len(taken) + 1))
