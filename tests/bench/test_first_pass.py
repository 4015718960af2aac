"""bench/first_pass.py: each part's CPU seconds counted where it runs, results unchanged."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

from bench.first_pass import _timed


def busy(n: int) -> int:
    return sum(i * i for i in range(n))


def test_a_part_returns_what_it_did_and_adds_its_cpu_seconds() -> None:
    spent: Counter[str] = Counter()

    result = _timed(busy, "busy", spent)(200_000)

    assert result == busy(200_000)
    assert spent["busy"] > 0


def test_a_part_run_in_another_thread_is_counted_apart() -> None:
    spent: Counter[str] = Counter()
    timed = _timed(busy, "busy", spent)

    worker = threading.Thread(target=timed, args=(200_000,))
    worker.start()
    worker.join()

    assert spent["busy (fetch)"] > 0 and "busy" not in spent


def test_the_fetched_results_are_handed_on_one_by_one_and_the_fetches_closed() -> None:
    spent: Counter[str] = Counter()
    closed = []

    def fetch_each() -> Iterator[int]:
        try:
            yield from (busy(50_000) for _ in range(3))
        finally:
            closed.append(True)

    results = _timed(fetch_each, "fetch_each", spent)()
    first = next(results)
    results.close()

    assert first == busy(50_000)
    assert closed == [True] and spent["fetch_each"] > 0
