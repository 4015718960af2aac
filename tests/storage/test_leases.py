"""Feed leases: workers share the due feeds, never poll one twice, and take over the
feeds of a worker that died once its lease has expired."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from bot.clock import utcnow
from bot.records import PollOutcome
from bot.storage import Store
from tests.conftest import POSTGRES_URL

LEASE = timedelta(minutes=5)


def _add(store: Store, count: int) -> list[int]:
    return [store.add_feed(f"https://example.org/{n}.xml").id for n in range(count)]


def test_two_workers_get_disjoint_feeds_and_nothing_is_claimed_twice(store: Store) -> None:
    ids = _add(store, 10)
    now = utcnow()
    first, _ = store.claim_due_feeds(now, "w1", LEASE, 6)
    second, _ = store.claim_due_feeds(now, "w2", LEASE, 6)
    third, _ = store.claim_due_feeds(now, "w3", LEASE, 6)
    assert len(first) == 6 and len(second) == 4 and third == []
    assert sorted(f.id for f in first + second) == sorted(ids)


def test_an_expired_lease_is_taken_over_and_counted(store: Store) -> None:
    _add(store, 3)
    now = utcnow()
    claimed, taken_over = store.claim_due_feeds(now, "dead", LEASE, 10)
    assert len(claimed) == 3 and taken_over == 0
    assert store.claim_due_feeds(now + LEASE / 2, "alive", LEASE, 10) == ([], 0)
    again, taken_over = store.claim_due_feeds(now + LEASE, "alive", LEASE, 10)
    assert len(again) == 3 and taken_over == 3


def test_a_renewed_lease_keeps_a_feed_read_late_from_other_workers(store: Store) -> None:
    ids = _add(store, 3)
    now = utcnow()
    assert len(store.claim_due_feeds(now, "slow", LEASE, 10)[0]) == 3
    store.renew_leases("slow", ids[:2], now + LEASE + LEASE / 2)
    store.renew_leases("someone-else", ids[2:], now + 2 * LEASE)  # not theirs: no effect
    others, taken_over = store.claim_due_feeds(now + LEASE, "other", LEASE, 10)
    assert [f.id for f in others] == ids[2:] and taken_over == 1


def test_released_feeds_are_due_for_others_at_once(store: Store) -> None:
    ids = _add(store, 4)
    now = utcnow()
    assert len(store.claim_due_feeds(now, "stopping", LEASE, 10)[0]) == 4
    store.release_feeds("stopping", ids[:2])
    store.release_feeds("someone-else", ids[2:])  # not theirs: no effect
    others, taken_over = store.claim_due_feeds(now, "other", LEASE, 10)
    assert sorted(f.id for f in others) == ids[:2] and taken_over == 0


def test_inactive_and_not_yet_due_feeds_are_not_claimed(store: Store) -> None:
    ids = _add(store, 2)
    store.remove_feed(ids[0])
    now = utcnow()
    assert [f.id for f in store.claim_due_feeds(now, "w", LEASE, 10)[0]] == [ids[1]]
    later = store.add_feed("https://example.org/later.xml")
    assert store.claim_due_feeds(later.next_poll_at - timedelta(seconds=1), "w", LEASE, 10)[0] == []


def test_workers_claiming_at_the_same_instant_never_share_a_feed(database_url: str) -> None:
    """Eight connections claim at once (on PostgreSQL: FOR UPDATE SKIP LOCKED)."""
    stores = [Store.open(database_url) for _ in range(8)]
    try:
        ids = _add(stores[0], 200)
        now, start = utcnow(), threading.Barrier(len(stores))
        claimed: dict[str, list[int]] = {}

        def claim(index: int) -> None:
            owner = f"w{index}"
            start.wait()
            claimed[owner] = []
            while batch := stores[index].claim_due_feeds(now, owner, LEASE, 7)[0]:
                claimed[owner] += [f.id for f in batch]

        threads = [threading.Thread(target=claim, args=(i,)) for i in range(len(stores))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        every = [feed_id for ids_of_one in claimed.values() for feed_id in ids_of_one]
        assert sorted(every) == sorted(ids), "each feed claimed exactly once"
    finally:
        for opened in stores:
            opened.close()


@pytest.mark.skipif(POSTGRES_URL is None, reason="needs PostgreSQL (NEWSBOT_DATABASE_URL)")
def test_two_workers_writing_the_same_feeds_lock_them_in_one_order(
    store: Store, database_url: str
) -> None:
    """A worker that took over another's expired leases writes the same feeds' state; each
    writes its own order. The writer locks every row, lowest id first, before it holds any:
    while another worker holds the first feed, it holds nothing the other will want next."""
    first, second = _add(store, 2)
    now = utcnow()
    outcomes = [
        PollOutcome(second, now, now + LEASE),
        PollOutcome(first, now, now + LEASE, error="HTTP 500", error_kind="http"),
    ]
    other = create_engine(database_url)
    with other.connect() as worker:
        worker.execute(text(f"SELECT id FROM feeds WHERE id = {first} FOR UPDATE"))
        writer = threading.Thread(target=store.save_outcomes, args=(outcomes,))
        writer.start()
        deadline = time.monotonic() + 30
        while not _waiting_on_feeds(store) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _waiting_on_feeds(store), "the writer waits for the first feed"
        # the other worker's next row is free: no deadlock
        worker.execute(text(f"SELECT id FROM feeds WHERE id = {second} FOR UPDATE NOWAIT"))
        worker.rollback()
    writer.join(30)
    other.dispose()
    assert store.feed(first).last_error == "HTTP 500"  # type: ignore[union-attr]
    assert store.feed(second).last_error is None  # type: ignore[union-attr]


def _waiting_on_feeds(store: Store) -> bool:
    with store.engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    " AND query ILIKE '%feeds%'"
                )
            ).scalar_one()
        )
